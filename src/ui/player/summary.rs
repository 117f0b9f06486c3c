//! The end of a session: what was rolled, the knots found, pain before → after.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::session::Event;
use crate::ui::player::pain::PainScale;
use crate::ui::progress::SessionSummary;
use crate::ui::store::use_store;

/// Shown on the last card; the record has already been saved to the history.
#[component]
pub fn Summary() -> impl IntoView {
    let store = use_store();
    let record = store.select(|s| s.session.as_ref().and_then(|x| x.record()));
    move || {
        record.get().map(|r| {
            let pain_after = store.select(|s| s.session.as_ref().and_then(|x| x.pain_after));
            view! {
                <div class="summary">
                    <SessionSummary record=r.clone() nested=true />
                    <Show when=move || pain_after.get().is_none()>
                        <PainScale
                            value=pain_after
                            label="How does your back feel now? (optional)"
                            on_pick=Callback::new(move |value| store.dispatch(Action::Session(Event::Pain { value })))
                        />
                    </Show>
                    // In the thumb bar, where the session's controls were: always in reach.
                    <nav class="controls controls--finish" aria-label="Finish">
                        <button class="button button--ghost" on:click=move |_| store.dispatch(Action::CloseSessionTo(Screen::Progress))>
                            "See your progress"
                        </button>
                        <button class="button button--primary" on:click=move |_| store.dispatch(Action::CloseSession)>
                            "Done"
                        </button>
                    </nav>
                </div>
            }
        })
    }
}
