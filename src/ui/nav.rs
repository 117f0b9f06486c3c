//! The top bar: the name and the four places.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::i18n::msg;
use crate::ui::i18n::t;
use crate::ui::store::use_store;

const PLACES: [(&str, Screen); 4] = [
    (msg("Home"), Screen::Home),
    (msg("Progress"), Screen::Progress),
    (msg("Settings"), Screen::Settings),
    (msg("Safety"), Screen::Safety),
];

/// Navigation between the main screens.
#[component]
pub fn Nav() -> impl IntoView {
    let store = use_store();
    let screen = store.select(|s| s.screen.clone());
    view! {
        <header class="nav">
            <p class="nav__brand">
                <svg class="nav__logo" viewBox="0 0 32 32" aria-hidden="true">
                    <circle cx="16" cy="16" r="13" class="nav__logo-ring" />
                    <path d="M9 17 C13 11 19 21 23 15" class="nav__logo-wave" />
                </svg>
                "Unknot"
            </p>
            <nav aria-label=t("Main")>
                <ul class="nav__list">
                    {PLACES
                        .into_iter()
                        .map(|(name, place)| {
                            let target = place.clone();
                            let current = move || {
                                (screen.get() == place).then_some("page")
                            };
                            view! {
                                <li>
                                    <button
                                        class="nav__link"
                                        aria-current=current
                                        on:click=move |_| store.dispatch(Action::Navigate(target.clone()))
                                    >
                                        {t(name)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
