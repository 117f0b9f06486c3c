//! The root component: builds the store, wires the effects, shows one screen.

use leptos::prelude::*;

use crate::domain::app::{navigation, route};
use crate::domain::app::{Action, Screen};
use crate::platform::{clock, history};
use crate::ui::early_tap::EarlyTap;
use crate::ui::home::Home;
use crate::ui::i18n::t;
use crate::ui::nav::Nav;
use crate::ui::notices::Notices;
use crate::ui::persist;
use crate::ui::player::Player;
use crate::ui::progress::ProgressView;
use crate::ui::reactive::effect;
use crate::ui::routines::{AddShared, RoutineBuilder};
use crate::ui::safety::SafetyScreen;
use crate::ui::settings::SettingsScreen;
use crate::ui::store::{use_store, Store};
use crate::ui::theme;
use crate::ui::ticker::use_ticker;

/// The whole app: loads what was kept, then shows the screen the state asks for.
#[component]
pub fn App() -> impl IntoView {
    let now = clock::now();
    let (state, stored, backend) = persist::load(now);
    let state = navigation::open(state, route::parse(&history::hash()));
    let store = Store::new(state, now);
    provide_context(store);
    crate::ui::store::use_page_visibility(store);
    crate::ui::address::use_address(store);
    persist::use_persistence(store, backend, stored);
    use_ticker(store);
    theme::use_theme(store);
    let ready = crate::ui::i18n::language::use_language(store);
    crate::ui::early_tap::use_early_tap(ready, move |tap| carry_out(store, tap));
    crate::ui::cues::use_cues(store);
    crate::ui::lock_screen::use_lock_screen(store);
    view! { <LanguageRoot ready /> }
}

/// Sends what a button tapped on the pre-rendered screen sends, if the app shows the
/// screen it was tapped on (`ui::early_tap`).
fn carry_out(store: Store, tap: EarlyTap) {
    let (screen, acknowledged, running) = store.state.with_untracked(|s| {
        (
            s.screen.clone(),
            s.safety_acknowledged_at.is_some(),
            s.session.is_some(),
        )
    });
    match tap {
        EarlyTap::Acknowledge if screen == Screen::Safety && !acknowledged => {
            crate::ui::safety::acknowledge(store)
        }
        EarlyTap::Start if screen == Screen::Home && !running => {
            crate::ui::home::start_picked(store)
        }
        _ => {}
    }
}

/// Mounts the screens once the language is ready, and again (fresh, in the new words)
/// whenever it changes; a switch made in Settings keeps the focus on the `Language` select.
#[component]
fn LanguageRoot(ready: ReadSignal<bool>) -> impl IntoView {
    let i18n = expect_context::<crate::ui::i18n::I18n>();
    let mut mounted = None;
    move || {
        if !ready.get() {
            return None;
        }
        let lang = i18n.lang();
        if mounted.is_some_and(|before| before != lang) {
            crate::platform::page::focus_by_id_soon(crate::ui::i18n::select::LANGUAGE_ID);
        }
        mounted = Some(lang);
        Some(view! { <Shell /> })
    }
}

/// The frame around the screens; also what browser tests mount with their own store.
#[component]
pub fn Shell() -> impl IntoView {
    let store = use_store();
    let screen = store.select(|s| s.screen.clone());
    let in_session = store.select(|s| s.screen == Screen::Session && s.session.is_some());
    // A new screen or card starts at its top, not where the last one was scrolled to
    // (the safety screen's button sits at the bottom of a long page).
    let place = store.select(|s| (s.screen.clone(), s.session.as_ref().map(|x| x.index)));
    effect(move |first: Option<()>| {
        // `get`, not `track`: a memo only tells its readers when its value changed.
        let _ = place.get();
        if first.is_some() {
            crate::platform::page::scroll_to_top();
        }
    });
    // A new screen is met at its title: focus moves to its heading (not on every card of
    // a session, whose changes the announcer already speaks).
    let shown = store.select(|s| s.screen.clone());
    effect(move |first: Option<()>| {
        let _ = shown.get();
        if first.is_some() {
            crate::platform::page::focus_main_heading();
        }
    });
    view! {
        <div class="app">
            <Show when=move || !in_session.get()>
                <Nav />
            </Show>
            <Notices />
            <crate::ui::update_banner::UpdateBanner />
            <main class="app__main" id="main">
                {move || match screen.get() {
                    Screen::Home => view! { <Home /> }.into_any(),
                    Screen::Safety => view! { <SafetyScreen /> }.into_any(),
                    Screen::Session => view! { <SessionScreen /> }.into_any(),
                    Screen::Settings => view! { <SettingsScreen /> }.into_any(),
                    Screen::Progress => view! { <ProgressScreen /> }.into_any(),
                    Screen::Past(id) => view! { <PastSession id /> }.into_any(),
                    Screen::RoutineNew => view! { <RoutineBuilder editing=None /> }.into_any(),
                    Screen::RoutineEdit(id) => view! { <RoutineBuilder editing=Some(id) /> }.into_any(),
                    Screen::RoutineAdd(payload) => view! { <AddShared payload /> }.into_any(),
                    Screen::Plan => view! { <crate::ui::plan::PlanScreen /> }.into_any(),
                    Screen::PlanSetup => view! { <crate::ui::plan::PlanSetup /> }.into_any(),
                    Screen::Report => view! { <crate::ui::report::ReportScreen /> }.into_any(),
                }}
            </main>
            <crate::ui::announcer::Announcer />
        </div>
    }
}

/// The player, or the question Back asked ("resume or end?") in its place.
#[component]
fn SessionScreen() -> impl IntoView {
    let store = use_store();
    let held = store.select(|s| s.held_by_back);
    view! {
        <Show when=move || held.get() fallback=|| view! { <Player /> }>
            <crate::ui::player::paused::PausedByBack />
        </Show>
    }
}

#[component]
fn ProgressScreen() -> impl IntoView {
    let store = use_store();
    let history = Signal::derive(move || store.state.with(|s| s.history.clone()));
    let today = Signal::derive(move || store.now.get());
    view! {
        <ProgressView
            history
            today
            offset_minutes=clock::utc_offset_minutes()
            on_open=Callback::new(move |id| store.dispatch(Action::Navigate(Screen::Past(id))))
        />
    }
}

#[component]
fn PastSession(id: String) -> impl IntoView {
    let store = use_store();
    let record = store
        .state
        .with_untracked(|s| s.history.iter().find(|r| r.id == id).cloned());
    view! {
        <section class="past">
            <button class="button button--ghost" on:click=move |_| store.dispatch(Action::Navigate(Screen::Progress))>
                {t("← All sessions")}
            </button>
            {match record {
                Some(record) => view! { <crate::ui::progress::SessionSummary record /> }.into_any(),
                None => view! {
                    <h1>{t("Session not found")}</h1>
                    <p>{t("That session is no longer in your history.")}</p>
                }
                .into_any(),
            }}
        </section>
    }
}
