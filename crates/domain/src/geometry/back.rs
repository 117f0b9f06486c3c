//! The back view in the middle panel: head, arms, torso, shorts and legs from behind.

use super::part::{FigurePart, PartKind};
use super::pen::Pen;
use super::View;

/// Pushes the back view's parts, back to front.
pub(super) fn back_view(parts: &mut Vec<FigurePart>) {
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
            Pen::on(View::Back, mirrored)
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
            Pen::on(View::Back, mirrored)
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
            Pen::on(View::Back, mirrored)
                .m(158.0, 34.0)
                .c(151.0, 32.0, 150.0, 50.0, 159.0, 50.0)
                .z(),
        );
    }
    // Head.
    push(
        PartKind::Skin,
        Pen::on(View::Back, false)
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
        Pen::on(View::Back, false)
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
        Pen::on(View::Back, false)
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
        Pen::on(View::Back, false)
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
        Pen::on(View::Back, false)
            .m(141.0, 204.0)
            .l(219.0, 204.0)
            .done(),
    );
    // Spine, shoulder-blade edges and the backs of the knees.
    push(
        PartKind::Crease,
        Pen::on(View::Back, false)
            .m(180.0, 78.0)
            .l(180.0, 194.0)
            .done(),
    );
    for mirrored in [false, true] {
        push(
            PartKind::Crease,
            Pen::on(View::Back, mirrored)
                .m(142.0, 290.0)
                .q(150.0, 296.0, 158.0, 292.0)
                .done(),
        );
        push(
            PartKind::Crease,
            Pen::on(View::Back, mirrored)
                .m(120.0, 178.0)
                .q(114.0, 172.0, 114.0, 164.0)
                .done(),
        );
    }
}
