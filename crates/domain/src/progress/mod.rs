//! Progress maths: streaks and the calendar, the pain trend, the knot map, plain-words
//! suggestions and the history as a spreadsheet (CSV). Pure functions over the session
//! history; time and the person's UTC offset come in as values.

mod bins;
pub mod csv;
pub mod dates;
pub mod knots;
pub mod report;
pub mod streak;
pub mod suggest;
pub mod trend;

pub use dates::{local_day, time_label, DayNumber, LocalDate};
pub use knots::{knot_map, Bins, SpotStats, Trend};
pub use streak::{calendar, streaks, CalendarDay, Streaks};
pub use suggest::{suggestions, Suggestion, SuggestionKind};
pub use trend::{pain_chart, ChartPoint, PainChart};

/// How many recent sessions the knot map and the suggestions look at.
pub const RECENT_SESSIONS: usize = 8;

#[cfg(test)]
pub(crate) mod test_support;
