//! The path a roll follows over each zone, and positions along it.
//!
//! Position 0 is where a pass starts (just below the hip bone, or just below the
//! shoulder blades) and 1 is where it ends (the top of the knee, or the base of the
//! neck), as `Zone::path_ends` words them. Positions are by arc length, so the
//! roller marker moves at an even speed along a curved path.

use super::pen::{fmt, place};
use super::{zone_view, Point};
use crate::zone::Zone;

/// Just below the hip bone, on the outside of the thigh (front view, viewer's left leg).
pub const HIP_BONE: Point = Point::new(127.0, 214.0);
/// The outside of the top of the knee.
pub const KNEE_OUTSIDE: Point = Point::new(127.0, 290.0);
/// Just below the hip bone, at the front of the thigh.
pub const HIP_FRONT: Point = Point::new(152.0, 251.0);
/// The top of the kneecap.
pub const KNEECAP: Point = Point::new(153.0, 290.0);
/// Just below and outside the bony point at the front of the hip.
pub const BELOW_HIP_POINT: Point = Point::new(146.0, 215.0);
/// A hand's width down the front of the thigh from there.
pub const HAND_DOWN_THIGH: Point = Point::new(148.0, 239.0);
/// Just below the shoulder blades, on the spine (back view).
pub const BELOW_SHOULDER_BLADES: Point = Point::new(180.0, 145.0);
/// The base of the neck.
pub const NECK_BASE: Point = Point::new(180.0, 84.0);
/// Just below the left shoulder blade's lowest point.
pub const BELOW_LEFT_BLADE: Point = Point::new(146.0, 141.0);
/// Towards the left side of the base of the neck, at the blade's top inner corner.
pub const LEFT_NECK_BASE: Point = Point::new(153.0, 99.0);
/// The bottom of the ribs at the left side.
pub const RIBS_SIDE: Point = Point::new(147.0, 186.0);
/// Just below the left armpit.
pub const ARMPIT: Point = Point::new(139.0, 152.0);
/// The top of the left buttock.
pub const BUTTOCK_TOP: Point = Point::new(159.0, 212.0);
/// The crease under the left buttock.
pub const BUTTOCK_CREASE: Point = Point::new(158.0, 248.0);
/// Just below that crease, at the top of the back of the thigh.
pub const THIGH_BACK_TOP: Point = Point::new(158.0, 261.0);
/// Just above the back of the knee.
pub const ABOVE_KNEE_BACK: Point = Point::new(158.0, 284.0);
/// Just below the back of the knee, at the top of the calf.
pub const BELOW_KNEE_BACK: Point = Point::new(156.0, 306.0);
/// Just above the ankle.
pub const ABOVE_ANKLE: Point = Point::new(155.0, 353.0);

/// A polyline the roller travels along, measured by arc length.
#[derive(Clone, Debug, PartialEq)]
pub struct RollPath {
    points: Vec<Point>,
    /// `cumulative[i]` is the arc length from the start to `points[i]`.
    cumulative: Vec<f32>,
}

impl RollPath {
    /// A path through `points` (at least one).
    pub fn new(points: Vec<Point>) -> Self {
        let mut cumulative = Vec::with_capacity(points.len());
        let mut total = 0.0;
        for (i, p) in points.iter().enumerate() {
            if i > 0 {
                total += points[i - 1].distance(*p);
            }
            cumulative.push(total);
        }
        RollPath { points, cumulative }
    }

    /// The corner points.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// Total length in user units.
    pub fn length(&self) -> f32 {
        self.cumulative.last().copied().unwrap_or(0.0)
    }

    /// Where position `t` is: 0 the start, 1 the end; out-of-range (and NaN) is clamped.
    pub fn point_at(&self, t: f32) -> Point {
        let (i, local) = self.locate(t);
        match (self.points.get(i), self.points.get(i + 1)) {
            (Some(a), Some(b)) => a.lerp(*b, local),
            (Some(a), None) => *a,
            _ => Point::new(0.0, 0.0),
        }
    }

    /// The direction of travel at `t`, in degrees (0 = towards +x, 90 = down the page).
    pub fn angle_at(&self, t: f32) -> f32 {
        let (i, _) = self.locate(t);
        let seg = i.min(self.points.len().saturating_sub(2));
        match (self.points.get(seg), self.points.get(seg + 1)) {
            (Some(a), Some(b)) => (b.y - a.y).atan2(b.x - a.x).to_degrees(),
            _ => 90.0,
        }
    }

    /// How to turn the roller at `t` so it lies across the path, in degrees within
    /// (-90, 90]: a roller has no front, so it never needs to spin half a turn.
    pub fn roller_angle_at(&self, t: f32) -> f32 {
        let a = (self.angle_at(t) - 90.0).rem_euclid(180.0);
        if a > 90.0 {
            a - 180.0
        } else {
            a
        }
    }

    /// The segment index and the fraction along it for position `t`.
    fn locate(&self, t: f32) -> (usize, f32) {
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        let target = t * self.length();
        for i in 0..self.points.len().saturating_sub(1) {
            let (from, to) = (self.cumulative[i], self.cumulative[i + 1]);
            if target <= to && to > from {
                return (i, (target - from) / (to - from));
            }
        }
        (self.points.len().saturating_sub(1), 0.0)
    }

    /// SVG path data for drawing the path.
    pub fn d(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.points.iter().enumerate() {
            out.push_str(if i == 0 { "M " } else { " L " });
            out.push_str(&fmt(p.x));
            out.push(' ');
            out.push_str(&fmt(p.y));
        }
        out
    }
}

/// The landmarks of a zone's path in figure coordinates on the viewer's left half,
/// start to end; `None` for the lower back, which is never rolled.
pub fn landmarks(zone: Zone) -> Option<Vec<Point>> {
    Some(match zone {
        Zone::ItBandLeft | Zone::ItBandRight => {
            vec![HIP_BONE, Point::new(126.5, 252.0), KNEE_OUTSIDE]
        }
        Zone::QuadLeft | Zone::QuadRight => vec![HIP_FRONT, Point::new(152.0, 270.0), KNEECAP],
        Zone::HipFlexorLeft | Zone::HipFlexorRight => vec![BELOW_HIP_POINT, HAND_DOWN_THIGH],
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => vec![
            BELOW_LEFT_BLADE,
            Point::new(147.0, 126.0),
            Point::new(150.0, 110.0),
            LEFT_NECK_BASE,
        ],
        Zone::UpperBack => vec![BELOW_SHOULDER_BLADES, NECK_BASE],
        Zone::LatsLeft | Zone::LatsRight => vec![RIBS_SIDE, Point::new(145.0, 168.0), ARMPIT],
        Zone::GlutesLeft | Zone::GlutesRight => vec![BUTTOCK_TOP, BUTTOCK_CREASE],
        Zone::HamstringsLeft | Zone::HamstringsRight => vec![THIGH_BACK_TOP, ABOVE_KNEE_BACK],
        Zone::CalvesLeft | Zone::CalvesRight => {
            vec![BELOW_KNEE_BACK, Point::new(157.0, 328.0), ABOVE_ANKLE]
        }
        Zone::LowerBack => return None,
    })
}

/// The roll path over a zone, in the diagram's user units; `None` for the lower back.
pub fn roll_path(zone: Zone) -> Option<RollPath> {
    let view = zone_view(zone);
    let mirrored = zone.side().is_some_and(|s| view.mirrors(s));
    let points = landmarks(zone)?
        .into_iter()
        .map(|p| place(view, p.x, p.y, mirrored))
        .collect();
    Some(RollPath::new(points))
}

/// How long the roller marker is drawn across a zone, in user units.
pub fn roller_length(zone: Zone) -> f32 {
    match zone {
        Zone::UpperBack => 84.0,
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight | Zone::LowerBack => 56.0,
        _ => 48.0,
    }
}

#[cfg(test)]
mod tests;
