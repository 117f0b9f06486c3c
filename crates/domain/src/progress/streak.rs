//! Days rolled, streaks and the calendar heat strip.

use std::collections::BTreeMap;

use super::dates::{local_day, weekday, DayNumber, LocalDate};
use crate::i18n::{Catalogue, Tr};
use crate::record::{EpochMs, SessionRecord};

/// What happened on one local day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayTally {
    pub sessions: u32,
    pub completed: u32,
}

/// Sessions per local day (only days with at least one).
pub fn days_rolled(
    history: &[SessionRecord],
    offset_minutes: i32,
) -> BTreeMap<DayNumber, DayTally> {
    let mut days: BTreeMap<DayNumber, DayTally> = BTreeMap::new();
    for record in history {
        let tally = days
            .entry(local_day(record.started_at, offset_minutes))
            .or_default();
        tally.sessions += 1;
        tally.completed += u32::from(record.completed);
    }
    days
}

/// Streak numbers for the progress screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streaks {
    /// Consecutive days rolled up to today, or up to yesterday if today has no session yet.
    pub current: u32,
    /// The longest run of consecutive days ever.
    pub longest: u32,
    /// Distinct days with a session, ever.
    pub days_rolled: u32,
}

/// Current and longest streaks. A streak stays alive through today until midnight:
/// if yesterday had a session and today has none yet, it still counts.
pub fn streaks(history: &[SessionRecord], today: EpochMs, offset_minutes: i32) -> Streaks {
    let days = days_rolled(history, offset_minutes);
    let today = local_day(today, offset_minutes);
    let mut longest = 0;
    let mut run = 0;
    let mut prev: Option<DayNumber> = None;
    for &day in days.keys() {
        run = if prev == Some(day - 1) { run + 1 } else { 1 };
        longest = longest.max(run);
        prev = Some(day);
    }
    let mut current = 0;
    let mut day = if days.contains_key(&today) {
        today
    } else {
        today - 1
    };
    while days.contains_key(&day) {
        current += 1;
        day -= 1;
    }
    Streaks {
        current,
        longest,
        days_rolled: days.len() as u32,
    }
}

/// One square of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    pub day: DayNumber,
    pub date: LocalDate,
    pub sessions: u32,
    /// 0 none, 1 only ended-early sessions, 2 a complete session, 3 two or more sessions.
    pub level: u8,
    pub is_today: bool,
    /// After today: drawn empty, not as a missed day.
    pub is_future: bool,
}

impl CalendarDay {
    /// Words for the level, for the square's accessible text.
    pub fn describe(&self) -> String {
        self.describe_in(&Catalogue::english())
    }

    /// [`CalendarDay::describe`] in the language of `tr`.
    pub fn describe_in(&self, tr: &Catalogue) -> String {
        match (self.is_future, self.sessions) {
            (true, _) => tr.t("still to come"),
            (false, 0) => tr.t("no session"),
            (false, 1) if self.level == 1 => tr.t("1 session, ended early"),
            (false, n) => tr.tn("{n} session|{n} sessions", i64::from(n), &[]),
        }
    }
}

/// The last `weeks` weeks as rows of seven days, Monday first; the last row holds today.
pub fn calendar(
    history: &[SessionRecord],
    today: EpochMs,
    offset_minutes: i32,
    weeks: usize,
) -> Vec<[CalendarDay; 7]> {
    let days = days_rolled(history, offset_minutes);
    let today = local_day(today, offset_minutes);
    let this_monday = today - weekday(today) as DayNumber;
    (0..weeks)
        .map(|row| {
            let monday = this_monday - 7 * (weeks - 1 - row) as DayNumber;
            std::array::from_fn(|col| {
                let day = monday + col as DayNumber;
                let tally = days.get(&day).copied().unwrap_or_default();
                let level = match (tally.sessions, tally.completed) {
                    (0, _) => 0,
                    (1, 0) => 1,
                    (1, _) => 2,
                    _ => 3,
                };
                CalendarDay {
                    day,
                    date: LocalDate::from_day(day),
                    sessions: tally.sessions,
                    level,
                    is_today: day == today,
                    is_future: day > today,
                }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::dates::day_start;
    use crate::progress::test_support::{fixture, record_on, FIXTURE_TODAY, OFFSET};

    #[test]
    fn fixture_streaks_are_exact() {
        let s = streaks(&fixture(), FIXTURE_TODAY, OFFSET);
        assert_eq!(
            s,
            Streaks {
                current: 3,
                longest: 7,
                days_rolled: 28
            }
        );
    }

    #[test]
    fn a_streak_survives_until_midnight_then_breaks() {
        let history = vec![record_on(10, 8, true), record_on(11, 8, true)];
        let at = |day: i64, hour: i64| day_start(day, OFFSET) + (hour * 3_600_000) as u64;
        assert_eq!(streaks(&history, at(11, 20), OFFSET).current, 2);
        assert_eq!(streaks(&history, at(12, 23), OFFSET).current, 2);
        assert_eq!(streaks(&history, at(13, 0), OFFSET).current, 0);
        assert_eq!(streaks(&history, at(13, 0), OFFSET).longest, 2);
        assert_eq!(streaks(&[], at(13, 0), OFFSET), Streaks::default());
    }

    #[test]
    fn two_sessions_on_one_day_count_once() {
        let history = vec![record_on(10, 7, true), record_on(10, 19, false)];
        let days = days_rolled(&history, OFFSET);
        assert_eq!(
            days[&10],
            DayTally {
                sessions: 2,
                completed: 1
            }
        );
        assert_eq!(
            streaks(&history, day_start(10, OFFSET), OFFSET).days_rolled,
            1
        );
    }

    #[test]
    fn calendar_rows_start_on_monday_and_end_with_today() {
        let cal = calendar(&fixture(), FIXTURE_TODAY, OFFSET, 6);
        assert_eq!(cal.len(), 6);
        assert!(cal.iter().all(|row| weekday(row[0].day) == 0));
        let last = cal[5][6];
        assert!(last.is_today && last.sessions == 0);
        assert_eq!(
            last.date,
            LocalDate {
                year: 2025,
                month: 3,
                day: 16
            }
        );
        assert_eq!(
            cal[0][0].date,
            LocalDate {
                year: 2025,
                month: 2,
                day: 3
            }
        );
        let rolled = cal.iter().flatten().filter(|d| d.sessions > 0).count();
        assert_eq!(rolled, 28);
        let sessions: u32 = cal.iter().flatten().map(|d| d.sessions).sum();
        assert_eq!(sessions, 30);
        // The doubled days and the ended-early ones.
        assert_eq!(cal[2][2].level, 3);
        assert_eq!(cal[0][0].level, 2);
        assert_eq!(cal.iter().flatten().filter(|d| d.level == 1).count(), 3);
        assert_eq!(cal[2][2].describe(), "2 sessions");
    }

    #[test]
    fn a_session_after_local_midnight_lands_on_the_local_day() {
        // Fixture day 25 (Fri 28 Feb) has a session at 00:20 local, which is 23:20 UTC on the 27th.
        let cal = calendar(&fixture(), FIXTURE_TODAY, OFFSET, 6);
        assert_eq!(
            cal[3][4].date,
            LocalDate {
                year: 2025,
                month: 2,
                day: 28
            }
        );
        assert_eq!(cal[3][4].sessions, 1);
        assert_eq!(cal[3][3].sessions, 0);
        let utc = calendar(&fixture(), FIXTURE_TODAY, 0, 6);
        assert_eq!((utc[3][3].sessions, utc[3][4].sessions), (1, 0));
    }

    #[test]
    fn future_days_this_week_are_marked() {
        let history = vec![record_on(10, 8, true)];
        // Day 10 is a Sunday (1970-01-11); day 12 a Tuesday.
        let cal = calendar(&history, day_start(12, OFFSET) + 1, OFFSET, 2);
        let row = cal[1];
        assert!(row[1].is_today);
        assert!(row[2].is_future && row[6].is_future);
        assert_eq!(row[2].describe(), "still to come");
        assert_eq!(cal[0][6].sessions, 1);
    }
}
