//! The player's line after the screen was off: what ran out meanwhile and where the
//! session is now (`While the screen was off: the hold ended. Now: Pass 3 of 4.`),
//! until the session turns again or the person puts it away. The live region has
//! already said it, so the row itself is not announced again.

use leptos::prelude::*;

use crate::ui::i18n::{t, with_catalogue};
use crate::ui::store::use_store;

#[component]
pub fn CatchUp() -> impl IntoView {
    let store = use_store();
    let line = store.catch_up;
    view! {
        <Show when=move || line.with(Option::is_some)>
            <div class="screen-on catch-up">
                <p class="screen-on__text">
                    {move || line.with(|l| l.as_ref().map(|l| with_catalogue(|c| l.render(c))))}
                </p>
                // A small close button: the line needs the row's width on a small phone.
                <button class="button button--ghost catch-up__close" aria-label=t("Got it") on:click=move |_| line.set(None)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
        </Show>
    }
}
