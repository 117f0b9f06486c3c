//! The drawings that teach each position: one body (`body`), placed on the roller for
//! each muscle (`table`), at the start and at the end of a pass (`solve`).
//!
//! Seen from the side, drawn for the left side with the head towards small `x`; the
//! right side is the mirror image. The roller stays on the floor and the body travels
//! over it, the way it does on a real roller. Each pose carries the checklist it was
//! drawn against (what supports the body, what the roller is under, which way the body
//! faces), and the tests check the geometry against it. Plain data; `ui::illustration`
//! only draws it.

pub mod body;
mod checklist;
mod solve;
mod spec;
mod table;

pub use body::{Bone, Joint, Layer, Part, Skeleton, BONES, HEAD_R, NECK};
pub use checklist::{Checklist, Facing, Segment, Support};
pub(crate) use spec::{Angles, Reach, Rest, Spec};

use super::pen::fmt;
use super::{Point, Rect};
use crate::routine::Position;
use crate::zone::{Side, Zone};

/// The top of the floor.
pub const FLOOR_Y: f32 = 138.0;
/// The roller's radius; it rests on the floor.
pub const ROLLER_R: f32 = 11.0;

/// What the body is doing in a drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoseKind {
    ItBand,
    UpperBack,
    Quads,
    HipFlexors,
    Hamstrings,
    Calves,
    Glutes,
    Lats,
    /// The breathing finish: no roller.
    Breathing,
}

impl PoseKind {
    /// Every drawing.
    pub const ALL: [PoseKind; 9] = [
        PoseKind::ItBand,
        PoseKind::UpperBack,
        PoseKind::Quads,
        PoseKind::HipFlexors,
        PoseKind::Hamstrings,
        PoseKind::Calves,
        PoseKind::Glutes,
        PoseKind::Lats,
        PoseKind::Breathing,
    ];

    /// The drawing of the muscle being rolled; `None` for the lower back.
    pub fn of_zone(zone: Zone) -> Option<PoseKind> {
        Some(match zone {
            Zone::ItBandLeft | Zone::ItBandRight => PoseKind::ItBand,
            Zone::UpperBack | Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
                PoseKind::UpperBack
            }
            Zone::QuadLeft | Zone::QuadRight => PoseKind::Quads,
            Zone::HipFlexorLeft | Zone::HipFlexorRight => PoseKind::HipFlexors,
            Zone::HamstringsLeft | Zone::HamstringsRight => PoseKind::Hamstrings,
            Zone::CalvesLeft | Zone::CalvesRight => PoseKind::Calves,
            Zone::GlutesLeft | Zone::GlutesRight => PoseKind::Glutes,
            Zone::LatsLeft | Zone::LatsRight => PoseKind::Lats,
            Zone::LowerBack => return None,
        })
    }

    /// The drawing of a position's set-up: the first muscle rolled in it.
    pub fn of_position(position: Position) -> PoseKind {
        match position {
            Position::SidePlank(_) => PoseKind::ItBand,
            Position::FaceUp => PoseKind::UpperBack,
            Position::SeatedGlute(_) => PoseKind::Glutes,
            Position::SeatedLeg(_) => PoseKind::Hamstrings,
            Position::Prone(_) => PoseKind::Quads,
            Position::SideLying(_) => PoseKind::Lats,
        }
    }

    /// A short key for CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            PoseKind::ItBand => "it-band",
            PoseKind::UpperBack => "upper-back",
            PoseKind::Quads => "quads",
            PoseKind::HipFlexors => "hip-flexors",
            PoseKind::Hamstrings => "hamstrings",
            PoseKind::Calves => "calves",
            PoseKind::Glutes => "glutes",
            PoseKind::Lats => "lats",
            PoseKind::Breathing => "breathing",
        }
    }
}

/// Whether a side's drawing is the mirror image (the right side).
pub fn mirrored(side: Option<Side>) -> bool {
    side == Some(Side::Right)
}

/// Where a bone is: its first joint and its direction in degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub at: Point,
    pub deg: f32,
}

impl Placement {
    /// As a CSS transform in the drawing's units.
    pub fn css(&self) -> String {
        format!(
            "translate({}px,{}px) rotate({}deg)",
            fmt(self.at.x),
            fmt(self.at.y),
            fmt(self.deg)
        )
    }
}

/// A bone at the start and at the end of a pass.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub bone: Bone,
    pub start: Placement,
    pub end: Placement,
}

/// A whole drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Pose {
    pub kind: PoseKind,
    pub checklist: Checklist,
    /// The body at the start of a pass and at its end (the same for a still pose).
    pub start: Skeleton,
    pub end: Skeleton,
    /// The roller's centre; it stays there.
    pub roller: Option<Point>,
    /// Where along the roller's segment a pass starts and ends.
    pub pass: (f32, f32),
    /// Where the face looks, in degrees from the neck's direction; `None`: at the viewer.
    pub face: Option<f32>,
    /// What the picture shows: the body at both ends of a pass, the roller and the floor.
    pub view: Rect,
}

/// The drawing of a pose, for the left side.
pub fn pose(kind: PoseKind) -> Pose {
    let spec = table::spec(kind);
    let start = solve::place(&spec, false);
    let end = solve::place(&spec, true);
    let roller = spec.checklist.roller_under.map(|_| solve::ROLLER_AT);
    let face = spec.angles.face.map(|deg| {
        // Built with the neck's direction; the turn of the body since then is shared.
        deg - spec.angles.neck
    });
    let view = view_of(&[&start, &end], roller);
    Pose {
        kind,
        checklist: spec.checklist,
        start,
        end,
        roller,
        pass: spec.pass,
        face,
        view,
    }
}

fn angle_deg(from: Point, to: Point) -> f32 {
    (to.y - from.y).atan2(to.x - from.x).to_degrees()
}

impl Pose {
    /// Whether the body moves during a pass.
    pub fn moves(&self) -> bool {
        self.start != self.end
    }

    /// Every drawn bone (the hidden shoulder link left out), in painting order.
    pub fn bones(&self) -> Vec<Placed> {
        BONES
            .iter()
            .filter(|b| b.width > 0.0)
            .map(|b| {
                let start = Placement {
                    at: self.start[b.from],
                    deg: angle_deg(self.start[b.from], self.start[b.to]),
                };
                let mut end_deg = angle_deg(self.end[b.from], self.end[b.to]);
                // The short way round, so a bone never spins.
                while end_deg - start.deg > 180.0 {
                    end_deg -= 360.0;
                }
                while end_deg - start.deg < -180.0 {
                    end_deg += 360.0;
                }
                Placed {
                    bone: *b,
                    start,
                    end: Placement {
                        at: self.end[b.from],
                        deg: end_deg,
                    },
                }
            })
            .collect()
    }

    /// How far the roller turns in a pass, in degrees: the body's travel over it.
    pub fn roller_turn(&self) -> f32 {
        let travel = self.end[Joint::Hip].x - self.start[Joint::Hip].x;
        -(travel / ROLLER_R).to_degrees()
    }

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        let v = self.view;
        format!(
            "{} {} {} {}",
            fmt(v.x),
            fmt(v.y),
            fmt(v.width),
            fmt(v.height)
        )
    }
}

/// The smallest box around the body at every moment of a pass, the roller and a strip
/// of floor, with a little room.
fn view_of(bodies: &[&Skeleton], roller: Option<Point>) -> Rect {
    let pad = 6.0;
    let (mut x0, mut y0, mut x1) = (f32::MAX, f32::MAX, f32::MIN);
    for s in bodies {
        for b in BONES.iter() {
            for j in [b.from, b.to] {
                let r = if j == Joint::Head {
                    HEAD_R
                } else {
                    b.width / 2.0
                };
                x0 = x0.min(s[j].x - r);
                x1 = x1.max(s[j].x + r);
                y0 = y0.min(s[j].y - r);
            }
        }
    }
    if let Some(c) = roller {
        x0 = x0.min(c.x - ROLLER_R);
        x1 = x1.max(c.x + ROLLER_R);
    }
    let (x0, y0, x1) = ((x0 - pad).floor(), (y0 - pad).floor(), (x1 + pad).ceil());
    Rect {
        x: x0,
        y: y0,
        width: x1 - x0,
        height: FLOOR_Y + 4.0 - y0,
    }
}

#[cfg(test)]
mod tests;
