//! A polite live region that tells screen-reader users what changed: a new card, a
//! hold starting or ending, the next pass. Never once a second.

use leptos::prelude::*;

use crate::ui::store::use_store;

/// The live region. Its line is worked out once, with the other cues, by the cue layer
/// (`Reaction::announce`), and kept in [`Store::announcement`](crate::ui::store::Store).
#[component]
pub fn Announcer() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="announcer visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || store.announcement.get()}
        </div>
    }
}
