//! The announcer's live region and the update banner, mounted and driven.

use leptos::prelude::*;
use unknot::domain::app::{Action, AppState, Screen};
use unknot::domain::record::{EpochMs, RoutineKind};
use unknot::domain::routine::Card;
use unknot::domain::session::{Event, Session};
use unknot::domain::settings::Settings;
use unknot::domain::zone::Zone;
use unknot::ui::announcer::Announcer;
use unknot::ui::store::Store;
use unknot::ui::update_banner::UpdateOffer;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlButtonElement, HtmlElement};

use wasm_bindgen::JsCast;

use crate::support::{button, fresh_host, tick};

const T0: EpochMs = 1_700_000_000_000;

/// A store on the left IT band's Roll card since `T0` (4 passes of 10 s).
fn rolling() -> Store {
    let mut session = Session::start("a".into(), Settings::default(), RoutineKind::Full, true, T0);
    while session.card() != Card::Roll(Zone::ItBandLeft) {
        session = session.apply(Event::Next { now: T0 });
    }
    let state = AppState {
        screen: Screen::Session,
        safety_acknowledged_at: Some(T0),
        session: Some(session),
        ..AppState::default()
    };
    Store::new(state, T0)
}

/// Time passes as the ticker would make it: `now` first, then the tick.
fn at(store: Store, now: EpochMs) {
    store.now.set(now);
    store.dispatch(Action::Session(Event::Tick { now }));
}

fn region(host: &HtmlElement) -> String {
    let el = host
        .query_selector("[role=status][aria-live=polite]")
        .unwrap()
        .unwrap();
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_announcer_speaks_on_phase_changes_only() {
    let host = fresh_host();
    let store = rolling();
    // The line is worked out once, by the cue layer (`Reaction::announce`).
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(store);
        unknot::ui::cues::use_cues(store);
        view! { <Announcer /> }
    });
    tick().await;
    assert_eq!(region(&host), "", "nothing to say before anything changes");

    store.now.set(T0 + 2_000);
    store.dispatch(Action::Session(Event::HotSpot { now: T0 + 2_000 }));
    tick().await;
    assert_eq!(region(&host), "Hot spot hold, 30 seconds.");

    store.dispatch(Action::Session(Event::Released { now: T0 + 5_000 }));
    tick().await;
    assert_eq!(region(&host), "Hold done. Pass 1 of 4.");

    // The passes were frozen for the 3 s hold: pass 2 starts at T0 + 13 s.
    at(store, T0 + 12_500);
    tick().await;
    assert_eq!(
        region(&host),
        "Hold done. Pass 1 of 4.",
        "seconds go by silently"
    );
    at(store, T0 + 13_200);
    tick().await;
    assert_eq!(region(&host), "Pass 2 of 4.");

    store.dispatch(Action::Session(Event::Next { now: T0 + 14_000 }));
    tick().await;
    assert_eq!(region(&host), "Switch to the right side.");
}

fn update_button(host: &HtmlElement) -> HtmlButtonElement {
    button(host, "Update now").dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn the_update_waits_for_the_session_and_then_for_a_tap() {
    let host = fresh_host();
    let available = RwSignal::new(false);
    let busy = RwSignal::new(true);
    let taps = RwSignal::new(0);
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <UpdateOffer
                available=available.into()
                busy=busy.into()
                on_apply=Callback::new(move |()| taps.update(|n| *n += 1))
            />
        }
    });
    tick().await;
    assert!(!host.text_content().unwrap().contains("Update available"));

    available.set(true);
    tick().await;
    let text = host.text_content().unwrap();
    assert!(text.contains("Update available"), "{text}");
    assert!(text.contains("when this session is over"), "{text}");
    assert!(update_button(&host).disabled());
    update_button(&host).click();
    tick().await;
    assert_eq!(
        taps.get_untracked(),
        0,
        "no update in the middle of a session"
    );

    busy.set(false);
    tick().await;
    assert!(!update_button(&host).disabled());
    assert_eq!(taps.get_untracked(), 0, "offered, not applied");
    update_button(&host).click();
    tick().await;
    assert_eq!(taps.get_untracked(), 1);
    assert!(update_button(&host).disabled(), "one tap is enough");
    assert!(host.text_content().unwrap().contains("Updating"));
}
