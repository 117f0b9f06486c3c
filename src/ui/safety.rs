//! The safety screen: when not to roll and when to stop. Shown first, reachable any time.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::content::{LOWER_BACK, SAFETY_ASK_FIRST, SAFETY_SKIP, SAFETY_STOP};
use crate::ui::store::use_store;

/// Contraindications and stop rules, with an explicit acknowledgement.
#[component]
pub fn SafetyScreen() -> impl IntoView {
    let store = use_store();
    let acknowledged = store.select(|s| s.safety_acknowledged_at.is_some());
    let list = |items: &'static [&'static str]| {
        view! { <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul> }
    };
    view! {
        <section class="safety" aria-labelledby="safety-title">
            <h1 id="safety-title">"Before you roll"</h1>
            <p class="safety__lead">"Foam rolling should feel like firm massage. A few things change that."</p>
            <div class="safety__group safety__group--stop card">
                <h2>"Stop at once if you feel"</h2>
                {list(SAFETY_STOP)}
            </div>
            <div class="safety__group card">
                <h2>"Do not roll with"</h2>
                {list(SAFETY_SKIP)}
            </div>
            <div class="safety__group card">
                <h2>"Ask a clinician first if you have"</h2>
                {list(SAFETY_ASK_FIRST)}
            </div>
            <div class="safety__group safety__group--lumbar card">
                <h2>{LOWER_BACK.title}</h2>
                {LOWER_BACK.body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </div>
            <Show
                when=move || acknowledged.get()
                fallback=move || {
                    view! {
                        <button
                            class="button button--primary button--big button--wide"
                            on:click=move |_| store.send(|now| Action::AcknowledgeSafety { now })
                        >
                            "I understand, continue"
                        </button>
                    }
                }
            >
                <button class="button button--ghost button--wide" on:click=move |_| store.dispatch(Action::Navigate(Screen::Home))>
                    "Back to home"
                </button>
            </Show>
        </section>
    }
}
