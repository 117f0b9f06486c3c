//! The plan's calendar and summary; each adaptation rule in `rules`, property tests in
//! `props`.

mod props;
mod rules;

use super::*;
use crate::progress::dates::day_start;
use crate::progress::test_support::{first_day, record_on, OFFSET};
use crate::record::{HotSpot, SessionRecord};
use crate::routine::Routine;
use crate::settings::Settings;
use crate::zone::Zone;

/// A 3-a-week, 4-week plan starting on Monday 3 February 2025 at 08:00 local time.
pub(super) fn plan() -> WeeklyPlan {
    let start = first_day();
    WeeklyPlan::default_at(day_start(start, OFFSET) + 8 * 3_600_000, start)
}

/// A completed session `days` after the plan's first day, at 09:00, with pain ratings.
pub(super) fn session(days: i64, before: Option<u8>, after: Option<u8>) -> SessionRecord {
    let mut r = record_on(first_day() + days, 9, true);
    r.pain_before = before;
    r.pain_after = after;
    r
}

pub(super) fn routine() -> Routine {
    Routine::article(&Settings::default())
}

pub(super) fn check_in(week: u8, pain: Option<PainCompared>, load: Option<LoadFelt>) -> CheckIn {
    let day = first_day() + i64::from(week - 1) * 7;
    CheckIn {
        week,
        at: day_start(day, OFFSET) + 8 * 3_600_000,
        pain,
        load,
    }
}

pub(super) fn english(advice: &Advice) -> String {
    advice
        .lines()
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A session that hurt more after (3 → 5) with a very tender knot on `zone`.
pub(super) fn sore(days: i64, zone: Zone) -> SessionRecord {
    let mut r = session(days, Some(3), Some(5));
    r.hot_spots.push(HotSpot {
        zone,
        position: 0.5,
        found_at: r.started_at,
        held_ms: 30_000,
        tenderness: Some(8),
    });
    r
}

#[test]
fn weeks_follow_the_calendar_from_the_first_day() {
    let p = plan();
    let s = |days: i64, history: &[SessionRecord]| status(&p, history, first_day() + days, OFFSET);
    let start = s(0, &[]);
    assert_eq!(
        (
            start.week,
            start.weeks,
            start.done_this_week,
            start.per_week
        ),
        (1, 4, 0, 3)
    );
    assert!(!start.check_in_due && !start.behind && !start.finished);
    let one = s(0, &[session(0, None, None)]);
    assert_eq!(one.done_this_week, 1);
    // A week later, nothing rolled: week 2, behind, check-in due.
    let later = s(7, &[session(0, None, None)]);
    assert_eq!((later.week, later.done_this_week), (2, 0));
    assert!(later.behind && later.check_in_due);
    assert_eq!(later.done_by_week, vec![1, 0]);
    // After the last week: finished, showing week 4.
    let over = s(28, &[]);
    assert!(over.finished && !over.check_in_due);
    assert_eq!(over.week, 4);
}

#[test]
fn sessions_before_the_plan_or_with_nothing_rolled_do_not_count() {
    let p = plan();
    let mut early = session(0, None, None);
    early.started_at = p.started_at - 1;
    let mut nothing = session(1, None, None);
    nothing.completed = false;
    nothing.passes.clear();
    nothing.rolled_ms = 0;
    let s = status(&p, &[early, nothing], first_day() + 1, OFFSET);
    assert_eq!(s.done_this_week, 0);
}

#[test]
fn a_rest_day_is_a_day_not_chosen_or_a_week_already_done() {
    let mut p = plan();
    p.weekdays = vec![0, 2, 4];
    // Tuesday is not a chosen day.
    assert!(status(&p, &[], first_day() + 1, OFFSET).rest_day);
    assert!(!status(&p, &[], first_day() + 2, OFFSET).rest_day);
    let p = plan();
    let three: Vec<_> = (0..3).map(|d| session(d, None, None)).collect();
    assert!(status(&p, &three, first_day() + 3, OFFSET).rest_day);
}

#[test]
fn the_summary_counts_weeks_pain_and_knots() {
    let p = plan();
    let history = [
        sore(0, Zone::ItBandLeft),
        sore(2, Zone::UpperBack),
        session(9, Some(4), Some(3)),
        sore(22, Zone::UpperBack),
        session(24, Some(2), Some(1)),
    ];
    let s = summary(&p, &history, OFFSET);
    assert_eq!(s.done_by_week, vec![2, 1, 0, 2]);
    assert_eq!((s.done(), s.planned()), (5, 12));
    assert_eq!(
        s.first,
        WeekPain {
            before: Some(3.0),
            after: Some(5.0)
        }
    );
    assert_eq!(
        s.last,
        WeekPain {
            before: Some(2.5),
            after: Some(3.0)
        }
    );
    assert_eq!(s.faded, vec![Zone::ItBandLeft]);
    assert_eq!(s.stayed, vec![Zone::UpperBack]);
}

#[test]
fn a_new_plan_keeps_its_numbers_in_bounds_and_merges_check_ins() {
    let p = WeeklyPlan::new("article", 9, 1, &[6, 9, 0, 6], 5, 100);
    assert_eq!(
        (p.per_week, p.weeks, p.weekdays.clone()),
        (5, 2, vec![0, 6])
    );
    let mut other = plan();
    other.check_ins.push(check_in(2, None, None));
    let merged = plan().merged(other.clone());
    assert_eq!(merged.check_ins.len(), 1);
    assert!(merged.check_ins[0].skipped());
    // A different plan is not merged into this one.
    assert_eq!(p.clone().merged(other), p);
}
