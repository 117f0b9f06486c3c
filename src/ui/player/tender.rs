//! After a hold: "How tender was it?" in one optional row that goes away by itself.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::session::Event;
use crate::ui::i18n::{t, tf};
use crate::ui::store::use_store;

/// The ratings offered: one row that fits a 320 px screen with 48 px targets.
const VALUES: [u8; 5] = [2, 4, 6, 8, 10];

/// One row of ratings for the hot spot just held (0–10 scale, 2 = mild, 10 = sharp).
#[component]
pub fn TendernessAsk() -> impl IntoView {
    let store = use_store();
    view! {
        <fieldset class="tender">
            <legend class="tender__question">{t("How tender was it? (optional)")}</legend>
            <div class="tender__row">
                {VALUES
                    .into_iter()
                    .map(|v| {
                        view! {
                            <button
                                class="tender__value"
                                aria-label=tf("Tenderness {v} of 10", &[("v", &v.to_string())])
                                on:click=move |_| store.dispatch(Action::Session(Event::Tenderness { value: v }))
                            >
                                {v}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
