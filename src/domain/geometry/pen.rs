//! A tiny SVG path builder that can mirror what it draws.
//!
//! The figure is symmetric, so each left-hand shape is written once and the
//! right-hand one is the same pen run with `mirrored = true`.

use std::fmt::Write;

use super::{Point, VIEW_WIDTH};

/// Builds an SVG path `d` string, optionally mirrored about the centre line.
pub(crate) struct Pen {
    d: String,
    mirrored: bool,
}

impl Pen {
    /// A pen that draws the coordinates as given.
    pub(crate) fn new() -> Self {
        Pen {
            d: String::new(),
            mirrored: false,
        }
    }

    /// A pen that mirrors every point about the vertical centre line.
    pub(crate) fn mirrored(mirrored: bool) -> Self {
        Pen {
            d: String::new(),
            mirrored,
        }
    }

    fn put(&mut self, x: f32, y: f32) {
        let p = map(x, y, self.mirrored);
        // One decimal keeps the strings short; the figure is drawn on a 360-wide box.
        let _ = write!(self.d, " {} {}", fmt(p.x), fmt(p.y));
    }

    /// Move to.
    pub(crate) fn m(mut self, x: f32, y: f32) -> Self {
        self.d.push('M');
        self.put(x, y);
        self
    }

    /// Line to.
    pub(crate) fn l(mut self, x: f32, y: f32) -> Self {
        self.d.push_str(" L");
        self.put(x, y);
        self
    }

    /// Quadratic curve to (x, y) through control point (cx, cy).
    pub(crate) fn q(mut self, cx: f32, cy: f32, x: f32, y: f32) -> Self {
        self.d.push_str(" Q");
        self.put(cx, cy);
        self.put(x, y);
        self
    }

    /// Cubic curve to (x, y).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn c(mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) -> Self {
        self.d.push_str(" C");
        self.put(x1, y1);
        self.put(x2, y2);
        self.put(x, y);
        self
    }

    /// Close the shape and hand back the `d` string.
    pub(crate) fn z(mut self) -> String {
        self.d.push_str(" Z");
        self.d
    }

    /// Hand back an open path.
    pub(crate) fn done(self) -> String {
        self.d
    }
}

/// A point in figure coordinates, mirrored if asked.
pub(crate) fn map(x: f32, y: f32, mirrored: bool) -> Point {
    let x = if mirrored { VIEW_WIDTH - x } else { x };
    Point { x, y }
}

/// Formats a coordinate with at most one decimal and no trailing ".0".
pub(crate) fn fmt(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i32)
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirrors_about_the_centre_line() {
        let d = Pen::mirrored(true).m(10.0, 20.0).l(180.0, 5.5).z();
        assert_eq!(d, "M 350 20 L 180 5.5 Z");
        let d = Pen::new().m(10.0, 20.0).q(1.0, 2.0, 3.0, 4.0).done();
        assert_eq!(d, "M 10 20 Q 1 2 3 4");
    }
}
