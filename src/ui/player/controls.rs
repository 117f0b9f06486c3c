//! The thumb bar: `Back`, `Pause`/`Resume`, `Next`.

use leptos::prelude::*;

use crate::domain::session::Event;
use crate::ui::i18n::t;
use crate::ui::player::send;
use crate::ui::store::use_store;

/// The session controls, at the bottom of the screen where a thumb reaches.
#[component]
pub fn Controls() -> impl IntoView {
    let store = use_store();
    let paused = store.select(|s| s.session.as_ref().is_some_and(|x| x.is_paused()));
    let first = store.select(|s| s.session.as_ref().is_none_or(|x| x.index == 0));
    view! {
        <nav class="controls" aria-label=t("Session controls")>
            <button
                class="button button--ghost controls__side"
                aria-label=t("Back")
                aria-keyshortcuts="ArrowLeft"
                disabled=move || first.get()
                on:click=move |_| send(store, |now| Event::Back { now })
            >
                <span aria-hidden="true">"←"</span>
                {t("Back")}
            </button>
            <button
                class="button button--primary controls__main"
                aria-keyshortcuts="Space"
                on:click=move |_| send(store, |now| Event::TogglePause { now })
            >
                {move || if paused.get() { t("Resume") } else { t("Pause") }}
            </button>
            <button
                class="button button--ghost controls__side"
                aria-label=t("Next")
                aria-keyshortcuts="ArrowRight"
                on:click=move |_| send(store, |now| Event::Next { now })
            >
                {t("Next")}
                <span aria-hidden="true">"→"</span>
            </button>
        </nav>
    }
}
