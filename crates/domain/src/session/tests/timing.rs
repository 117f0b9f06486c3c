//! Time-driven behaviour: pause, hot-spot holds, catch-up after a gap, breathing.

use super::*;

#[test]
fn pause_freezes_remaining_exactly_and_resume_continues() {
    let s = rolling().apply(Pause { now: T0 + 12_345 });
    assert!(s.is_paused());
    let left = s.remaining_ms(T0 + 12_345);
    assert_eq!(left, Some(27_655));
    let s = s.apply(Tick { now: T0 + 500_000 });
    assert_eq!(s.remaining_ms(T0 + 500_000), left);
    assert_eq!(s.pass(T0 + 900_000), s.pass(T0 + 12_345));
    let s = s.apply(TogglePause { now: T0 + 600_000 });
    assert!(!s.is_paused());
    assert_eq!(s.paused_ms, 600_000 - 12_345);
    assert_eq!(s.remaining_ms(T0 + 600_000), left);
    assert_eq!(s.remaining_ms(T0 + 601_000), Some(26_655));
}

#[test]
fn a_hold_freezes_the_passes_and_release_resumes_them_where_they_were() {
    let s = rolling().apply(HotSpot { now: T0 + 12_500 });
    assert!(s.is_holding());
    let hold = s.hold.clone().unwrap();
    assert_eq!((hold.position, hold.duration_ms), (0.75, 30_000));
    assert_eq!(s.remaining_ms(T0 + 20_000), Some(22_500));
    assert_eq!(s.pass(T0 + 20_000).unwrap().position, 0.75);
    let s = s
        .apply(Tenderness { value: 12 })
        .apply(Released { now: T0 + 22_500 });
    assert!(!s.is_holding());
    let spot = &s.hot_spots[0];
    assert_eq!((spot.held_ms, spot.tenderness), (10_000, Some(10)));
    assert_eq!(spot.found_at, T0 + 12_500);
    let p = s.pass(T0 + 22_500).unwrap();
    assert_eq!((p.number, p.position), (2, 0.75));
    assert_eq!(s.remaining_ms(T0 + 22_500), Some(27_500));
}

#[test]
fn extend_adds_ten_seconds_up_to_forty_five() {
    let mut s = rolling().apply(HotSpot { now: T0 });
    for _ in 0..5 {
        s = s.apply(Extend { now: T0 + 1_000 });
    }
    assert_eq!(s.hold.as_ref().unwrap().duration_ms, MAX_HOLD_MS);
    assert_eq!(s.remaining_ms(T0 + 1_000), Some(44_000));
    let s = s.apply(Tick { now: T0 + 45_000 });
    assert_eq!(s.hot_spots[0].held_ms, 45_000);
}

#[test]
fn hot_spots_only_on_a_running_roll() {
    let s = session(true).apply(HotSpot { now: T0 });
    assert!(!s.is_holding());
    let s = rolling()
        .apply(Pause { now: T0 + 1 })
        .apply(HotSpot { now: T0 + 2 });
    assert!(!s.is_holding());
    let s = rolling()
        .apply(HotSpot { now: T0 + 1 })
        .apply(HotSpot { now: T0 + 5 });
    assert_eq!(s.hold.unwrap().found_at, T0 + 1);
}

#[test]
fn a_hold_that_ran_out_while_closed_is_complete_and_the_passes_go_on_from_its_end() {
    // Hold from 5 s to 35 s; the phone wakes at 50 s.
    let s = rolling()
        .apply(HotSpot { now: T0 + 5_000 })
        .apply(Tick { now: T0 + 50_000 });
    assert!(!s.is_holding());
    assert_eq!(s.hot_spots[0].held_ms, 30_000);
    // 5 s before the hold plus 15 s after it.
    assert_eq!(s.clock.elapsed(T0 + 50_000), 20_000);
    assert_eq!(s.pass(T0 + 50_000).unwrap().number, 3);
    assert_eq!(s.elapsed_active(T0 + 50_000), 50_000);
}

#[test]
fn catch_up_after_a_long_gap_stops_at_the_next_manual_card() {
    let s = skip_to(session(true), Card::GetReady(Zone::ItBandLeft), T0)
        .apply(HotSpot { now: T0 + 1 }) // not a Roll card: ignored
        .apply(Tick {
            now: T0 + 3_600_000,
        });
    assert_eq!(s.card(), Card::SwitchSide(Side::Right));
    // The switch card started when the roll ran out: 5 s get-ready + 40 s roll.
    assert_eq!(s.clock, Stopwatch::start(T0 + 45_000));
    assert_eq!(s.passes[0].passes, 4);
    assert_eq!(s.active_ms, 45_000);
}

#[test]
fn catch_up_chains_from_the_last_roll_through_breathing() {
    let s = skip_to(session(true), Card::Roll(Zone::ShoulderBladeRight), T0)
        .apply(HotSpot { now: T0 + 10_000 })
        .apply(Tick {
            now: T0 + 10 * 60_000,
        });
    assert_eq!(s.card(), Card::PainAfter);
    assert_eq!(s.hot_spots.len(), 1);
    // 40 s of passes + 30 s hold + 50 s of breathing.
    assert_eq!(s.clock, Stopwatch::start(T0 + 120_000));
}

#[test]
fn breathing_paces_in_for_four_and_out_for_six() {
    let s = skip_to(session(true), Card::Breathe, T0);
    let b = s.breath(T0 + 2_000).unwrap();
    assert_eq!(
        (b.number, b.of, b.inhaling, b.phase_progress),
        (1, 5, true, 0.5)
    );
    let b = s.breath(T0 + 17_000).unwrap();
    assert_eq!((b.number, b.inhaling, b.phase_progress), (2, false, 0.5));
    assert_eq!(s.breath(T0 + 99_000).unwrap().number, 5);
    assert!(s.pass(T0).is_none());
}
