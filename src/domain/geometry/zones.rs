//! The eight zones' outlines, drawn over the figure.

use super::pen::{map, Pen};
use super::{Point, View, ZoneShape};
use crate::domain::zone::{Side, Zone};

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
