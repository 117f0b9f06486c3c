//! The front view in the left panel: the person facing us, legs a little apart so each
//! thigh has room for its three zones (IT band outside, hip flexor above the quadriceps).

use super::part::{FigurePart, PartKind};
use super::pen::Pen;
use super::View;

/// Pushes the front view's parts, back to front.
pub(super) fn front_view(parts: &mut Vec<FigurePart>) {
    let mut push = |kind, d| {
        parts.push(FigurePart {
            kind,
            d,
            view: View::Front,
        })
    };
    let pen = |mirrored| Pen::on(View::Front, mirrored);
    for mirrored in [false, true] {
        // Arm, hanging a little wider than from behind so the hands clear the thighs.
        push(
            PartKind::Skin,
            pen(mirrored)
                .m(128.0, 98.0)
                .c(112.0, 102.0, 106.0, 122.0, 106.0, 146.0)
                .c(105.0, 164.0, 100.0, 188.0, 99.0, 212.0)
                .l(97.0, 230.0)
                .c(94.0, 243.0, 99.0, 253.0, 106.0, 252.0)
                .c(113.0, 251.0, 114.0, 241.0, 113.0, 230.0)
                .l(115.0, 212.0)
                .c(119.0, 190.0, 125.0, 168.0, 128.0, 150.0)
                .l(136.0, 130.0)
                .z(),
        );
        // Leg, hip to foot, the thigh wide at the top.
        push(
            PartKind::Skin,
            pen(mirrored)
                .m(130.0, 204.0)
                .c(121.0, 236.0, 121.0, 268.0, 130.0, 296.0)
                .c(126.0, 318.0, 128.0, 344.0, 138.0, 366.0)
                .l(136.0, 382.0)
                .q(135.0, 392.0, 146.0, 392.0)
                .l(160.0, 392.0)
                .q(166.0, 391.0, 163.0, 380.0)
                .l(162.0, 366.0)
                .c(167.0, 344.0, 169.0, 320.0, 165.0, 298.0)
                .c(171.0, 280.0, 176.0, 258.0, 178.0, 240.0)
                .l(180.0, 204.0)
                .z(),
        );
        // Ear.
        push(
            PartKind::SkinShade,
            pen(mirrored)
                .m(158.0, 34.0)
                .c(151.0, 32.0, 150.0, 50.0, 159.0, 50.0)
                .z(),
        );
        // Kneecap.
        push(
            PartKind::Crease,
            pen(mirrored)
                .m(140.0, 300.0)
                .q(148.0, 292.0, 156.0, 300.0)
                .done(),
        );
        // Collarbone.
        push(
            PartKind::Crease,
            pen(mirrored)
                .m(150.0, 92.0)
                .q(162.0, 90.0, 172.0, 94.0)
                .done(),
        );
    }
    // Head.
    push(
        PartKind::Skin,
        pen(false)
            .m(180.0, 12.0)
            .c(195.0, 12.0, 204.0, 24.0, 204.0, 40.0)
            .c(204.0, 56.0, 194.0, 68.0, 180.0, 68.0)
            .c(166.0, 68.0, 156.0, 56.0, 156.0, 40.0)
            .c(156.0, 24.0, 165.0, 12.0, 180.0, 12.0)
            .z(),
    );
    // Neck and torso, the same outline as from behind.
    push(
        PartKind::Skin,
        pen(false)
            .m(170.0, 56.0)
            .c(170.0, 70.0, 169.0, 80.0, 158.0, 85.0)
            .c(144.0, 90.0, 128.0, 90.0, 122.0, 100.0)
            .c(116.0, 110.0, 124.0, 124.0, 134.0, 134.0)
            .c(136.0, 152.0, 144.0, 166.0, 144.0, 180.0)
            .c(144.0, 194.0, 135.0, 204.0, 134.0, 214.0)
            .l(180.0, 226.0)
            .l(226.0, 214.0)
            .c(225.0, 204.0, 216.0, 194.0, 216.0, 180.0)
            .c(216.0, 166.0, 224.0, 152.0, 226.0, 134.0)
            .c(236.0, 124.0, 244.0, 110.0, 238.0, 100.0)
            .c(232.0, 90.0, 216.0, 90.0, 202.0, 85.0)
            .c(191.0, 80.0, 190.0, 70.0, 190.0, 56.0)
            .z(),
    );
    // Hair: only the top of the head from the front, a soft fringe.
    push(
        PartKind::Hair,
        pen(false)
            .m(180.0, 10.0)
            .c(197.0, 10.0, 206.0, 22.0, 205.0, 36.0)
            .c(200.0, 26.0, 192.0, 22.0, 180.0, 24.0)
            .c(170.0, 22.0, 160.0, 26.0, 155.0, 36.0)
            .c(154.0, 22.0, 163.0, 10.0, 180.0, 10.0)
            .z(),
    );
    // Shorts: shorter at the front, so the hip flexor zone sits just below the waist.
    push(
        PartKind::Cloth,
        pen(false)
            .m(140.0, 194.0)
            .l(220.0, 194.0)
            .c(226.0, 206.0, 232.0, 220.0, 236.0, 236.0)
            .q(210.0, 246.0, 186.0, 240.0)
            .l(180.0, 228.0)
            .l(174.0, 240.0)
            .q(150.0, 246.0, 124.0, 236.0)
            .c(128.0, 220.0, 134.0, 206.0, 140.0, 194.0)
            .z(),
    );
    push(
        PartKind::Seam,
        pen(false).m(139.0, 202.0).l(221.0, 202.0).done(),
    );
    // Navel, and a calm face: eyes closed, a small smile.
    push(
        PartKind::Crease,
        pen(false)
            .m(180.0, 168.0)
            .q(182.0, 171.0, 180.0, 174.0)
            .done(),
    );
    for mirrored in [false, true] {
        push(
            PartKind::Crease,
            pen(mirrored)
                .m(166.0, 40.0)
                .q(170.0, 43.0, 174.0, 40.0)
                .done(),
        );
    }
    push(
        PartKind::Crease,
        pen(false).m(174.0, 54.0).q(180.0, 58.0, 186.0, 54.0).done(),
    );
}
