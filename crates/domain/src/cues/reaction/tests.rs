use super::*;
use crate::record::RoutineKind;
use crate::routine::Card;
use crate::session::Event::{self, *};
use crate::settings::Settings;
use crate::zone::Zone;

const T0: EpochMs = 1_700_000_000_000;

const ALL_ON: Cues = Cues {
    sound: true,
    voice: true,
    vibration: true,
    flash: true,
    keep_awake: true,
    over_silent_mode: false,
};

/// On Roll(left IT band) since `T0`: 4 passes of 10 s, 30 s holds.
fn rolling() -> Session {
    let mut s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
    while s.card() != Card::Roll(Zone::ItBandLeft) {
        s = s.apply(Next { now: T0 });
    }
    s
}

/// Applies `event` at `now` and reacts to it, with `schedule` already set; the app
/// last looked at `s.latest` (see `seen`).
fn step(
    s: &Session,
    event: Event,
    now: EpochMs,
    on: Cues,
    schedule: &[(Cue, EpochMs)],
) -> (Reaction, Session) {
    let mut after = s.clone().apply(event);
    let r = react(Some(s), Some(&after), s.latest, now, on, schedule);
    after.latest = after.latest.max(now);
    (r, after)
}

/// The app looked at `s` at `t` (a quiet tick leaves the session itself untouched).
fn seen(mut s: Session, t: EpochMs) -> Session {
    s = s.apply(Tick { now: t });
    s.latest = s.latest.max(t);
    s
}

#[test]
fn every_cue_sounds_and_buzzes_differently_and_briefly() {
    let all = [
        Cue::PassTurn,
        Cue::HoldStart,
        Cue::HoldCountdown(3),
        Cue::HoldCountdown(1),
        Cue::PhaseEnd,
        Cue::SessionDone,
    ];
    for (i, a) in all.iter().enumerate() {
        let sound = tones(*a);
        assert!(!sound.is_empty() && !vibration(*a).is_empty());
        let end = sound.iter().map(|t| t.at_ms + t.ms).max().unwrap();
        assert!(
            end <= 1_000,
            "{a:?} lasts {end} ms: it must not run into the next second"
        );
        assert!(sound
            .iter()
            .all(|t| t.ms >= 60 && (200.0..=2_000.0).contains(&t.hz)));
        for b in &all[i + 1..] {
            assert_ne!(tones(*a), tones(*b), "{a:?} and {b:?} sound the same");
        }
    }
    // 3 and 2 are the same pip on purpose; 1 is higher, so the end can be heard coming.
    assert_eq!(tones(Cue::HoldCountdown(3)), tones(Cue::HoldCountdown(2)));
}

#[test]
fn a_hot_spot_beeps_now_and_schedules_three_two_one_and_the_end_ahead() {
    let s = rolling();
    let (r, _) = step(&s, HotSpot { now: T0 + 4_000 }, T0 + 4_000, ALL_ON, &[]);
    assert_eq!(r.beep, vec![Cue::HoldStart]);
    let end = T0 + 4_000 + 30_000;
    assert_eq!(
        r.reschedule,
        Some(vec![
            (Cue::HoldCountdown(3), end - 3_000),
            (Cue::HoldCountdown(2), end - 2_000),
            (Cue::HoldCountdown(1), end - 1_000),
            (Cue::PhaseEnd, end),
        ])
    );
    assert_eq!(r.vibrate, Some(vibration(Cue::HoldStart)));
    assert!(r.flash && r.hush && r.keep_awake);
    assert_eq!(
        r.say.as_ref().map(ToString::to_string).as_deref(),
        Some("Hot spot hold, 30 seconds")
    );
}

#[test]
fn ticks_keep_the_schedule_and_leave_time_driven_beeps_to_it() {
    let s = seen(rolling(), T0 + 9_800);
    let schedule = scheduled(&rolling(), T0);
    let (r, s) = step(
        &s,
        Tick { now: T0 + 10_200 },
        T0 + 10_200,
        ALL_ON,
        &schedule,
    );
    assert_eq!(
        r.reschedule, None,
        "the schedule already holds the rest of the phase"
    );
    assert!(
        r.beep.is_empty(),
        "the pass turn was scheduled on the audio clock"
    );
    assert_eq!(r.vibrate, Some(vibration(Cue::PassTurn)));
    assert!(r.flash);
    assert_eq!(
        r.say.as_ref().map(ToString::to_string).as_deref(),
        Some("Pass 2 of 4")
    );
    let (r, _) = step(
        &s,
        Tick { now: T0 + 11_200 },
        T0 + 11_200,
        ALL_ON,
        &schedule,
    );
    assert_eq!(
        r,
        Reaction {
            keep_awake: true,
            ..Reaction::default()
        },
        "nothing per second"
    );
}

#[test]
fn the_strongest_of_simultaneous_cues_buzzes() {
    let s = rolling()
        .apply(HotSpot { now: T0 })
        .apply(Tick { now: T0 + 28_900 });
    let (r, _) = step(&s, Tick { now: T0 + 30_100 }, T0 + 30_100, ALL_ON, &[]);
    assert_eq!(r.vibrate, Some(vibration(Cue::PhaseEnd)));
    assert!(r.beep.is_empty());
}

#[test]
fn extending_a_hold_moves_the_scheduled_countdown() {
    let s = rolling().apply(HotSpot { now: T0 });
    let before = scheduled(&s, T0);
    let (r, _) = step(&s, Extend { now: T0 + 5_000 }, T0 + 5_000, ALL_ON, &before);
    let end = T0 + 40_000;
    assert_eq!(r.reschedule.unwrap().last(), Some(&(Cue::PhaseEnd, end)));
    assert!(r.beep.is_empty() && r.say.is_none());
}

#[test]
fn pausing_hushes_cancels_the_schedule_and_lets_the_screen_sleep() {
    let s = rolling();
    let schedule = scheduled(&s, T0);
    let (r, paused) = step(&s, Pause { now: T0 + 1_000 }, T0 + 1_000, ALL_ON, &schedule);
    assert!(r.hush && !r.keep_awake);
    assert_eq!(r.reschedule, Some(vec![]));
    let (r, _) = step(
        &paused,
        Resume { now: T0 + 60_000 },
        T0 + 60_000,
        ALL_ON,
        &[],
    );
    assert!(r.keep_awake);
    // 59 s later the passes go on from 1 s in: the turns are still 10 s apart.
    assert_eq!(r.reschedule.unwrap()[0], (Cue::PassTurn, T0 + 69_000));
}

#[test]
fn ending_sounds_done_and_says_so() {
    let s = rolling();
    let schedule = scheduled(&s, T0);
    let (r, _) = step(&s, End { now: T0 + 2_000 }, T0 + 2_000, ALL_ON, &schedule);
    assert_eq!(r.beep, vec![Cue::SessionDone]);
    assert_eq!(r.vibrate, Some(vibration(Cue::SessionDone)));
    assert_eq!(r.reschedule, Some(vec![]));
    assert_eq!(
        r.say.as_ref().map(ToString::to_string).as_deref(),
        Some("Session ended")
    );
    assert!(r.hush && r.flash && !r.keep_awake);
}

#[test]
fn each_channel_obeys_its_setting() {
    let s = rolling();
    let off = Cues {
        sound: false,
        voice: false,
        vibration: false,
        flash: false,
        keep_awake: false,
        over_silent_mode: false,
    };
    let schedule = scheduled(&s, T0);
    let (r, _) = step(&s, HotSpot { now: T0 + 1 }, T0 + 1, off, &schedule);
    assert!(r.beep.is_empty() && r.vibrate.is_none() && !r.flash && !r.keep_awake);
    assert_eq!(
        r.reschedule,
        Some(vec![]),
        "sound off cancels what was scheduled"
    );
    assert_eq!(r.say, None);
    assert_eq!(
        r.announce.as_ref().map(ToString::to_string).as_deref(),
        Some("Hot spot hold, 30 seconds"),
        "the screen reader still hears it"
    );
    assert!(!r.hush);
}

#[test]
fn a_session_appearing_or_vanishing() {
    let s = rolling();
    let r = react(None, Some(&s), T0, T0, ALL_ON, &[]);
    assert_eq!(
        r.reschedule,
        Some(scheduled(&s, T0)),
        "a reload mid-roll schedules the rest"
    );
    assert!(r.beep.is_empty() && r.say.is_none() && r.keep_awake);
    let r = react(Some(&s), None, T0, T0, ALL_ON, &scheduled(&s, T0));
    assert!(r.hush && !r.keep_awake);
    assert_eq!(r.reschedule, Some(vec![]));
    let done = s.apply(End { now: T0 });
    assert!(!react(Some(&done), None, T0, T0, ALL_ON, &[]).hush);
}

#[test]
fn updates_wait_for_a_session_under_way_even_paused() {
    let s = rolling();
    assert!(update_must_wait(Some(&s)));
    let paused = s.clone().apply(Pause { now: T0 });
    assert!(update_must_wait(Some(&paused)) && !is_running(Some(&paused)));
    assert!(!update_must_wait(Some(&s.apply(End { now: T0 }))));
    assert!(!update_must_wait(None));
}
