//! Which cues and words each transition gives, and when.
use super::*;
use crate::record::RoutineKind;
use crate::settings::Settings;
use crate::zone::{Side, Zone};
use Event::*;

const T0: EpochMs = 1_700_000_000_000;

/// On Roll(left IT band) since `T0`: 4 passes of 10 s, 30 s holds.
fn rolling() -> Session {
    let mut s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
    while s.card() != Card::Roll(Zone::ItBandLeft) {
        s = s.apply(Next { now: T0 });
    }
    s
}

/// One observation by the app: the cues and words between the last one (`s.latest`,
/// the time the app last looked) and `now`. Quiet ticks leave a session untouched, so
/// the app remembers when it last looked; here that is `latest` on the returned value.
fn step(s: &Session, e: Event, now: EpochMs) -> (Vec<Cue>, Option<String>, Session) {
    let mut after = s.clone().apply(e);
    let out = (
        cues_between(s, &after, s.latest, now),
        announcement(s, &after, s.latest, now).map(|l| l.to_string()),
    );
    after.latest = after.latest.max(now);
    (out.0, out.1, after)
}

/// The app looked at `s` at `t` and nothing changed.
fn seen(mut s: Session, t: EpochMs) -> Session {
    s = s.apply(Tick { now: t });
    s.latest = s.latest.max(t);
    s
}

#[test]
fn scheduled_on_a_roll_lists_the_pass_turns_and_the_end() {
    let s = rolling();
    assert_eq!(
        scheduled(&s, T0 + 10_000),
        vec![
            (Cue::PassTurn, T0 + 20_000),
            (Cue::PassTurn, T0 + 30_000),
            (Cue::PhaseEnd, T0 + 40_000),
        ]
    );
}

#[test]
fn scheduled_during_a_hold_counts_down_three_two_one() {
    let s = rolling().apply(HotSpot { now: T0 + 5_000 });
    let end = T0 + 35_000;
    assert_eq!(
        scheduled(&s, T0 + 5_000),
        vec![
            (Cue::HoldCountdown(3), end - 3_000),
            (Cue::HoldCountdown(2), end - 2_000),
            (Cue::HoldCountdown(1), end - 1_000),
            (Cue::PhaseEnd, end),
        ]
    );
    assert_eq!(scheduled(&s, end - 1_500).len(), 2);
    assert!(scheduled(&s.apply(Pause { now: T0 + 6_000 }), T0 + 6_000).is_empty());
}

#[test]
fn scheduled_is_empty_on_manual_cards_and_counts_into_rolling() {
    let s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
    assert!(scheduled(&s, T0).is_empty());
    let s = s.apply(Next { now: T0 }).apply(Next { now: T0 });
    assert_eq!(s.card(), Card::GetReady(Zone::ItBandLeft));
    let cues: Vec<Cue> = scheduled(&s, T0).into_iter().map(|(c, _)| c).collect();
    assert_eq!(cues[0], Cue::HoldCountdown(3));
    assert_eq!(cues[3], Cue::PhaseEnd);
}

#[test]
fn a_hot_spot_starts_a_hold_cue_and_announces_its_length() {
    let (cues, said, _) = step(&rolling(), HotSpot { now: T0 + 1_000 }, T0 + 1_000);
    assert_eq!(cues, vec![Cue::HoldStart]);
    assert_eq!(said.as_deref(), Some("Hot spot hold, 30 seconds"));
}

#[test]
fn ticks_report_the_time_driven_cues_they_cross() {
    let s = seen(rolling(), T0 + 9_800);
    let (cues, said, s) = step(&s, Tick { now: T0 + 10_200 }, T0 + 10_200);
    assert_eq!(cues, vec![Cue::PassTurn]);
    assert_eq!(said.as_deref(), Some("Pass 2 of 4"));
    let (cues, said, _) = step(&s, Tick { now: T0 + 10_700 }, T0 + 10_700);
    assert!(cues.is_empty() && said.is_none(), "nothing per second");

    let s = seen(rolling().apply(HotSpot { now: T0 }), T0 + 26_900);
    let (cues, _, s) = step(&s, Tick { now: T0 + 27_100 }, T0 + 27_100);
    assert_eq!(cues, vec![Cue::HoldCountdown(3)]);
    let (cues, _, s) = step(&s, Tick { now: T0 + 28_100 }, T0 + 28_100);
    assert_eq!(cues, vec![Cue::HoldCountdown(2)]);
    let (cues, said, _) = step(&s, Tick { now: T0 + 30_100 }, T0 + 30_100);
    assert_eq!(cues, vec![Cue::HoldCountdown(1), Cue::PhaseEnd]);
    assert_eq!(said.as_deref(), Some("Hold done. Pass 1 of 4"));
}

#[test]
fn a_timed_card_running_out_ends_the_phase_and_names_the_next_card() {
    let s = seen(rolling(), T0 + 39_900);
    let (cues, said, _) = step(&s, Tick { now: T0 + 40_300 }, T0 + 40_300);
    assert_eq!(cues, vec![Cue::PhaseEnd]);
    assert_eq!(said.as_deref(), Some("Switch to the right side"));
}

#[test]
fn stale_cues_after_a_long_gap_are_dropped_but_the_new_card_is_announced() {
    let (cues, said, after) = step(&rolling(), Tick { now: T0 + 600_000 }, T0 + 600_000);
    assert!(cues.is_empty(), "{cues:?}");
    assert_eq!(after.card(), Card::SwitchSide(Side::Right));
    assert_eq!(said.as_deref(), Some("Switch to the right side"));
}

#[test]
fn skipping_early_makes_no_sound_but_is_announced() {
    let (cues, said, after) = step(&rolling(), Next { now: T0 + 5_000 }, T0 + 5_000);
    assert!(cues.is_empty());
    assert_eq!(said.as_deref(), Some("Switch to the right side"));
    let (_, said, _) = step(&after, Next { now: T0 + 6_000 }, T0 + 6_000);
    assert_eq!(said.as_deref(), Some("Get ready to roll the right IT band"));
    let (_, said, _) = step(&rolling(), Back { now: T0 }, T0);
    assert_eq!(said.as_deref(), Some("Get ready to roll the left IT band"));
}

#[test]
fn the_first_roll_and_the_breathing_are_announced() {
    let s = rolling().apply(Back { now: T0 });
    let ready = u64::from(Settings::default().get_ready_secs) * 1000;
    let (_, said, _) = step(&s, Tick { now: T0 + ready }, T0 + ready);
    assert_eq!(said.as_deref(), Some("Roll the left IT band"));
    let mut s = rolling();
    while s.card() != Card::Roll(Zone::ShoulderBladeRight) {
        s = s.apply(Next { now: T0 });
    }
    let (_, said, _) = step(&s, Next { now: T0 }, T0);
    assert_eq!(said.as_deref(), Some("Breathe deeply"));
}

#[test]
fn finishing_sounds_once() {
    let (cues, said, done) = step(&rolling(), End { now: T0 + 1 }, T0 + 1);
    assert_eq!(cues, vec![Cue::SessionDone]);
    assert_eq!(said.as_deref(), Some("Session ended"));
    let (cues, said, _) = step(&done, Tick { now: T0 + 9 }, T0 + 9);
    assert!(cues.is_empty() && said.is_none());
    let mut s = rolling();
    while s.card() != Card::PainAfter {
        s = s.apply(Next { now: T0 });
    }
    let (cues, said, _) = step(&s, Next { now: T0 }, T0);
    assert_eq!(
        (cues, said.as_deref()),
        (vec![Cue::SessionDone], Some("Session complete"))
    );
}

#[test]
fn only_time_driven_cues_are_timed() {
    assert!(Cue::PassTurn.is_timed() && Cue::HoldCountdown(1).is_timed());
    assert!(Cue::PhaseEnd.is_timed());
    assert!(!Cue::HoldStart.is_timed() && !Cue::SessionDone.is_timed());
}
