//! Every zone's outline and tap target, drawn over the figure.
//!
//! Shapes are written once, on the viewer's left half of their view (x < 180 in figure
//! coordinates), and mirrored for the twin: see [`View::mirrors`].

use super::pen::{place, Pen, FIGURE_CENTRE};
use super::{zone_view, Rect, View, ZoneShape};
use crate::zone::Zone;

/// A tap target in figure coordinates on the left half: x, y, width, height.
type Hit = (f32, f32, f32, f32);

/// The outline of a zone, drawn over the figure.
pub(super) fn zone_shape(zone: Zone) -> ZoneShape {
    let view = zone_view(zone);
    let mirrored = zone.side().is_some_and(|s| view.mirrors(s));
    let pen = Pen::on(view, mirrored);
    let (path, (lx, ly), hit): (String, (f32, f32), Hit) = match zone {
        Zone::ItBandLeft | Zone::ItBandRight => (
            // A long narrow band down the outside of the thigh, hip to knee.
            pen.m(127.0, 210.0)
                .c(131.0, 210.0, 132.0, 214.0, 132.0, 220.0)
                .c(131.0, 245.0, 131.0, 270.0, 131.0, 288.0)
                .c(131.0, 294.0, 123.0, 294.0, 123.0, 288.0)
                .c(122.0, 270.0, 122.0, 245.0, 122.0, 220.0)
                .c(122.0, 214.0, 123.0, 210.0, 127.0, 210.0)
                .z(),
            (127.0, 252.0),
            (84.0, 204.0, 48.0, 96.0),
        ),
        Zone::HipFlexorLeft | Zone::HipFlexorRight => (
            // Just below and outside the bony point at the front of the hip.
            pen.m(140.0, 211.0)
                .c(150.0, 209.0, 158.0, 213.0, 158.0, 221.0)
                .l(156.0, 236.0)
                .c(155.0, 243.0, 140.0, 243.0, 138.0, 236.0)
                .l(136.0, 219.0)
                .c(136.0, 214.0, 137.0, 211.0, 140.0, 211.0)
                .z(),
            (147.0, 226.0),
            (132.0, 198.0, 48.0, 48.0),
        ),
        Zone::QuadLeft | Zone::QuadRight => (
            // The front of the thigh down to the top of the kneecap.
            pen.m(152.0, 247.0)
                .c(163.0, 246.0, 170.0, 250.0, 170.0, 258.0)
                .l(166.0, 286.0)
                .c(165.0, 294.0, 141.0, 294.0, 139.0, 286.0)
                .l(136.0, 258.0)
                .c(136.0, 250.0, 141.0, 247.0, 152.0, 247.0)
                .z(),
            (152.0, 270.0),
            (132.0, 246.0, 48.0, 54.0),
        ),
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => (
            // A rounded triangle: top inner corner, outer corner, the point at the bottom.
            pen.m(152.0, 97.0)
                .c(143.0, 97.0, 133.0, 99.0, 130.0, 104.0)
                .c(127.0, 110.0, 138.0, 132.0, 144.0, 141.0)
                .c(147.0, 146.0, 152.0, 145.0, 153.0, 140.0)
                .c(155.0, 128.0, 156.0, 113.0, 156.0, 102.0)
                .c(156.0, 99.0, 155.0, 97.0, 152.0, 97.0)
                .z(),
            (146.0, 116.0),
            (107.0, 86.0, 49.0, 60.0),
        ),
        Zone::UpperBack => (
            // Along the spine between the shoulder blades.
            pen.m(180.0, 80.0)
                .c(188.0, 80.0, 192.0, 84.0, 192.0, 92.0)
                .l(192.0, 140.0)
                .c(192.0, 146.0, 188.0, 149.0, 180.0, 149.0)
                .c(172.0, 149.0, 168.0, 146.0, 168.0, 140.0)
                .l(168.0, 92.0)
                .c(168.0, 84.0, 172.0, 80.0, 180.0, 80.0)
                .z(),
            (180.0, 114.0),
            (156.0, 74.0, 48.0, 76.0),
        ),
        Zone::LatsLeft | Zone::LatsRight => (
            // The broad muscle down the side of the back, armpit to waist.
            pen.m(137.0, 147.0)
                .c(143.0, 146.0, 150.0, 150.0, 151.0, 158.0)
                .l(151.0, 186.0)
                .c(151.0, 192.0, 146.0, 194.0, 144.0, 190.0)
                .c(142.0, 178.0, 139.0, 164.0, 135.0, 152.0)
                .c(134.0, 149.0, 135.0, 147.0, 137.0, 147.0)
                .z(),
            (144.0, 170.0),
            (96.0, 146.0, 56.0, 52.0),
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
            (180.0, 178.0),
            (152.0, 150.0, 56.0, 50.0),
        ),
        Zone::GlutesLeft | Zone::GlutesRight => (
            // One buttock, drawn over the shorts.
            pen.m(160.0, 207.0)
                .c(171.0, 207.0, 177.0, 214.0, 177.0, 226.0)
                .c(177.0, 240.0, 170.0, 251.0, 158.0, 251.0)
                .c(147.0, 251.0, 140.0, 242.0, 140.0, 228.0)
                .c(140.0, 215.0, 148.0, 207.0, 160.0, 207.0)
                .z(),
            (159.0, 229.0),
            (132.0, 200.0, 48.0, 52.0),
        ),
        Zone::HamstringsLeft | Zone::HamstringsRight => (
            // The back of the thigh, from under the buttock to above the knee.
            pen.m(158.0, 257.0)
                .c(168.0, 257.0, 175.0, 259.0, 175.0, 264.0)
                .l(172.0, 282.0)
                .c(171.0, 288.0, 146.0, 288.0, 144.0, 282.0)
                .l(140.0, 264.0)
                .c(140.0, 259.0, 148.0, 257.0, 158.0, 257.0)
                .z(),
            (158.0, 271.0),
            (132.0, 252.0, 48.0, 48.0),
        ),
        Zone::CalvesLeft | Zone::CalvesRight => (
            // The calf, below the back of the knee to above the ankle.
            pen.m(155.0, 302.0)
                .c(165.0, 302.0, 171.0, 310.0, 171.0, 322.0)
                .c(171.0, 336.0, 166.0, 350.0, 160.0, 356.0)
                .c(157.0, 359.0, 153.0, 359.0, 150.0, 356.0)
                .c(144.0, 348.0, 141.0, 334.0, 141.0, 320.0)
                .c(141.0, 309.0, 146.0, 302.0, 155.0, 302.0)
                .z(),
            (156.0, 328.0),
            (132.0, 300.0, 48.0, 72.0),
        ),
    };
    ZoneShape {
        path,
        label_at: place(view, lx, ly, mirrored),
        view,
        hit: hit_rect(view, hit, mirrored),
    }
}

fn hit_rect(view: View, (x, y, width, height): Hit, mirrored: bool) -> Rect {
    let x = if mirrored {
        2.0 * FIGURE_CENTRE - x - width
    } else {
        x
    };
    Rect {
        x: x + view.offset(),
        y,
        width,
        height,
    }
}

/// The bounding box of every point in a path's data (control points included, so it
/// holds the whole curve).
#[cfg(test)]
pub(super) fn path_bounds(d: &str) -> Rect {
    let nums: Vec<f32> = d
        .split(|c: char| c.is_ascii_alphabetic() || c.is_whitespace())
        .filter_map(|t| t.parse().ok())
        .collect();
    let points: Vec<super::Point> = nums
        .chunks_exact(2)
        .map(|c| super::Point::new(c[0], c[1]))
        .collect();
    let min_x = points.iter().map(|p| p.x).fold(f32::INFINITY, f32::min);
    let max_x = points.iter().map(|p| p.x).fold(f32::NEG_INFINITY, f32::max);
    let min_y = points.iter().map(|p| p.y).fold(f32::INFINITY, f32::min);
    let max_y = points.iter().map(|p| p.y).fold(f32::NEG_INFINITY, f32::max);
    Rect {
        x: min_x,
        y: min_y,
        width: max_x - min_x,
        height: max_y - min_y,
    }
}

#[cfg(test)]
mod tests;
