//! Body-diagram geometry: the figure's shapes, the zones and the path each roll follows.
//!
//! Plain Rust with native tests (the leptos-chartistry split): the `BodyDiagram`
//! component only draws what this module computes.
//!
//! Coordinates are SVG user units in [`VIEW_BOX`]: three panels side by side, the
//! outer side of the left leg, the back view, and the outer side of the right leg.
//! In the back view the person's left is on the viewer's left, so every left-hand
//! shape sits at small `x` and its right-hand twin is mirrored about `x = 180`.

mod back;
pub mod figure;
pub mod paths;
mod pen;
mod zones;

use crate::domain::zone::{Side, Zone};

pub use figure::{figure_parts, panels, tags, FigurePart, Panel, PartKind, Tag};
pub use paths::{roll_path, roller_length, RollPath};

/// Width of the drawing in user units; the centre line is at half of it.
pub const VIEW_WIDTH: f32 = 360.0;
/// The SVG `viewBox`: the top strip (negative `y`) holds the panel captions.
pub const VIEW_BOX: &str = "0 -24 360 424";

/// A point in the diagram's user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    /// A point.
    pub const fn new(x: f32, y: f32) -> Self {
        Point { x, y }
    }

    /// Straight-line distance to another point.
    pub fn distance(self, other: Point) -> f32 {
        (other.x - self.x).hypot(other.y - self.y)
    }

    /// The point a fraction `t` of the way to `other`.
    pub fn lerp(self, other: Point, t: f32) -> Point {
        Point::new(
            self.x + (other.x - self.x) * t,
            self.y + (other.y - self.y) * t,
        )
    }
}

/// Which of the three panels a zone is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// The back view in the middle.
    Back,
    /// The outer side of one leg (left panel for the left leg, right panel for the right).
    OuterLeg(Side),
}

/// Where and how a zone is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneShape {
    /// SVG path data of the zone's outline.
    pub path: String,
    /// A point inside the zone, for a label or a tooltip.
    pub label_at: Point,
    /// The panel it lives in.
    pub view: View,
}

/// The shape of a zone on the figure.
pub fn zone_shape(zone: Zone) -> ZoneShape {
    zones::zone_shape(zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lerp_and_distance() {
        let a = Point::new(0.0, 0.0);
        let b = Point::new(3.0, 4.0);
        assert_eq!(a.distance(b), 5.0);
        assert_eq!(a.lerp(b, 0.5), Point::new(1.5, 2.0));
    }

    #[test]
    fn every_zone_has_a_closed_shape_in_the_right_panel() {
        for zone in Zone::ALL {
            let shape = zone_shape(zone);
            assert!(shape.path.starts_with('M'), "{zone:?}");
            assert!(shape.path.ends_with('Z'), "{zone:?}");
            let expected = match zone {
                Zone::ItBandLeft | Zone::QuadLeft => View::OuterLeg(Side::Left),
                Zone::ItBandRight | Zone::QuadRight => View::OuterLeg(Side::Right),
                _ => View::Back,
            };
            assert_eq!(shape.view, expected, "{zone:?}");
        }
    }

    #[test]
    fn the_persons_left_is_on_the_viewers_left() {
        let centre = VIEW_WIDTH / 2.0;
        for zone in Zone::ALL {
            let at = zone_shape(zone).label_at;
            match zone.side() {
                Some(Side::Left) => assert!(at.x < centre, "{zone:?}"),
                Some(Side::Right) => assert!(at.x > centre, "{zone:?}"),
                None => assert!((at.x - centre).abs() < 1.0, "{zone:?}"),
            }
        }
    }

    #[test]
    fn twins_mirror_each_other() {
        let pairs = [
            (Zone::ItBandLeft, Zone::ItBandRight),
            (Zone::QuadLeft, Zone::QuadRight),
            (Zone::ShoulderBladeLeft, Zone::ShoulderBladeRight),
        ];
        for (l, r) in pairs {
            let (a, b) = (zone_shape(l).label_at, zone_shape(r).label_at);
            assert_eq!(a.y, b.y);
            assert!((a.x + b.x - VIEW_WIDTH).abs() < 0.01);
        }
    }
}
