//! A tiny SVG path builder that can mirror what it draws and place it in a view.
//!
//! The figure is symmetric, so each one-sided shape is written once in figure
//! coordinates (centre line at `x = 180`) and its twin is the same pen run with
//! `mirrored = true`; the view's offset then moves it into its panel.

use std::fmt::Write;

use super::{Point, View};

/// The figure's centre line in figure coordinates, before a view's offset.
pub(crate) const FIGURE_CENTRE: f32 = 180.0;

/// Builds an SVG path `d` string, optionally mirrored about the centre line.
pub(crate) struct Pen {
    d: String,
    mirrored: bool,
    dx: f32,
}

impl Pen {
    /// A pen for `view`, mirroring every point about the figure's centre line if asked.
    pub(crate) fn on(view: View, mirrored: bool) -> Self {
        Pen {
            d: String::new(),
            mirrored,
            dx: view.offset(),
        }
    }

    fn put(&mut self, x: f32, y: f32) {
        let p = map(x, y, self.mirrored);
        // One decimal keeps the strings short; the figure is drawn on a ~400-wide box.
        let _ = write!(self.d, " {} {}", fmt(p.x + self.dx), fmt(p.y));
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

/// A point in figure coordinates, mirrored about the centre line if asked.
pub(crate) fn map(x: f32, y: f32, mirrored: bool) -> Point {
    let x = if mirrored { 2.0 * FIGURE_CENTRE - x } else { x };
    Point { x, y }
}

/// A point in figure coordinates, mirrored if asked, then moved into `view`.
pub(crate) fn place(view: View, x: f32, y: f32, mirrored: bool) -> Point {
    let p = map(x, y, mirrored);
    Point::new(p.x + view.offset(), p.y)
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
    fn mirrors_about_the_centre_line_then_moves_into_the_view() {
        let back = View::Back.offset();
        let d = Pen::on(View::Back, true).m(10.0, 20.0).l(180.0, 5.5).z();
        assert_eq!(
            d,
            format!("M {} 20 L {} 5.5 Z", fmt(350.0 + back), fmt(180.0 + back))
        );
        let front = View::Front.offset();
        let d = Pen::on(View::Front, false)
            .m(100.0, 20.0)
            .q(101.0, 2.0, 103.0, 4.0)
            .done();
        assert_eq!(
            d,
            format!(
                "M {} 20 Q {} 2 {} 4",
                fmt(100.0 + front),
                fmt(101.0 + front),
                fmt(103.0 + front)
            )
        );
    }
}
