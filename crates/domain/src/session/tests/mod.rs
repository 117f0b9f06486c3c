//! Unit tests: each card type and each control, with exact times.

use super::*;
use crate::routine::Position;
use crate::zone::Side;
use Event::*;
// The event, not the record type `super::*` also brings in.
use Event::HotSpot;

mod honest;
// Property tests use proptest, a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod props;
mod timing;

pub(super) const T0: EpochMs = 1_700_000_000_000;

/// Defaults: 4 passes of 10 s, 30 s holds, 5 s get-ready, 5 breaths, full routine.
pub(super) fn session(acknowledged: bool) -> Session {
    Session::start(
        "s1".into(),
        Settings {
            get_ready_secs: 5,
            ..Settings::default()
        },
        RoutineKind::Full,
        acknowledged,
        T0,
    )
}

/// Presses Next at `now` until the current card is `card`.
pub(super) fn skip_to(mut s: Session, card: Card, now: EpochMs) -> Session {
    while s.card() != card {
        assert!(!s.is_finished(), "never reached {card:?}");
        s = s.apply(Next { now });
    }
    s
}

/// A session on Roll(left IT band) whose clock started at `T0`.
pub(super) fn rolling() -> Session {
    skip_to(session(true), Card::Roll(Zone::ItBandLeft), T0)
}

#[test]
fn start_clamps_settings_and_plans_safety_only_on_first_run() {
    let wild = Settings {
        passes_per_side: 99,
        zones: vec![Zone::LowerBack, Zone::UpperBack],
        ..Settings::default()
    };
    let s = Session::start("x".into(), wild, RoutineKind::Custom, false, T0);
    assert_eq!(s.settings.passes_per_side, 5);
    assert_eq!(s.plan, plan(&[Zone::UpperBack], true));
    assert_eq!(s.card(), Card::Safety);
    assert!(!s.safety_acknowledged());
    let s = s.apply(Next { now: T0 + 5 });
    assert_eq!(s.card(), Card::PainBefore);
    assert!(s.safety_acknowledged());
    assert!(session(true).safety_acknowledged());
}

#[test]
fn manual_cards_wait_however_long() {
    let s = session(true).apply(Tick {
        now: T0 + 3_600_000,
    });
    assert_eq!(s.card(), Card::PainBefore);
    assert_eq!(s.remaining_ms(T0 + 3_600_000), None);
    assert_eq!(s.progress(T0 + 3_600_000), 0.0);
    let s = s.apply(Next {
        now: T0 + 3_600_000,
    });
    assert_eq!(s.card(), Card::Setup(Position::SidePlank(Side::Left)));
    assert_eq!(s.active_ms, 3_600_000);
}

#[test]
fn pain_ratings_are_clamped_and_land_on_the_right_field() {
    let s = session(true).apply(Pain { value: Some(14) });
    assert_eq!(s.pain_before, Some(10));
    let s = s.apply(Pain { value: None });
    assert_eq!(s.pain_before, None);
    let s = s.apply(Pain { value: Some(3) }).apply(Next { now: T0 });
    let s = s.apply(Pain { value: Some(7) });
    assert_eq!((s.pain_before, s.pain_after), (Some(3), None));
    let s = skip_to(s, Card::PainAfter, T0).apply(Pain { value: Some(2) });
    assert_eq!(s.pain_after, Some(2));
}

#[test]
fn get_ready_counts_down_in_whole_seconds_rounded_up() {
    let s = skip_to(session(true), Card::GetReady(Zone::ItBandLeft), T0);
    assert_eq!(s.remaining_ms(T0), Some(5_000));
    assert_eq!(s.remaining_secs(T0), Some(5));
    assert_eq!(s.remaining_secs(T0 + 1), Some(5));
    assert_eq!(s.remaining_secs(T0 + 1_000), Some(4));
    assert_eq!(s.remaining_secs(T0 + 4_001), Some(1));
    assert_eq!(s.progress(T0 + 2_500), 0.5);
    // A tick late by 700 ms: the roll started at the deadline, not at the tick.
    let s = s.apply(Tick { now: T0 + 5_700 });
    assert_eq!(s.card(), Card::Roll(Zone::ItBandLeft));
    assert_eq!(s.clock, Stopwatch::start(T0 + 5_000));
    assert_eq!(s.remaining_ms(T0 + 5_700), Some(39_300));
}

#[test]
fn passes_go_out_and_back_and_are_counted() {
    let s = rolling();
    let at = |ms| s.pass(T0 + ms).unwrap();
    assert_eq!(at(0).number, 1);
    assert!(at(0).outward);
    assert_eq!(at(2_500).position, 0.25);
    assert_eq!((at(10_000).number, at(10_000).outward), (2, false));
    assert_eq!(at(12_500).position, 0.75);
    assert_eq!(at(39_999).number, 4);
    assert_eq!(at(99_000).number, 4, "capped at passes_per_side");
    assert_eq!(at(0).of, 4);
    assert!(session(true).pass(T0).is_none());
}

#[test]
fn a_finished_roll_records_all_its_passes_and_stops_at_the_switch() {
    let s = rolling().apply(Tick { now: T0 + 40_000 });
    assert_eq!(s.card(), Card::SwitchSide(Side::Right));
    assert_eq!(
        s.passes,
        vec![ZonePasses {
            zone: Zone::ItBandLeft,
            passes: 4
        }]
    );
}

#[test]
fn next_on_a_roll_records_whole_passes_and_replaces_the_earlier_count() {
    let s = rolling().apply(Next { now: T0 + 25_000 });
    assert_eq!(s.passes[0].passes, 2);
    let s = s
        .apply(Back { now: T0 + 25_000 })
        .apply(Next { now: T0 + 39_000 });
    assert_eq!(s.passes.len(), 1);
    assert_eq!(s.passes[0].passes, 1);
}

#[test]
fn next_and_end_record_a_running_hold() {
    let s = rolling()
        .apply(HotSpot { now: T0 + 1_000 })
        .apply(Next { now: T0 + 4_000 });
    assert_eq!(s.hot_spots[0].held_ms, 3_000);
    assert_eq!(s.passes[0].passes, 0);
    let s = rolling()
        .apply(HotSpot { now: T0 + 1_000 })
        .apply(Pause { now: T0 + 2_000 })
        .apply(Released { now: T0 + 9_000 });
    assert_eq!(s.hot_spots[0].held_ms, 1_000);
    assert!(s.is_paused());
    assert_eq!(s.pass(T0 + 9_000).unwrap().position, 0.1);
}

#[test]
fn back_restarts_the_previous_card_and_never_goes_before_the_first() {
    let s = session(false).apply(Back { now: T0 + 3_000 });
    assert_eq!((s.index, s.clock), (0, Stopwatch::start(T0 + 3_000)));
    let s = rolling()
        .apply(HotSpot { now: T0 + 1_000 })
        .apply(Back { now: T0 + 2_000 });
    assert_eq!(s.card(), Card::GetReady(Zone::ItBandLeft));
    assert_eq!(s.hot_spots.len(), 1);
    assert_eq!(s.remaining_ms(T0 + 2_000), Some(5_000));
    assert!(s.passes.is_empty());
}

#[test]
fn next_and_back_while_paused_resume_first() {
    let s = rolling()
        .apply(Pause { now: T0 + 1_000 })
        .apply(Next { now: T0 + 9_000 });
    assert!(!s.is_paused());
    assert_eq!((s.paused_ms, s.active_ms), (8_000, 1_000));
    assert!(s.clock.is_running());
}

#[test]
fn the_last_next_finishes_a_completed_session() {
    let s = skip_to(session(true), Card::PainAfter, T0 + 100).apply(Next { now: T0 + 200 });
    assert_eq!(s.card(), Card::Summary);
    assert_eq!(
        s.finished,
        Some(Finish {
            at: T0 + 200,
            completed: true
        })
    );
    let s = s
        .apply(Pain { value: Some(4) })
        .apply(Next { now: T0 + 300 })
        .apply(Back { now: T0 + 400 });
    assert_eq!((s.card(), s.pain_after), (Card::Summary, Some(4)));
    // Every zone was skipped: nothing was rolled, so nothing is kept.
    assert_eq!(s.rolled_ms, 0);
    assert_eq!(s.record(), None);
}

#[test]
fn end_records_a_partial_session() {
    let s = rolling()
        .apply(Pain { value: Some(1) })
        .apply(HotSpot { now: T0 + 15_000 })
        .apply(Tenderness { value: 6 })
        .apply(End { now: T0 + 20_000 });
    assert!(s.is_finished());
    assert_eq!(s.card(), Card::Summary);
    let r = s.record().unwrap();
    assert!(!r.completed);
    assert_eq!(r.ended_at, T0 + 20_000);
    assert_eq!(r.zones, vec![Zone::ItBandLeft]);
    assert_eq!(
        r.passes,
        vec![ZonePasses {
            zone: Zone::ItBandLeft,
            passes: 1
        }]
    );
    assert_eq!(r.hot_spots[0].held_ms, 5_000);
    assert_eq!(r.hot_spots[0].tenderness, Some(6));
    assert_eq!(r.active_ms, 20_000);
    assert_eq!(s.elapsed_active(T0 + 90_000), 20_000);
    assert!(session(true).record().is_none());
}

#[test]
fn time_from_before_the_latest_event_never_runs_backwards() {
    // Released with no hold does nothing but still marks the time as seen.
    let s = rolling()
        .apply(Released { now: T0 + 10_000 })
        .apply(HotSpot { now: T0 + 3_000 });
    assert_eq!(s.hold.as_ref().unwrap().found_at, T0 + 10_000);
    assert_eq!(s.remaining_ms(0), Some(30_000));
    let s = s.apply(Pause { now: 0 }).apply(Resume { now: 5 });
    assert_eq!(s.paused_ms, 0);
    assert_eq!(s.elapsed_active(0), 10_000);
}

#[test]
fn a_session_survives_a_json_round_trip() {
    let s = rolling()
        .apply(HotSpot { now: T0 + 2_000 })
        .apply(Pause { now: T0 + 3_000 });
    let json = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
}

#[test]
fn a_tick_that_completes_nothing_leaves_the_session_identical() {
    let s = rolling();
    assert_eq!(s.clone().apply(Tick { now: T0 + 1_000 }), s);
    // One that ends the passes does change it.
    assert_ne!(
        s.clone().apply(Tick {
            now: T0 + 10_000_000
        }),
        s
    );
}
