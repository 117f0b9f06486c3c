//! Honest records and the tenderness question after a hold.

use super::*;

#[test]
fn a_zone_left_before_its_time_is_skipped_and_the_session_is_partial() {
    // Left IT band rolled in full (40 s), then Next through everything else.
    let s = rolling().apply(Tick { now: T0 + 40_000 });
    assert_eq!(s.card(), Card::SwitchSide(Side::Right));
    let mut s = s;
    let mut now = T0 + 40_000;
    while !s.is_finished() {
        now += 100;
        s = s.apply(Next { now });
    }
    let record = s.record().expect("something was rolled");
    // 40 s, and 100 ms on each of the four other zones before its Next.
    assert_eq!(record.rolled_ms, 40_000 + 4 * 100);
    assert!(!record.completed);
    assert_eq!(record.skipped.len(), 4);
    assert!(!record.skipped.contains(&Zone::ItBandLeft));
    assert_eq!(record.verdict().words(), "Partial — 1 of 5 zones");
}

#[test]
fn holds_count_as_rolling_and_a_short_roll_is_not_kept() {
    let s = rolling()
        .apply(HotSpot { now: T0 + 200 })
        .apply(Released { now: T0 + 700 })
        .apply(End { now: T0 + 800 });
    // 0.2 s + 0.5 s held + 0.1 s: under a second on the roller.
    assert_eq!(s.rolled_ms, 800);
    assert!(s.is_finished() && s.record().is_none());
    let s = rolling()
        .apply(HotSpot { now: T0 + 2_000 })
        .apply(Released { now: T0 + 14_000 })
        .apply(End { now: T0 + 15_000 });
    assert_eq!(s.rolled_ms, 15_000);
    let record = s.record().expect("kept");
    assert_eq!(record.verdict().words(), "Partial — 0 of 5 zones");
}

#[test]
fn tenderness_is_asked_after_the_hold_for_a_few_seconds_or_until_answered() {
    let s = rolling().apply(HotSpot { now: T0 + 5_000 });
    assert!(!s.asks_tenderness(T0 + 6_000), "never during the hold");
    let s = s.apply(Released { now: T0 + 20_000 });
    assert!(s.asks_tenderness(T0 + 20_000));
    assert!(s.asks_tenderness(T0 + 20_000 + TENDERNESS_ASK_MS - 1));
    assert!(!s.asks_tenderness(T0 + 20_000 + TENDERNESS_ASK_MS));
    let rated = s.clone().apply(Tenderness { value: 6 });
    assert_eq!(rated.hot_spots[0].tenderness, Some(6));
    assert!(!rated.asks_tenderness(T0 + 21_000));
    // A hold that runs out asks too; a new card does not.
    let s = rolling()
        .apply(HotSpot { now: T0 })
        .apply(Tick { now: T0 + 30_000 });
    assert!(s.asks_tenderness(T0 + 30_000));
    assert!(!s
        .apply(Next { now: T0 + 31_000 })
        .asks_tenderness(T0 + 31_000));
}

#[test]
fn rolled_time_runs_only_on_roll_cards_and_holds() {
    let s = rolling();
    assert_eq!(s.rolled_at(T0 + 12_000), 12_000);
    let s = s.apply(HotSpot { now: T0 + 12_000 });
    assert_eq!(s.rolled_at(T0 + 20_000), 20_000);
    let ready = skip_to(session(true), Card::GetReady(Zone::ItBandLeft), T0);
    assert_eq!(ready.rolled_at(T0 + 3_000), 0);
}
