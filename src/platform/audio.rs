//! Beeps from Web Audio: oscillators, no audio files.
//!
//! Browsers only let a page make sound after the person has touched it, so the
//! `AudioContext` is created (or resumed) by [`Audio::unlock`] from the first tap or
//! key press. Time-driven cues are scheduled ahead on the audio clock
//! ([`Audio::schedule`]): the audio thread plays them on time even when a background
//! tab's timers are throttled.

use std::cell::RefCell;

use thiserror::Error;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AudioContext, AudioContextState, GainNode, OscillatorNode, OscillatorType};

use crate::domain::cues::reaction::{tones, Tone, Wave};
use crate::domain::cues::Cue;
use crate::domain::record::EpochMs;

/// Why a sound could not be set up. The cue layer ignores these: missing sound degrades
/// silently (the settings screen already says when the device has no Web Audio).
#[derive(Debug, Error, Clone, PartialEq)]
pub enum AudioError {
    #[error("this browser has no Web Audio")]
    Unavailable,
    #[error("sound is not unlocked yet (no tap so far)")]
    Locked,
    #[error("Web Audio refused: {0}")]
    Failed(String),
}

fn failed(e: JsValue) -> AudioError {
    AudioError::Failed(format!("{e:?}"))
}

/// One oscillator that has been scheduled, kept so it can be cancelled.
struct Voice {
    osc: OscillatorNode,
    gain: GainNode,
    /// The wall-clock time of the cue it sounds.
    due: EpochMs,
    /// When it has finished, on the audio clock (until then it is kept, even once due:
    /// a clock the system suspended would still play it).
    ends: f64,
}

#[derive(Default)]
struct Inner {
    ctx: Option<AudioContext>,
    scheduled: Vec<Voice>,
}

thread_local! {
    static INNER: RefCell<Inner> = RefCell::new(Inner::default());
}

/// The page's one audio output (all handles share it).
#[derive(Clone, Copy, Debug, Default)]
pub struct Audio;

impl Audio {
    /// A silent output; nothing happens until [`Audio::unlock`].
    pub fn new() -> Audio {
        Audio
    }

    /// Creates or resumes the audio context. Call it from a tap or key press;
    /// `on_ready` runs once the context is running.
    pub fn unlock(&self, on_ready: impl FnOnce() + 'static) -> Result<(), AudioError> {
        if !crate::platform::features::detect().sound {
            return Err(AudioError::Unavailable);
        }
        let ctx = INNER.with(|inner| {
            let mut inner = inner.borrow_mut();
            match &inner.ctx {
                Some(ctx) => Ok(ctx.clone()),
                None => {
                    // The audio session (mix with the music, or play over silent mode)
                    // is chosen by the cue layer before any sound.
                    let ctx = AudioContext::new().map_err(failed)?;
                    inner.ctx = Some(ctx.clone());
                    Ok(ctx)
                }
            }
        })?;
        if ctx.state() == AudioContextState::Running {
            on_ready();
            return Ok(());
        }
        let resumed = ctx.resume().map_err(failed)?;
        leptos::task::spawn_local(async move {
            if JsFuture::from(resumed).await.is_ok() && ctx.state() == AudioContextState::Running {
                on_ready();
            }
        });
        Ok(())
    }

    /// Resumes a context the system suspended or interrupted (a locked iPhone, a call)
    /// when the page shows again; `on_ready` runs once it is running. Before the first
    /// tap there is no context, and nothing happens.
    pub fn wake(&self, on_ready: impl FnOnce() + 'static) {
        let Some(ctx) = INNER.with(|inner| inner.borrow().ctx.clone()) else {
            return;
        };
        // Whatever the suspended clock still holds would play at once, late: drop it
        // before the clock runs again. The cue layer plans afresh from now.
        self.stop(|_| true);
        if ctx.state() == AudioContextState::Running {
            on_ready();
            return;
        }
        let Ok(resumed) = ctx.resume() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if JsFuture::from(resumed).await.is_ok() && ctx.state() == AudioContextState::Running {
                on_ready();
            }
        });
    }

    /// The running context, if sound is unlocked.
    fn running(&self) -> Result<AudioContext, AudioError> {
        INNER.with(|inner| match &inner.borrow().ctx {
            Some(ctx) if ctx.state() == AudioContextState::Running => Ok(ctx.clone()),
            _ => Err(AudioError::Locked),
        })
    }

    /// Whether sounds can play now.
    pub fn is_ready(&self) -> bool {
        self.running().is_ok()
    }

    /// Plays `cue`'s sound now.
    pub fn play_now(&self, cue: Cue) -> Result<(), AudioError> {
        let ctx = self.running()?;
        let at = ctx.current_time();
        for tone in tones(cue) {
            // Sounds played now are never cancelled: they are short and already due.
            let _ = voice(&ctx, tone, at)?;
        }
        Ok(())
    }

    /// Replaces the schedule: cancels the sounds of cues after `now` (wall-clock ms) and
    /// schedules `plan` (cue, wall-clock time), mapping `now` to the audio clock.
    pub fn schedule(&self, plan: &[(Cue, EpochMs)], now: EpochMs) -> Result<(), AudioError> {
        self.cancel_after(now);
        let ctx = self.running()?;
        let base = ctx.current_time();
        for &(cue, due) in plan {
            let offset = due.saturating_sub(now) as f64 / 1000.0;
            for tone in tones(cue) {
                let (osc, gain, ends) = voice(&ctx, tone, base + offset)?;
                INNER.with(|inner| {
                    inner.borrow_mut().scheduled.push(Voice {
                        osc,
                        gain,
                        due,
                        ends,
                    })
                });
            }
        }
        Ok(())
    }

    /// Cancels the sounds of cues due after `now` (wall-clock ms). A cue already due is
    /// left alone even if its tone has not quite started on the audio clock: the tick
    /// that replans at a phase's end must not swallow that phase's end beep.
    pub fn cancel_after(&self, now: EpochMs) {
        self.stop(|v| v.due > now);
    }

    /// Cancels every scheduled sound, due or not (the app is going away, or the sound
    /// starts again after the system suspended it).
    pub fn cancel_all(&self) {
        self.stop(|_| true);
    }

    /// Stops the voices `which` picks; of the others, keeps those not yet finished.
    fn stop(&self, which: impl Fn(&Voice) -> bool) {
        INNER.with(|inner| {
            let mut inner = inner.borrow_mut();
            let clock = inner
                .ctx
                .as_ref()
                .map_or(f64::MAX, |ctx| ctx.current_time());
            let voices = std::mem::take(&mut inner.scheduled);
            for v in voices {
                if which(&v) {
                    // A node stopped before its start time never plays; disconnecting
                    // makes sure of it on engines that disagree.
                    let _ = v.osc.stop_with_when(0.0);
                    let _ = v.gain.disconnect();
                } else if v.ends > clock {
                    inner.scheduled.push(v);
                }
            }
        });
    }
}

/// How loud each waveform plays: a square wave sounds much louder at the same gain.
fn volume(wave: Wave) -> f32 {
    match wave {
        Wave::Sine => 0.5,
        Wave::Triangle => 0.55,
        Wave::Square => 0.16,
    }
}

/// Schedules one tone at audio time `at` (+ its offset), with a click-free envelope.
fn voice(
    ctx: &AudioContext,
    tone: &Tone,
    at: f64,
) -> Result<(OscillatorNode, GainNode, f64), AudioError> {
    let osc = ctx.create_oscillator().map_err(failed)?;
    let gain = ctx.create_gain().map_err(failed)?;
    osc.set_type(match tone.wave {
        Wave::Sine => OscillatorType::Sine,
        Wave::Triangle => OscillatorType::Triangle,
        Wave::Square => OscillatorType::Square,
    });
    osc.frequency().set_value(tone.hz);
    let starts = at + f64::from(tone.at_ms) / 1000.0;
    let ends = starts + f64::from(tone.ms) / 1000.0;
    let level = gain.gain();
    level.set_value_at_time(0.0001, starts).map_err(failed)?;
    level
        .linear_ramp_to_value_at_time(volume(tone.wave), starts + 0.012)
        .map_err(failed)?;
    level
        .exponential_ramp_to_value_at_time(0.0001, ends)
        .map_err(failed)?;
    osc.connect_with_audio_node(&gain).map_err(failed)?;
    gain.connect_with_audio_node(&ctx.destination())
        .map_err(failed)?;
    osc.start_with_when(starts).map_err(failed)?;
    osc.stop_with_when(ends + 0.02).map_err(failed)?;
    Ok((osc, gain, ends + 0.02))
}
