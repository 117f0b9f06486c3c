//! Installing the app: Chromium's deferred install prompt (`beforeinstallprompt`),
//! whether the page already runs as an installed app, which device this is, and the
//! person's "not now". Errors are values; a browser without any of it just offers less.

use std::cell::RefCell;

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::install_offer::is_apple_mobile;
use crate::platform::listeners::{call_all, Listeners};

#[wasm_bindgen]
extern "C" {
    /// Chromium's `BeforeInstallPromptEvent`, kept to open the prompt later.
    #[derive(Clone)]
    type InstallPromptEvent;
    #[wasm_bindgen(method, catch)]
    fn prompt(this: &InstallPromptEvent) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, getter, js_name = userChoice)]
    fn user_choice(this: &InstallPromptEvent) -> JsValue;
}

/// Why the install prompt did not open.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum InstallError {
    #[error("the browser has not offered to install the app")]
    NoPrompt,
    #[error("the browser refused to show its install prompt: {0}")]
    Refused(String),
}

/// What the device and page are, read once per call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Device {
    /// Safari's engine on an iPhone, iPad or iPod touch.
    pub apple_mobile: bool,
    /// Opened from the home screen as an installed app.
    pub standalone: bool,
}

/// Where "not now" is remembered: outside the `unknot:` keys the store owns.
const DISMISSED_KEY: &str = "unknot-ui:install-offer";

#[derive(Default)]
struct State {
    listening: bool,
    deferred: Option<InstallPromptEvent>,
    listeners: Listeners,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Starts listening for the browser's install prompt (idempotent). Call it early: the
/// event comes once per page load.
pub fn listen() {
    let Some(window) = super::window() else {
        return;
    };
    if STATE.with(|s| std::mem::replace(&mut s.borrow_mut().listening, true)) {
        return;
    }
    let offered = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        // Keep the browser's own mini-infobar away; Home shows the button instead.
        event.prevent_default();
        STATE.with(|s| s.borrow_mut().deferred = Some(event.unchecked_into()));
        notify();
    });
    let installed = Closure::<dyn FnMut()>::new(|| {
        STATE.with(|s| s.borrow_mut().deferred = None);
        notify();
    });
    let _ = window
        .add_event_listener_with_callback("beforeinstallprompt", offered.as_ref().unchecked_ref());
    let _ =
        window.add_event_listener_with_callback("appinstalled", installed.as_ref().unchecked_ref());
    // Both live as long as the page.
    offered.forget();
    installed.forget();
}

/// Whether the browser has handed over an install prompt that was not used yet.
pub fn can_prompt() -> bool {
    STATE.with(|s| s.borrow().deferred.is_some())
}

/// Calls `callback` whenever [`can_prompt`] may have changed; returns an id for
/// [`forget`].
pub fn on_change(callback: impl Fn() + 'static) -> u32 {
    STATE.with(|s| s.borrow_mut().listeners.add(callback))
}

/// Stops calling the callback registered under `id`.
pub fn forget(id: u32) {
    STATE.with(|s| s.borrow_mut().listeners.remove(id));
}

fn notify() {
    call_all(STATE.with(|s| s.borrow().listeners.to_call()));
}

/// Opens the browser's install prompt (usable once); `Ok(true)` if the person accepted.
pub async fn prompt() -> Result<bool, InstallError> {
    let event = STATE
        .with(|s| s.borrow_mut().deferred.take())
        .ok_or(InstallError::NoPrompt)?;
    notify();
    let shown = event
        .prompt()
        .map_err(|e| InstallError::Refused(format!("{e:?}")))?;
    JsFuture::from(shown)
        .await
        .map_err(|e| InstallError::Refused(format!("{e:?}")))?;
    let choice = event.user_choice();
    let outcome = match choice.dyn_into::<js_sys::Promise>() {
        Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::UNDEFINED),
        Err(value) => value,
    };
    let accepted = js_sys::Reflect::get(&outcome, &JsValue::from_str("outcome"))
        .ok()
        .and_then(|o| o.as_string())
        .is_some_and(|o| o == "accepted");
    Ok(accepted)
}

/// The device and display mode, from the navigator and media queries.
pub fn device() -> Device {
    let Some(window) = super::window() else {
        return Device::default();
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let platform = navigator.platform().unwrap_or_default();
    let touch = js_sys::Reflect::get(&navigator, &JsValue::from_str("maxTouchPoints"))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    // iOS's own flag for a home-screen app; everyone else answers the media query.
    let ios_standalone = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let standalone = ios_standalone
        || window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    Device {
        apple_mobile: is_apple_mobile(&agent, &platform, touch.max(0.0) as u32),
        standalone,
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    super::window()?.local_storage().ok().flatten()
}

/// Whether the person said "not now" to the install offer on this device.
pub fn dismissed() -> bool {
    local_storage()
        .and_then(|s| s.get_item(DISMISSED_KEY).ok().flatten())
        .is_some()
}

/// Remembers "not now" (best effort: without storage the offer simply returns next time).
pub fn remember_dismissed() {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(DISMISSED_KEY, "dismissed");
    }
}
