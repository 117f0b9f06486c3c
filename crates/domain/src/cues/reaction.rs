//! What the cue channels do when the session changes: the pure half of the cue layer.
//!
//! [`react`] turns one change of the session (and the person's cue settings, already
//! narrowed to what the device has) into a [`Reaction`]: beeps to play now, the audio
//! schedule for the rest of the phase, a vibration, a flash, a line to say, and whether
//! the screen should stay awake. The sounds and buzzes themselves are data
//! ([`tones`], [`vibration`]) so they are tested here and merely played by the platform.

use crate::cues::{announcement, cues_between, scheduled, Cue, Line};
use crate::record::EpochMs;
use crate::session::Session;
use crate::settings::Cues;

/// An oscillator's waveform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wave {
    Sine,
    Triangle,
    Square,
}

/// One beep of a cue's sound.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tone {
    /// Start, after the cue's time.
    pub at_ms: u32,
    /// Length, fade-out included.
    pub ms: u32,
    pub hz: f32,
    pub wave: Wave,
}

const fn tone(at_ms: u32, ms: u32, hz: f32, wave: Wave) -> Tone {
    Tone {
        at_ms,
        ms,
        hz,
        wave,
    }
}

// A soft low "tock": turn around.
const PASS_TURN: [Tone; 1] = [tone(0, 90, 440.0, Wave::Triangle)];
// Two rising notes: settle in and breathe.
const HOLD_START: [Tone; 2] = [
    tone(0, 140, 523.25, Wave::Sine),
    tone(160, 200, 783.99, Wave::Sine),
];
// Short high pips, like a race clock; the last one is higher.
const PIP: [Tone; 1] = [tone(0, 80, 880.0, Wave::Sine)];
const LAST_PIP: [Tone; 1] = [tone(0, 80, 1046.5, Wave::Sine)];
// One long bright tone: the phase is over.
const PHASE_END: [Tone; 1] = [tone(0, 420, 1318.5, Wave::Square)];
// A rising arpeggio: done.
const SESSION_DONE: [Tone; 4] = [
    tone(0, 140, 523.25, Wave::Triangle),
    tone(150, 140, 659.25, Wave::Triangle),
    tone(300, 140, 783.99, Wave::Triangle),
    tone(450, 420, 1046.5, Wave::Triangle),
];

/// The sound of each cue: each differs in pitch or rhythm, so a person with the phone
/// on a bench knows what happened without looking.
pub fn tones(cue: Cue) -> &'static [Tone] {
    match cue {
        Cue::PassTurn => &PASS_TURN,
        Cue::HoldStart => &HOLD_START,
        Cue::HoldCountdown(1) => &LAST_PIP,
        Cue::HoldCountdown(_) => &PIP,
        Cue::PhaseEnd => &PHASE_END,
        Cue::SessionDone => &SESSION_DONE,
    }
}

/// The vibration pattern of each cue (milliseconds on, off, on, ...).
pub fn vibration(cue: Cue) -> &'static [u32] {
    match cue {
        Cue::PassTurn => &[80],
        Cue::HoldStart => &[150, 80, 150],
        Cue::HoldCountdown(_) => &[40],
        Cue::PhaseEnd => &[400],
        Cue::SessionDone => &[200, 100, 200, 100, 500],
    }
}

/// How much a cue matters when several arrive at once (only one buzz can play).
fn weight(cue: Cue) -> u8 {
    match cue {
        Cue::HoldCountdown(_) => 0,
        Cue::PassTurn => 1,
        Cue::HoldStart => 2,
        Cue::PhaseEnd => 3,
        Cue::SessionDone => 4,
    }
}

/// Whether a cue flashes the screen (the 3-2-1 pips do not: one flash a second is
/// too much, and the last second ends in the phase-end flash anyway).
pub fn flashes(cue: Cue) -> bool {
    !matches!(cue, Cue::HoldCountdown(_))
}

/// True while a session is under way (started and not finished, paused or not): the
/// app must not reload then, so an update waits.
pub fn update_must_wait(session: Option<&Session>) -> bool {
    session.is_some_and(|s| !s.is_finished())
}

/// True while time runs in a session: not paused, not finished.
pub fn is_running(session: Option<&Session>) -> bool {
    session.is_some_and(|s| !s.is_finished() && !s.is_paused())
}

/// What the cue channels do for one change of the session.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reaction {
    /// Sounds to play now: the cues the event itself caused. Time-driven cues are not
    /// here; they are on the audio schedule.
    pub beep: Vec<Cue>,
    /// The new audio schedule for the rest of the phase, when it differs from what is
    /// scheduled: cancel everything not yet played and schedule these (empty: cancel).
    pub reschedule: Option<Vec<(Cue, EpochMs)>>,
    pub vibrate: Option<&'static [u32]>,
    pub flash: bool,
    /// Stop speaking: the session paused or ended, or a newer line replaces the old.
    pub hush: bool,
    /// The line to speak (voice on).
    pub say: Option<Line>,
    /// The line for the screen reader's live region (whatever the voice setting).
    pub announce: Option<Line>,
    /// Whether the screen should be kept awake after this change.
    pub keep_awake: bool,
}

/// The reaction to the session going from `before` (last looked at `since`) to `after`,
/// seen at `now`, given the cue channels that are on (setting and device both) and the
/// audio already scheduled (`on_schedule`: what the last `reschedule` set, if any).
///
/// The caller looks whenever the session or the ticker's `now` changes: a quiet tick
/// leaves the session untouched, so `since` is the caller's own memory of its last look.
pub fn react(
    before: Option<&Session>,
    after: Option<&Session>,
    since: EpochMs,
    now: EpochMs,
    on: Cues,
    on_schedule: &[(Cue, EpochMs)],
) -> Reaction {
    let mut out = Reaction {
        keep_awake: on.keep_awake && is_running(after),
        ..Reaction::default()
    };
    let wanted = match after {
        Some(s) if on.sound => scheduled(s, now),
        _ => Vec::new(),
    };
    let pending: Vec<(Cue, EpochMs)> = on_schedule
        .iter()
        .copied()
        .filter(|&(_, t)| t > now)
        .collect();
    if wanted != pending {
        out.reschedule = Some(wanted);
    }
    let (before, after) = match (before, after) {
        (Some(b), Some(a)) => (b, a),
        // Gone (closed, or another tab cleared it): stop talking if it was under way.
        (Some(b), None) => {
            out.hush = !b.is_finished();
            return out;
        }
        // A new or reloaded session: its first card is on screen already.
        (None, _) => return out,
    };
    let cues = cues_between(before, after, since, now);
    if on.sound {
        out.beep = cues.iter().copied().filter(|c| !c.is_timed()).collect();
    }
    if on.vibration {
        out.vibrate = cues
            .iter()
            .copied()
            .max_by_key(|&c| weight(c))
            .map(vibration);
    }
    out.flash = on.flash && cues.iter().copied().any(flashes);
    let stopped = (after.is_paused() && !before.is_paused())
        || (after.is_finished() && !before.is_finished());
    out.announce = announcement(before, after, since, now);
    if on.voice {
        out.say = out.announce.clone();
    }
    out.hush = stopped || out.say.is_some();
    out
}

#[cfg(test)]
mod tests;
