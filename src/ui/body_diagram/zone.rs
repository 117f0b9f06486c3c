//! One zone of the body diagram: a toggle button, or a labelled picture.

use leptos::prelude::*;

use crate::ui::i18n::t;

use crate::domain::geometry::{roll_path, zone_shape};
use crate::domain::zone::Zone;

/// A zone drawn over the figure.
#[component]
pub(super) fn ZoneButton(
    /// Which zone.
    zone: Zone,
    /// The picked zones (this one is drawn solid when picked).
    selected: Signal<Vec<Zone>>,
    /// The zone being rolled (its route shows; the glow is `GlowLayer`'s).
    active: Signal<Option<Zone>>,
    /// Called on click, Enter or Space.
    on_toggle: Callback<Zone>,
    /// Whether the zone is a button at all.
    interactive: bool,
) -> impl IntoView {
    let shape = zone_shape(zone);
    let route = roll_path(zone).map(|p| p.d());
    let is_selected = move || selected.with(|s| s.contains(&zone));
    let is_active = move || active.get() == Some(zone);
    let no_roll = !zone.rollable();
    let class = format!("body-diagram__zone body-diagram__zone--{}", zone.key());
    // Only rollable zones are toggles; the lower back opens an explanation instead.
    let pressed = move || (interactive && !no_roll).then(|| is_selected().to_string());
    let badge = no_roll.then(|| {
        let at = shape.label_at;
        view! {
            <circle class="body-diagram__no-entry" cx=at.x cy=at.y r="8" />
            <rect class="body-diagram__no-entry-bar" x=at.x - 5.0 y=at.y - 1.5 width="10" height="3" rx="1" />
        }
    });
    view! {
        <g
            class=class
            class:is-selected=is_selected
            class:is-active=is_active
            class:is-no-roll=no_roll
            role=if interactive { "button" } else { "img" }
            tabindex=interactive.then_some("0")
            aria-label=t(zone.label())
            aria-pressed=pressed
            on:click=move |_| {
                if interactive {
                    on_toggle.run(zone);
                }
            }
            on:keydown=move |ev| {
                if interactive && matches!(ev.key().as_str(), "Enter" | " " | "Spacebar") {
                    // Keep Space from scrolling the page or reaching the player's shortcuts.
                    ev.prevent_default();
                    ev.stop_propagation();
                    on_toggle.run(zone);
                }
            }
        >
            <title>{t(zone.label())}</title>
            // The invisible tap target: at least 48 units a side, apart from its neighbours.
            <rect
                class="body-diagram__hit"
                x=shape.hit.x
                y=shape.hit.y
                width=shape.hit.width
                height=shape.hit.height
                rx="6"
            />
            <path class="body-diagram__shape" d=shape.path.clone() />
            {route.map(|d| view! { <path class="body-diagram__route" d=d /> })}
            {badge}
        </g>
    }
}
