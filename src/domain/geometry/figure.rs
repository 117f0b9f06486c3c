//! The figure: hand-made path data for the three panels and the eight zones.
//!
//! Left-hand shapes are written once; `Pen::mirrored(true)` draws their
//! right-hand twins, so the two sides can never drift apart.

use super::pen::{map, Pen};
use super::{Point, View, ZoneShape};
use crate::domain::zone::{Side, Zone};

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
    back_view(&mut parts);
    for side in [Side::Left, Side::Right] {
        outer_leg(&mut parts, side);
    }
    parts
}

fn back_view(parts: &mut Vec<FigurePart>) {
    let mut push = |kind, d| {
        parts.push(FigurePart {
            kind,
            d,
            view: View::Back,
        })
    };
    for mirrored in [false, true] {
        // Arm, hanging a little away from the body.
        push(
            PartKind::Skin,
            Pen::mirrored(mirrored)
                .m(128.0, 98.0)
                .c(113.0, 102.0, 108.0, 122.0, 109.0, 146.0)
                .c(109.0, 164.0, 105.0, 188.0, 105.0, 212.0)
                .l(104.0, 230.0)
                .c(101.0, 243.0, 106.0, 253.0, 113.0, 252.0)
                .c(120.0, 251.0, 121.0, 241.0, 119.0, 230.0)
                .l(120.0, 212.0)
                .c(123.0, 190.0, 127.0, 168.0, 129.0, 150.0)
                .l(136.0, 130.0)
                .z(),
        );
        // Leg, hip to heel.
        push(
            PartKind::Skin,
            Pen::mirrored(mirrored)
                .m(137.0, 210.0)
                .c(132.0, 240.0, 134.0, 276.0, 141.0, 298.0)
                .c(137.0, 318.0, 139.0, 344.0, 148.0, 368.0)
                .l(147.0, 382.0)
                .q(147.0, 392.0, 157.0, 392.0)
                .l(166.0, 392.0)
                .q(172.0, 391.0, 170.0, 380.0)
                .l(169.0, 366.0)
                .c(173.0, 344.0, 175.0, 322.0, 171.0, 300.0)
                .c(175.0, 284.0, 178.0, 264.0, 179.0, 246.0)
                .l(180.0, 210.0)
                .z(),
        );
        // Ear.
        push(
            PartKind::SkinShade,
            Pen::mirrored(mirrored)
                .m(158.0, 34.0)
                .c(151.0, 32.0, 150.0, 50.0, 159.0, 50.0)
                .z(),
        );
    }
    // Head.
    push(
        PartKind::Skin,
        Pen::new()
            .m(180.0, 12.0)
            .c(195.0, 12.0, 204.0, 24.0, 204.0, 40.0)
            .c(204.0, 56.0, 194.0, 68.0, 180.0, 68.0)
            .c(166.0, 68.0, 156.0, 56.0, 156.0, 40.0)
            .c(156.0, 24.0, 165.0, 12.0, 180.0, 12.0)
            .z(),
    );
    // Neck and torso, one outline: left half down, right half back up.
    push(
        PartKind::Skin,
        Pen::new()
            .m(170.0, 56.0)
            .c(170.0, 70.0, 169.0, 80.0, 158.0, 85.0)
            .c(144.0, 90.0, 128.0, 90.0, 122.0, 100.0)
            .c(116.0, 110.0, 124.0, 124.0, 134.0, 134.0)
            .c(136.0, 152.0, 144.0, 166.0, 144.0, 180.0)
            .c(144.0, 194.0, 135.0, 204.0, 136.0, 222.0)
            .l(180.0, 240.0)
            .l(224.0, 222.0)
            .c(225.0, 204.0, 216.0, 194.0, 216.0, 180.0)
            .c(216.0, 166.0, 224.0, 152.0, 226.0, 134.0)
            .c(236.0, 124.0, 244.0, 110.0, 238.0, 100.0)
            .c(232.0, 90.0, 216.0, 90.0, 202.0, 85.0)
            .c(191.0, 80.0, 190.0, 70.0, 190.0, 56.0)
            .z(),
    );
    // Hair: covers the back of the head, a soft wave at the nape.
    push(
        PartKind::Hair,
        Pen::new()
            .m(180.0, 10.0)
            .c(197.0, 10.0, 206.0, 22.0, 205.0, 38.0)
            .c(204.0, 44.0, 201.0, 50.0, 196.0, 52.0)
            .c(191.0, 48.0, 186.0, 52.0, 180.0, 50.0)
            .c(174.0, 52.0, 169.0, 48.0, 164.0, 52.0)
            .c(159.0, 50.0, 156.0, 44.0, 155.0, 38.0)
            .c(154.0, 24.0, 163.0, 10.0, 180.0, 10.0)
            .z(),
    );
    // Shorts: waistband to mid-thigh, a small notch between the legs.
    push(
        PartKind::Cloth,
        Pen::new()
            .m(142.0, 196.0)
            .l(218.0, 196.0)
            .c(222.0, 210.0, 226.0, 226.0, 226.0, 244.0)
            .l(227.0, 262.0)
            .q(205.0, 270.0, 184.0, 263.0)
            .l(180.0, 250.0)
            .l(176.0, 263.0)
            .q(155.0, 270.0, 133.0, 262.0)
            .l(134.0, 244.0)
            .c(134.0, 226.0, 138.0, 210.0, 142.0, 196.0)
            .z(),
    );
    push(
        PartKind::Seam,
        Pen::new().m(141.0, 204.0).l(219.0, 204.0).done(),
    );
    // Spine, shoulder-blade edges and the backs of the knees.
    push(
        PartKind::Crease,
        Pen::new().m(180.0, 78.0).l(180.0, 194.0).done(),
    );
    for mirrored in [false, true] {
        push(
            PartKind::Crease,
            Pen::mirrored(mirrored)
                .m(142.0, 290.0)
                .q(150.0, 296.0, 158.0, 292.0)
                .done(),
        );
        push(
            PartKind::Crease,
            Pen::mirrored(mirrored)
                .m(120.0, 178.0)
                .q(114.0, 172.0, 114.0, 164.0)
                .done(),
        );
    }
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

/// The outline of a zone, drawn over the figure.
pub(super) fn zone_shape(zone: Zone) -> ZoneShape {
    let right = zone.side() == Some(Side::Right);
    let pen = Pen::mirrored(right);
    let (path, label_at, view) = match zone {
        Zone::ItBandLeft | Zone::ItBandRight => (
            // A long narrow band on the outer thigh, hip bone to the outside of the knee.
            pen.m(50.0, 92.0)
                .c(56.0, 92.0, 59.0, 96.0, 58.0, 104.0)
                .c(56.0, 150.0, 52.0, 200.0, 48.0, 244.0)
                .c(47.0, 252.0, 38.0, 252.0, 38.0, 244.0)
                .c(39.0, 200.0, 41.0, 150.0, 42.0, 104.0)
                .c(42.0, 96.0, 45.0, 92.0, 50.0, 92.0)
                .z(),
            map(48.0, 170.0, right),
            View::OuterLeg(if right { Side::Right } else { Side::Left }),
        ),
        Zone::QuadLeft | Zone::QuadRight => (
            // The front of the thigh, between the thigh's front edge and the IT band.
            pen.m(24.0, 104.0)
                .c(30.0, 100.0, 36.0, 102.0, 36.0, 110.0)
                .c(36.0, 150.0, 35.0, 196.0, 33.0, 226.0)
                .c(32.0, 234.0, 25.0, 234.0, 25.0, 226.0)
                .c(21.0, 196.0, 18.0, 150.0, 18.0, 114.0)
                .c(18.0, 108.0, 20.0, 106.0, 24.0, 104.0)
                .z(),
            map(27.0, 166.0, right),
            View::OuterLeg(if right { Side::Right } else { Side::Left }),
        ),
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => (
            // A rounded triangle: top inner corner, outer corner, the point at the bottom.
            pen.m(159.0, 97.0)
                .c(150.0, 97.0, 140.0, 99.0, 137.0, 104.0)
                .c(134.0, 110.0, 145.0, 132.0, 151.0, 141.0)
                .c(154.0, 146.0, 159.0, 145.0, 160.0, 140.0)
                .c(162.0, 128.0, 163.0, 113.0, 163.0, 102.0)
                .c(163.0, 99.0, 162.0, 97.0, 159.0, 97.0)
                .z(),
            map(154.0, 116.0, right),
            View::Back,
        ),
        Zone::UpperBack => (
            // Along the spine between the shoulder blades.
            pen.m(180.0, 80.0)
                .c(188.0, 80.0, 192.0, 84.0, 192.0, 92.0)
                .l(192.0, 146.0)
                .c(192.0, 152.0, 188.0, 156.0, 180.0, 156.0)
                .c(172.0, 156.0, 168.0, 152.0, 168.0, 146.0)
                .l(168.0, 92.0)
                .c(168.0, 84.0, 172.0, 80.0, 180.0, 80.0)
                .z(),
            Point::new(180.0, 118.0),
            View::Back,
        ),
        Zone::LowerBack => (
            // The lumbar spine, waist down to the top of the shorts.
            pen.m(160.0, 160.0)
                .l(200.0, 160.0)
                .q(208.0, 160.0, 208.0, 168.0)
                .l(207.0, 188.0)
                .q(207.0, 196.0, 199.0, 196.0)
                .l(161.0, 196.0)
                .q(153.0, 196.0, 153.0, 188.0)
                .l(152.0, 168.0)
                .q(152.0, 160.0, 160.0, 160.0)
                .z(),
            Point::new(180.0, 178.0),
            View::Back,
        ),
    };
    ZoneShape {
        path,
        label_at,
        view,
    }
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
