//! The set-up drawings: a person in proportion, seen from the side, in each position,
//! the roller under the right muscle and the way it travels.
//!
//! One style for every position: limbs and trunk are thick rounded strokes between
//! joints, the head a circle, the roller seen end-on (it lies across the body). Each
//! pose is drawn for the left side with the head towards small `x`; the right side is
//! the mirror image. Plain data with native tests; `ui::illustration` only draws it.

use super::Point;
use crate::routine::Position;
use crate::zone::Side;

/// The drawings' `viewBox`.
/// The top 30 units hold nothing but the seated head, so they are left out.
pub const POSE_VIEW_BOX: &str = "0 30 300 122";
/// Width of the drawing, for mirroring.
pub const POSE_WIDTH: f32 = 300.0;
/// The top of the floor.
pub const FLOOR_Y: f32 = 138.0;
/// The roller's radius; it rests on the floor.
pub const ROLLER_R: f32 = 11.0;
/// Where the rolling arrow runs, just under the floor.
pub const ARROW_Y: f32 = 148.0;

/// What a stroke is, which decides its colour and its place in the painting order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limb {
    /// The far arm or leg, in shadow.
    Far,
    /// The trunk.
    Trunk,
    /// Shorts over the hips.
    Cloth,
    /// The near arm or leg.
    Near,
}

/// One thick rounded stroke through joints.
#[derive(Clone, Debug, PartialEq)]
pub struct Stroke {
    pub limb: Limb,
    pub joints: Vec<Point>,
    pub width: f32,
}

/// A whole drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Pose {
    /// In painting order: far limbs, trunk, shorts, near limbs.
    pub strokes: Vec<Stroke>,
    pub head: Point,
    /// The roller's centre at the start of a pass (it rests on the floor).
    pub roller_x: f32,
    /// How far the roller travels along the floor in one pass (negative: towards the head).
    pub travel: f32,
    /// The muscle being rolled, drawn as a band along the body where it meets the roller.
    pub target: Vec<Point>,
    /// For a tilt: an inset seen from the feet, the trunk tipped towards that side.
    pub tilt: Option<Side>,
}

impl Pose {
    /// The roller's centre at the start of a pass.
    pub fn roller(&self) -> Point {
        Point::new(self.roller_x, FLOOR_Y - ROLLER_R)
    }

    /// The rolling arrow under the floor: from the start of a pass to its end.
    pub fn arrow(&self) -> (Point, Point) {
        (
            Point::new(self.roller_x, ARROW_Y),
            Point::new(self.roller_x + self.travel, ARROW_Y),
        )
    }
}

/// Whether a position is drawn mirrored (the right side of a one-sided position).
pub fn mirrored(position: Position) -> bool {
    position.side() == Some(Side::Right)
}

/// The head's radius.
pub const HEAD_R: f32 = 11.0;

/// SVG path data through a stroke's joints.
pub fn stroke_d(s: &Stroke) -> String {
    let mut d = String::new();
    for (i, j) in s.joints.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&format!(" {} {}", j.x, j.y));
    }
    d
}

#[cfg(test)]
mod tests;
