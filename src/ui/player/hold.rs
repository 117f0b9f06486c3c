//! The hot-spot hold: a big countdown, the breathing pacer, `Released` and `+10 s`.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::session::{Event, MAX_HOLD_MS};
use crate::ui::player::countdown::Countdown;
use crate::ui::player::pacer::Pacer;
use crate::ui::player::send;
use crate::ui::store::use_store;

/// Shown over the rolling card while a hot spot is held.
#[component]
pub fn HoldPanel() -> impl IntoView {
    let store = use_store();
    let hold = store.select(|s| s.session.as_ref().and_then(|x| x.hold.clone()));
    let can_extend =
        Memo::new(move |_| hold.with(|h| h.as_ref().is_some_and(|h| h.duration_ms < MAX_HOLD_MS)));
    let tenderness = Memo::new(move |_| hold.with(|h| h.as_ref().and_then(|h| h.tenderness)));
    let rate = move |value: u8| store.dispatch(Action::Session(Event::Tenderness { value }));
    view! {
        <div class="hold" role="group" aria-label="Hot spot hold">
            <p class="hold__lead">"Stay on the knot. Let the roller sink in and breathe slowly."</p>
            <div class="hold__visual">
                <Countdown caption="hold" />
                <Pacer />
            </div>
            <div class="hold__actions">
                <button class="button button--primary button--big" on:click=move |_| send(store, |now| Event::Released { now })>
                    "Released"
                </button>
                <button
                    class="button button--ghost button--big"
                    disabled=move || !can_extend.get()
                    on:click=move |_| send(store, |now| Event::Extend { now })
                >
                    "+10 s"
                </button>
            </div>
            <fieldset class="tenderness">
                <legend>"How tender is it? (optional)"</legend>
                <div class="tenderness__scale">
                    {(0..=10u8)
                        .map(|v| {
                            view! {
                                <button
                                    class="tenderness__value"
                                    aria-pressed=move || (tenderness.get() == Some(v)).to_string()
                                    aria-label=format!("Tenderness {v} of 10")
                                    on:click=move |_| rate(v)
                                >
                                    {v}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
