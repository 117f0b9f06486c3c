//! The address bar and the browser's history: read the hash, push or replace an entry,
//! and hear Back, Forward and pasted links (`popstate` and `hashchange`).
//!
//! Only the hash changes, so no request ever reaches the server and the same build works
//! at any sub-path. What a hash means is the domain's business (`domain::route`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How a new address enters the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back returns to the one before.
    Push,
    /// Rewrites the current entry (a redirect): Back skips it.
    Replace,
}

/// The location's hash, `#` included (empty when there is none).
pub fn hash() -> String {
    super::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Shows `hash` in the address bar without reloading or firing `popstate`.
pub fn set_hash(hash: &str, entry: Entry) {
    let Some(history) = super::window().and_then(|w| w.history().ok()) else {
        return;
    };
    // A failure (a sandboxed frame, say) only leaves the old address showing.
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(hash)),
        Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(hash)),
    };
}

/// Keeps `popstate` and `hashchange` listeners on the window; dropping it removes them.
pub struct AddressListener {
    window: Option<web_sys::Window>,
    closure: Closure<dyn FnMut()>,
}

const EVENTS: [&str; 2] = ["popstate", "hashchange"];

impl Drop for AddressListener {
    fn drop(&mut self) {
        if let Some(window) = &self.window {
            for name in EVENTS {
                let _ = window.remove_event_listener_with_callback(
                    name,
                    self.closure.as_ref().unchecked_ref(),
                );
            }
        }
    }
}

/// Calls `callback(hash)` whenever the address changes under the app. A browser may
/// fire both events for one change; the callback gets both and must be idempotent.
pub fn on_address_change(mut callback: impl FnMut(String) + 'static) -> AddressListener {
    let closure = Closure::<dyn FnMut()>::new(move || callback(hash()));
    let window = super::window().filter(|w| {
        EVENTS.iter().all(|name| {
            w.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref())
                .is_ok()
        })
    });
    AddressListener { window, closure }
}
