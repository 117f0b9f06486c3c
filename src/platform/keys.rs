//! Keyboard shortcuts on the whole page, without stealing keys from fields and buttons.

use leptos::ev;
use leptos::prelude::{window_event_listener, WindowListenerHandle};
use wasm_bindgen::JsCast;

/// Calls `handle(key)` (the DOM `key`, e.g. `" "`, `"h"`, `"ArrowRight"`) for each key
/// press meant for the page: none with Ctrl, Meta or Alt held, none while typing in a
/// field, and no Space or Enter on a focused control (that presses the control). When
/// `handle` returns true the key's default action (scrolling, say) is prevented.
pub fn on_shortcut(handle: impl Fn(&str) -> bool + 'static) -> WindowListenerHandle {
    window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        let key = e.key();
        if e.ctrl_key() || e.meta_key() || e.alt_key() || typing_or_on_control(&e, &key) {
            return;
        }
        if handle(&key) {
            e.prevent_default();
        }
    })
}

/// Space on a focused button should press that button, and no key should act while
/// the person types in a field.
fn typing_or_on_control(e: &web_sys::KeyboardEvent, key: &str) -> bool {
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = target.tag_name().to_ascii_lowercase();
    match tag.as_str() {
        "input" | "textarea" | "select" => true,
        "button" | "summary" | "a" => key == " " || key == "Enter",
        _ => {
            target.get_attribute("role").as_deref() == Some("button")
                && (key == " " || key == "Enter")
        }
    }
}
