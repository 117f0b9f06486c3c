//! Set-up drawings: how to lie on the roller for each position, in one style, with the
//! roller travelling along the muscle when motion is allowed.

mod tilt;

use leptos::prelude::*;

use crate::domain::content::position_text_in;
use crate::domain::geometry::pose;
use crate::domain::geometry::poses::{
    mirrored, stroke_d, Limb, FLOOR_Y, HEAD_R, POSE_VIEW_BOX, POSE_WIDTH, ROLLER_R,
};
use crate::domain::routine::Position;
use crate::domain::zone::{Side, Zone};
use crate::ui::i18n::{t, tf, with_catalogue};

/// A drawing of the position, with its description as the accessible name and caption.
#[component]
pub fn PositionPicture(
    /// Which position to draw.
    position: Position,
    /// The zone about to be rolled, when known: a shoulder-blade zone draws the tilt.
    #[prop(optional)]
    zone: Option<Zone>,
) -> impl IntoView {
    let tilt = match zone {
        Some(Zone::ShoulderBladeLeft) => Some(Side::Left),
        Some(Zone::ShoulderBladeRight) => Some(Side::Right),
        _ => None,
    };
    let label = match tilt {
        Some(side) => format!(
            "{} {}",
            with_catalogue(|c| position_text_in(position, c)),
            tf(
                "Tilted a little onto the {side} shoulder blade.",
                &[("side", &t(side.word()))]
            )
        ),
        None => with_catalogue(|c| position_text_in(position, c)),
    };
    let drawing = pose(position, tilt);
    let flip = mirrored(position).then(|| format!("translate({POSE_WIDTH} 0) scale(-1 1)"));
    let roller = drawing.roller();
    let (from, to) = drawing.arrow();
    let head_dir = if to.x > from.x { 1.0 } else { -1.0 };
    let arrow_head = format!(
        "M {} {} L {} {} L {} {} Z",
        to.x,
        to.y,
        to.x - 7.0 * head_dir,
        to.y - 4.5,
        to.x - 7.0 * head_dir,
        to.y + 4.5
    );
    let strokes = drawing
        .strokes
        .iter()
        .map(|s| {
            let class = match s.limb {
                Limb::Far => "pose__limb pose__limb--far",
                Limb::Trunk => "pose__limb pose__limb--trunk",
                Limb::Cloth => "pose__limb pose__limb--cloth",
                Limb::Near => "pose__limb",
            };
            view! { <path class=class d=stroke_d(s) stroke-width=s.width /> }
        })
        .collect_view();
    let target = drawing
        .target
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{} {}", if i == 0 { "M " } else { " L " }, p.x, p.y))
        .collect::<String>();
    let key = position.key();
    view! {
        <figure class=format!("pose pose--{key}") data-position=key>
            <svg class="pose__svg" viewBox=POSE_VIEW_BOX role="img" aria-label=label.clone()>
                <g transform=flip>
                    <rect class="pose__floor" x="4" y=FLOOR_Y width=POSE_WIDTH - 8.0 height="3" rx="1.5" />
                    <g class="pose__roller" style:--travel=format!("{}px", drawing.travel)>
                        <circle class="pose__roller-body" cx=roller.x cy=roller.y r=ROLLER_R />
                        <circle class="pose__roller-end" cx=roller.x cy=roller.y r="4" />
                    </g>
                    {strokes}
                    <circle class="pose__head" cx=drawing.head.x cy=drawing.head.y r=HEAD_R />
                    <path class="pose__target" d=target />
                    <line class="pose__arrow" x1=from.x y1=from.y x2=to.x - 5.0 * head_dir y2=to.y />
                    <path class="pose__arrow-head" d=arrow_head />
                </g>
                {drawing.tilt.map(|side| view! { <tilt::TiltInset side /> })}
            </svg>
            // The drawing carries the same words as its name; read them once.
            <figcaption class="pose__caption" aria-hidden="true">{label}</figcaption>
        </figure>
    }
}
