//! Buzzes, where the device can (`navigator.vibrate`; phones, not iPhones).

use thiserror::Error;

use crate::platform::{activation, features};

/// Why a buzz did not happen. The cue layer ignores these (degrade silently).
#[derive(Debug, Error, Clone, Copy, PartialEq, Eq)]
pub enum VibrationError {
    #[error("this device cannot vibrate")]
    Unavailable,
    #[error("vibration waits for the first tap")]
    NotYetAllowed,
    #[error("the browser refused to vibrate")]
    Refused,
}

/// Vibrates in `pattern` (ms on, off, on, ...), replacing any pattern still running.
pub fn vibrate(pattern: &[u32]) -> Result<(), VibrationError> {
    if !features::detect().vibration {
        return Err(VibrationError::Unavailable);
    }
    if !activation::has_been_active() {
        return Err(VibrationError::NotYetAllowed);
    }
    let window = super::window().ok_or(VibrationError::Unavailable)?;
    let pattern: js_sys::Array = pattern
        .iter()
        .map(|&ms| wasm_bindgen::JsValue::from(ms))
        .collect();
    if window.navigator().vibrate_with_pattern(&pattern) {
        Ok(())
    } else {
        Err(VibrationError::Refused)
    }
}
