//! The figure: hand-made path data for the two views, the panels behind them and the
//! "roll around, not on" marks.
//!
//! One-sided shapes are written once; `Pen::on(view, true)` draws their twins, so the
//! two sides can never drift apart.

use super::part::FigurePart;
use super::pen::place;
use super::{Point, View};
use crate::i18n::msg;

/// A rounded card behind one view, with its caption above it.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub view: View,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub radius: f32,
    pub caption: &'static str,
    /// Where the caption's baseline is centred.
    pub caption_at: Point,
    /// Small side letters in the caption row, so "left" is never a guess: (text, where).
    pub sides: [(&'static str, Point); 2],
}

/// The two panels, front on the left, back on the right.
pub fn panels() -> [Panel; 2] {
    let panel = |view: View, x: f32, width: f32, caption, sides: [&'static str; 2]| Panel {
        view,
        x,
        y: 0.0,
        width,
        height: 400.0,
        radius: 20.0,
        caption,
        caption_at: Point::new(x + width / 2.0, -8.0),
        sides: [
            (sides[0], Point::new(x + 14.0, -8.0)),
            (sides[1], Point::new(x + width - 14.0, -8.0)),
        ],
    };
    // Facing us, the person's right is on the viewer's left.
    [
        panel(
            View::Front,
            2.0,
            200.0,
            msg("Front view"),
            [msg("R"), msg("L")],
        ),
        panel(
            View::Back,
            206.0,
            180.0,
            msg("Back view"),
            [msg("L"), msg("R")],
        ),
    ]
}

/// A place to roll around, never on: bone, nerves and vessels close under the skin.
#[derive(Clone, Debug, PartialEq)]
pub struct Caution {
    /// What is there, for the legend and screen readers.
    pub what: &'static str,
    pub at: Point,
}

/// The "roll around, not on" marks: the front of each hip bone, the back of each knee,
/// and the neck.
pub fn cautions() -> Vec<Caution> {
    let mut marks = Vec::new();
    for mirrored in [false, true] {
        marks.push(Caution {
            what: "the front of the hip bone",
            at: place(View::Front, 142.0, 205.0, mirrored),
        });
        marks.push(Caution {
            what: "the back of the knee",
            at: place(View::Back, 156.0, 294.0, mirrored),
        });
    }
    marks.push(Caution {
        what: "the neck",
        at: place(View::Back, 180.0, 66.0, false),
    });
    marks
}

/// Every piece of the figure, in painting order (back to front).
pub fn figure_parts() -> Vec<FigurePart> {
    let mut parts = Vec::new();
    super::front::front_view(&mut parts);
    super::back::back_view(&mut parts);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::PartKind;

    #[test]
    fn both_views_are_drawn_inside_their_panels() {
        let parts = figure_parts();
        for panel in panels() {
            let mine: Vec<_> = parts.iter().filter(|p| p.view == panel.view).collect();
            assert!(mine.iter().any(|p| p.kind == PartKind::Skin));
            for part in mine {
                let b = super::super::zones::path_bounds(&part.d);
                assert!(
                    b.x >= panel.x && b.x + b.width <= panel.x + panel.width,
                    "{part:?}"
                );
            }
        }
        assert!(parts.iter().all(|p| p.d.starts_with('M')));
    }

    #[test]
    fn captions_sit_above_their_panels_and_name_the_sides() {
        for panel in panels() {
            assert!(panel.caption_at.y < panel.y);
            let mid = panel.x + panel.width / 2.0;
            assert!((panel.caption_at.x - mid).abs() < 0.01, "{}", panel.caption);
            assert!(
                (panel.view.centre() - mid).abs() < 0.01,
                "{}",
                panel.caption
            );
        }
        let [front, back] = panels();
        assert_eq!((front.sides[0].0, back.sides[0].0), ("R", "L"));
    }

    #[test]
    fn caution_marks_cover_hip_bones_knees_and_neck() {
        let marks = cautions();
        assert_eq!(marks.len(), 5);
        for what in ["hip bone", "knee", "neck"] {
            assert!(marks.iter().any(|m| m.what.contains(what)), "{what}");
        }
    }
}
