//! The glow around the zone being rolled, on an HTML layer of its own.
//!
//! It breathes (its opacity rises and falls) for as long as the zone is rolled. Drawn
//! inside the diagram's SVG, the animation repainted the figure every frame on the main
//! thread; here the layer is drawn once, blurred once, and only its opacity changes, which
//! the compositor animates alone (`style/body-diagram.css`). The layer is the diagram's
//! sibling with the same view box; the player stacks every child of its picture box over
//! the same rectangle, so the two line up exactly.

use leptos::prelude::*;

use crate::domain::geometry::{zone_shape, VIEW_BOX};
use crate::domain::zone::Zone;

/// The glow around `active`'s outline, nothing while no zone is rolled.
#[component]
pub(super) fn GlowLayer(
    /// The zone being rolled.
    active: Signal<Option<Zone>>,
    /// The diagram's id prefix, so the mask id is unique on the page.
    id: String,
) -> impl IntoView {
    let mask = format!("{id}-glow-mask");
    move || {
        active.get().map(|zone| {
            let d = zone_shape(zone).path;
            let mask = mask.clone();
            view! {
                <div class="body-diagram-glow" aria-hidden="true">
                    <svg viewBox=VIEW_BOX focusable="false">
                        // Only the halo outside the outline shows, as when the zone's own
                        // fill covered the glow's inner half.
                        <mask id=mask.clone() maskUnits="userSpaceOnUse" x="-50" y="-80" width="500" height="540">
                            <rect x="-50" y="-80" width="500" height="540" fill="white" />
                            <path d=d.clone() fill="black" />
                        </mask>
                        <path class="body-diagram__glow" d=d mask=format!("url(#{mask})") />
                    </svg>
                </div>
            }
        })
    }
}
