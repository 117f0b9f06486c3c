//! Each adaptation rule: week one, a flare (three kinds), a sore zone left out, a raise
//! (a pass, a zone, nothing), a flare blocking a raise, and the clinician.

use super::{check_in, english, plan, routine, session, sore};
use crate::progress::test_support::{first_day, OFFSET};
use crate::record::HotSpot;
use crate::weekly::*;
use crate::zone::Zone;

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
