//! Pain check before and after: an optional 0–10 rating.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::session::Event;
use crate::ui::i18n::{t, tf};
use crate::ui::store::use_store;

/// A row of 0–10 buttons; tapping the chosen one again clears it.
#[component]
pub fn PainScale(
    /// The current rating.
    #[prop(into)]
    value: Signal<Option<u8>>,
    /// Called with the new rating (None clears it).
    on_pick: Callback<Option<u8>>,
    /// The question, used as the group's name.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! {
        <fieldset class="pain-scale">
            <legend>{label}</legend>
            <div class="pain-scale__values">
                {(0..=10u8)
                    .map(|v| {
                        view! {
                            <button
                                class="pain-scale__value"
                                aria-pressed=move || (value.get() == Some(v)).to_string()
                                aria-label=tf("Pain {v} of 10", &[("v", &v.to_string())])
                                on:click=move |_| {
                                    let next = if value.get_untracked() == Some(v) { None } else { Some(v) };
                                    on_pick.run(next);
                                }
                            >
                                {v}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="pain-scale__ends" aria-hidden="true">
                <span>{t("0 none")}</span>
                <span>{t("10 worst")}</span>
            </p>
        </fieldset>
    }
}

/// The pain-check card, before or after rolling.
#[component]
pub fn PainCard(
    /// True for the check before rolling.
    before: bool,
) -> impl IntoView {
    let store = use_store();
    let value = store.select(move |s| {
        s.session
            .as_ref()
            .and_then(|x| if before { x.pain_before } else { x.pain_after })
    });
    let label = if before {
        t("How much does your back hurt right now?")
    } else {
        t("And now, after rolling?")
    };
    view! {
        <div class="stage__info stage__info--words pain">
            <p class="pain__hint">{t("Optional, for your own trend. Next skips it.")}</p>
            <PainScale
                value
                label
                on_pick=Callback::new(move |value| store.dispatch(Action::Session(Event::Pain { value })))
            />
        </div>
    }
}
