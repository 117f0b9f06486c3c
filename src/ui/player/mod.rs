//! The session player, for a person lying on a roller: one big number, one short cue,
//! the one action that matters, and nothing to scroll. Detail is behind `More`.

mod beat;
mod cards;
mod catch_up;
mod controls;
mod hold;
mod keyboard;
mod more;
mod pacer;
mod pain;
pub mod paused;
mod red_flags;
mod roll;
mod summary;
mod tender;

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::content::card_text_in;
use crate::domain::routine::Card;
use crate::domain::session::{Event, Session};
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::reactive::effect;
use crate::ui::screen_on_hint::ScreenOnHint;
use crate::ui::store::{use_store, Store};

pub use summary::{summary_title, Summary};

/// Sends a session event stamped with the current wall-clock time.
pub(crate) fn send(store: Store, make: fn(u64) -> Event) {
    store.send(|now| Action::Session(make(now)));
}

/// The running session, card by card.
#[component]
pub fn Player() -> impl IntoView {
    let store = use_store();
    let session = store.session;
    let card = Memo::new(move |_| session.with(|s| s.as_ref().map(Session::card)));
    let step = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .map(|s| (s.index, s.plan.len()))
                .unwrap_or((0, 0))
        })
    });
    let title = Memo::new(move |_| match card.get() {
        Some(Card::Summary) => store.state.with(summary_title),
        Some(c) => store
            .state
            .with(|s| with_catalogue(|cat| card_text_in(c, &s.settings, cat)).title),
        None => String::new(),
    });
    let finished =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(Session::is_finished)));
    let more_open = RwSignal::new(false);
    // A new card starts with its sheet closed.
    effect(move |_| {
        card.track();
        more_open.set(false);
    });
    keyboard::use_session_keys(store);

    view! {
        <section class="player" aria-labelledby="player-title">
            <header class="player__bar">
                <h1 id="player-title" class="player__title">{title}</h1>
                <Show when=move || card.get().is_some_and(more::has_more)>
                    <button
                        class="button button--ghost player__more"
                        aria-expanded=move || more_open.get().to_string()
                        aria-controls="player-more"
                        on:click=move |_| more_open.update(|o| *o = !*o)
                    >
                        {t("More")}
                    </button>
                </Show>
                <Show when=move || !finished.get()>
                    <button
                        class="button button--ghost player__end"
                        aria-label=t("End session")
                        on:click=move |_| send(store, |now| Event::End { now })
                    >
                        {t("End")}
                        <span class="player__end-more">" "{t("session")}</span>
                    </button>
                </Show>
            </header>
            <ScreenOnHint />
            <catch_up::CatchUp />
            <div
                class="player__progress"
                role="progressbar"
                aria-label=t("Routine")
                aria-valuemin="0"
                aria-valuemax=move || step.get().1.saturating_sub(1)
                aria-valuenow=move || step.get().0
                aria-valuetext=move || {
                    let (i, len) = step.get();
                    tf(
                        "Step {n} of {of}",
                        &[("n", &(i + 1).to_string()), ("of", &len.to_string())],
                    )
                }
            >
                <div
                    class="player__progress-fill"
                    style:transform=move || {
                        // The first card is empty, the summary full.
                        let (i, len) = step.get();
                        format!("scaleX({})", i as f32 / len.saturating_sub(1).max(1) as f32)
                    }
                ></div>
            </div>
            <div class=move || format!("stage stage--{}", card.get().map_or("none", kind))>
                {move || match card.get() {
                    Some(Card::Roll(zone)) => view! { <roll::RollCard zone /> }.into_any(),
                    Some(Card::Summary) => view! { <Summary /> }.into_any(),
                    Some(Card::PainBefore) => view! { <pain::PainCard before=true /> }.into_any(),
                    Some(Card::PainAfter) => view! { <pain::PainCard before=false /> }.into_any(),
                    Some(Card::Safety) => view! {
                        <div class="stage__info stage__info--words"><crate::ui::safety::SafetyCard /></div>
                    }
                    .into_any(),
                    Some(other) => view! { <cards::OtherCard card=other /> }.into_any(),
                    None => ().into_any(),
                }}
                {move || {
                    card.get()
                        .filter(|_| more_open.get())
                        .map(|card| view! { <more::MoreSheet card open=more_open /> })
                }}
            </div>
            <Show when=move || !finished.get()>
                <controls::Controls />
            </Show>
            <red_flags::RedFlagCheck />
        </section>
    }
}

/// A class name per kind of card, for the layout.
fn kind(card: Card) -> &'static str {
    match card {
        Card::Safety => "safety",
        Card::PainBefore | Card::PainAfter => "pain",
        Card::Setup(_) => "setup",
        Card::SwitchSide(_) => "switch",
        Card::GetReady(_) => "ready",
        Card::Roll(_) => "roll",
        Card::Breathe => "breathe",
        Card::Summary => "summary",
    }
}
