//! `Add from a link`: a shared routine's link (or the text after `#/routines/add/`)
//! pasted into the app. On an iPhone a link always opens in Safari, whose storage is not
//! the installed app's; pasting it here brings the routine into the app the person uses.
//! It opens the same screen as the link, with the same checks and messages.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::routine::share::payload_in;
use crate::ui::i18n::t;
use crate::ui::store::use_store;

/// The paste field; `id` keeps its label unique where it appears twice in a page's life.
#[component]
pub fn AddFromLink(id: &'static str) -> impl IntoView {
    let store = use_store();
    let text = RwSignal::new(String::new());
    let empty = RwSignal::new(false);
    let open = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let payload = payload_in(&text.get_untracked());
        empty.set(payload.is_empty());
        if !payload.is_empty() {
            store.dispatch(Action::Navigate(Screen::RoutineAdd(payload)));
        }
    };
    let hint = format!("{id}-hint");
    view! {
        <form class="add-link" on:submit=open>
            <label class="field__label" for=id>{t("Add from a link")}</label>
            <p class="field__hint" id=hint.clone()>{t("Paste a routine link someone shared with you.")}</p>
            <div class="add-link__row">
                <input class="routines__link" id=id type="text" inputmode="url" autocomplete="off" spellcheck="false"
                    aria-describedby=hint prop:value=move || text.get() on:input=move |e| text.set(event_target_value(&e)) />
                <button type="submit" class="button button--ghost">{t("Show routine")}</button>
            </div>
            <Show when=move || empty.get()>
                <p class="builder__note" role="alert">{t("Paste a shared routine link first.")}</p>
            </Show>
        </form>
    }
}

/// Said where a link opened in Safari on an iPhone that has Unknot installed might land
/// in the wrong storage.
pub const IPHONE_LINKS: &str = crate::domain::i18n::msg(
    "On iPhone, links open in Safari, which keeps its data apart from the app on your Home Screen. To add a routine there, copy its link, open Unknot from the Home Screen and paste it into Add from a link.",
);
