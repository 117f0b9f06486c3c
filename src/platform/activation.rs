//! Whether the person has touched the page yet (the browser's sticky user activation).
//!
//! Speech and vibration are refused, with a console warning, before the first tap; the
//! cue layer checks this first and simply stays quiet until then.

use wasm_bindgen::JsValue;

/// `navigator.userActivation.hasBeenActive`; browsers without it are assumed active
/// (they do not gate these features on it).
pub fn has_been_active() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let activation =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userActivation"))
            .unwrap_or(JsValue::UNDEFINED);
    if activation.is_undefined() || activation.is_null() {
        return true;
    }
    js_sys::Reflect::get(&activation, &JsValue::from_str("hasBeenActive"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(true)
}
