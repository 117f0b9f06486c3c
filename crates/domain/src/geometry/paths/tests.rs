//! Roll paths: landmarks in order, arc length, mirroring, clamping.

use super::*;
use crate::geometry::{zone_shape, zone_view, View};
use crate::zone::Side;

fn close(a: Point, b: Point) -> bool {
    a.distance(b) < 0.01
}

fn rollable() -> impl Iterator<Item = Zone> {
    Zone::ALL.into_iter().filter(|z| z.rollable())
}

#[test]
fn every_path_starts_and_ends_at_its_named_landmarks() {
    for zone in rollable() {
        let marks = landmarks(zone).unwrap();
        let path = roll_path(zone).unwrap();
        let view = zone_view(zone);
        let mirrored = zone.side().is_some_and(|s| view.mirrors(s));
        let first = marks[0];
        let last = marks[marks.len() - 1];
        assert!(close(
            path.point_at(0.0),
            place(view, first.x, first.y, mirrored)
        ));
        assert!(close(
            path.point_at(1.0),
            place(view, last.x, last.y, mirrored)
        ));
        assert!(path.length() > 15.0, "{zone:?} is too short to roll");
    }
}

#[test]
fn legs_run_down_and_the_trunk_runs_up() {
    for zone in rollable() {
        let p = roll_path(zone).unwrap();
        let (start, end) = (p.point_at(0.0), p.point_at(1.0));
        if zone.is_leg() {
            assert!(start.y < end.y, "{zone:?} should run towards the foot");
        } else {
            assert!(start.y > end.y, "{zone:?} should run towards the head");
        }
    }
}

#[test]
fn landmarks_are_in_order_along_the_path() {
    for zone in rollable() {
        let path = roll_path(zone).unwrap();
        let mut last = -1.0;
        for (i, p) in path.points().iter().enumerate() {
            let t = (0..=1000)
                .map(|k| k as f32 / 1000.0)
                .find(|t| path.point_at(*t).distance(*p) < 0.6)
                .unwrap_or_else(|| panic!("{zone:?}: landmark {i} not on the path"));
            assert!(t >= last, "{zone:?}: landmark {i} out of order");
            last = t;
        }
    }
}

#[test]
fn every_path_stays_inside_its_zone() {
    for zone in rollable() {
        let shape = zone_shape(zone);
        let outline = super::super::zones::path_bounds(&shape.path);
        let path = roll_path(zone).unwrap();
        for i in 0..=20 {
            let p = path.point_at(i as f32 / 20.0);
            assert!(outline.contains(p), "{zone:?}: {p:?} outside {outline:?}");
            assert!(
                shape.hit.contains(p),
                "{zone:?}: {p:?} outside its tap target"
            );
        }
    }
}

#[test]
fn right_paths_mirror_left_paths_within_their_view() {
    for left in rollable().filter(|z| z.side() == Some(Side::Left)) {
        let right = left.mirror();
        let centre = zone_view(left).centre();
        let (l, r) = (roll_path(left).unwrap(), roll_path(right).unwrap());
        for t in [0.0, 0.3, 0.77, 1.0] {
            let (a, b) = (l.point_at(t), r.point_at(t));
            assert!((a.x + b.x - 2.0 * centre).abs() < 0.01, "{left:?} at {t}");
            assert!((a.y - b.y).abs() < 0.01);
        }
        // From behind the person's left is on the viewer's left; facing us, on the right.
        let left_of_centre = l.point_at(0.5).x < centre;
        assert_eq!(left_of_centre, zone_view(left) == View::Back, "{left:?}");
    }
}

#[test]
fn positions_are_by_arc_length_and_monotone() {
    for zone in rollable() {
        let path = roll_path(zone).unwrap();
        let mut travelled = 0.0;
        let mut prev = path.point_at(0.0);
        for i in 1..=100 {
            let t = i as f32 / 100.0;
            let p = path.point_at(t);
            travelled += prev.distance(p);
            prev = p;
            assert!(
                (travelled - t * path.length()).abs() < 0.05,
                "{zone:?} at {t}"
            );
        }
    }
}

#[test]
fn positions_are_clamped() {
    let path = roll_path(Zone::ItBandRight).unwrap();
    assert_eq!(path.point_at(-3.0), path.point_at(0.0));
    assert_eq!(path.point_at(7.5), path.point_at(1.0));
    assert_eq!(path.point_at(f32::NAN), path.point_at(0.0));
}

#[test]
fn the_lower_back_has_no_path() {
    assert!(roll_path(Zone::LowerBack).is_none());
    assert!(landmarks(Zone::LowerBack).is_none());
}

#[test]
fn drawing_and_direction() {
    let up = roll_path(Zone::UpperBack).unwrap();
    let x = fmt(180.0 + View::Back.offset());
    assert_eq!(up.d(), format!("M {x} 145 L {x} 84"));
    assert_eq!(up.angle_at(0.5), -90.0);
    assert_eq!(up.roller_angle_at(0.5), 0.0);
    let it = roll_path(Zone::ItBandLeft).unwrap();
    assert!(it.roller_angle_at(0.5).abs() < 5.0);
    for zone in rollable() {
        let path = roll_path(zone).unwrap();
        for t in [0.0, 0.5, 1.0] {
            let a = path.roller_angle_at(t);
            assert!(a > -90.0 && a <= 90.0, "{zone:?}");
        }
        assert!(roller_length(zone) >= 40.0);
    }
    let dot = RollPath::new(vec![Point::new(1.0, 2.0)]);
    assert_eq!(dot.point_at(0.4), Point::new(1.0, 2.0));
    assert_eq!(dot.length(), 0.0);
}
