//! The cue layer: turns every change of the session into beeps, speech, buzzes, a
//! flash and the screen wake lock, through the platform layer. Renders nothing.
//!
//! One effect watches the session and the ticker's `now` (a quiet tick leaves the
//! session untouched, but a pass may still have turned), asks the pure
//! [`react`](crate::domain::cues::reaction::react) what to do, and does it.
//!
//! When the page shows again after the screen was off (a locked phone stops timers and
//! sound), the sound is woken, whatever was left on the audio clock is dropped and
//! planned afresh from now, and one line ([`catch_up`]) says what happened meanwhile
//! instead of a late burst of cues.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::cues::catch_up::catch_up;
use crate::domain::cues::reaction::react;
use crate::domain::cues::Cue;
use crate::domain::i18n::Line;
use crate::domain::record::EpochMs;
use crate::domain::session::{Event, Session};
use crate::domain::settings::Cues;
use crate::platform::audio::Audio;
use crate::platform::wake_lock::WakeLock;
use crate::platform::{activation, audio_session, clock, features, flash, speech, vibration};
use crate::ui::i18n::with_catalogue;
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// What the cue layer remembers between two looks at the session.
#[derive(Default)]
struct Memory {
    before: Option<Session>,
    /// When it last looked (wall-clock ms).
    since: EpochMs,
    /// The audio schedule last set.
    schedule: Vec<(Cue, EpochMs)>,
    /// Which unlock of the sound that schedule was made on.
    unlocks: u32,
    /// The session as it was when the page went out of sight, and when.
    hidden: Option<(Session, EpochMs)>,
}

/// Drives every cue channel from the store while the app is mounted.
pub fn use_cues(store: Store) {
    let found = features::detect();
    let audio = Audio::new();
    let wake = WakeLock::new();
    // Counts the taps that (re)started the sound, so the effect schedules what is due.
    let unlocks = RwSignal::new(0u32);
    let gestures = unlock_on_gestures(audio, unlocks);

    let session = store.session;
    let settings = store.select(|s| s.settings.cues);
    // Before any sound: share the speaker with the music, or play over silent mode.
    let over_silent = store.select(|s| s.settings.cues.over_silent_mode);
    effect(move |_| {
        audio_session::choose(over_silent.get());
    });
    // Back in sight: the system may have suspended the sound; wake it and plan afresh.
    effect(move |first: Option<()>| {
        if store.visible.get() && first.is_some() {
            audio.wake(move || unlocks.update(|n| *n += 1));
        }
    });
    let voice_missing = crate::ui::i18n::language::use_voice_missing();
    let memory = Rc::new(RefCell::new(Memory::default()));
    effect(move |_| {
        let wanted = settings.get();
        let unlocked = unlocks.get();
        let ticked = store.now.get();
        // No on-device voice for the language: the spoken cues fall back to beeps.
        let mute = wanted.voice && found.voice && voice_missing.get();
        let on = Cues {
            sound: (wanted.sound || mute) && found.sound && audio.is_ready(),
            voice: wanted.voice && found.voice && !mute,
            vibration: wanted.vibration && found.vibration,
            flash: wanted.flash,
            keep_awake: wanted.keep_awake && found.wake_lock,
            over_silent_mode: wanted.over_silent_mode,
        };
        let visible = store.visible.get();
        let mut mem = memory.borrow_mut();
        if !visible && mem.hidden.is_none() {
            mem.hidden = mem.before.clone().map(|s| (s, clock::now()));
        }
        let back = if visible { mem.hidden.take() } else { None };
        if let Some(line) = back.and_then(|(then, at)| {
            let now = store.now.get_untracked();
            session.with_untracked(|s| s.as_ref().and_then(|s| catch_up(&then, at, s, now)))
        }) {
            tell_catch_up(store, &mut mem, line, on.voice);
            return;
        }
        if mem.unlocks != unlocked {
            // The audio clock stood still while the sound was suspended: plan afresh.
            audio.cancel_all();
            mem.schedule.clear();
            mem.unlocks = unlocked;
        }
        // Read in place: most looks are quiet ticks, and the session is copied into the
        // memory only when it changed.
        let (r, now) = session.with(|after| {
            let after = after.as_ref();
            let now = after.map_or(0, |s| s.latest).max(ticked);
            let since = mem.since.min(now);
            let r = react(mem.before.as_ref(), after, since, now, on, &mem.schedule);
            if mem.before.as_ref() != after {
                mem.before = after.cloned();
            }
            (r, now)
        });
        if let Some(plan) = r.reschedule {
            // The schedule is remembered only if it really went onto the audio clock.
            mem.schedule = match audio.schedule(&plan, clock::now()) {
                Ok(()) => plan,
                Err(_) => Vec::new(),
            };
        }
        for cue in r.beep {
            let _ = audio.play_now(cue);
        }
        if let Some(pattern) = r.vibrate {
            let _ = vibration::vibrate(pattern);
        }
        if r.flash {
            flash::flash();
        }
        if r.hush {
            speech::hush();
        }
        if let Some(line) = r.say {
            let _ = speech::say(
                &with_catalogue(|c| line.render(c)),
                crate::ui::i18n::language::lang().code(),
            );
        }
        if let Some(line) = r.announce {
            // The session turned again: what happened while the screen was off is old news.
            store.catch_up.set(None);
            let line = with_catalogue(|c| line.render(c));
            // A full stop makes a sentence of it (a pause in speech), and keeps the
            // region's text from reading exactly like the visible counter it repeats.
            store.announcement.set(format!("{line}."));
        }
        let _ = wake.keep(r.keep_awake);
        mem.since = now;
    });
    // The browser drops the wake lock whenever the page is hidden; take it back.
    effect(move |first: Option<()>| {
        if store.visible.get() && first.is_some() {
            let _ = wake.reacquire();
        }
    });
    on_cleanup(move || {
        for handle in gestures {
            handle.remove();
        }
        audio.cancel_all();
        let _ = wake.keep(false);
        speech::hush();
    });
}

/// Says (and shows) what happened while the screen was off, once, and takes the
/// session as it is now as seen: the tick that follows brings no second line, and no
/// cue that fell due meanwhile is played late.
fn tell_catch_up(store: Store, mem: &mut Memory, line: Line, voice: bool) {
    let now = store.now.get_untracked();
    mem.before = store
        .session
        .with_untracked(|s| s.clone().map(|s| s.apply(Event::Tick { now })));
    mem.since = now;
    let text = with_catalogue(|c| line.render(c));
    if voice {
        speech::hush();
        let _ = speech::say(&text, crate::ui::i18n::language::lang().code());
    }
    store.announcement.set(text);
    store.catch_up.set(Some(line));
}

/// Unlocks sound on a tap or key press (browsers allow audio only after one). It keeps
/// listening: a phone may suspend the audio later (a call, the app in the background),
/// and the next tap brings it back.
fn unlock_on_gestures(audio: Audio, unlocks: RwSignal<u32>) -> [WindowListenerHandle; 2] {
    activation::on_gestures(move || {
        if features::detect().sound && !audio.is_ready() {
            let _ = audio.unlock(move || unlocks.update(|n| *n += 1));
        }
    })
}
