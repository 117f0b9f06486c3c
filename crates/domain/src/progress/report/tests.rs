use super::*;
use crate::progress::test_support::{fixture, record_on, FIXTURE_TODAY, OFFSET};
use crate::record::{HotSpot, RoutineUsed};
use crate::routine::ZoneDose;

fn today() -> DayNumber {
    local_day(FIXTURE_TODAY, OFFSET)
}

#[test]
fn four_weeks_of_the_fixture_are_its_last_21_sessions_without_a_flare() {
    let r = report(&fixture(), None, Some(DEFAULT_WEEKS), today(), OFFSET);
    assert_eq!(r.first_day, today() - 27, "Mon 17 Feb to Sun 16 Mar");
    assert_eq!(r.last_day, today());
    assert_eq!(r.sessions.len(), 21);
    assert!(r
        .sessions
        .windows(2)
        .all(|w| w[0].started_at <= w[1].started_at));
    assert_eq!(r.ended_early, 2);
    assert_eq!(r.planned, None, "no plan runs");
    assert!(
        r.flares.is_empty(),
        "pain before 4–6 and always lower after"
    );
}

#[test]
fn the_whole_history_holds_every_session_and_the_early_high_pain_days() {
    let r = report(&fixture(), None, None, today(), OFFSET);
    assert_eq!(r.sessions.len(), 30);
    assert_eq!(r.first_day, today() - 41, "from Mon 3 Feb");
    assert_eq!(r.ended_early, 3);
    // The first eight sessions started at 7 out of 10 (one of them unrated).
    assert_eq!(r.flares.len(), 7);
    assert!(r.flares.iter().all(|f| f.before == Some(7)));
    let two = report(&fixture(), None, Some(2), today(), OFFSET);
    assert_eq!(two.sessions.len(), 9);
}

#[test]
fn zones_add_up_passes_at_their_pace_and_the_holds_with_a_median_hold() {
    let day = today();
    let spot = |held_ms| HotSpot {
        zone: Zone::ItBandLeft,
        position: 0.5,
        found_at: 0,
        held_ms,
        tenderness: Some(6),
    };
    let mut a = record_on(day - 1, 8, true);
    a.passes = vec![
        ZonePasses {
            zone: Zone::UpperBack,
            passes: 4,
        },
        ZonePasses {
            zone: Zone::ItBandLeft,
            passes: 3,
        },
    ];
    a.hot_spots = vec![spot(30_000), spot(20_000)];
    a.routine_used = Some(RoutineUsed {
        id: "r1".into(),
        name: "Mine".into(),
        minutes: None,
        doses: vec![ZoneDose {
            zone: Zone::ItBandLeft,
            dose: Dose {
                passes: 3,
                secs_per_pass: 12,
                hold_secs: 30,
            },
        }],
    });
    let mut b = record_on(day, 8, true);
    b.passes = vec![ZonePasses {
        zone: Zone::ItBandLeft,
        passes: 4,
    }];
    b.hot_spots = vec![spot(45_000)];
    let r = report(&[b, a], None, Some(2), day, OFFSET);
    let it = r.zones.iter().find(|z| z.zone == Zone::ItBandLeft).unwrap();
    let pace = u64::from(Dose::default().secs_per_pass);
    assert_eq!((it.sessions, it.passes, it.hot_spots), (2, 7, 3));
    assert_eq!(it.secs, 3 * 12 + 4 * pace + 30 + 20 + 45);
    assert_eq!(it.typical_hold_secs, Some(30));
    let back = r.zones.iter().find(|z| z.zone == Zone::UpperBack).unwrap();
    assert_eq!((back.secs, back.typical_hold_secs), (4 * pace, None));
    let order: Vec<Zone> = r.zones.iter().map(|z| z.zone).collect();
    let body: Vec<Zone> = Zone::ALL
        .iter()
        .copied()
        .filter(|z| order.contains(z))
        .collect();
    assert_eq!(order, body, "in body order");
}

#[test]
fn a_flare_is_a_high_start_or_a_rise_of_two() {
    let day = today();
    let rated = |d, before, after| {
        let mut r = record_on(day - d, 8, true);
        r.pain_before = before;
        r.pain_after = after;
        r
    };
    let history = [
        rated(3, Some(7), Some(5)),
        rated(2, Some(3), Some(5)),
        rated(1, Some(3), Some(4)),
        rated(0, None, Some(9)),
    ];
    let r = report(&history, None, Some(2), day, OFFSET);
    let days: Vec<DayNumber> = r.flares.iter().map(|f| f.day).collect();
    assert_eq!(days, vec![day - 3, day - 2]);
}

#[test]
fn a_running_plan_counts_the_sessions_of_its_weeks_begun_in_the_period() {
    let day = today();
    let plan = WeeklyPlan {
        routine_id: "article".into(),
        per_week: 3,
        weeks: 4,
        weekdays: Vec::new(),
        started_at: 0,
        start_day: day - 10,
        check_ins: Vec::new(),
    };
    assert_eq!(
        report(&[], Some(&plan), Some(4), day, OFFSET).planned,
        Some(6)
    );
    assert_eq!(
        report(&[], Some(&plan), Some(2), day, OFFSET).planned,
        Some(6)
    );
    // Over one week only the plan's second week (day − 6 on) overlaps it.
    let later = WeeklyPlan {
        start_day: day - 13,
        ..plan
    };
    assert_eq!(
        report(&[], Some(&later), Some(1), day, OFFSET).planned,
        Some(3)
    );
    let empty = report(&[], None, None, day, OFFSET);
    assert_eq!((empty.first_day, empty.sessions.len()), (day, 0));
}
