//! Plain-words notices: storage trouble, import reports, updates.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::ui::i18n::{t, with_catalogue};
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
                    .map(|(i, line)| {
                        view! {
                            <div class="notice">
                                // Kept as a message: rendered now, in the language of the screen.
                                <p>{with_catalogue(|c| line.render(c))}</p>
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
