//! Keeps the screen on while a session runs (the Screen Wake Lock API).
//!
//! The browser drops the lock whenever the page is hidden, so the cue layer calls
//! [`WakeLock::reacquire`] when the page becomes visible again. web-sys only offers
//! this API behind an unstable flag, hence the few hand-written bindings below.

use std::cell::RefCell;

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::platform::features;
use crate::platform::listeners::{call_all, Listeners};

#[wasm_bindgen]
extern "C" {
    /// `navigator.wakeLock`.
    type WakeLockApi;
    #[wasm_bindgen(method, catch)]
    fn request(this: &WakeLockApi, kind: &str) -> Result<js_sys::Promise, JsValue>;

    /// A held lock.
    #[derive(Clone)]
    type Sentinel;
    #[wasm_bindgen(method, getter)]
    fn released(this: &Sentinel) -> bool;
    #[wasm_bindgen(method, catch)]
    fn release(this: &Sentinel) -> Result<js_sys::Promise, JsValue>;
}

/// Why the screen may still sleep. The cue layer ignores these (degrade silently).
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum WakeLockError {
    #[error("this browser cannot keep the screen on")]
    Unavailable,
    #[error("the browser refused to keep the screen on: {0}")]
    Refused(String),
}

#[derive(Default)]
struct State {
    /// The last refusal since the page opened, for the player's "keep the screen on" note.
    refused: Option<WakeLockError>,
    /// Who wants to hear about a refusal.
    listeners: Listeners,
    /// Whether the app wants the lock now.
    wanted: bool,
    /// A request is on its way.
    pending: bool,
    held: Option<Sentinel>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// The page's one wake lock (all handles share it).
#[derive(Clone, Copy, Debug, Default)]
pub struct WakeLock;

impl WakeLock {
    /// A lock that is not held.
    pub fn new() -> WakeLock {
        WakeLock
    }

    /// Holds the lock (`true`) or lets it go (`false`). Cheap to call on every change.
    pub fn keep(&self, on: bool) -> Result<(), WakeLockError> {
        STATE.with(|s| s.borrow_mut().wanted = on);
        if on {
            self.request()
        } else {
            if let Some(held) = STATE.with(|s| s.borrow_mut().held.take()) {
                // The promise only reports that it is gone; nothing to wait for.
                let _ = held.release();
            }
            Ok(())
        }
    }

    /// Asks again if the lock is wanted but was dropped (the page was hidden).
    pub fn reacquire(&self) -> Result<(), WakeLockError> {
        if STATE.with(|s| s.borrow().wanted) {
            self.request()
        } else {
            Ok(())
        }
    }

    /// Whether the lock is held right now.
    pub fn is_held(&self) -> bool {
        STATE.with(|s| s.borrow().held.as_ref().is_some_and(|h| !h.released()))
    }

    fn request(&self) -> Result<(), WakeLockError> {
        if self.is_held() || STATE.with(|s| s.borrow().pending) {
            return Ok(());
        }
        if !features::detect().wake_lock {
            return Err(WakeLockError::Unavailable);
        }
        let navigator = super::window()
            .ok_or(WakeLockError::Unavailable)?
            .navigator();
        let api: WakeLockApi = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock"))
            .map_err(|_| WakeLockError::Unavailable)?
            .unchecked_into();
        let promise = api.request("screen").map_err(|e| {
            let error = WakeLockError::Refused(format!("{e:?}"));
            refused(error.clone());
            error
        })?;
        STATE.with(|s| s.borrow_mut().pending = true);
        leptos::task::spawn_local(async move {
            // Refusals (a hidden page, a battery saver, a policy) are not errors to show:
            // the session runs the same, the screen may just dim.
            let result = JsFuture::from(promise).await;
            if let Err(e) = &result {
                refused(WakeLockError::Refused(format!("{e:?}")));
            }
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.pending = false;
                if let Ok(sentinel) = result {
                    let sentinel: Sentinel = sentinel.unchecked_into();
                    if s.wanted {
                        s.held = Some(sentinel);
                    } else {
                        // Let go while the request was on its way.
                        let _ = sentinel.release();
                    }
                }
            });
        });
        Ok(())
    }
}

/// The last time the browser refused the lock since the page opened, if it did.
pub fn last_refusal() -> Option<WakeLockError> {
    STATE.with(|s| s.borrow().refused.clone())
}

/// Calls `callback` after each refusal; returns an id for [`forget`].
pub fn on_refusal(callback: impl Fn() + 'static) -> u32 {
    STATE.with(|s| s.borrow_mut().listeners.add(callback))
}

/// Stops calling the callback registered under `id`.
pub fn forget(id: u32) {
    STATE.with(|s| s.borrow_mut().listeners.remove(id));
}

fn refused(error: WakeLockError) {
    let listeners = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.refused = Some(error);
        s.listeners.to_call()
    });
    call_all(listeners);
}
