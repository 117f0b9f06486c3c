//! Each drawing against its checklist: the roller under the named muscle, the lower back
//! clear of it, the supports on the floor, the body in proportion and facing the way the
//! words say, at the start of a pass, half-way and at its end.

use super::body::{bone_to, BONES};
use super::*;

/// Distance from `p` to the segment a–b, and how far along it the nearest point is.
fn to_segment(p: Point, a: Point, b: Point) -> (f32, f32) {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0)
    };
    (p.distance(a.lerp(b, t)), t)
}

fn all() -> Vec<Pose> {
    PoseKind::ALL.into_iter().map(pose).collect()
}

/// The body half-way through a pass, as the drawing shows it: every bone moved from its
/// start placement towards its end one.
/// A drawn bone: which, and where its two ends are.
type Drawn = Vec<(Bone, Point, Point)>;

fn halfway(p: &Pose) -> Drawn {
    p.bones()
        .into_iter()
        .map(|pl| {
            let at = pl.start.at.lerp(pl.end.at, 0.5);
            let deg = (pl.start.deg + pl.end.deg) / 2.0;
            let r = deg.to_radians();
            let to = Point::new(
                at.x + pl.bone.length * r.cos(),
                at.y + pl.bone.length * r.sin(),
            );
            (pl.bone, at, to)
        })
        .collect()
}

/// Every moment the tests look at: start, half-way and end, as drawn bones.
fn moments(p: &Pose) -> Vec<(&'static str, Drawn)> {
    let of = |s: &Skeleton| {
        BONES
            .iter()
            .filter(|b| b.width > 0.0)
            .map(|b| (*b, s[b.from], s[b.to]))
            .collect::<Vec<_>>()
    };
    vec![
        ("start", of(&p.start)),
        ("half-way", halfway(p)),
        ("end", of(&p.end)),
    ]
}

#[test]
fn every_bone_keeps_its_length_at_both_ends_of_a_pass() {
    for p in all() {
        for (when, s) in [("start", &p.start), ("end", &p.end)] {
            for b in BONES.iter() {
                let len = s[b.from].distance(s[b.to]);
                assert!(
                    (len - b.length).abs() < 0.6,
                    "{:?} {when}: {:?}→{:?} is {len}, not {}",
                    p.kind,
                    b.from,
                    b.to,
                    b.length
                );
            }
        }
    }
}

#[test]
fn the_roller_lies_under_the_named_muscle_all_through_a_pass() {
    for p in all() {
        let (Some(c), Some(seg)) = (p.roller, p.checklist.roller_under) else {
            continue;
        };
        let bone = seg.bone();
        for (when, s, want) in [("start", &p.start, p.pass.0), ("end", &p.end, p.pass.1)] {
            let (d, t) = to_segment(c, s[bone.from], s[bone.to]);
            assert!(
                (d - ROLLER_R - bone.width / 2.0).abs() < 1.0,
                "{:?} {when}: the {seg:?} is {d} from the roller's centre",
                p.kind
            );
            assert!(
                t > 0.02 && t < 0.98,
                "{:?} {when}: the roller is at the end of the {seg:?} ({t})",
                p.kind
            );
            assert!(
                (t - want).abs() < 0.08,
                "{:?} {when}: the roller is at {t} of the {seg:?}, not {want}",
                p.kind
            );
        }
        // It stays on the floor.
        assert_eq!(c.y, FLOOR_Y - ROLLER_R);
    }
}

#[test]
fn the_lower_back_never_touches_the_roller() {
    for p in all() {
        let Some(c) = p.roller else { continue };
        let lumbar = Segment::Lumbar.bone();
        for (when, bones) in moments(&p) {
            for (b, from, to) in bones {
                if (b.from, b.to) == (lumbar.from, lumbar.to) {
                    let (d, _) = to_segment(c, from, to);
                    assert!(
                        d > ROLLER_R + b.width / 2.0 + 2.0,
                        "{:?} {when}: the lower back is {d} from the roller",
                        p.kind
                    );
                }
            }
        }
    }
}

#[test]
fn the_body_rests_on_the_roller_without_sinking_into_it() {
    for p in all() {
        let Some(c) = p.roller else { continue };
        for (when, bones) in moments(&p) {
            for (b, from, to) in bones {
                let (d, _) = to_segment(c, from, to);
                assert!(
                    d >= ROLLER_R + b.width / 2.0 - 1.5,
                    "{:?} {when}: {:?}→{:?} sinks {} into the roller",
                    p.kind,
                    b.from,
                    b.to,
                    ROLLER_R + b.width / 2.0 - d
                );
            }
        }
    }
}

#[test]
fn nothing_goes_through_the_floor() {
    for p in all() {
        for (when, bones) in moments(&p) {
            for (b, from, to) in bones {
                for j in [from, to] {
                    assert!(
                        j.y + b.width / 2.0 <= FLOOR_Y + 1.0,
                        "{:?} {when}: {:?}→{:?} under the floor at {j:?}",
                        p.kind,
                        b.from,
                        b.to
                    );
                }
            }
        }
        for s in [&p.start, &p.end] {
            assert!(s[Joint::Head].y + HEAD_R <= FLOOR_Y + 0.5, "{:?}", p.kind);
        }
    }
}

/// How far above the floor a joint's underside is.
fn above_floor(s: &Skeleton, j: Joint) -> f32 {
    let half = bone_to(j).map_or(HEAD_R, |b| b.width / 2.0);
    FLOOR_Y - (s[j].y + half)
}

#[test]
fn every_support_touches_the_floor_all_through_a_pass() {
    for p in all() {
        for (when, s) in [("start", &p.start), ("end", &p.end)] {
            for support in p.checklist.supports {
                let touching: Vec<Joint> = match *support {
                    Support::Forearm(part) => vec![part.elbow(), part.hand()],
                    Support::Hand(part) => vec![part.hand()],
                    Support::Foot(part) => vec![part.ankle(), part.toe()],
                    Support::Ankle(part) => vec![part.ankle()],
                    Support::Leg(part) => vec![part.knee(), part.ankle()],
                    Support::Back => vec![Joint::Waist, Joint::Shoulder],
                };
                for j in touching {
                    let gap = if *support == Support::Back {
                        let b = Segment::Thorax.bone();
                        FLOOR_Y - (s[j].y + b.width / 2.0)
                    } else {
                        above_floor(s, j)
                    };
                    assert!(
                        (-1.0..=2.5).contains(&gap),
                        "{:?} {when}: {support:?} is {gap} off the floor at {j:?}",
                        p.kind
                    );
                }
            }
        }
    }
}

#[test]
fn planted_feet_and_hands_stay_where_they_are() {
    // Rolling the upper back, the feet push and stay; the glutes' hands and foot too.
    for kind in [PoseKind::UpperBack, PoseKind::Glutes] {
        let p = pose(kind);
        for j in [Joint::NearAnkle, Joint::FarAnkle] {
            if p.checklist.supports.contains(&Support::Foot(Part::Near)) || j == Joint::FarAnkle {
                assert!(p.start[j].distance(p.end[j]) < 0.5, "{kind:?} {j:?}");
            }
        }
    }
}

#[test]
fn the_body_moves_over_the_roller_and_the_roller_stays() {
    for p in all() {
        if p.roller.is_none() {
            assert!(!p.moves(), "{:?}: nothing to roll", p.kind);
            continue;
        }
        let hip = p.start[Joint::Hip].distance(p.end[Joint::Hip]);
        assert!(hip >= 12.0, "{:?}: the body travels only {hip}", p.kind);
    }
}

#[test]
fn each_pass_runs_the_way_the_card_says() {
    // Legs and buttocks away from the hip or the top of the pelvis; the back towards the
    // neck (its segment runs from the bottom of the ribs up).
    for p in all() {
        if p.roller.is_some() {
            assert!(p.pass.1 > p.pass.0, "{:?}", p.kind);
        }
    }
    // Hip flexors start at the front of the hip, quadriceps further down.
    assert!(pose(PoseKind::HipFlexors).pass.0 < 0.15);
    assert!(pose(PoseKind::Quads).pass.0 > 0.15);
}

#[test]
fn the_roller_is_under_the_muscle_each_zone_names() {
    for zone in Zone::ALL.into_iter().filter(|z| z.rollable()) {
        let Some(kind) = PoseKind::of_zone(zone) else {
            panic!("{zone:?} has no drawing")
        };
        let under = pose(kind).checklist.roller_under;
        let want = match zone {
            Zone::ItBandLeft
            | Zone::ItBandRight
            | Zone::QuadLeft
            | Zone::QuadRight
            | Zone::HipFlexorLeft
            | Zone::HipFlexorRight
            | Zone::HamstringsLeft
            | Zone::HamstringsRight => Segment::Thigh(Part::Near),
            Zone::CalvesLeft | Zone::CalvesRight => Segment::Shin(Part::Near),
            Zone::GlutesLeft | Zone::GlutesRight => Segment::Buttock,
            _ => Segment::Thorax,
        };
        assert_eq!(under, Some(want), "{zone:?}");
    }
    assert_eq!(PoseKind::of_zone(Zone::LowerBack), None);
}

#[test]
fn each_body_faces_the_way_the_words_say() {
    for p in all() {
        let neck = p
            .bones()
            .into_iter()
            .find(|pl| pl.bone.to == Joint::Head)
            .map(|pl| pl.start.deg);
        let face = p.face.zip(neck).map(|(f, n)| (f + n).to_radians());
        match p.checklist.faces {
            Facing::Viewer => assert_eq!(face, None, "{:?}", p.kind),
            Facing::Up => assert!(face.is_some_and(|a| a.sin() < -0.7), "{:?}", p.kind),
            Facing::Down => assert!(face.is_some_and(|a| a.sin() > 0.5), "{:?}", p.kind),
            Facing::Feet => assert!(face.is_some_and(|a| a.cos() > 0.7), "{:?}", p.kind),
        }
        // Bent knees point up, whichever way the body faces.
        for part in [Part::Near, Part::Far] {
            if p.checklist.supports.contains(&Support::Foot(part)) {
                let (hip, knee, ankle) = (
                    p.start[Joint::Hip],
                    p.start[part.knee()],
                    p.start[part.ankle()],
                );
                assert!(knee.y < hip.y.min(ankle.y), "{:?}: {part:?} knee", p.kind);
            }
        }
    }
}

#[test]
fn the_side_plank_rests_on_a_forearm_under_the_shoulder() {
    let p = pose(PoseKind::ItBand);
    let (shoulder, elbow) = (p.start[Joint::Shoulder], p.start[Joint::NearElbow]);
    assert!(
        (shoulder.x - elbow.x).abs() < 16.0,
        "elbow under the shoulder"
    );
    // The head sits on the neck, above the shoulders, off the floor.
    assert!(p.start[Joint::Head].y < shoulder.y);
}

#[test]
fn the_picture_holds_the_whole_pass_and_the_roller() {
    for p in all() {
        let v = p.view;
        for s in [&p.start, &p.end] {
            for j in [Joint::Head, Joint::NearToe, Joint::FarToe, Joint::NearHand] {
                assert!(v.contains(s[j]), "{:?}: {j:?} outside", p.kind);
            }
        }
        if let Some(c) = p.roller {
            assert!(v.contains(c));
        }
        assert!(v.y + v.height > FLOOR_Y);
    }
}

#[test]
fn the_right_side_is_the_mirror_image() {
    assert!(mirrored(Some(Side::Right)));
    assert!(!mirrored(Some(Side::Left)));
    assert!(!mirrored(None));
    assert_eq!(
        PoseKind::of_position(Position::SidePlank(Side::Right)),
        PoseKind::ItBand
    );
}

#[test]
fn placements_are_written_as_css_transforms() {
    let p = Placement {
        at: Point::new(1.25, -2.0),
        deg: 90.0,
    };
    assert_eq!(p.css(), "translate(1.3px,-2px) rotate(90deg)");
}

#[test]
fn the_glutes_cross_the_ankle_over_the_other_knee() {
    let p = pose(PoseKind::Glutes);
    for s in [&p.start, &p.end] {
        let d = s[Joint::NearAnkle].distance(s[Joint::FarKnee]);
        assert!(d < 20.0, "the ankle is {d} from the other knee");
    }
}
