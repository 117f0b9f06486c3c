//! Whether the person has touched the page yet (the browser's sticky user activation).
//!
//! Speech and vibration are refused, with a console warning, before the first tap; the
//! cue layer checks this first and simply stays quiet until then.

use wasm_bindgen::JsValue;

/// `navigator.userActivation.hasBeenActive`; browsers without it are assumed active
/// (they do not gate these features on it).
pub fn has_been_active() -> bool {
    let Some(window) = super::window() else {
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

/// Calls `on_gesture` on every tap and key press anywhere on the page (what browsers
/// count as a gesture that may start sound). Remove the handles to stop.
pub fn on_gestures(
    on_gesture: impl Fn() + Clone + 'static,
) -> [leptos::prelude::WindowListenerHandle; 2] {
    use leptos::ev;
    use leptos::prelude::window_event_listener;
    let again = on_gesture.clone();
    [
        window_event_listener(ev::pointerdown, move |_| on_gesture()),
        window_event_listener(ev::keydown, move |_| again()),
    ]
}
