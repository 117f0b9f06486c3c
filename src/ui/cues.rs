//! The cue layer: turns every change of the session into beeps, speech, buzzes, a
//! flash and the screen wake lock, through the platform layer. Renders nothing.
//!
//! One effect watches the session and the ticker's `now` (a quiet tick leaves the
//! session untouched, but a pass may still have turned), asks the pure
//! [`react`](crate::domain::cue_plan::react) what to do, and does it.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;

use crate::domain::cue_plan::react;
use crate::domain::cues::Cue;
use crate::domain::record::EpochMs;
use crate::domain::session::Session;
use crate::domain::settings::Cues;
use crate::platform::audio::Audio;
use crate::platform::wake_lock::WakeLock;
use crate::platform::{clock, features, flash, speech, vibration};
use crate::ui::store::Store;

/// What the cue layer remembers between two looks at the session.
#[derive(Default)]
struct Memory {
    before: Option<Session>,
    /// When it last looked (wall-clock ms).
    since: EpochMs,
    /// The audio schedule last set.
    schedule: Vec<(Cue, EpochMs)>,
}

/// Drives every cue channel from the store while the app is mounted.
pub fn use_cues(store: Store) {
    let found = features::detect();
    let audio = Audio::new();
    let wake = WakeLock::new();
    // Flips once the first tap has unlocked sound, so the effect schedules what is due.
    let sound_ready = RwSignal::new(false);
    unlock_on_first_gesture(audio, sound_ready);

    let session = store.select(|s| s.session.clone());
    let settings = store.select(|s| s.settings.cues);
    let memory = Rc::new(RefCell::new(Memory::default()));
    Effect::new(move |_| {
        let after = session.get();
        let wanted = settings.get();
        let ready = sound_ready.get();
        let now = after.as_ref().map_or(0, |s| s.latest).max(store.now.get());
        let on = Cues {
            sound: wanted.sound && found.sound && ready,
            voice: wanted.voice && found.voice,
            vibration: wanted.vibration && found.vibration,
            flash: wanted.flash,
            keep_awake: wanted.keep_awake && found.wake_lock,
        };
        let mut mem = memory.borrow_mut();
        let since = mem.since.min(now);
        let r = react(
            mem.before.as_ref(),
            after.as_ref(),
            since,
            now,
            on,
            &mem.schedule,
        );
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
            let _ = speech::say(&line);
        }
        let _ = wake.keep(r.keep_awake);
        mem.before = after;
        mem.since = now;
    });
    // The browser drops the wake lock whenever the page is hidden; take it back.
    let on_visible = window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            let _ = wake.reacquire();
        }
    });
    on_cleanup(move || {
        on_visible.remove();
        audio.cancel_all();
        let _ = wake.keep(false);
        speech::hush();
    });
}

/// Unlocks sound on the first tap or key press (browsers allow audio only after one),
/// then stops listening.
fn unlock_on_first_gesture(audio: Audio, ready: RwSignal<bool>) {
    type Handles = Rc<RefCell<Vec<WindowListenerHandle>>>;
    let handles: Handles = Rc::new(RefCell::new(Vec::new()));
    let unlock = {
        let handles = handles.clone();
        move || {
            if audio.unlock(move || ready.set(true)).is_ok() || !features::detect().sound {
                for handle in handles.borrow_mut().drain(..) {
                    handle.remove();
                }
            }
        }
    };
    let on_pointer = {
        let unlock = unlock.clone();
        window_event_listener(ev::pointerdown, move |_| unlock())
    };
    let on_key = window_event_listener(ev::keydown, move |_| unlock());
    handles.borrow_mut().extend([on_pointer, on_key]);
}
