//! The illustrated body diagram: the figure from the front and from behind with every
//! zone as a button, plus what a session or the knot map draws over it.
//!
//! All geometry comes from `domain::geometry`; this file only turns it into SVG.

mod figure;
mod glow;
mod overlays;
mod zone;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::domain::geometry::VIEW_BOX;
use crate::domain::zone::Zone;

use crate::ui::i18n::t;
use figure::{Cautions, Figure, Legend};
use glow::GlowLayer;
use overlays::{Heat, Roller, Spots};
use zone::ZoneButton;

// Static markup set through inner_html: the view macro wraps each child of a
// <pattern> or <radialGradient> in a <g>, and a <stop> inside a <g> is ignored.
const HATCH: &str = r#"<rect class="body-diagram__hatch-back" width="6" height="6"/><line class="body-diagram__hatch-line" x1="1" y1="0" x2="1" y2="6"/>"#;
const HEAT_STOPS: &str = r#"<stop class="body-diagram__heat-stop" offset="0" stop-opacity="0.9"/><stop class="body-diagram__heat-stop" offset="0.55" stop-opacity="0.45"/><stop class="body-diagram__heat-stop" offset="1" stop-opacity="0"/>"#;

/// Each diagram gets its own id prefix so two on one page never share pattern ids.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// The body diagram. Interactive by default: every zone is a toggle button.
#[component]
pub fn BodyDiagram(
    /// Zones picked for today's routine: drawn solid and announced as pressed.
    #[prop(into)]
    selected: Signal<Vec<Zone>>,
    /// Called with the zone the person taps or presses Enter/Space on. Also called for
    /// `Zone::LowerBack`, so the caller can explain why it is never rolled.
    #[prop(into)]
    on_toggle: Callback<Zone>,
    /// The zone being rolled now: it glows and carries the roller marker.
    #[prop(optional, into)]
    active: Signal<Option<Zone>>,
    /// Where the roller is along the active zone's path, 0 (start) to 1 (end).
    #[prop(optional, into)]
    roller: Signal<Option<f32>>,
    /// Hot spots to mark with a dot: (zone, position along its path).
    #[prop(optional, into)]
    hot_spots: Signal<Vec<(Zone, f32)>>,
    /// Knot-map heat: (zone, position, intensity 0..1), drawn as soft glows.
    #[prop(optional, into)]
    heat: Signal<Vec<(Zone, f32, f32)>>,
    /// `true` (the default): zones are buttons. `false`: a picture, zones are labelled images.
    #[prop(default = true)]
    interactive: bool,
    /// The figure's accessible name (a sensible default per mode).
    #[prop(optional, into)]
    label: Option<String>,
) -> impl IntoView {
    let id = format!("bd{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let label = label.unwrap_or_else(|| {
        if interactive {
            t("Body diagram: pick the zones to roll")
        } else {
            t("Body diagram")
        }
    });
    let zones = Zone::ALL
        .into_iter()
        .map(|zone| view! { <ZoneButton zone selected active on_toggle interactive /> })
        .collect_view();

    view! {
        <svg
            class="body-diagram"
            class:body-diagram--interactive=interactive
            viewBox=VIEW_BOX
            role=if interactive { "group" } else { "img" }
            aria-label=label
            // Through CSSOM (style:), which the strict CSP allows, unlike a style attribute.
            style:--bd-hatch=format!("url(#{id}-hatch)")
        >
            <defs>
                <pattern
                    id=format!("{id}-hatch")
                    patternUnits="userSpaceOnUse"
                    width="6"
                    height="6"
                    patternTransform="rotate(45)"
                    inner_html=HATCH
                />
                <radialGradient id=format!("{id}-heat") inner_html=HEAT_STOPS />
            </defs>
            <Figure />
            <g class="body-diagram__zones">{zones}</g>
            <Cautions />
            <Heat heat gradient=format!("url(#{id}-heat)") />
            <Spots hot_spots />
            <Roller active roller />
        </svg>
        <GlowLayer active id=id.clone() />
        // The picker explains its marks; a picture (player, knot map) stays lean.
        {interactive.then(|| view! { <Legend /> })}
    }
}
