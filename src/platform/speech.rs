//! Spoken cues with the device's own voices (`speechSynthesis`).
//!
//! Only on-device voices are used: a network voice would send what the app says to a
//! third party, and the app sends nothing anywhere. When the browser lists voices but
//! none runs on the device, the app stays silent rather than use one.

use thiserror::Error;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::platform::{activation, features};

/// Why a line was not spoken. The cue layer ignores these (degrade silently).
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum SpeechError {
    #[error("this browser cannot speak")]
    Unavailable,
    #[error("speech waits for the first tap")]
    NotYetAllowed,
    #[error("no voice on this device (only network voices)")]
    NoLocalVoice,
    #[error("no on-device voice speaks this language")]
    NoVoiceForLanguage,
    #[error("speech failed: {0}")]
    Failed(String),
}

fn synth() -> Result<SpeechSynthesis, SpeechError> {
    if !features::detect().voice {
        return Err(SpeechError::Unavailable);
    }
    super::window()
        .ok_or(SpeechError::Unavailable)?
        .speech_synthesis()
        .map_err(|e| SpeechError::Failed(format!("{e:?}")))
}

/// The voices the browser lists now (often none until `voiceschanged` has fired).
fn listed(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .collect()
}

/// Whether a voice's tag (`de-DE`, `pt_BR`, `en`) is in the language `code`.
pub fn speaks(voice_lang: &str, code: &str) -> bool {
    crate::domain::i18n::Lang::from_tag(voice_lang).is_some_and(|l| l.code() == code)
}

/// The voice to use for language `code`: an on-device voice of that language. `Ok(None)`
/// means the browser has not listed its voices yet, so its default for the utterance's
/// language is used. Never a voice of another language: it would mangle the words.
fn local_voice(
    synth: &SpeechSynthesis,
    code: &str,
) -> Result<Option<SpeechSynthesisVoice>, SpeechError> {
    let voices = listed(synth);
    if voices.is_empty() {
        return Ok(None);
    }
    let local: Vec<&SpeechSynthesisVoice> = voices.iter().filter(|v| v.local_service()).collect();
    if local.is_empty() {
        return Err(SpeechError::NoLocalVoice);
    }
    local
        .into_iter()
        .find(|v| speaks(&v.lang(), code))
        .map(|v| Some(v.clone()))
        .ok_or(SpeechError::NoVoiceForLanguage)
}

/// Whether the device can speak language `code`: `Some(false)` when it lists voices and
/// none on the device speaks it (cues then fall back to beeps), `None` while unknown.
pub fn has_voice_for(code: &str) -> Option<bool> {
    let synth = synth().ok()?;
    match local_voice(&synth, code) {
        Ok(Some(_)) => Some(true),
        Ok(None) => None,
        Err(_) => Some(false),
    }
}

/// Calls `callback` whenever the browser's list of voices changes (it fills in late).
/// Meant to be called once for the page: the listener lives as long as the page.
pub fn on_voices_changed(callback: impl Fn() + 'static) {
    let Ok(synth) = synth() else {
        return;
    };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(callback);
    if synth
        .add_event_listener_with_callback("voiceschanged", closure.as_ref().unchecked_ref())
        .is_ok()
    {
        closure.forget();
    }
}

/// Says `text`, in language `code` (`"de"`), cutting off whatever was being said.
pub fn say(text: &str, code: &str) -> Result<(), SpeechError> {
    let synth = synth()?;
    if !activation::has_been_active() {
        return Err(SpeechError::NotYetAllowed);
    }
    let voice = local_voice(&synth, code)?;
    synth.cancel();
    let line = SpeechSynthesisUtterance::new_with_text(text)
        .map_err(|e| SpeechError::Failed(format!("{e:?}")))?;
    line.set_lang(code);
    line.set_voice(voice.as_ref());
    synth.speak(&line);
    Ok(())
}

/// Stops speaking and drops anything queued.
pub fn hush() {
    if let Ok(synth) = synth() {
        synth.cancel();
    }
}
