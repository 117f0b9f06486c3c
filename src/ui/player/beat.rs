//! The big number: whole seconds left of whatever the words beside it talk about (the
//! pass, the hold, the breath, the countdown), inside a ring that fills with it.

use leptos::prelude::*;

use crate::domain::i18n::msg;
use crate::domain::session::BeatKind;
use crate::ui::i18n::tn;
use crate::ui::player::pacer::PacerCircle;
use crate::ui::store::use_store;

/// Circumference of the ring's circle (r = 52).
const RING: f32 = 326.7;

/// The countdown (`role="timer"`), from stored deadlines. With `pace`, the breathing
/// pacer glows behind it.
#[component]
pub fn BigNumber(
    /// Draw the breathing pacer behind the number, following this breath phase (the
    /// card's own, from `use_breath_phase`, shared with the words).
    #[prop(optional)]
    pace: Option<Memo<Option<bool>>>,
) -> impl IntoView {
    let store = use_store();
    let now = store.now;
    let beat = Memo::new(move |_| {
        store
            .state
            .with(|s| s.session.as_ref().and_then(|x| x.beat(now.get())))
    });
    let secs = Memo::new(move |_| beat.get().map_or(0, |b| b.secs));
    let kind = Memo::new(move |_| beat.get().map(|b| b.kind));
    let paused = store.select(|s| s.session.as_ref().is_some_and(|x| x.is_paused()));
    // Changes exactly when the digits do: ticks land on the turn of a second.
    let offset = Memo::new(move |_| {
        let progress = beat.get().map_or(0.0, |b| b.progress);
        format!("{:.1}", RING * progress.clamp(0.0, 1.0))
    });
    // Read by screen readers: how many seconds are left, and of what.
    let label = move || {
        let key = match kind.get() {
            Some(BeatKind::Pass) => {
                msg("{n} second left in this pass|{n} seconds left in this pass")
            }
            Some(BeatKind::Hold) => {
                msg("{n} second left in this hold|{n} seconds left in this hold")
            }
            Some(BeatKind::BreatheIn) => {
                msg("{n} second left breathing in|{n} seconds left breathing in")
            }
            Some(BeatKind::BreatheOut) => {
                msg("{n} second left breathing out|{n} seconds left breathing out")
            }
            _ => msg("{n} second left|{n} seconds left"),
        };
        tn(key, i64::try_from(secs.get()).unwrap_or(i64::MAX), &[])
    };
    view! {
        <div
            class="big-number"
            class:big-number--hold=move || kind.get() == Some(BeatKind::Hold)
            class:big-number--paused=move || paused.get()
        >
            {pace.map(|phase| view! { <PacerCircle phase /> })}
            <svg class="big-number__ring" viewBox="0 0 120 120" aria-hidden="true">
                <circle class="big-number__track" cx="60" cy="60" r="52" />
                <circle
                    class="big-number__fill countdown__fill"
                    cx="60"
                    cy="60"
                    r="52"
                    stroke-dasharray=RING.to_string()
                    stroke-dashoffset=offset
                />
            </svg>
            <span class="big-number__digits countdown__number" role="timer" aria-label=label>
                {move || secs.get()}
            </span>
        </div>
    }
}
