//! The drawings that teach each position: the body moves over a roller that stays on
//! the floor, at the person's own pass pace, and stands still (with its arrow) when the
//! device asks for less motion or `Animate drawings` is off.
//!
//! Each bone is one group whose CSS transform goes from its place at the start of a pass
//! to its place at the end (`--from`, `--to`): transforms only, so the compositor does
//! the moving and the page does nothing per frame.

mod tilt;

use leptos::prelude::*;

use crate::domain::content::pose_text_in;
use crate::domain::geometry::pose;
use crate::domain::geometry::poses::{
    mirrored, Joint, Layer, Placed, Pose, PoseKind, FLOOR_Y, HEAD_R, NECK, ROLLER_R,
};
use crate::domain::zone::Side;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::store::use_store;

/// Where a pass is, for a drawing that moves in step with the pass clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InStep {
    /// From the pass's start to its end (false: on the way back).
    pub outward: bool,
    /// How much of the pass has gone by, 0 to 1.
    pub elapsed: f32,
}

/// A drawing of a pose, with its description as the accessible name.
#[component]
pub fn PosePicture(
    /// What the body is doing.
    kind: PoseKind,
    /// Which side; the right side is the mirror image.
    side: Option<Side>,
    /// For a shoulder blade: the upper back tipped onto that side.
    #[prop(optional)]
    tilt: Option<Side>,
    /// How long one pass takes: the drawing rolls at that pace.
    pass_ms: u64,
    /// Moves once through the current pass, in step with its clock, instead of to and fro.
    #[prop(optional)]
    in_step: Option<InStep>,
) -> impl IntoView {
    let store = use_store();
    let animate = store.select(|s| s.settings.animate_drawings);
    let drawing = pose(kind);
    let label = match tilt {
        Some(side) => format!(
            "{} {}",
            with_catalogue(|c| pose_text_in(kind, None, c)),
            tf(
                "Tilted a little onto the {side} shoulder blade.",
                &[("side", &t(side.word()))]
            )
        ),
        None => with_catalogue(|c| pose_text_in(kind, side, c)),
    };
    let v = drawing.view;
    let flip = mirrored(side).then(|| format!("matrix(-1 0 0 1 {} 0)", 2.0 * v.x + v.width));
    let moves = drawing.moves();
    let class = move || {
        let mut c = format!("pose pose--{}", kind.key());
        if moves && animate.get() {
            c.push_str(if in_step.is_some() {
                " pose--in-step"
            } else {
                " pose--moving"
            });
        }
        c
    };
    let (delay, direction) = match in_step {
        Some(s) => (
            format!("{}ms", -(s.elapsed * pass_ms as f32).round()),
            if s.outward { "normal" } else { "reverse" },
        ),
        None => ("0ms".to_owned(), "alternate"),
    };
    let aspect = format!("{:.3}", v.width / v.height);
    let body = drawing
        .bones()
        .into_iter()
        .map(|placed| bone_view(&drawing, placed))
        .collect_view();
    let roller = drawing.roller.map(|c| {
        let turn = format!("{:.0}deg", drawing.roller_turn());
        view! {
            <circle class="pose__roller-body" cx=c.x cy=c.y r=ROLLER_R />
            <g class="pose__roller-turn" style:--turn=turn>
                <circle class="pose__roller-end" cx=c.x cy=c.y r="4.5" />
                <line class="pose__roller-mark" x1=c.x - 7.5 y1=c.y x2=c.x + 7.5 y2=c.y />
                <line class="pose__roller-mark" x1=c.x y1=c.y - 7.5 x2=c.x y2=c.y + 7.5 />
            </g>
        }
    });
    let in_step_view = in_step.is_some();
    view! {
        <figure
            class=class
            data-pose=kind.key()
            style:--pass-ms=format!("{pass_ms}ms")
            style:--pass-delay=delay
            style:--pass-direction=direction
            style:--pose-aspect=aspect
        >
            <svg
                class="pose__svg"
                viewBox=drawing.view_box()
                role=(!in_step_view).then_some("img")
                aria-label=(!in_step_view).then(|| label.clone())
                aria-hidden=in_step_view.then_some("true")
            >
                <g transform=flip>
                    <rect class="pose__floor" x=v.x y=FLOOR_Y width=v.width height="3" rx="1.5" />
                    {roller}
                    <g class="pose__body">{body}</g>
                    {target_view(&drawing)}
                </g>
            </svg>
            {tilt.map(|side| view! { <tilt::TiltInset side /> })}
            // The drawing carries the same words as its name; read them once.
            <figcaption class="pose__caption" aria-hidden="true">{label}</figcaption>
        </figure>
    }
}

/// One bone: its stroke, and what rides on it (the head, the shorts, the muscle being
/// rolled and the arrow along it).
fn bone_view(drawing: &Pose, placed: Placed) -> impl IntoView {
    let b = placed.bone;
    let class = match b.layer {
        Layer::Far => "pose__limb pose__limb--far",
        Layer::Trunk => "pose__limb pose__limb--trunk",
        Layer::Cloth => "pose__limb pose__limb--cloth",
        Layer::Near => "pose__limb",
    };
    let head = (b.to == Joint::Head).then(|| {
        let nose = drawing.face.map(|deg| {
            let r = deg.to_radians();
            view! {
                <circle class="pose__face" cx=NECK + (HEAD_R + 1.0) * r.cos() cy=(HEAD_R + 1.0) * r.sin() r="3.5" />
            }
        });
        view! {
            {nose}
            <circle class="pose__head" cx=NECK cy="0" r=HEAD_R />
        }
    });
    let shorts = (b.from == Joint::Hip).then(|| {
        view! { <line class="pose__limb pose__limb--cloth" x1="0" y1="0" x2=b.length * 0.2 y2="0" stroke-width=b.width + 2.0 /> }
    });
    view! {
        <g class="pose__bone" style:--from=placed.start.css() style:--to=placed.end.css()>
            <line class=class x1="0" y1="0" x2=b.length y2="0" stroke-width=b.width />
            {shorts}
            {head}
        </g>
    }
}

/// The muscle being rolled and the arrow along it, from where a pass starts to where it
/// ends: drawn over the whole body (no arm hides it) and moved with the bone under it.
fn target_view(drawing: &Pose) -> Option<impl IntoView> {
    let t = drawing.checklist.roller_under?.bone();
    let placed = drawing
        .bones()
        .into_iter()
        .find(|p| (p.bone.from, p.bone.to) == (t.from, t.to))?;
    // The roller's side of the bone, in the bone's own frame.
    let down = roller_side(drawing, &placed);
    let (from, to) = (t.length * drawing.pass.0, t.length * drawing.pass.1);
    let band = down * (t.width / 2.0 - 3.0);
    let arrow = -down * (t.width / 2.0 + 5.0);
    let head = format!(
        "M {to} {arrow} L {} {} L {} {} Z",
        to - 7.0,
        arrow - 4.5,
        to - 7.0,
        arrow + 4.5
    );
    Some(view! {
        <g class="pose__bone" style:--from=placed.start.css() style:--to=placed.end.css()>
            <line class="pose__target" x1=from y1=band x2=to y2=band />
            <line class="pose__arrow" x1=from y1=arrow x2=to - 5.0 y2=arrow />
            <path class="pose__arrow-head" d=head />
        </g>
    })
}

/// +1 when the roller lies on the bone's local `+y` side at the start of a pass.
fn roller_side(drawing: &Pose, placed: &Placed) -> f32 {
    let Some(c) = drawing.roller else { return 1.0 };
    let r = placed.start.deg.to_radians();
    let (dx, dy) = (c.x - placed.start.at.x, c.y - placed.start.at.y);
    // Local +y is the bone's direction turned a quarter clockwise (y points down).
    if -r.sin() * dx + r.cos() * dy >= 0.0 {
        1.0
    } else {
        -1.0
    }
}

/// The drawing that goes with a card's position or zone, at the session's pace.
pub fn pass_ms_for(zone: Option<crate::domain::zone::Zone>) -> u64 {
    let store = use_store();
    store.state.with_untracked(|s| {
        let settings = s.session.as_ref().map_or(&s.settings, |x| &x.settings);
        match zone {
            Some(zone) => settings.for_zone(zone).pass_ms(),
            None => settings.pass_ms(),
        }
    })
}
