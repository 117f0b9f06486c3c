//! The shell around the player: the question Back asks during a session, and Home's
//! way back into a session left waiting.

use leptos::prelude::*;
use unknot::domain::app::{Action, AppState, Screen};
use unknot::domain::record::RoutineKind;
use unknot::domain::session::{Event, Session};
use unknot::domain::settings::Settings;
use unknot::platform::clock;
use unknot::ui::app::Shell;
use unknot::ui::store::Store;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{button, fresh_host, tick};

/// A session started and moved past its first card, on the player.
fn in_session() -> AppState {
    let now = clock::now();
    let session = Session::start(
        "s".into(),
        Settings::default(),
        RoutineKind::Full,
        true,
        now,
    )
    .apply(Event::Next { now });
    AppState {
        screen: Screen::Session,
        safety_acknowledged_at: Some(now),
        session: Some(session),
        ..AppState::default()
    }
}

async fn mount(state: AppState) -> (HtmlElement, Store, impl Drop) {
    let host = fresh_host();
    let store = Store::new(state, clock::now());
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(store);
        view! { <Shell /> }
    });
    tick().await;
    (host, store, mounted)
}

fn headings(host: &HtmlElement) -> Vec<String> {
    let all = host.query_selector_all("h1").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i).and_then(|n| n.text_content()))
        .collect()
}

#[wasm_bindgen_test]
async fn back_during_a_session_asks_and_resume_returns_to_the_running_card() {
    let (host, store, _m) = mount(in_session()).await;
    store.send(|now| Action::Arrive {
        screen: Some(Screen::Home),
        now,
    });
    tick().await;
    assert_eq!(headings(&host), ["Paused — resume or end?"]);
    assert!(store
        .state
        .with_untracked(|s| s.session.as_ref().is_some_and(Session::is_paused)));

    button(&host, "Resume").click();
    tick().await;
    assert!(store.state.with_untracked(|s| !s.held_by_back));
    assert_eq!(headings(&host).len(), 1, "the player's own h1");
    button(&host, "Pause"); // the running player's controls are back
}

#[wasm_bindgen_test]
async fn ending_from_the_question_shows_the_summary_with_one_h1() {
    let (host, store, _m) = mount(in_session()).await;
    store.send(|now| Action::Arrive {
        screen: Some(Screen::Home),
        now,
    });
    tick().await;
    button(&host, "End session").click();
    tick().await;
    assert!(store
        .state
        .with_untracked(|s| s.session.as_ref().is_some_and(Session::is_finished)));
    // Ended before anything was rolled: an honest title, and still one h1.
    assert_eq!(headings(&host), ["Nothing rolled this time"]);
}

#[wasm_bindgen_test]
async fn home_offers_the_waiting_session_and_opens_it() {
    let mut state = in_session();
    let now = clock::now();
    state.session = state.session.map(|s| s.apply(Event::Pause { now }));
    state.screen = Screen::Home;
    let (host, store, _m) = mount(state).await;
    button(&host, "Resume session").click();
    tick().await;
    assert_eq!(
        store.state.with_untracked(|s| s.screen.clone()),
        Screen::Session
    );
    button(&host, "Resume");
}

#[wasm_bindgen_test]
async fn a_new_screen_is_met_at_its_heading() {
    let state = AppState {
        safety_acknowledged_at: Some(clock::now()),
        ..AppState::default()
    };
    let (host, store, _m) = mount(state).await;
    store.dispatch(Action::Navigate(Screen::Settings));
    let focused = || {
        crate::support::document()
            .active_element()
            .filter(|e| e.tag_name() == "H1")
            .and_then(|e| e.text_content())
    };
    // The focus moves on the frame that draws the new screen.
    for _ in 0..100 {
        if focused().is_some() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    assert_eq!(focused(), headings(&host).first().cloned());
    assert!(focused().is_some(), "focus stayed where it was");
}
