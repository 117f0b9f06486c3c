//! Body-diagram geometry: the figure's shapes, the zones and the path each roll follows.
//!
//! Plain Rust with native tests (the leptos-chartistry split): the `BodyDiagram`
//! component only draws what this module computes.
//!
//! Coordinates are SVG user units in [`VIEW_BOX`]: two panels side by side, the front
//! view (quadriceps, hip flexors, IT bands) and the back view (everything else). Shapes
//! are written in figure coordinates (centre line at `x = 180`) and each view moves them
//! into its panel. In the back view the person's left is on the viewer's left; in the
//! front view, facing us, it is on the viewer's right.

mod back;
pub mod figure;
mod front;
mod part;
pub mod paths;
mod pen;
pub mod poses;
mod zones;

use crate::zone::{Side, Zone};

pub use figure::{cautions, figure_parts, panels, Caution, Panel};
pub use part::{FigurePart, PartKind};
pub use paths::{roll_path, roller_length, RollPath};
pub use poses::pose;

/// Width of the drawing in user units.
pub const VIEW_WIDTH: f32 = 388.0;
/// The SVG `viewBox`: the top strip (negative `y`) holds the panel captions.
pub const VIEW_BOX: &str = "0 -24 388 424";

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

/// An axis-aligned rectangle in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    /// Whether `p` lies inside (edges included).
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.x + self.width && p.y >= self.y && p.y <= self.y + self.height
    }

    /// Whether the two overlap by more than a hair (shared edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        let eps = 0.01;
        self.x + eps < o.x + o.width
            && o.x + eps < self.x + self.width
            && self.y + eps < o.y + o.height
            && o.y + eps < self.y + self.height
    }

    /// The middle.
    pub fn centre(&self) -> Point {
        Point::new(self.x + self.width / 2.0, self.y + self.height / 2.0)
    }
}

/// Which of the two panels a zone is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// The person facing us, on the left.
    Front,
    /// The person from behind, on the right.
    Back,
}

impl View {
    /// How far figure coordinates move right to land in this view's panel.
    pub fn offset(self) -> f32 {
        match self {
            View::Front => -78.0,
            View::Back => 116.0,
        }
    }

    /// The view's vertical centre line, in user units.
    pub fn centre(self) -> f32 {
        pen::FIGURE_CENTRE + self.offset()
    }

    /// Whether a shape written for the person's left must be mirrored in this view:
    /// facing us, the person's left is on the viewer's right.
    pub(crate) fn mirrors(self, side: Side) -> bool {
        match self {
            View::Front => side == Side::Left,
            View::Back => side == Side::Right,
        }
    }
}

/// Where and how a zone is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneShape {
    /// SVG path data of the zone's outline.
    pub path: String,
    /// A point inside the zone, for a badge or a tooltip.
    pub label_at: Point,
    /// The panel it lives in.
    pub view: View,
    /// The invisible tap target around it: at least 48 units a side, never
    /// overlapping another zone's, so a thumb hits what it aims at.
    pub hit: Rect,
}

/// The shape of a zone on the figure.
pub fn zone_shape(zone: Zone) -> ZoneShape {
    zones::zone_shape(zone)
}

/// Which view a zone is drawn in.
pub fn zone_view(zone: Zone) -> View {
    match zone {
        Zone::QuadLeft
        | Zone::QuadRight
        | Zone::HipFlexorLeft
        | Zone::HipFlexorRight
        | Zone::ItBandLeft
        | Zone::ItBandRight => View::Front,
        _ => View::Back,
    }
}
