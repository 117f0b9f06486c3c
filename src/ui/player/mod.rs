//! The session player: one card at a time, the timers, and the controls.

mod card_body;
mod controls;
mod countdown;
mod hold;
mod keyboard;
mod pacer;
mod pain;
mod red_flags;
mod roll;
mod summary;

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::content::card_text;
use crate::domain::routine::Card;
use crate::domain::session::{Event, Session};
use crate::platform::clock;
use crate::ui::store::{use_store, Store};

pub use summary::Summary;

/// Sends a session event stamped with the current wall-clock time.
pub(crate) fn send(store: Store, make: fn(u64) -> Event) {
    let now = clock::now();
    store.now.set(now);
    store.dispatch(Action::Session(make(now)));
}

/// The running session, card by card.
#[component]
pub fn Player() -> impl IntoView {
    let store = use_store();
    let session = store.select(|s| s.session.clone());
    let card = Memo::new(move |_| session.with(|s| s.as_ref().map(Session::card)));
    let step = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .map(|s| (s.index + 1, s.plan.len()))
                .unwrap_or((0, 0))
        })
    });
    let title = Memo::new(move |_| {
        let settings = store.state.with(|s| s.settings.clone());
        card.get()
            .map(|c| card_text(c, &settings).title)
            .unwrap_or_default()
    });
    let finished =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(Session::is_finished)));
    keyboard::use_session_keys(store);

    view! {
        <section class="player" aria-labelledby="player-title">
            <header class="player__bar">
                <p class="player__step">
                    {move || {
                        let (n, of) = step.get();
                        format!("Step {n} of {of}")
                    }}
                </p>
                <Show when=move || !finished.get()>
                    <button
                        class="button button--ghost player__end"
                        on:click=move |_| send(store, |now| Event::End { now })
                    >
                        "End session"
                    </button>
                </Show>
            </header>
            <div class="player__progress" aria-hidden="true">
                <div
                    class="player__progress-fill"
                    style:transform=move || {
                        let (n, of) = step.get();
                        format!("scaleX({})", n as f32 / of.max(1) as f32)
                    }
                ></div>
            </div>
            <h2 id="player-title" class="player__title">{title}</h2>
            <div class="player__body">
                {move || match card.get() {
                    Some(Card::Roll(zone)) => view! { <roll::RollCard zone /> }.into_any(),
                    Some(Card::Summary) => view! { <Summary /> }.into_any(),
                    Some(Card::PainBefore) => view! { <pain::PainCard before=true /> }.into_any(),
                    Some(Card::PainAfter) => view! { <pain::PainCard before=false /> }.into_any(),
                    Some(Card::Safety) => view! { <crate::ui::safety::SafetyCard /> }.into_any(),
                    Some(other) => view! { <card_body::CardBody card=other /> }.into_any(),
                    None => ().into_any(),
                }}
            </div>
            <Show when=move || !finished.get()>
                <controls::Controls />
            </Show>
            <red_flags::RedFlagCheck />
        </section>
    }
}
