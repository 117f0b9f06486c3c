//! Plain-words notices: storage trouble, import reports, updates.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::ui::i18n::t;
use crate::ui::store::use_store;

/// The list of notices, each dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let store = use_store();
    let notices = store.select(|s| s.notices.clone());
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| {
                        view! {
                            <div class="notice">
                                // A notice that is one plain message is its own key: shown in the language.
                                <p>{t(&text)}</p>
                                <button class="button button--ghost" on:click=move |_| store.dispatch(Action::DismissNotice(i))>
                                    {t("Dismiss")}
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
