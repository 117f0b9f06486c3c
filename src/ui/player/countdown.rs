//! The big countdown: whole seconds left (`role="timer"`) inside a progress ring.

use leptos::prelude::*;

use crate::ui::store::use_store;

/// Circumference of the ring's circle (r = 52).
const RING: f32 = 326.7;

/// Counts down the hold or the timed card, from stored deadlines.
#[component]
pub fn Countdown(
    /// Smaller text under the number, e.g. "seconds".
    #[prop(optional, into)]
    caption: Option<String>,
) -> impl IntoView {
    let store = use_store();
    let now = store.now;
    let secs = Memo::new(move |_| {
        store
            .state
            .with(|s| s.session.as_ref().and_then(|x| x.remaining_secs(now.get())))
    });
    // The ring moves in whole seconds too, so it changes exactly when the digits do.
    let offset = Memo::new(move |_| {
        let _ = secs.get();
        let progress = store.state.with_untracked(|s| {
            s.session
                .as_ref()
                .map(|x| x.progress(now.get_untracked()))
                .unwrap_or(0.0)
        });
        format!("{:.1}", RING * progress.clamp(0.0, 1.0))
    });
    let caption = caption.unwrap_or_else(|| "seconds left".into());
    view! {
        <div class="countdown">
            <svg class="countdown__ring" viewBox="0 0 120 120" aria-hidden="true">
                <circle class="countdown__track" cx="60" cy="60" r="52" />
                <circle
                    class="countdown__fill"
                    cx="60"
                    cy="60"
                    r="52"
                    stroke-dasharray=RING.to_string()
                    stroke-dashoffset=offset
                />
            </svg>
            <p class="countdown__text">
                <span class="countdown__number" role="timer" aria-label=move || format!("{} seconds left", secs.get().unwrap_or(0))>
                    {move || secs.get().unwrap_or(0)}
                </span>
                <span class="countdown__caption" aria-hidden="true">{caption}</span>
            </p>
        </div>
    }
}
