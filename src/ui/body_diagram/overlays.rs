//! What is drawn over the zones: knot-map heat, hot-spot dots and the roller.

use leptos::prelude::*;

use crate::domain::geometry::{roll_path, roller_length};
use crate::domain::zone::Zone;

/// Soft glows, bigger and stronger where hot spots recur more.
#[component]
pub(super) fn Heat(
    /// (zone, position, intensity 0..1).
    heat: Signal<Vec<(Zone, f32, f32)>>,
    /// `url(#…)` of the radial gradient to fill the glows with.
    gradient: String,
) -> impl IntoView {
    view! {
        <g class="body-diagram__heat" aria-hidden="true">
            {move || {
                let gradient = gradient.clone();
                heat.get()
                    .into_iter()
                    .enumerate()
                    .filter_map(|(rank, (zone, position, intensity))| {
                        let at = roll_path(zone)?.point_at(position);
                        let i = intensity.clamp(0.0, 1.0);
                        // The rank matches the numbered list beside the knot map.
                        let (bx, by) = (at.x + 13.0, at.y - 13.0);
                        Some(view! {
                            <circle
                                class="body-diagram__heat-glow"
                                cx=at.x
                                cy=at.y
                                r=14.0 + 20.0 * i
                                fill=gradient.clone()
                                opacity=0.5 + 0.5 * i
                            />
                            <circle class="body-diagram__heat-core" cx=at.x cy=at.y r=3.0 + 2.5 * i />
                            <circle class="body-diagram__heat-badge" cx=bx cy=by r="7.5" />
                            <text class="body-diagram__heat-rank" x=bx y=by + 3.5>
                                {rank + 1}
                            </text>
                        })
                    })
                    .collect_view()
            }}
        </g>
    }
}

/// A dot where each hot spot was found.
#[component]
pub(super) fn Spots(
    /// (zone, position).
    hot_spots: Signal<Vec<(Zone, f32)>>,
) -> impl IntoView {
    view! {
        <g class="body-diagram__spots" aria-hidden="true">
            {move || {
                hot_spots
                    .get()
                    .into_iter()
                    .filter_map(|(zone, position)| {
                        let at = roll_path(zone)?.point_at(position);
                        Some(view! {
                            <circle class="body-diagram__spot-ring" cx=at.x cy=at.y r="10" />
                            <circle class="body-diagram__spot" cx=at.x cy=at.y r="6" />
                        })
                    })
                    .collect_view()
            }}
        </g>
    }
}

/// The foam roller, lying across the active zone's path at the current position.
#[component]
pub(super) fn Roller(
    /// The zone being rolled.
    active: Signal<Option<Zone>>,
    /// Position along its path.
    roller: Signal<Option<f32>>,
) -> impl IntoView {
    // Moved with a CSS transform only, so the browser can animate it on the compositor.
    let placement = Memo::new(move |_| {
        let zone = active.get()?;
        let t = roller.get()?;
        let path = roll_path(zone)?;
        let at = path.point_at(t);
        Some((zone, at.x, at.y, path.roller_angle_at(t)))
    });
    move || {
        placement.get().map(|(zone, x, y, angle)| {
            let len = roller_length(zone);
            let ridges = (1..)
                .map(|i| -len / 2.0 + 6.0 * i as f32)
                .take_while(|x| *x < len / 2.0 - 4.0)
                .map(|x| view! { <line class="body-diagram__roller-ridge" x1=x y1="-4" x2=x y2="4" /> })
                .collect_view();
            view! {
                <g
                    class="body-diagram__roller"
                    aria-hidden="true"
                    style:transform=format!("translate({x:.1}px, {y:.1}px) rotate({angle:.1}deg)")
                >
                    <rect class="body-diagram__roller-body" x=-len / 2.0 y="-7" width=len height="14" rx="7" />
                    {ridges}
                </g>
            }
        })
    }
}
