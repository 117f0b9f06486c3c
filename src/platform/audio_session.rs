//! How the cues share the speaker with the person's music, where the browser lets the
//! page choose (Safari's Audio Session API, `navigator.audioSession.type`):
//! - `transient` (the default here): cues duck other audio for a moment, the music
//!   plays on; the iPhone's ring switch on silent mutes them.
//! - `playback` (`Cues over silent mode`): cues sound even on silent, as a player's
//!   do, and other audio pauses while the page plays.

use wasm_bindgen::JsValue;

/// Chooses the page's audio session; returns whether the browser has one. Browsers
/// without the API mix page audio with other audio already.
pub fn choose(over_silent_mode: bool) -> bool {
    let Some(window) = super::window() else {
        return false;
    };
    let navigator = JsValue::from(window.navigator());
    let Ok(session) = js_sys::Reflect::get(&navigator, &JsValue::from_str("audioSession")) else {
        return false;
    };
    if !session.is_object() {
        return false;
    }
    let kind = if over_silent_mode {
        "playback"
    } else {
        "transient"
    };
    js_sys::Reflect::set(
        &session,
        &JsValue::from_str("type"),
        &JsValue::from_str(kind),
    )
    .unwrap_or(false)
}
