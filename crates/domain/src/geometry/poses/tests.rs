//! The drawings teach the right pose: the roller under the target muscle, on the floor,
//! the body on top of it (not through it), the arrow the way the card says.

use super::*;
use crate::geometry::pose_table::{pose, stroke};
use crate::routine::Position;
use crate::zone::Zone;

/// Distance from `p` to the segment a–b.
fn to_segment(p: Point, a: Point, b: Point) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0)
    };
    p.distance(a.lerp(b, t))
}

fn poses() -> Vec<(Position, Pose)> {
    Position::ALL.iter().map(|&p| (p, pose(p, None))).collect()
}

#[test]
fn the_roller_touches_the_target_all_along_a_pass() {
    for (position, pose) in poses() {
        let (a, b) = (pose.target[0], pose.target[pose.target.len() - 1]);
        for i in 0..=10 {
            let x = pose.roller_x + pose.travel * i as f32 / 10.0;
            let top = Point::new(x, FLOOR_Y - 2.0 * ROLLER_R);
            let d = to_segment(top, a, b);
            assert!(
                d < 6.0,
                "{position:?}: roller top at {x} is {d} from the target"
            );
        }
    }
}

#[test]
fn the_body_rests_on_the_roller_without_sinking_into_it() {
    for (position, pose) in poses() {
        let c = pose.roller();
        let mut nearest = f32::INFINITY;
        for s in &pose.strokes {
            for w in s.joints.windows(2) {
                let gap = to_segment(c, w[0], w[1]) - s.width / 2.0 - ROLLER_R;
                nearest = nearest.min(gap);
            }
        }
        assert!(
            (-4.0..=3.0).contains(&nearest),
            "{position:?}: gap {nearest}"
        );
    }
}

#[test]
fn everything_stays_on_or_above_the_floor_and_inside_the_picture() {
    for (position, pose) in poses() {
        for s in &pose.strokes {
            for j in &s.joints {
                assert!(
                    j.y + s.width / 2.0 <= FLOOR_Y + 1.5,
                    "{position:?}: {j:?} below the floor"
                );
                assert!(j.x - s.width / 2.0 >= 0.0 && j.x + s.width / 2.0 <= POSE_WIDTH);
            }
        }
        assert!(pose.head.y + HEAD_R <= FLOOR_Y);
        // Nothing is cut off by the view box's top edge.
        let top: f32 = POSE_VIEW_BOX.split(' ').nth(1).unwrap().parse().unwrap();
        assert!(pose.head.y - HEAD_R >= top, "{position:?}: head cut off");
        for s in &pose.strokes {
            assert!(
                s.joints.iter().all(|j| j.y - s.width / 2.0 >= top),
                "{position:?}"
            );
        }
        let (from, to) = pose.arrow();
        assert!(from.y > FLOOR_Y && to.x >= 0.0 && to.x <= POSE_WIDTH);
    }
}

#[test]
fn the_arrow_runs_the_way_the_card_says() {
    // Legs roll away from the hip (the head is at small x), the trunk towards the head.
    for zone in Zone::ALL.into_iter().filter(|z| z.rollable()) {
        let position = Position::of(zone).unwrap();
        let p = pose(position, None);
        if zone.is_leg() {
            assert!(p.travel > 0.0, "{zone:?}");
        } else {
            assert!(p.travel < 0.0, "{zone:?}");
        }
        assert!(
            p.travel.abs() >= 20.0,
            "{zone:?}: the travel should be visible"
        );
    }
}

#[test]
fn the_face_up_pose_lifts_the_hips_and_hugs() {
    let p = pose(Position::FaceUp, None);
    let trunk = p.strokes.iter().find(|s| s.limb == Limb::Trunk).unwrap();
    let hip = trunk.joints[trunk.joints.len() - 1];
    assert!(
        hip.y + trunk.width / 2.0 < FLOOR_Y - 8.0,
        "hips lifted off the floor"
    );
    // Both hands end in front of the chest, not on the floor.
    for arm in p.strokes.iter().filter(|s| s.width <= 10.0) {
        let hand = arm.joints[arm.joints.len() - 1];
        assert!(hand.y < 100.0, "{hand:?}");
    }
    assert_eq!(
        pose(Position::FaceUp, Some(Side::Left)).tilt,
        Some(Side::Left)
    );
}

#[test]
fn the_side_plank_is_on_a_forearm() {
    let p = pose(Position::SidePlank(Side::Left), None);
    let arm = p.strokes.iter().rfind(|s| s.limb == Limb::Near).unwrap();
    let (shoulder, elbow, hand) = (arm.joints[0], arm.joints[1], arm.joints[2]);
    assert!(
        (shoulder.x - elbow.x).abs() < 6.0,
        "elbow under the shoulder"
    );
    assert!(
        hand.y > FLOOR_Y - 10.0 && elbow.y > FLOOR_Y - 10.0,
        "forearm on the floor"
    );
    assert!(mirrored(Position::SidePlank(Side::Right)));
    assert!(!mirrored(Position::FaceUp));
}

#[test]
fn paths_are_drawn_through_every_joint() {
    let s = stroke(Limb::Near, 4.0, &[(1.0, 2.0), (3.5, 4.0)]);
    assert_eq!(stroke_d(&s), "M 1 2 L 3.5 4");
}
