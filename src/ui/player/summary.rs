//! The end of a session: what was rolled, the knots found, pain before → after.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::record::SessionRecord;
use crate::domain::session::Event;
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::player::pain::PainScale;
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
                    <RecordFacts record=r.clone() />
                    <Show when=move || pain_after.get().is_none()>
                        <PainScale
                            value=pain_after
                            label="How does your back feel now? (optional)"
                            on_pick=Callback::new(move |value| store.dispatch(Action::Session(Event::Pain { value })))
                        />
                    </Show>
                    <div class="summary__actions">
                        <button class="button button--primary button--big button--wide" on:click=move |_| store.dispatch(Action::CloseSession)>
                            "Done"
                        </button>
                        <button class="button button--ghost button--wide" on:click=move |_| {
                            store.dispatch(Action::CloseSession);
                            store.dispatch(Action::Navigate(Screen::Progress));
                        }>
                            "See your progress"
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// The facts of one session, with its hot spots on the diagram.
#[component]
pub fn RecordFacts(
    /// The session to describe.
    record: SessionRecord,
) -> impl IntoView {
    let minutes = record.active_ms / 60_000;
    let seconds = (record.active_ms / 1000) % 60;
    let passes: u32 = record.passes.iter().map(|p| u32::from(p.passes)).sum();
    let spots: Vec<_> = record.hot_spots.iter().map(|h| (h.zone, h.position)).collect();
    let zones = record.zones.clone();
    let pain = match (record.pain_before, record.pain_after) {
        (Some(b), Some(a)) => format!("Pain {b} → {a}"),
        (Some(b), None) => format!("Pain before: {b}"),
        (None, Some(a)) => format!("Pain after: {a}"),
        (None, None) => "Pain not rated".to_string(),
    };
    let status = if record.completed { "Complete" } else { "Ended early" };
    view! {
        <div class="record">
            <p class="record__status">
                <span class=if record.completed { "badge badge--ok" } else { "badge badge--partial" }>{status}</span>
            </p>
            <dl class="record__stats">
                <div><dt>"Time"</dt><dd>{format!("{minutes} min {seconds:02} s")}</dd></div>
                <div><dt>"Passes"</dt><dd>{passes}</dd></div>
                <div><dt>"Hot spots"</dt><dd>{record.hot_spots.len()}</dd></div>
                <div><dt>"Pain"</dt><dd>{pain}</dd></div>
            </dl>
            <div class="record__diagram">
                <BodyDiagram
                    selected=Signal::derive(move || zones.clone())
                    on_toggle=Callback::new(|_| {})
                    hot_spots=Signal::derive(move || spots.clone())
                    interactive=false
                />
            </div>
            <ul class="record__spots">
                {record
                    .hot_spots
                    .iter()
                    .map(|h| {
                        let tender = h.tenderness.map(|t| format!(", tenderness {t}/10")).unwrap_or_default();
                        view! {
                            <li>{format!("{}: {} s hold at {}% along{tender}", h.zone.label(), h.held_ms / 1000, (h.position * 100.0).round())}</li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
