//! The rolling card: the diagram with the moving roller, `Pass N of M`, and `Hot spot`.

use leptos::prelude::*;

use crate::domain::content::card_text;
use crate::domain::session::{Event, PassInfo};
use crate::domain::zone::Zone;
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::player::card_body::CardWords;
use crate::ui::player::countdown::Countdown;
use crate::ui::player::hold::HoldPanel;
use crate::ui::player::send;
use crate::ui::store::use_store;

/// Rolls one zone: passes are paced and counted; a hot spot starts a hold.
#[component]
pub fn RollCard(
    /// The zone being rolled.
    zone: Zone,
) -> impl IntoView {
    let store = use_store();
    let now = store.now;
    let text = store
        .state
        .with_untracked(|s| card_text(crate::domain::routine::Card::Roll(zone), &s.settings));
    let pass = Memo::new(move |_| {
        store
            .state
            .with(|s| s.session.as_ref().and_then(|x| x.pass(now.get())))
    });
    let number = Memo::new(move |_| pass.get().map(|p| (p.number, p.of, p.outward)));
    let holding = store.select(|s| s.session.as_ref().is_some_and(|x| x.is_holding()));
    let paused = store.select(|s| s.session.as_ref().is_some_and(|x| x.is_paused()));
    let hot_spots = store.select(move |s| {
        s.session
            .as_ref()
            .map(|x| {
                x.hot_spots
                    .iter()
                    .filter(|h| h.zone == zone)
                    .map(|h| (h.zone, h.position))
                    .chain(x.hold.iter().map(|h| (h.zone, h.position)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let (start, end) = zone.path_ends();
    let direction = move || match number.get() {
        Some((_, _, true)) => format!("From {start} to {end}"),
        Some((_, _, false)) => format!("Back from {end} to {start}"),
        None => String::new(),
    };
    let roller = Signal::derive(move || pass.get().map(|p: PassInfo| p.position));
    view! {
        <div class="roll" class:roll--holding=move || holding.get()>
            <div class="roll__diagram">
                <BodyDiagram
                    selected=Signal::derive(move || vec![zone])
                    on_toggle=Callback::new(|_| {})
                    active=Signal::derive(move || Some(zone))
                    roller
                    hot_spots=Signal::derive(move || hot_spots.get())
                    interactive=false
                />
            </div>
            <Show
                when=move || holding.get()
                fallback=move || {
                    view! {
                        <div class="roll__pass">
                            <div class="roll__status">
                                <p class="roll__count">
                                    {move || number.get().map(|(n, of, _)| format!("Pass {n} of {of}"))}
                                </p>
                                <p class="roll__direction">{direction}</p>
                            </div>
                            <Countdown caption="s left here" />
                            <button
                                class="button button--hot button--big button--wide"
                                disabled=move || paused.get()
                                aria-keyshortcuts="H"
                                on:click=move |_| send(store, |now| Event::HotSpot { now })
                            >
                                "Hot spot"
                            </button>
                        </div>
                    }
                }
            >
                <HoldPanel />
            </Show>
            <section class="roll__how" aria-label="How to roll this">
                <CardWords text=text.clone() />
            </section>
        </div>
    }
}
