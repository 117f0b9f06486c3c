//! Property tests over random event sequences, random times and random (even
//! out-of-range) settings.

use proptest::prelude::*;

use crate::record::Verdict;
use crate::session::*;
use crate::zone::Zone;

const T0: EpochMs = 1_700_000_000_000;

fn settings() -> impl Strategy<Value = Settings> {
    (
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        proptest::collection::vec(proptest::sample::select(Zone::ALL.to_vec()), 0..10),
    )
        .prop_map(|(passes, hold, pass, ready, breaths, zones)| Settings {
            passes_per_side: passes,
            hold_secs: hold,
            secs_per_pass: pass,
            get_ready_secs: ready,
            breaths,
            zones,
            ..Settings::default()
        })
}

/// A step: how much time passes before it, which event, and a value for ratings.
type Step = (u64, u8, u8);

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let gap = prop_oneof![
        6 => 0u64..2_000,
        3 => 0u64..60_000,
        1 => 0u64..3_600_000,
    ];
    proptest::collection::vec((gap, 0u8..16, any::<u8>()), 0..80)
}

fn event(kind: u8, now: EpochMs, value: u8) -> Event {
    match kind {
        0 => Event::Next { now },
        1 => Event::Back { now },
        2 => Event::Pause { now },
        3 => Event::Resume { now },
        4 => Event::TogglePause { now },
        5 => Event::HotSpot { now },
        6 => Event::Released { now },
        7 => Event::Extend { now },
        8 => Event::Tenderness { value },
        9 => Event::Pain {
            value: (value < 200).then_some(value / 16),
        },
        10 if value < 8 => Event::End { now },
        _ => Event::Tick { now },
    }
}

/// Events at monotonic times from `T0`.
fn events(steps: &[Step]) -> Vec<Event> {
    let mut now = T0;
    steps
        .iter()
        .map(|&(gap, kind, value)| {
            now += gap;
            event(kind, now, value)
        })
        .collect()
}

fn start(settings: Settings, acknowledged: bool) -> Session {
    Session::start("p".into(), settings, RoutineKind::Custom, acknowledged, T0)
}

/// Everything that must hold of any session at any time from its latest on.
fn check(s: &Session, later: u64) -> Result<(), TestCaseError> {
    let now = s.latest;
    let n = s.settings.passes_per_side;
    for t in [now, now + later] {
        let left = s.remaining_ms(t);
        prop_assert_eq!(left.is_some(), s.duration_ms().is_some());
        if let (Some(left), Some(d)) = (left, s.duration_ms()) {
            prop_assert!(left <= d, "{} left of {}", left, d);
        }
        let progress = s.progress(t);
        prop_assert!((0.0..=1.0).contains(&progress));
        if let Some(p) = s.pass(t) {
            prop_assert!(p.number >= 1 && p.number <= n && p.of == n);
            prop_assert!((0.0..=1.0).contains(&p.position));
        }
        // The time invariant: active time plus paused time is all the time there was.
        let end = s.finished.map_or(t, |f| f.at);
        prop_assert_eq!(
            s.elapsed_active(t) + s.paused_total(t),
            end - s.started_at,
            "at {}",
            t
        );
    }
    prop_assert!(s.passes.iter().all(|p| p.passes <= n));
    prop_assert!(s.hot_spots.iter().all(|h| h.held_ms <= MAX_HOLD_MS));
    // Rolling is part of the active time; the tenderness question never interrupts a hold.
    prop_assert!(s.rolled_ms <= s.active_ms);
    prop_assert!(s.rolled_at(now) <= s.elapsed_active(now));
    if s.is_holding() {
        prop_assert!(!s.asks_tenderness(now) && !s.asks_tenderness(now + later));
    }
    check_record(s)?;
    prop_assert!(s.index < s.plan.len());
    prop_assert_eq!(s.is_finished(), s.card() == Card::Summary);
    // Exactly one clock runs, and only while the session is live and not paused.
    let live = !s.is_paused() && !s.is_finished();
    match &s.hold {
        Some(h) => {
            prop_assert_eq!(h.clock.is_running(), live);
            prop_assert!(!s.clock.is_running());
            prop_assert!(h.duration_ms <= MAX_HOLD_MS);
        }
        None => prop_assert_eq!(s.clock.is_running(), live),
    }
    if s.is_paused() {
        // Pausing freezes everything the person sees.
        let frozen = s.clone().apply(Event::Tick { now: now + later });
        prop_assert_eq!(frozen.remaining_ms(now + later), s.remaining_ms(now));
        prop_assert_eq!(s.pass(now + later), s.pass(now));
        prop_assert_eq!(s.elapsed_active(now + later), s.elapsed_active(now));
        prop_assert_eq!(frozen.index, s.index);
    }
    Ok(())
}

/// Honest records: kept only when something was rolled, never "Complete" with a skip.
fn check_record(s: &Session) -> Result<(), TestCaseError> {
    let record = s.record();
    prop_assert_eq!(
        record.is_some(),
        s.is_finished() && s.rolled_ms >= ROLLED_MIN_MS
    );
    let Some(r) = record else {
        return Ok(());
    };
    prop_assert!(r.rolled_ms >= ROLLED_MIN_MS);
    let planned = s.planned_zones();
    prop_assert!(r.skipped.iter().all(|z| planned.contains(z)));
    prop_assert!(r.zones.iter().all(|z| planned.contains(z)));
    // A zone counts as done only when all its passes ran.
    for zone in planned.iter().filter(|z| !r.skipped.contains(z)) {
        let passes = r.passes.iter().find(|p| p.zone == *zone).map(|p| p.passes);
        prop_assert_eq!(passes, Some(s.settings.passes_per_side));
    }
    match r.verdict() {
        Verdict::Complete => prop_assert!(r.completed && r.skipped.is_empty()),
        Verdict::Partial { done, of } => {
            prop_assert!(!r.completed && done < of && of == planned.len());
        }
        Verdict::EndedEarly => prop_assert!(!r.completed && r.skipped.is_empty()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_sequence_keeps_the_invariants(
        settings in settings(),
        acknowledged in any::<bool>(),
        steps in steps(),
        later in 0u64..600_000,
    ) {
        let mut s = start(settings, acknowledged);
        check(&s, later)?;
        for e in events(&steps) {
            let before = s.clone();
            s = s.apply(e);
            check(&s, later)?;
            // Recorded passes are never dropped, only replaced.
            prop_assert!(s.passes.len() >= before.passes.len());
            if before.is_finished() {
                prop_assert_eq!(s.finished, before.finished);
            }
        }
        if let Some(r) = s.record() {
            prop_assert!(r.passes.iter().all(|p| p.passes <= s.settings.passes_per_side));
            prop_assert_eq!(r.active_ms, s.active_ms);
        }
    }

    #[test]
    fn skipping_every_card_keeps_nothing_and_rolling_every_zone_is_complete(
        settings in settings(),
        gap in 0u64..55,
    ) {
        // Next on every card in quick taps (under a second on the roller in all, even with
        // all 17 zones picked): nothing kept.
        let mut s = start(settings.clone(), true);
        let mut now = T0;
        while !s.is_finished() {
            now += gap;
            s = s.apply(Event::Next { now });
        }
        prop_assert!(s.record().is_none());
        // Time alone runs every timed card to its end; Next only on the manual ones.
        let mut s = start(settings, true);
        let mut now = T0;
        while !s.is_finished() {
            now += s.remaining_ms(now).unwrap_or(0);
            s = s.apply(Event::Tick { now });
            if !s.card().is_timed() && !s.is_finished() {
                s = s.apply(Event::Next { now });
            }
        }
        match s.record() {
            Some(r) => prop_assert_eq!(r.verdict(), Verdict::Complete),
            None => prop_assert!(s.planned_zones().is_empty()),
        }
    }

    #[test]
    fn a_tick_changes_the_session_exactly_when_it_is_due(
        settings in settings(),
        acknowledged in any::<bool>(),
        steps in steps(),
        gap in 0u64..120_000,
    ) {
        let mut s = start(settings, acknowledged);
        for e in events(&steps) {
            s = s.apply(e);
        }
        let now = s.latest + gap;
        let ticked = s.clone().apply(Event::Tick { now });
        prop_assert_eq!(s.is_due(now), ticked != s);
        prop_assert_eq!(ticked, crate::session::pacing::tests::tick_by_copy(&s, now));
    }

    #[test]
    fn times_out_of_order_never_panic_or_run_backwards(
        settings in settings(),
        steps in proptest::collection::vec((0u64..7_200_000, 0u8..16, any::<u8>()), 0..60),
    ) {
        let mut s = start(settings, false);
        for (offset, kind, value) in steps {
            // Anywhere from an hour before the start to an hour after.
            s = s.apply(event(kind, (T0 - 3_600_000) + offset, value));
            check(&s, 1_000)?;
        }
    }

    #[test]
    fn a_json_round_trip_at_any_point_changes_nothing(
        settings in settings(),
        acknowledged in any::<bool>(),
        steps in steps(),
        split in any::<prop::sample::Index>(),
    ) {
        let events = events(&steps);
        let cut = split.index(events.len() + 1);
        let mut direct = start(settings, acknowledged);
        for e in &events[..cut] {
            direct = direct.apply(*e);
        }
        let json = serde_json::to_string(&direct).unwrap();
        let mut restored: Session = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&restored, &direct);
        for e in &events[cut..] {
            direct = direct.apply(*e);
            restored = restored.apply(*e);
        }
        prop_assert_eq!(restored, direct);
    }
}
