//! A polite live region that tells screen-reader users what changed: a new card, a
//! hold starting or ending, the next pass. Never once a second.

use leptos::prelude::*;

use crate::domain::cues::announcement;
use crate::domain::record::EpochMs;
use crate::domain::session::Session;
use crate::ui::store::use_store;

/// The live region. It keeps its own memory of the session, so it works wherever the
/// store is provided (also in tests that mount the shell without the cue layer).
#[component]
pub fn Announcer() -> impl IntoView {
    let store = use_store();
    let session = store.select(|s| s.session.clone());
    let text = RwSignal::new(String::new());
    // (the session last seen, when it was seen)
    let last = StoredValue::new(None::<(Session, EpochMs)>);
    Effect::new(move |_| {
        let after = session.get();
        let now = store.now.get();
        let said = last.with_value(|last| match (last, &after) {
            (Some((before, since)), Some(after)) => {
                let now = now.max(after.latest);
                announcement(before, after, (*since).min(now), now)
            }
            _ => None,
        });
        if let Some(line) = said {
            // A full stop makes a sentence of it (a pause in speech), and keeps the
            // region's text from reading exactly like the visible counter it repeats.
            text.set(format!("{line}."));
        }
        last.set_value(after.map(|s| {
            let seen = now.max(s.latest);
            (s, seen)
        }));
    });
    view! {
        <div class="announcer visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || text.get()}
        </div>
    }
}
