//! The session player and the screens around it, mounted in the real shell and clicked.

use leptos::prelude::*;
use unknot::domain::app::{AppState, Screen};
use unknot::domain::record::RoutineKind;
use unknot::domain::routine::Card;
use unknot::domain::session::{Event, Session};
use unknot::domain::settings::Settings;
use unknot::domain::zone::Zone;
use unknot::platform::clock;
use unknot::ui::app::Shell;
use unknot::ui::store::Store;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{button, fresh_host, tick};

/// A shell showing `state`, with the store to inspect.
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

/// A session moved on (by `Next`) until it shows `card`.
fn session_at(card: Card) -> AppState {
    let now = clock::now();
    let mut session = Session::start(
        "t".into(),
        Settings::default(),
        RoutineKind::Full,
        true,
        now,
    );
    while session.card() != card {
        session = session.apply(Event::Next { now });
    }
    AppState {
        screen: Screen::Session,
        safety_acknowledged_at: Some(now),
        session: Some(session),
        ..AppState::default()
    }
}

fn timer_text(host: &HtmlElement) -> String {
    host.query_selector("[role=timer]")
        .unwrap()
        .and_then(|t| t.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn pause_freezes_the_session_and_resume_continues_it() {
    let (host, store, _m) = mount(session_at(Card::Roll(Zone::ItBandLeft))).await;
    assert!(host.text_content().unwrap().contains("Pass 1 of 4"));

    button(&host, "Pause").click();
    tick().await;
    assert!(store
        .state
        .with_untracked(|s| s.session.as_ref().unwrap().is_paused()));

    button(&host, "Resume").click();
    tick().await;
    assert!(!store
        .state
        .with_untracked(|s| s.session.as_ref().unwrap().is_paused()));
    button(&host, "Pause");
}

#[wasm_bindgen_test]
async fn a_hot_spot_holds_with_a_timer_and_released_goes_back_to_the_passes() {
    let (host, store, _m) = mount(session_at(Card::Roll(Zone::ItBandLeft))).await;

    button(&host, "Hot spot").click();
    tick().await;
    assert_eq!(timer_text(&host), "30", "a default hold is 30 s");
    button(&host, "+10 s").click();
    tick().await;
    assert_eq!(timer_text(&host), "40");
    assert!(
        !host.text_content().unwrap().contains("How tender"),
        "tenderness is asked after the hold, not during it"
    );

    button(&host, "Released").click();
    tick().await;
    button(&host, "Hot spot");
    button(&host, "Tenderness 6 of 10").click();
    tick().await;
    store.state.with_untracked(|s| {
        let spots = &s.session.as_ref().unwrap().hot_spots;
        assert_eq!(spots.len(), 1);
        assert_eq!(
            (spots[0].zone, spots[0].tenderness),
            (Zone::ItBandLeft, Some(6))
        );
    });
}

#[wasm_bindgen_test]
async fn next_and_back_move_between_cards_and_end_session_shows_the_summary() {
    let (host, store, _m) = mount(session_at(Card::PainBefore)).await;
    let card = || {
        store
            .state
            .with_untracked(|s| s.session.as_ref().unwrap().card())
    };

    button(&host, "Pain 4 of 10").click();
    tick().await;
    assert_eq!(
        store
            .state
            .with_untracked(|s| s.session.as_ref().unwrap().pain_before),
        Some(4)
    );

    button(&host, "Next").click();
    tick().await;
    assert!(matches!(card(), Card::Setup(_)));
    button(&host, "Back").click();
    tick().await;
    assert_eq!(card(), Card::PainBefore);

    button(&host, "End session").click();
    tick().await;
    // Nothing was rolled: no "Well done", no record, but Undo for a few seconds.
    assert!(host
        .text_content()
        .unwrap()
        .contains("Nothing rolled this time"));
    assert_eq!(store.state.with_untracked(|s| s.history.len()), 0);
    button(&host, "Undo").click();
    tick().await;
    assert_eq!(card(), Card::PainBefore);
    button(&host, "End session").click();
    tick().await;
    button(&host, "Done").click();
    tick().await;
    assert_eq!(
        store.state.with_untracked(|s| s.screen.clone()),
        Screen::Home
    );
}

#[wasm_bindgen_test]
async fn the_safety_screen_must_be_acknowledged_once() {
    let (host, store, _m) = mount(AppState {
        screen: Screen::Safety,
        ..AppState::default()
    })
    .await;
    assert!(host.text_content().unwrap().contains("numbness"));
    button(&host, "I understand, continue").click();
    tick().await;
    store.state.with_untracked(|s| {
        assert!(s.safety_acknowledged_at.is_some());
        assert_eq!(s.screen, Screen::Home);
    });
}

#[wasm_bindgen_test]
async fn settings_stay_inside_the_articles_ranges() {
    let (host, store, _m) = mount(AppState {
        screen: Screen::Settings,
        ..AppState::default()
    })
    .await;
    button(&host, "More: Passes per side").click();
    tick().await;
    assert_eq!(
        store.state.with_untracked(|s| s.settings.passes_per_side),
        5
    );
    let more = button(&host, "More: Passes per side");
    assert!(more.has_attribute("disabled"), "5 is the article's top");
    button(&host, "Less: Hold seconds").click();
    tick().await;
    assert_eq!(store.state.with_untracked(|s| s.settings.hold_secs), 29);
}
