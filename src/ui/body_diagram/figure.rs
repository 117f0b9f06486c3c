//! The static drawing under the zones: panels with captions, the two views of the
//! figure, and the "roll around, not on" marks.

use leptos::prelude::*;

use crate::domain::geometry::{cautions, figure_parts, panels};
use crate::ui::i18n::t;

/// Panels, captions, side letters and the figure itself (decoration: the zone buttons
/// and the legend carry the meaning).
#[component]
pub(super) fn Figure() -> impl IntoView {
    let panel_views = panels()
        .into_iter()
        .map(|p| {
            let sides = p
                .sides
                .iter()
                .map(|(text, at)| {
                    view! {
                        <text class="body-diagram__side" x=at.x y=at.y>
                            {t(text)}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <rect class="body-diagram__panel" x=p.x y=p.y width=p.width height=p.height rx=p.radius />
                <text class="body-diagram__caption" x=p.caption_at.x y=p.caption_at.y>
                    {t(p.caption)}
                </text>
                {sides}
            }
        })
        .collect_view();
    let parts = figure_parts()
        .into_iter()
        .map(|part| {
            let class = format!(
                "body-diagram__part body-diagram__part--{}",
                part.kind.class()
            );
            view! { <path class=class d=part.d /> }
        })
        .collect_view();
    view! {
        <g class="body-diagram__figure" aria-hidden="true">
            {panel_views}
            {parts}
        </g>
    }
}

/// Dashed rings where the roller must go around, not over: hip bones, knees, neck.
#[component]
pub(super) fn Cautions() -> impl IntoView {
    let marks = cautions()
        .into_iter()
        .map(|c| {
            view! {
                <circle class="body-diagram__caution" cx=c.at.x cy=c.at.y r="5.5" />
            }
        })
        .collect_view();
    view! { <g class="body-diagram__cautions" aria-hidden="true">{marks}</g> }
}

/// What the marks mean, in words a screen reader reads too.
#[component]
pub(super) fn Legend() -> impl IntoView {
    view! {
        <ul class="body-diagram-legend">
            <li class="body-diagram-legend__item">
                <span class="body-diagram-legend__swatch body-diagram-legend__swatch--zone" aria-hidden="true"></span>
                {t("Tap to pick")}
            </li>
            <li class="body-diagram-legend__item">
                <span class="body-diagram-legend__swatch body-diagram-legend__swatch--no-roll" aria-hidden="true"></span>
                {t("Never roll: lower back")}
            </li>
            <li class="body-diagram-legend__item">
                <span class="body-diagram-legend__swatch body-diagram-legend__swatch--caution" aria-hidden="true"></span>
                {t("Roll around, not on: front of the hip bone, back of the knee, neck")}
            </li>
        </ul>
    }
}
