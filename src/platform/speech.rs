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

/// The voice to use: an on-device English voice, else any on-device voice; `Ok(None)`
/// means the browser has not listed its voices yet, so its default (on-device) is used.
fn local_voice(synth: &SpeechSynthesis) -> Result<Option<SpeechSynthesisVoice>, SpeechError> {
    let voices: Vec<SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .collect();
    if voices.is_empty() {
        return Ok(None);
    }
    let local: Vec<&SpeechSynthesisVoice> = voices.iter().filter(|v| v.local_service()).collect();
    local
        .iter()
        .find(|v| v.lang().to_ascii_lowercase().starts_with("en"))
        .or_else(|| local.first())
        .map(|v| Some((*v).clone()))
        .ok_or(SpeechError::NoLocalVoice)
}

/// Says `text`, cutting off whatever was being said.
pub fn say(text: &str) -> Result<(), SpeechError> {
    let synth = synth()?;
    if !activation::has_been_active() {
        return Err(SpeechError::NotYetAllowed);
    }
    let voice = local_voice(&synth)?;
    synth.cancel();
    let line = SpeechSynthesisUtterance::new_with_text(text)
        .map_err(|e| SpeechError::Failed(format!("{e:?}")))?;
    line.set_lang("en");
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
