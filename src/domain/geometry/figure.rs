//! The figure: hand-made path data for the three panels and the eight zones.
//!
//! Left-hand shapes are written once; `Pen::mirrored(true)` draws their
//! right-hand twins, so the two sides can never drift apart.

use super::pen::{map, Pen};
use super::{Point, View};
use crate::domain::zone::Side;

/// What a piece of the figure is, which decides its CSS class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Bare skin.
    Skin,
    /// Skin in shadow (ears, the far side of a limb).
    SkinShade,
    /// Hair on the back of the head.
    Hair,
    /// Shorts.
    Cloth,
    /// A thin line drawn over skin: spine, creases, muscle hints (stroke only).
    Crease,
    /// A thin line drawn over cloth: seams, hems (stroke only).
    Seam,
}

impl PartKind {
    /// The BEM modifier used as the CSS class suffix.
    pub fn class(self) -> &'static str {
        match self {
            PartKind::Skin => "skin",
            PartKind::SkinShade => "skin-shade",
            PartKind::Hair => "hair",
            PartKind::Cloth => "cloth",
            PartKind::Crease => "crease",
            PartKind::Seam => "seam",
        }
    }
}

/// One drawn piece of the figure (not a zone).
#[derive(Clone, Debug, PartialEq)]
pub struct FigurePart {
    pub kind: PartKind,
    pub d: String,
    /// The panel it belongs to; parts of an outer-leg panel are clipped to it.
    pub view: View,
}

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
}

/// The three panels, left to right.
pub fn panels() -> [Panel; 3] {
    let leg = |side: Side, x: f32, caption| Panel {
        view: View::OuterLeg(side),
        x,
        y: 0.0,
        width: 84.0,
        height: 400.0,
        radius: 20.0,
        caption,
        caption_at: Point::new(x + 42.0, -8.0),
    };
    [
        leg(Side::Left, 2.0, "Left leg"),
        Panel {
            view: View::Back,
            x: 92.0,
            y: 0.0,
            width: 176.0,
            height: 400.0,
            radius: 20.0,
            caption: "Back",
            caption_at: Point::new(180.0, -8.0),
        },
        leg(Side::Right, 274.0, "Right leg"),
    ]
}

/// A small printed name on the figure (decoration: the zone buttons carry the real names).
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub text: &'static str,
    /// The middle of the text's baseline.
    pub at: Point,
    /// Rotation in degrees about `at` (-90 reads bottom to top).
    pub rotate: f32,
}

/// The muscle names printed on the shorts above each leg zone.
pub fn tags() -> Vec<Tag> {
    let mut tags = Vec::new();
    for mirrored in [false, true] {
        tags.push(Tag {
            text: "IT band",
            at: map(54.0, 54.0, mirrored),
            rotate: -90.0,
        });
        tags.push(Tag {
            text: "Quads",
            at: map(31.0, 64.0, mirrored),
            rotate: -90.0,
        });
    }
    tags
}

/// Every piece of the figure, in painting order (back to front).
pub fn figure_parts() -> Vec<FigurePart> {
    let mut parts = Vec::new();
    super::back::back_view(&mut parts);
    for side in [Side::Left, Side::Right] {
        outer_leg(&mut parts, side);
    }
    parts
}

fn outer_leg(parts: &mut Vec<FigurePart>, side: Side) {
    let mirrored = side == Side::Right;
    let view = View::OuterLeg(side);
    let mut push = |kind, d| parts.push(FigurePart { kind, d, view });
    // The left leg seen from the person's left: they face the viewer's left.
    push(
        PartKind::Skin,
        Pen::mirrored(mirrored)
            .m(24.0, -10.0)
            .c(18.0, 30.0, 13.0, 70.0, 13.0, 100.0)
            .c(12.0, 150.0, 15.0, 200.0, 22.0, 234.0)
            .c(17.0, 242.0, 16.0, 256.0, 24.0, 266.0)
            .c(27.0, 300.0, 31.0, 340.0, 32.0, 364.0)
            .c(30.0, 372.0, 20.0, 376.0, 12.0, 380.0)
            .c(4.0, 384.0, 5.0, 393.0, 12.0, 393.0)
            .l(54.0, 393.0)
            .c(62.0, 393.0, 63.0, 382.0, 58.0, 370.0)
            .c(55.0, 350.0, 60.0, 330.0, 66.0, 308.0)
            .c(70.0, 290.0, 68.0, 276.0, 62.0, 262.0)
            .c(64.0, 232.0, 70.0, 196.0, 74.0, 160.0)
            .c(84.0, 140.0, 86.0, 110.0, 80.0, 80.0)
            .c(76.0, 50.0, 72.0, 20.0, 72.0, -10.0)
            .z(),
    );
    // Running shorts, hem higher at the front, a little looser than the skin.
    push(
        PartKind::Cloth,
        Pen::mirrored(mirrored)
            .m(23.0, -10.0)
            .c(17.0, 30.0, 12.0, 70.0, 12.0, 100.0)
            .l(12.0, 114.0)
            .q(48.0, 132.0, 84.0, 142.0)
            .c(87.0, 120.0, 86.0, 100.0, 81.0, 80.0)
            .c(77.0, 50.0, 73.0, 20.0, 73.0, -10.0)
            .z(),
    );
    push(
        PartKind::Seam,
        Pen::mirrored(mirrored)
            .m(13.0, 106.0)
            .q(48.0, 124.0, 84.0, 134.0)
            .done(),
    );
    // Kneecap and ankle hints.
    push(
        PartKind::Crease,
        Pen::mirrored(mirrored)
            .m(22.0, 240.0)
            .q(30.0, 250.0, 24.0, 262.0)
            .done(),
    );
    push(
        PartKind::Crease,
        Pen::mirrored(mirrored)
            .m(40.0, 370.0)
            .q(44.0, 374.0, 48.0, 370.0)
            .done(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_outer_legs_are_drawn_and_clipped_to_their_panels() {
        let parts = figure_parts();
        for side in [Side::Left, Side::Right] {
            assert!(parts
                .iter()
                .any(|p| p.view == View::OuterLeg(side) && p.kind == PartKind::Skin));
        }
        assert!(parts.iter().all(|p| p.d.starts_with('M')));
    }

    #[test]
    fn captions_sit_above_their_panels() {
        for panel in panels() {
            assert!(panel.caption_at.y < panel.y);
            let mid = panel.x + panel.width / 2.0;
            assert!((panel.caption_at.x - mid).abs() < 0.01, "{}", panel.caption);
        }
    }
}
