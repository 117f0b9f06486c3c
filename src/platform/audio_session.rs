//! Lets cues play over the person's music instead of stopping it, where the browser
//! allows (Safari's Audio Session API: `navigator.audioSession.type = "transient"`,
//! which ducks other audio for a moment rather than taking over playback).

use wasm_bindgen::JsValue;

/// Sets the page's audio session to `transient` if the browser has one; returns
/// whether it did. Browsers without the API mix page audio with other audio already.
pub fn mix_with_other_audio() -> bool {
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
    js_sys::Reflect::set(
        &session,
        &JsValue::from_str("type"),
        &JsValue::from_str("transient"),
    )
    .unwrap_or(false)
}
