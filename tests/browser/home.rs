//! The home screen, mounted with its own store.

use leptos::prelude::*;
use unknot::domain::app::{AppState, Screen};
use unknot::ui::home::Home;
use unknot::ui::store::Store;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{button, fresh_host, tick};

#[wasm_bindgen_test]
async fn start_routine_starts_a_session() {
    let host = fresh_host();
    let store = Store::new(AppState::default(), 1_700_000_000_000);
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(store);
        view! { <Home /> }
    });
    tick().await;

    button(&host, "Start routine").click();
    tick().await;

    store.state.with_untracked(|s| {
        assert_eq!(
            s.screen,
            Screen::Session,
            "the click should open the session"
        );
        assert!(s.session.is_some(), "the click should start a session");
    });
    drop(mounted);
}
