//! The breathing pacer: a soft circle behind the big number that grows on the in-breath
//! and shrinks on the out-breath, paced from the hold's (or the breathing card's) start.

use leptos::prelude::*;

use crate::domain::i18n::msg;
use crate::domain::routine::{BREATH_IN_MS, BREATH_OUT_MS};
use crate::ui::store::use_store;

/// `Some(true)` breathing in, `Some(false)` out, `None` when paused or not pacing.
pub fn use_breath_phase() -> Memo<Option<bool>> {
    let store = use_store();
    let now = store.now;
    // Only the half-breath goes out, so the class flips (and the CSS transition runs)
    // once per half-breath, not on every tick.
    Memo::new(move |_| {
        store.state.with(|s| {
            let session = s.session.as_ref()?;
            if session.is_paused() {
                return None;
            }
            let now = now.get();
            session
                .hold_breath(now)
                .or_else(|| session.breath(now))
                .map(|b| b.inhaling)
        })
    })
}

/// "Breathe in", "Breathe out" or "Paused", for the words under the number.
pub fn breath_words(phase: Option<bool>) -> &'static str {
    match phase {
        Some(true) => msg("Breathe in"),
        Some(false) => msg("Breathe out"),
        None => msg("Paused"),
    }
}

/// The circle itself (decorative: the words say the same).
#[component]
pub fn PacerCircle() -> impl IntoView {
    let phase = use_breath_phase();
    let class = move || match phase.get() {
        Some(true) => "pacer pacer--in",
        Some(false) => "pacer pacer--out",
        None => "pacer",
    };
    view! {
        <div
            class=class
            aria-hidden="true"
            style:--breath-in=format!("{BREATH_IN_MS}ms")
            style:--breath-out=format!("{BREATH_OUT_MS}ms")
        >
            <div class="pacer__circle"></div>
        </div>
    }
}
