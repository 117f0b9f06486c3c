//! Keyboard shortcuts during a session: Space pauses/resumes, H starts a hold, → next, ← back.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::session::Event;
use crate::ui::player::send;
use crate::ui::store::Store;

/// Listens on the window while the player is mounted.
pub fn use_session_keys(store: Store) {
    let handle = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || typing_or_on_control(&e, &e.key()) {
            return;
        }
        let event: fn(u64) -> Event = match e.key().as_str() {
            " " | "Spacebar" => |now| Event::TogglePause { now },
            "h" | "H" => |now| Event::HotSpot { now },
            "ArrowRight" => |now| Event::Next { now },
            "ArrowLeft" => |now| Event::Back { now },
            _ => return,
        };
        e.prevent_default();
        send(store, event);
    });
    on_cleanup(move || handle.remove());
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
