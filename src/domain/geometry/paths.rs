//! The path a roll follows over each zone, and positions along it.
//!
//! Position 0 is where a pass starts (just below the hip bone, or just below the
//! shoulder blades) and 1 is where it ends (the top of the knee, or the base of the
//! neck), as `Zone::path_ends` words them. Positions are by arc length, so the
//! roller marker moves at an even speed along a curved path.

use super::pen::{fmt, map};
use super::Point;
use crate::domain::zone::{Side, Zone};

/// Just below the left hip bone, on the outer-leg panel.
pub const HIP_BONE_LEFT: Point = Point::new(50.0, 100.0);
/// The outside of the top of the left knee.
pub const KNEE_LEFT: Point = Point::new(43.0, 242.0);
/// Just below the left hip bone, at the front of the thigh.
pub const HIP_FRONT_LEFT: Point = Point::new(27.0, 110.0);
/// The top of the left kneecap.
pub const KNEECAP_LEFT: Point = Point::new(29.0, 226.0);
/// Just below the shoulder blades, on the spine.
pub const BELOW_SHOULDER_BLADES: Point = Point::new(180.0, 152.0);
/// The base of the neck.
pub const NECK_BASE: Point = Point::new(180.0, 84.0);
/// Just below the left shoulder blade's lowest point.
pub const BELOW_LEFT_BLADE: Point = Point::new(152.0, 146.0);
/// Where the left shoulder meets the base of the neck.
pub const LEFT_NECK_BASE: Point = Point::new(164.0, 91.0);

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

/// The roll path over a zone; `None` for the lower back, which is never rolled.
pub fn roll_path(zone: Zone) -> Option<RollPath> {
    let right = zone.side() == Some(Side::Right);
    let side =
        |points: &[Point]| -> Vec<Point> { points.iter().map(|p| map(p.x, p.y, right)).collect() };
    let points = match zone {
        Zone::ItBandLeft | Zone::ItBandRight => side(&[
            HIP_BONE_LEFT,
            Point::new(49.0, 150.0),
            Point::new(46.0, 200.0),
            KNEE_LEFT,
        ]),
        Zone::QuadLeft | Zone::QuadRight => side(&[
            HIP_FRONT_LEFT,
            Point::new(27.0, 160.0),
            Point::new(28.0, 200.0),
            KNEECAP_LEFT,
        ]),
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => side(&[
            BELOW_LEFT_BLADE,
            Point::new(154.0, 126.0),
            Point::new(158.0, 106.0),
            LEFT_NECK_BASE,
        ]),
        Zone::UpperBack => vec![BELOW_SHOULDER_BLADES, NECK_BASE],
        Zone::LowerBack => return None,
    };
    Some(RollPath::new(points))
}

/// How long the roller marker is drawn across a zone, in user units.
pub fn roller_length(zone: Zone) -> f32 {
    match zone {
        Zone::ItBandLeft | Zone::ItBandRight | Zone::QuadLeft | Zone::QuadRight => 64.0,
        _ => 84.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Point, b: Point) -> bool {
        a.distance(b) < 0.01
    }

    #[test]
    fn ends_are_the_named_landmarks() {
        let it = roll_path(Zone::ItBandLeft).unwrap();
        assert!(close(it.point_at(0.0), HIP_BONE_LEFT));
        assert!(close(it.point_at(1.0), KNEE_LEFT));
        let up = roll_path(Zone::UpperBack).unwrap();
        assert!(close(up.point_at(0.0), BELOW_SHOULDER_BLADES));
        assert!(close(up.point_at(1.0), NECK_BASE));
        let blade = roll_path(Zone::ShoulderBladeLeft).unwrap();
        assert!(close(blade.point_at(0.0), BELOW_LEFT_BLADE));
        assert!(close(blade.point_at(1.0), LEFT_NECK_BASE));
        // Legs run down the page (hip to knee), back zones up it (towards the neck).
        for zone in [Zone::ItBandRight, Zone::QuadLeft, Zone::QuadRight] {
            let p = roll_path(zone).unwrap();
            assert!(p.point_at(0.0).y < p.point_at(1.0).y, "{zone:?}");
        }
        let right = roll_path(Zone::ShoulderBladeRight).unwrap();
        assert!(right.point_at(0.0).y > right.point_at(1.0).y);
    }

    #[test]
    fn right_paths_mirror_left_paths() {
        for (l, r) in [
            (Zone::ItBandLeft, Zone::ItBandRight),
            (Zone::QuadLeft, Zone::QuadRight),
            (Zone::ShoulderBladeLeft, Zone::ShoulderBladeRight),
        ] {
            let (l, r) = (roll_path(l).unwrap(), roll_path(r).unwrap());
            for t in [0.0, 0.3, 0.77, 1.0] {
                let (a, b) = (l.point_at(t), r.point_at(t));
                assert!((a.x + b.x - 360.0).abs() < 0.01 && (a.y - b.y).abs() < 0.01);
            }
        }
    }

    #[test]
    fn positions_are_by_arc_length_and_monotone() {
        for zone in Zone::ALL.into_iter().filter(|z| z.rollable()) {
            let path = roll_path(zone).unwrap();
            let start = path.point_at(0.0);
            let mut travelled = 0.0;
            let mut prev = start;
            for i in 1..=100 {
                let t = i as f32 / 100.0;
                let p = path.point_at(t);
                travelled += prev.distance(p);
                prev = p;
                // Straight segments: the distance walked equals t times the length.
                assert!(
                    (travelled - t * path.length()).abs() < 0.05,
                    "{zone:?} at {t}"
                );
            }
        }
    }

    #[test]
    fn positions_are_clamped() {
        let path = roll_path(Zone::ItBandRight).unwrap();
        assert_eq!(path.point_at(-3.0), path.point_at(0.0));
        assert_eq!(path.point_at(7.5), path.point_at(1.0));
        assert_eq!(path.point_at(f32::NAN), path.point_at(0.0));
    }

    #[test]
    fn the_lower_back_has_no_path() {
        assert!(roll_path(Zone::LowerBack).is_none());
    }

    #[test]
    fn drawing_and_direction() {
        let up = roll_path(Zone::UpperBack).unwrap();
        assert_eq!(up.d(), "M 180 152 L 180 84");
        assert_eq!(up.angle_at(0.5), -90.0);
        assert_eq!(up.roller_angle_at(0.5), 0.0);
        let it = roll_path(Zone::ItBandLeft).unwrap();
        assert!(it.roller_angle_at(0.5).abs() < 5.0);
        let blade = roll_path(Zone::ShoulderBladeRight).unwrap();
        for t in [0.0, 0.5, 1.0] {
            let a = blade.roller_angle_at(t);
            assert!(a > -90.0 && a <= 90.0);
        }
        assert_eq!(
            roll_path(Zone::ItBandLeft).unwrap().angle_at(1.0).round(),
            94.0
        );
        let dot = RollPath::new(vec![Point::new(1.0, 2.0)]);
        assert_eq!(dot.point_at(0.4), Point::new(1.0, 2.0));
        assert_eq!(dot.length(), 0.0);
    }
}
