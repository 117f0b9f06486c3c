//! Saved routines: the model and its dose bounds, validation, presets, fitting a routine
//! into the minutes a person has, sharing by link, calendar reminders, and the reducer
//! for the routine actions. Pure Rust, tested natively.

mod base64url;
pub mod dose;
pub mod fit;
pub mod ics;
pub mod model;
pub mod presets;
pub mod reduce;
pub mod share;

#[cfg(test)]
mod tests;

pub use dose::{Dose, ZoneDose, MAX_ROLL_SECS, MIN_ROLL_SECS};
pub use fit::{fit, routine_minutes, steps_ms, FitPlan, FIT_MINUTES};
pub use model::{
    clean_name, muscle, other_side, shown_name, Routine, RoutineError, Step, ARTICLE_ID,
    ARTICLE_NAME, MAX_NAME_CHARS,
};
pub use presets::{Preset, PRESETS};
pub use reduce::{reduce_routine, RoutineAction};
pub use share::{ShareError, Shared};
