//! Tests of the keeping rules: when storage may go, and when to remind of an export.

use super::*;
use crate::record::RoutineKind;
use crate::zone::Zone;

const DAY: EpochMs = 86_400_000;
/// Some day in 2026, well after any record here.
const T0: EpochMs = 1_780_000_000_000;

fn ended_at(ended_at: EpochMs) -> SessionRecord {
    SessionRecord {
        id: format!("{ended_at}-x"),
        started_at: ended_at - 60_000,
        ended_at,
        routine: RoutineKind::Full,
        zones: vec![Zone::UpperBack],
        completed: true,
        passes: vec![],
        hot_spots: vec![],
        pain_before: None,
        pain_after: None,
        note: String::new(),
        active_ms: 60_000,
        skipped: Vec::new(),
        rolled_ms: 0,
        routine_used: None,
    }
}

/// `n` sessions, one an hour, the first ending at `from`.
fn sessions(n: usize, from: EpochMs) -> Vec<SessionRecord> {
    (0..n as u64)
        .map(|i| ended_at(from + i * 3_600_000))
        .collect()
}

#[test]
fn only_a_browser_that_said_not_persisted_and_not_installed_may_evict() {
    assert!(evictable(false, Some(false)));
    assert!(!evictable(false, Some(true)));
    assert!(!evictable(false, None), "unknown is not a warning");
    assert!(!evictable(true, Some(false)), "installed");
    assert!(!evictable(true, None));
}

#[test]
fn no_history_no_reminder() {
    assert_eq!(export_reminder(None, &[], T0 + 400 * DAY), None);
    assert_eq!(export_reminder(Some(T0), &[], T0 + 400 * DAY), None);
}

#[test]
fn never_exported_counts_sessions_from_the_first() {
    let now = T0 + DAY;
    assert_eq!(export_reminder(None, &sessions(9, T0), now), None);
    assert_eq!(
        export_reminder(None, &sessions(10, T0), now),
        Some(Reminder::NeverExported)
    );
}

#[test]
fn never_exported_counts_days_from_the_first_session() {
    let history = sessions(1, T0);
    assert_eq!(export_reminder(None, &history, T0 + 30 * DAY - 1), None);
    assert_eq!(
        export_reminder(None, &history, T0 + 30 * DAY),
        Some(Reminder::NeverExported)
    );
}

#[test]
fn nine_sessions_since_the_export_wait_and_ten_remind() {
    let exported = T0;
    let mut history = sessions(3, T0 - 10 * DAY);
    history.extend(sessions(9, T0 + 1));
    let now = T0 + 2 * DAY;
    assert_eq!(export_reminder(Some(exported), &history, now), None);
    history.push(ended_at(T0 + DAY));
    assert_eq!(
        export_reminder(Some(exported), &history, now),
        Some(Reminder::SessionsSince(10))
    );
}

#[test]
fn a_session_that_ended_at_the_export_is_in_it() {
    let history = sessions(10, T0 - 9 * 3_600_000);
    assert_eq!(history.last().map(|r| r.ended_at), Some(T0));
    assert_eq!(export_reminder(Some(T0), &history, T0 + DAY), None);
}

#[test]
fn twenty_nine_days_since_the_export_wait_and_thirty_remind() {
    let history = sessions(1, T0 + DAY);
    assert_eq!(export_reminder(Some(T0), &history, T0 + 29 * DAY), None);
    assert_eq!(
        export_reminder(Some(T0), &history, T0 + 30 * DAY - 1),
        None,
        "whole days"
    );
    assert_eq!(
        export_reminder(Some(T0), &history, T0 + 30 * DAY),
        Some(Reminder::DaysSince(30))
    );
}

#[test]
fn days_alone_do_not_remind_when_the_copy_has_every_session() {
    let history = sessions(5, T0 - 10 * DAY);
    assert_eq!(export_reminder(Some(T0), &history, T0 + 90 * DAY), None);
}

#[test]
fn sessions_win_when_both_are_due_and_a_clock_set_back_is_no_days() {
    let history = sessions(12, T0 + 1);
    assert_eq!(
        export_reminder(Some(T0), &history, T0 + 40 * DAY),
        Some(Reminder::SessionsSince(12))
    );
    let one = sessions(1, T0 + 1);
    assert_eq!(export_reminder(Some(T0), &one, T0 - 50 * DAY), None);
}

#[test]
fn each_reminder_reads_plainly_and_counts_right() {
    assert_eq!(
        Reminder::SessionsSince(10).line().to_string(),
        "10 sessions since your last export. Export a copy to keep them safe."
    );
    assert_eq!(
        Reminder::DaysSince(31).line().to_string(),
        "31 days since your last export. Export a copy to keep your sessions safe."
    );
    assert_eq!(
        Reminder::NeverExported.line().to_string(),
        "You have not exported your data yet. Export a copy to keep your sessions safe."
    );
    for reminder in [
        Reminder::SessionsSince(10),
        Reminder::DaysSince(30),
        Reminder::NeverExported,
    ] {
        let words = reminder.line().to_string();
        assert!(words.split_whitespace().count() <= 20, "{words}");
    }
}
