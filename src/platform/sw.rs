//! The service worker, seen from the page: registration, "a new version is waiting",
//! and applying it when the person asks.
//!
//! The worker (public/sw.js) never takes over by itself. [`apply_update`] posts
//! `skip-waiting` to the waiting worker and reloads once it controls the page: the only
//! reload the app ever does, and only after a tap.

use std::cell::RefCell;
use std::rc::Rc;

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

/// The worker script and its scope, relative to the page: the app works under any
/// sub-path of a static host.
pub const SCRIPT: &str = "./sw.js";
pub const SCOPE: &str = "./";
/// What the worker listens for before it takes over.
pub const SKIP_WAITING: &str = "skip-waiting";

/// Why the service worker cannot help. Registration failures stay silent (the app
/// works without a worker, just not offline); these only reach [`apply_update`]'s caller.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum SwError {
    #[error("this browser has no service workers")]
    Unsupported,
    #[error("no new version is waiting")]
    NothingWaiting,
    #[error("the service worker refused: {0}")]
    Failed(String),
}

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

fn container() -> Result<ServiceWorkerContainer, SwError> {
    let window = super::window().ok_or(SwError::Unsupported)?;
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return Err(SwError::Unsupported);
    }
    Ok(navigator.service_worker())
}

/// Runs `f` once the first screen is up and the page has nothing more urgent to do:
/// a background-priority task (`scheduler.postTask`, Chromium and Firefox), else after
/// the `load` event. Never a timer: a test's fake clock must not hold it back.
fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = super::window() else {
        return;
    };
    let callback: js_sys::Function = Closure::once_into_js(f).unchecked_into();
    let scheduler = js_sys::Reflect::get(&window, &JsValue::from_str("scheduler"))
        .ok()
        .filter(|s| s.is_object());
    let post_task = scheduler.as_ref().and_then(|s| {
        js_sys::Reflect::get(s, &JsValue::from_str("postTask"))
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Function>().ok())
    });
    if let (Some(scheduler), Some(post_task)) = (scheduler, post_task) {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"priority".into(), &"background".into());
        // The promise it returns only rejects if the task is aborted, which it never is.
        let _ = post_task.call2(&scheduler, &callback, &options);
        return;
    }
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        let _ = callback.call0(&JsValue::NULL);
    } else {
        let _ = window.add_event_listener_with_callback("load", &callback);
    }
}

/// Registers the worker, once the first screen is up and the page is idle (its install
/// downloads the whole build, which must not compete with the first screen), and calls
/// `on_waiting` whenever a new version has installed and waits (only when an older
/// version controls the page: a first install is not an update). Every failure is
/// silent: no console error, no notice.
pub fn register(on_waiting: impl Fn() + 'static) {
    when_idle(move || register_now(on_waiting));
}

fn register_now(on_waiting: impl Fn() + 'static) {
    let Ok(container) = container() else {
        return;
    };
    // Only the installable build ships a worker (its index.html links the manifest);
    // a page without one (a component test) must not ask for a missing script, which
    // the browser would report as an error.
    let installable = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=\"manifest\"]").ok().flatten())
        .is_some();
    if !installable {
        return;
    }
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    leptos::task::spawn_local(async move {
        let options = RegistrationOptions::new();
        options.set_scope(SCOPE);
        let promise = container.register_with_options(SCRIPT, &options);
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));
        let check = {
            let registration = registration.clone();
            let container = container.clone();
            let on_waiting = on_waiting.clone();
            move || {
                if registration.waiting().is_some() && container.controller().is_some() {
                    on_waiting();
                }
            }
        };
        check();
        // A worker may already be installing (the registration itself checks for an
        // update); watch it, and every one found later.
        let watch = move |worker: ServiceWorker| {
            let check = check.clone();
            let watched = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed {
                    check();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // Lives as long as the worker object it listens to.
            on_state.forget();
        };
        if let Some(worker) = registration.installing() {
            watch(worker);
        }
        let found = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = found.installing() {
                watch(worker);
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // The registration lives as long as the page.
        on_found.forget();
    });
}

/// Asks the browser to look for a new version now (e.g. when the page is shown again
/// after hours in the background). Offline this fails, silently.
pub fn check_for_update() {
    let Some(registration) = REGISTRATION.with(|r| r.borrow().clone()) else {
        return;
    };
    if let Ok(promise) = registration.update() {
        leptos::task::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Lets the waiting version take over and reloads the page when it has. Call it only
/// from the person's tap, and never while a session runs.
pub fn apply_update() -> Result<(), SwError> {
    let container = container()?;
    let waiting: ServiceWorker = REGISTRATION
        .with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()))
        .ok_or(SwError::NothingWaiting)?;
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = super::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    // The page reloads when it fires; nothing outlives that.
    reload.forget();
    waiting
        .post_message(&JsValue::from_str(SKIP_WAITING))
        .map_err(|e| SwError::Failed(format!("{e:?}")))
}
