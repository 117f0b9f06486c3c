//! The added zones in the real shell: each one picked alone starts a routine whose
//! set-up card draws its position and reaches the first pass; a pain of 8 before
//! rolling shows the red flags again.

use leptos::prelude::*;
use unknot::domain::app::{Action, AppState, Screen};
use unknot::domain::geometry::poses::PoseKind;
use unknot::domain::routine::{Card, Position};
use unknot::domain::session::Event;
use unknot::domain::settings::Settings;
use unknot::domain::zone::Zone;
use unknot::platform::clock;
use unknot::ui::app::Shell;
use unknot::ui::store::Store;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{button, fresh_host, tick};

/// The shell on Home with only `zones` picked and the safety screen already answered.
async fn home_with(zones: Vec<Zone>) -> (HtmlElement, Store, impl Drop) {
    let host = fresh_host();
    let state = AppState {
        screen: Screen::Home,
        safety_acknowledged_at: Some(1),
        settings: Settings {
            zones,
            ..Settings::default()
        },
        ..AppState::default()
    };
    let store = Store::new(state, clock::now());
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(store);
        view! { <Shell /> }
    });
    tick().await;
    (host, store, mounted)
}

fn card(store: &Store) -> Option<Card> {
    store
        .state
        .with_untracked(|s| s.session.as_ref().map(|x| x.card()))
}

fn text(host: &HtmlElement) -> String {
    host.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn each_new_zone_alone_draws_its_position_and_reaches_the_first_pass() {
    for zone in Zone::MORE {
        let (host, store, mounted) = home_with(vec![zone]).await;
        let line = host.query_selector("#home-routine").unwrap().unwrap();
        let said = line.text_content().unwrap_or_default();
        assert!(
            said.to_lowercase().contains(zone.phrase()),
            "{zone:?}: {said}"
        );
        button(&host, "Start routine").click();
        tick().await;
        assert_eq!(card(&store), Some(Card::PainBefore), "{zone:?}");
        button(&host, "Next").click();
        tick().await;
        let position = Position::of(zone).unwrap();
        assert_eq!(card(&store), Some(Card::Setup(position)), "{zone:?}");
        let picture = host
            .query_selector(&format!(
                "[data-pose=\"{}\"] svg[role=img]",
                PoseKind::of_position(position).key()
            ))
            .unwrap()
            .unwrap_or_else(|| panic!("{zone:?}: no drawing of {position:?}"));
        let label = picture.get_attribute("aria-label").unwrap_or_default();
        assert!(label.len() > 40, "{zone:?}: {label}");
        assert!(picture
            .query_selector(".pose__roller-body")
            .unwrap()
            .is_some());
        button(&host, "Next").click();
        tick().await;
        assert_eq!(card(&store), Some(Card::GetReady(zone)));
        // The get-ready countdown runs out.
        let ready_ms = store
            .state
            .with_untracked(|s| u64::from(s.settings.get_ready_secs))
            * 1000;
        let later = clock::now() + ready_ms + 500;
        store.now.set(later);
        store.dispatch(Action::Session(Event::Tick { now: later }));
        tick().await;
        assert_eq!(card(&store), Some(Card::Roll(zone)), "{zone:?}");
        assert!(
            text(&host).contains("Pass 1 of 4"),
            "{zone:?}: {}",
            text(&host)
        );
        drop(mounted);
    }
}

#[wasm_bindgen_test]
async fn a_pain_of_eight_shows_the_red_flags_before_the_first_roll() {
    for answer in ["I understand, continue", "Not today"] {
        let (host, store, mounted) = home_with(vec![Zone::GlutesLeft]).await;
        button(&host, "Start routine").click();
        tick().await;
        button(&host, "Pain 8 of 10").click();
        tick().await;
        button(&host, "Next").click();
        tick().await;
        let dialog = host
            .query_selector("[role=dialog][aria-labelledby=red-flags-title]")
            .unwrap()
            .expect("the red flags come back at pain 8");
        let words = dialog.text_content().unwrap_or_default().to_lowercase();
        for flag in [
            "saddle",
            "bladder",
            "cancer",
            "weight loss",
            "night",
            "steroid",
            "blood thinners",
        ] {
            assert!(words.contains(flag), "{flag} missing: {words}");
        }
        button(&host, answer).click();
        tick().await;
        assert!(host
            .query_selector("[aria-labelledby=red-flags-title]")
            .unwrap()
            .is_none());
        let finished = store
            .state
            .with_untracked(|s| s.session.as_ref().is_some_and(|x| x.is_finished()));
        assert_eq!(finished, answer == "Not today", "{answer}");
        drop(mounted);
    }
    // A pain of 6 goes straight to the set-up.
    let (host, _store, mounted) = home_with(vec![Zone::GlutesLeft]).await;
    button(&host, "Start routine").click();
    tick().await;
    button(&host, "Pain 6 of 10").click();
    tick().await;
    button(&host, "Next").click();
    tick().await;
    assert!(host
        .query_selector("[aria-labelledby=red-flags-title]")
        .unwrap()
        .is_none());
    drop(mounted);
}
