//! The plan's calendar, each adaptation rule, the summary; property tests in `props`.

mod props;

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

fn check_in(week: u8, pain: Option<PainCompared>, load: Option<LoadFelt>) -> CheckIn {
    let day = first_day() + i64::from(week - 1) * 7;
    CheckIn {
        week,
        at: day_start(day, OFFSET) + 8 * 3_600_000,
        pain,
        load,
    }
}

fn english(advice: &Advice) -> String {
    advice
        .lines()
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
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
fn week_one_is_the_routine_as_it_is() {
    let a = advice(&plan(), &routine(), &[], first_day(), OFFSET);
    assert_eq!(a, Advice::AsPlanned { first_week: true });
    assert_eq!(todays_routine(&routine(), &a), routine());
}

#[test]
fn more_pain_after_a_session_makes_the_week_gentler_and_says_why() {
    // Wednesday 5 February: pain 3 before, 5 after.
    let history = [session(2, Some(3), Some(5))];
    let a = advice(&plan(), &routine(), &history, first_day() + 3, OFFSET);
    assert!(a.is_gentler());
    assert!(
        english(&a)
            .starts_with("Gentler this week: your back hurt more after Wednesday's session."),
        "{}",
        english(&a)
    );
    let today = todays_routine(&routine(), &a);
    for (gentle, usual) in today.steps.iter().zip(&routine().steps) {
        assert_eq!(gentle.dose.passes, usual.dose.passes - 1);
        assert_eq!(gentle.dose.hold_secs, usual.dose.hold_secs - 10);
    }
    // A week after the flare, the usual load is back (never more).
    let a = advice(&plan(), &routine(), &history, first_day() + 9, OFFSET);
    assert!(!a.is_gentler(), "{a:?}");
    assert!(!matches!(a, Advice::More(_)));
}

#[test]
fn high_pain_before_and_a_worse_or_too_much_check_in_are_flares() {
    let high = [session(1, Some(7), Some(7))];
    let a = advice(&plan(), &routine(), &high, first_day() + 2, OFFSET);
    assert_eq!(
        english(&a).split(" One").next().unwrap(),
        "Gentler this week: your pain was 7 out of 10 before Tuesday's session."
    );
    let mut p = plan();
    p.check_ins
        .push(check_in(2, Some(PainCompared::Worse), None));
    let a = advice(&p, &routine(), &[], first_day() + 8, OFFSET);
    assert!(english(&a).starts_with("Gentler this week: you said your back is worse"));
    let mut p = plan();
    p.check_ins.push(check_in(
        2,
        Some(PainCompared::Same),
        Some(LoadFelt::TooMuch),
    ));
    let a = advice(&p, &routine(), &[], first_day() + 8, OFFSET);
    assert!(english(&a).starts_with("Gentler this week: you said last week was too much."));
}

fn sore(days: i64, zone: Zone) -> SessionRecord {
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
fn a_zone_that_keeps_hurting_is_left_out_of_a_gentler_week() {
    let history = [sore(1, Zone::ItBandRight), sore(3, Zone::ItBandRight)];
    let a = advice(&plan(), &routine(), &history, first_day() + 4, OFFSET);
    assert_eq!(
        a,
        Advice::Gentler {
            why: a.lines()[0].clone(),
            left_out: Some(Zone::ItBandRight)
        }
    );
    assert!(
        english(&a).ends_with("keeps hurting, so it is left out this week."),
        "{}",
        english(&a)
    );
    assert!(english(&a).contains("right"), "{}", english(&a));
    let today = todays_routine(&routine(), &a);
    assert!(!today.zones().contains(&Zone::ItBandRight));
    assert_eq!(today.steps.len(), routine().steps.len() - 1);
}

#[test]
fn two_steady_weeks_and_a_right_load_add_one_pass() {
    let mut p = plan();
    p.check_ins.push(check_in(
        2,
        Some(PainCompared::Same),
        Some(LoadFelt::AboutRight),
    ));
    p.check_ins.push(check_in(
        3,
        Some(PainCompared::Better),
        Some(LoadFelt::TooLittle),
    ));
    let history = [session(0, Some(4), Some(3)), session(8, Some(3), Some(2))];
    let a = advice(&p, &routine(), &history, first_day() + 15, OFFSET);
    assert_eq!(a, Advice::More(Raise::Pass));
    let today = todays_routine(&routine(), &a);
    assert!(today.steps.iter().all(|s| s.dose.passes == 5));
    // One steady week is not enough, nor a week without an answer about the load.
    let mut once = plan();
    once.check_ins.push(check_in(
        3,
        Some(PainCompared::Better),
        Some(LoadFelt::AboutRight),
    ));
    assert!(matches!(
        advice(&once, &routine(), &history, first_day() + 15, OFFSET),
        Advice::AsPlanned { .. }
    ));
}

#[test]
fn at_the_most_passes_the_zone_where_knots_recur_is_added_or_nothing() {
    let mut p = plan();
    p.check_ins.push(check_in(
        2,
        Some(PainCompared::Same),
        Some(LoadFelt::AboutRight),
    ));
    p.check_ins.push(check_in(
        3,
        Some(PainCompared::Same),
        Some(LoadFelt::AboutRight),
    ));
    let mut full = routine();
    for step in &mut full.steps {
        step.dose.passes = 5;
    }
    // Calves knotted in sessions before the plan (another routine).
    let mut calves = session(-3, None, None);
    calves.hot_spots.push(HotSpot {
        zone: Zone::CalvesLeft,
        position: 0.4,
        found_at: calves.started_at,
        held_ms: 20_000,
        tenderness: Some(4),
    });
    let a = advice(&p, &full, &[calves.clone()], first_day() + 15, OFFSET);
    assert_eq!(a, Advice::More(Raise::Zone(Zone::CalvesLeft)));
    assert!(todays_routine(&full, &a)
        .zones()
        .contains(&Zone::CalvesLeft));
    assert_eq!(
        advice(&p, &full, &[], first_day() + 15, OFFSET),
        Advice::AtTheMost
    );
}

#[test]
fn a_flare_in_the_last_two_weeks_blocks_any_raise() {
    let mut p = plan();
    p.check_ins.push(check_in(
        2,
        Some(PainCompared::Same),
        Some(LoadFelt::AboutRight),
    ));
    p.check_ins.push(check_in(
        3,
        Some(PainCompared::Same),
        Some(LoadFelt::AboutRight),
    ));
    // A flare 10 days before week 3's check-in: no longer gentler, not yet more.
    let history = [session(5, Some(3), Some(6))];
    let a = advice(&p, &routine(), &history, first_day() + 15, OFFSET);
    assert_eq!(a, Advice::AsPlanned { first_week: false });
}

#[test]
fn worse_twice_or_high_pain_in_two_weeks_sends_to_a_clinician() {
    let mut p = plan();
    p.check_ins
        .push(check_in(2, Some(PainCompared::Worse), None));
    p.check_ins
        .push(check_in(3, Some(PainCompared::Worse), None));
    let a = advice(&p, &routine(), &[], first_day() + 15, OFFSET);
    assert_eq!(
        english(&a),
        "Your back has felt worse at two check-ins in a row. Stop the plan for now and see a clinician about your back."
    );
    let history = [session(1, Some(7), None), session(8, Some(8), None)];
    let a = advice(&plan(), &routine(), &history, first_day() + 9, OFFSET);
    assert!(matches!(a, Advice::SeeClinician { .. }));
    assert!(todays_routine(&routine(), &a)
        .steps
        .iter()
        .all(|s| s.dose.passes == 3));
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
