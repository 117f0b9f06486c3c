//! The iPhone and Android realities: Home's install offer driven by a real
//! `beforeinstallprompt` event, the player's one note when the screen cannot be kept
//! on, and the audio session that lets cues play over music.

use leptos::prelude::*;
use unknot::domain::app::{AppState, Screen};
use unknot::domain::record::{EpochMs, RoutineKind};
use unknot::domain::session::Session;
use unknot::domain::settings::Settings;
use unknot::platform::audio_session;
use unknot::platform::wake_lock::WakeLock;
use unknot::ui::install_hint::InstallHint;
use unknot::ui::screen_on_hint::ScreenOnHint;
use unknot::ui::store::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{button, fresh_host, tick};

const T0: EpochMs = 1_700_000_000_000;

fn window() -> web_sys::Window {
    web_sys::window().unwrap()
}

fn has_button(host: &HtmlElement, name: &str) -> bool {
    host.text_content().unwrap_or_default().contains(name)
}

/// Sends the event Chromium sends when the app can be installed, with a `prompt()` that
/// counts its calls in `window.promptCalls`.
fn offer_install() {
    let event = web_sys::Event::new("beforeinstallprompt").unwrap();
    let prompt = js_sys::Function::new_no_args(
        "window.promptCalls = (window.promptCalls || 0) + 1; return Promise.resolve();",
    );
    js_sys::Reflect::set(&event, &"prompt".into(), &prompt).unwrap();
    let choice = js_sys::eval("Promise.resolve({ outcome: 'accepted', platform: 'web' })").unwrap();
    js_sys::Reflect::set(&event, &"userChoice".into(), &choice).unwrap();
    window().dispatch_event(&event).unwrap();
}

async fn settle() {
    for _ in 0..5 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn install_app_button_comes_with_the_browsers_prompt_and_opens_it() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item("unknot-ui:install-offer").unwrap();
    let host = fresh_host();
    let _mounted = leptos::mount::mount_to(host.clone(), || view! { <InstallHint /> });
    tick().await;
    // A desktop test browser, no prompt yet: nothing to offer.
    assert!(!has_button(&host, "Install app"));

    offer_install();
    settle().await;
    button(&host, "Install app").click();
    settle().await;
    let calls = js_sys::Reflect::get(&window(), &"promptCalls".into()).unwrap();
    assert_eq!(
        calls.as_f64(),
        Some(1.0),
        "the browser's prompt opened once"
    );
    assert!(
        !has_button(&host, "Install app"),
        "a used prompt is not offered again"
    );

    // Offered again, then "Not now": gone, and still gone on the next visit.
    offer_install();
    settle().await;
    button(&host, "Not now").click();
    settle().await;
    assert!(!has_button(&host, "Install app"));
    assert!(storage
        .get_item("unknot-ui:install-offer")
        .unwrap()
        .is_some());
    let again = fresh_host();
    let _second = leptos::mount::mount_to(again.clone(), || view! { <InstallHint /> });
    settle().await;
    assert!(!has_button(&again, "Install app"));
    storage.remove_item("unknot-ui:install-offer").unwrap();
}

#[wasm_bindgen_test]
fn cues_mix_with_music_or_play_over_silent_mode_where_the_browser_has_an_audio_session() {
    let navigator: JsValue = window().navigator().into();
    let existing = js_sys::Reflect::get(&navigator, &"audioSession".into()).unwrap();
    if !existing.is_object() {
        // Safari's API, stood in for where the engine lacks it.
        let session = js_sys::eval("({ type: 'auto' })").unwrap();
        js_sys::Reflect::set(&navigator, &"audioSession".into(), &session).unwrap();
    }
    let session = js_sys::Reflect::get(&navigator, &"audioSession".into()).unwrap();
    let kind = || {
        js_sys::Reflect::get(&session, &"type".into())
            .unwrap()
            .as_string()
    };
    assert!(audio_session::choose(true));
    assert_eq!(
        kind().as_deref(),
        Some("playback"),
        "over silent mode: a player's session"
    );
    assert!(audio_session::choose(false));
    assert_eq!(
        kind().as_deref(),
        Some("transient"),
        "by default: duck the music, never stop it"
    );
}

#[wasm_bindgen_test]
async fn a_refused_wake_lock_gets_one_plain_note_in_the_player() {
    // The browser says no (a battery saver, a policy), as phones often do.
    js_sys::eval(
        "Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { \
           request: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } })",
    )
    .unwrap();
    let session = Session::start("a".into(), Settings::default(), RoutineKind::Full, true, T0);
    let store = Store::new(
        AppState {
            screen: Screen::Session,
            safety_acknowledged_at: Some(T0),
            session: Some(session),
            ..AppState::default()
        },
        T0,
    );
    let host = fresh_host();
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(store);
        view! { <ScreenOnHint /> }
    });
    tick().await;
    assert!(WakeLock::new().keep(true).is_ok());
    settle().await;
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Your screen may turn off during the session.") && text.contains("Auto-Lock"),
        "{text}"
    );
    assert_eq!(
        host.query_selector("[role=status]").unwrap().map(|_| ()),
        Some(())
    );
    button(&host, "Got it").click();
    settle().await;
    assert!(!has_button(&host, "Got it"));

    // Said once: the next player of this visit stays quiet.
    let again = fresh_host();
    let _second = leptos::mount::mount_to(again.clone(), move || {
        provide_context(store);
        view! { <ScreenOnHint /> }
    });
    settle().await;
    assert!(!has_button(&again, "Got it"));
    let _ = WakeLock::new().keep(false);
    js_sys::eval("delete navigator.wakeLock").unwrap();
}
