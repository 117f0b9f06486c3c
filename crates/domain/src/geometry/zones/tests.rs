//! Zone shapes and tap targets: in the right view, on the right side, big enough for a
//! thumb, never overlapping.

use super::path_bounds;
use crate::geometry::pen::fmt;
use crate::geometry::*;

#[test]
fn lerp_and_distance() {
    let a = Point::new(0.0, 0.0);
    let b = Point::new(3.0, 4.0);
    assert_eq!(a.distance(b), 5.0);
    assert_eq!(a.lerp(b, 0.5), Point::new(1.5, 2.0));
    assert_eq!(fmt(2.25), "2.3");
}

#[test]
fn every_zone_has_a_closed_shape_in_the_right_panel() {
    let panels = panels();
    for zone in Zone::ALL {
        let shape = zone_shape(zone);
        assert!(shape.path.starts_with('M'), "{zone:?}");
        assert!(shape.path.ends_with('Z'), "{zone:?}");
        let front = matches!(
            zone,
            Zone::ItBandLeft
                | Zone::ItBandRight
                | Zone::QuadLeft
                | Zone::QuadRight
                | Zone::HipFlexorLeft
                | Zone::HipFlexorRight
        );
        let expected = if front { View::Front } else { View::Back };
        assert_eq!(shape.view, expected, "{zone:?}");
        let panel = panels.iter().find(|p| p.view == shape.view).unwrap();
        let b = path_bounds(&shape.path);
        assert!(
            b.x >= panel.x && b.x + b.width <= panel.x + panel.width,
            "{zone:?}"
        );
        assert!(shape.hit.x >= panel.x && shape.hit.x + shape.hit.width <= panel.x + panel.width);
        assert!(shape.hit.y >= panel.y && shape.hit.y + shape.hit.height <= panel.height);
    }
}

#[test]
fn each_side_is_where_the_person_has_it() {
    for zone in Zone::ALL {
        let shape = zone_shape(zone);
        let centre = shape.view.centre();
        let at = shape.label_at;
        // Facing us (front view) the person's left is on the viewer's right.
        let flip = shape.view == View::Front;
        match zone.side() {
            Some(Side::Left) => assert_eq!(at.x < centre, !flip, "{zone:?}"),
            Some(Side::Right) => assert_eq!(at.x > centre, !flip, "{zone:?}"),
            None => assert!((at.x - centre).abs() < 1.0, "{zone:?}"),
        }
    }
}

#[test]
fn twins_mirror_each_other() {
    for zone in Zone::ALL
        .into_iter()
        .filter(|z| z.side() == Some(Side::Left))
    {
        let (a, b) = (zone_shape(zone), zone_shape(zone.mirror()));
        let c = a.view.centre();
        assert_eq!(a.view, b.view);
        assert_eq!(a.label_at.y, b.label_at.y);
        assert!(
            (a.label_at.x + b.label_at.x - 2.0 * c).abs() < 0.01,
            "{zone:?}"
        );
        assert!(
            (a.hit.x + a.hit.width + b.hit.x - 2.0 * c).abs() < 0.01,
            "{zone:?}"
        );
    }
}

#[test]
fn tap_targets_are_thumb_sized_hold_their_zone_and_never_overlap() {
    for zone in Zone::ALL {
        let shape = zone_shape(zone);
        assert!(
            shape.hit.width >= 48.0 && shape.hit.height >= 48.0,
            "{zone:?}: {:?}",
            shape.hit
        );
        let b = path_bounds(&shape.path);
        // The visible zone sits inside its target (a control point may bulge a unit).
        let grown = Rect {
            x: shape.hit.x - 6.0,
            y: shape.hit.y - 1.0,
            width: shape.hit.width + 12.0,
            height: shape.hit.height + 2.0,
        };
        for corner in [
            Point::new(b.x, b.y),
            Point::new(b.x + b.width, b.y + b.height),
        ] {
            assert!(
                grown.contains(corner),
                "{zone:?}: {b:?} outside {:?}",
                shape.hit
            );
        }
        assert!(shape.hit.contains(shape.label_at), "{zone:?}");
        for other in Zone::ALL.into_iter().filter(|o| *o != zone) {
            assert!(
                !shape.hit.overlaps(&zone_shape(other).hit),
                "{zone:?} and {other:?} share tap area"
            );
        }
    }
}

#[test]
fn the_view_box_holds_both_panels() {
    let [front, back] = panels();
    assert!(front.x >= 0.0 && back.x + back.width <= VIEW_WIDTH);
    assert!(front.x + front.width < back.x);
    assert!(VIEW_BOX.contains(&format!("{VIEW_WIDTH}")));
}
