//! Property tests: the rules never leave the dose limits, never raise the load after a
//! flare, and a plan advances by calendar week with or without sessions.

use proptest::prelude::*;

use super::{plan, routine, session};
use crate::progress::dates::day_start;
use crate::progress::test_support::{first_day, OFFSET};
use crate::record::HotSpot;
use crate::routine::{Dose, Step, MAX_ROLL_SECS};
use crate::settings::{HOLD_SECS, PASSES};
use crate::weekly::*;
use crate::zone::Zone;

fn pain() -> impl Strategy<Value = Option<u8>> {
    prop::option::of(0u8..=10)
}

fn dose() -> impl Strategy<Value = Dose> {
    (0u8..=9, 0u8..=30, 0u8..=60).prop_map(|(passes, secs_per_pass, hold_secs)| {
        Dose {
            passes,
            secs_per_pass,
            hold_secs,
        }
        .clamped()
    })
}

prop_compose! {
    fn history()(items in prop::collection::vec((0i64..56, pain(), pain(), prop::option::of((0usize..Zone::ALL.len(), 0u8..=10))), 0..20))
        -> Vec<crate::record::SessionRecord> {
        items.into_iter().map(|(day, before, after, spot)| {
            let mut r = session(day, before, after);
            if let Some((z, t)) = spot {
                r.hot_spots.push(HotSpot { zone: Zone::ALL[z], position: 0.5, found_at: r.started_at, held_ms: 1000, tenderness: Some(t) });
            }
            r
        }).collect()
    }
}

prop_compose! {
    fn check_ins()(items in prop::collection::vec((2u8..=8, 0usize..4, 0usize..4), 0..8)) -> Vec<CheckIn> {
        items.into_iter().map(|(week, p, l)| CheckIn {
            week,
            at: day_start(first_day() + i64::from(week - 1) * 7, OFFSET) + 3_600_000,
            pain: PainCompared::ALL.get(p).copied(),
            load: LoadFelt::ALL.get(l).copied(),
        }).collect()
    }
}

fn a_plan(check_ins: Vec<CheckIn>, weeks: u8) -> WeeklyPlan {
    WeeklyPlan {
        check_ins,
        weeks,
        ..plan()
    }
    .clamped()
}

fn within_limits(dose: Dose) -> bool {
    PASSES.contains(&dose.passes)
        && HOLD_SECS.contains(&dose.hold_secs)
        && dose.roll_secs() <= MAX_ROLL_SECS
        && dose.is_safe()
}

proptest! {
    #[test]
    fn todays_doses_never_leave_the_limits(
        history in history(),
        check_ins in check_ins(),
        doses in prop::collection::vec(dose(), 4),
        today in 0i64..70,
    ) {
        let mut r = routine();
        for (step, d) in r.steps.iter_mut().zip(doses) {
            step.dose = d;
        }
        let p = a_plan(check_ins, 8);
        let a = advice(&p, &r, &history, first_day() + today, OFFSET);
        let t = todays_routine(&r, &a);
        prop_assert!(!t.steps.is_empty());
        prop_assert!(t.validate(&[]).is_ok());
        for step in &t.steps {
            prop_assert!(within_limits(step.dose), "{:?} under {:?}", step, a);
        }
    }

    #[test]
    fn after_a_flare_nothing_is_more_than_usual(
        history in history(),
        check_ins in check_ins(),
        flare_day in 0i64..50,
        days_after in 0i64..7,
        before in 0u8..=8,
    ) {
        let mut history = history;
        history.push(session(flare_day, Some(before), Some(before + 2)));
        let p = a_plan(check_ins, 8);
        let r = routine();
        let a = advice(&p, &r, &history, first_day() + flare_day + days_after, OFFSET);
        prop_assert!(a.is_gentler(), "{:?}", a);
        let t = todays_routine(&r, &a);
        for step in &t.steps {
            let usual: &Step = r.steps.iter().find(|s| s.zone == step.zone).unwrap();
            prop_assert!(step.dose.passes <= usual.dose.passes);
            prop_assert!(step.dose.hold_secs <= usual.dose.hold_secs);
            prop_assert!(step.dose.roll_secs() <= usual.dose.roll_secs());
        }
        prop_assert!(t.steps.len() <= r.steps.len());
    }

    #[test]
    fn a_plan_advances_by_calendar_week_without_sessions(weeks in 2u8..=8, days in 0i64..80) {
        let p = a_plan(Vec::new(), weeks);
        let s = status(&p, &[], first_day() + days, OFFSET);
        let expected = (days / 7 + 1).min(i64::from(weeks));
        prop_assert_eq!(i64::from(s.week), expected);
        prop_assert_eq!(s.finished, days >= i64::from(weeks) * 7);
        prop_assert_eq!(s.done_this_week, 0);
    }
}
