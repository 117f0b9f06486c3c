//! A breathing pacer: a circle that grows on the in-breath and shrinks on the out-breath.

use leptos::prelude::*;

use crate::domain::routine::{BREATH_IN_MS, BREATH_OUT_MS};
use crate::ui::store::use_store;

/// Paces 4 s in, 6 s out: during a hold from the hold's start, on the breathing card from the card's start.
/// On the breathing card it also counts the breaths.
#[component]
pub fn Pacer() -> impl IntoView {
    let store = use_store();
    let now = store.now;
    let phase = Memo::new(move |_| {
        store.state.with(|s| {
            let session = s.session.as_ref()?;
            if session.is_paused() {
                return None;
            }
            let now = now.get();
            let (breath, counted) = match session.hold_breath(now) {
                Some(b) => (b, false),
                None => (session.breath(now)?, true),
            };
            // Only (half, breath) goes out, so the class flips (and the CSS transition
            // runs) once per half-breath, not on every tick.
            Some((
                breath.inhaling,
                counted.then_some((breath.number, breath.of)),
            ))
        })
    });
    let inhaling = move || phase.get().map(|(i, _)| i);
    let words = move || match inhaling() {
        Some(true) => "Breathe in",
        Some(false) => "Breathe out",
        None => "Paused",
    };
    let class = move || match inhaling() {
        Some(true) => "pacer pacer--in",
        Some(false) => "pacer pacer--out",
        None => "pacer",
    };
    view! {
        <div
            class=class
            style:--breath-in=format!("{BREATH_IN_MS}ms")
            style:--breath-out=format!("{BREATH_OUT_MS}ms")
        >
            <div class="pacer__circle" aria-hidden="true"></div>
            <p class="pacer__words">{words}</p>
            {move || {
                phase
                    .get()
                    .and_then(|(_, count)| count)
                    .map(|(n, of)| view! { <p class="pacer__count">{format!("Breath {n} of {of}")}</p> })
            }}
        </div>
    }
}
