//! Every pose: the checklist it was drawn against, then how it is built. Angles are in
//! degrees, 0 pointing away from the head (`+x`), 90 down, 180 towards the head.

use super::body::{Joint, Part};
use super::{Angles, Checklist, Facing, PoseKind, Reach, Rest, Segment, Spec, Support};

use Part::{Far, Near};

const ON_FOREARMS: [Reach; 2] = [
    Reach::Forearm {
        part: Near,
        bend: -1.0,
        hand: -1.0,
    },
    Reach::Forearm {
        part: Far,
        bend: -1.0,
        hand: -1.0,
    },
];

/// Face down on the forearms, legs long, the roller under the front of the near thigh.
fn prone(pass: (f32, f32)) -> Spec {
    Spec {
        checklist: Checklist {
            supports: &[Support::Forearm(Near), Support::Forearm(Far)],
            roller_under: Some(Segment::Thigh(Near)),
            faces: Facing::Down,
        },
        angles: Angles {
            pelvis: 180.0,
            lumbar: 182.0,
            thorax: 184.0,
            neck: 184.0,
            face: Some(110.0),
            arms: [(90.0, 180.0), (90.0, 180.0)],
            legs: [(0.0, 356.0, 20.0), (358.0, 352.0, 20.0)],
        },
        pass,
        rest: Rest::AsBuilt,
        shoulder_height: Some(39.0),
        reach: &ON_FOREARMS,
    }
}

/// Sitting, hands on the floor behind, hips lifted, the near leg long on the roller,
/// the far leg resting on it.
fn seated_leg(roller_under: Segment, pass: (f32, f32)) -> Spec {
    Spec {
        checklist: Checklist {
            supports: &[Support::Hand(Near), Support::Hand(Far)],
            roller_under: Some(roller_under),
            faces: Facing::Feet,
        },
        angles: Angles {
            pelvis: 195.0,
            lumbar: 203.0,
            thorax: 210.0,
            neck: 222.0,
            face: Some(15.0),
            arms: [(120.0, 120.0), (120.0, 120.0)],
            legs: [(0.0, 0.0, 285.0), (356.0, 2.0, 282.0)],
        },
        pass,
        rest: Rest::AsBuilt,
        shoulder_height: None,
        reach: &[
            Reach::Hand {
                part: Near,
                x: -16.0,
                planted: false,
                bend: 1.0,
            },
            Reach::Hand {
                part: Far,
                x: -22.0,
                planted: false,
                bend: 1.0,
            },
        ],
    }
}

/// Face up with the knees bent and the feet flat.
const FEET_FLAT: [Reach; 2] = [
    Reach::Foot {
        part: Near,
        x: 66.0,
        planted: true,
        bend: -1.0,
        toes: 1.0,
    },
    Reach::Foot {
        part: Far,
        x: 72.0,
        planted: true,
        bend: -1.0,
        toes: 1.0,
    },
];

pub(super) fn spec(kind: PoseKind) -> Spec {
    match kind {
        // Side plank on the near forearm, feet stacked, the roller under the outer
        // thigh of the lower leg: from just below the hip bone to the top of the knee.
        PoseKind::ItBand => Spec {
            checklist: Checklist {
                supports: &[Support::Forearm(Near), Support::Ankle(Near)],
                roller_under: Some(Segment::Thigh(Near)),
                faces: Facing::Viewer,
            },
            angles: Angles {
                pelvis: 184.0,
                lumbar: 186.0,
                thorax: 188.0,
                neck: 192.0,
                face: None,
                arms: [(90.0, 180.0), (-4.0, -16.0)],
                legs: [(6.0, 6.0, -10.0), (3.0, 5.0, -10.0)],
            },
            pass: (0.2, 0.84),
            rest: Rest::Pivot(Joint::NearAnkle),
            shoulder_height: Some(40.0),
            reach: &[Reach::Forearm {
                part: Near,
                bend: -1.0,
                hand: -1.0,
            }],
        },
        // Face up, arms hugged across the chest, hips lifted, knees bent, feet flat:
        // the roller from just below the shoulder blades to the base of the neck.
        PoseKind::UpperBack => Spec {
            checklist: Checklist {
                supports: &[Support::Foot(Near), Support::Foot(Far)],
                roller_under: Some(Segment::Thorax),
                faces: Facing::Up,
            },
            angles: Angles {
                pelvis: 180.0,
                lumbar: 180.0,
                thorax: 181.0,
                neck: 184.0,
                face: Some(270.0),
                arms: [(332.0, 192.0), (326.0, 198.0)],
                legs: [(300.0, 60.0, 0.0), (300.0, 60.0, 0.0)],
            },
            pass: (0.36, 0.9),
            rest: Rest::AsBuilt,
            shoulder_height: None,
            reach: &FEET_FLAT,
        },
        PoseKind::Quads => prone((0.22, 0.84)),
        // The front of the hip, just below the hip bone, down a hand's width.
        PoseKind::HipFlexors => prone((0.14, 0.52)),
        PoseKind::Hamstrings => seated_leg(Segment::Thigh(Near), (0.16, 0.86)),
        PoseKind::Calves => seated_leg(Segment::Shin(Near), (0.14, 0.86)),
        // Sitting on the roller, hands behind, the near ankle crossed over the far knee,
        // leaning onto the near buttock.
        PoseKind::Glutes => Spec {
            checklist: Checklist {
                supports: &[Support::Hand(Near), Support::Hand(Far), Support::Foot(Far)],
                roller_under: Some(Segment::Buttock),
                faces: Facing::Feet,
            },
            angles: Angles {
                pelvis: 215.0,
                lumbar: 218.0,
                thorax: 215.0,
                neck: 232.0,
                face: Some(10.0),
                arms: [(120.0, 120.0), (120.0, 120.0)],
                legs: [(305.0, 12.0, 60.0), (300.0, 60.0, 0.0)],
            },
            pass: (0.42, 0.97),
            rest: Rest::AsBuilt,
            shoulder_height: None,
            reach: &[
                Reach::Hand {
                    part: Near,
                    x: -20.0,
                    planted: true,
                    bend: 1.0,
                },
                Reach::Hand {
                    part: Far,
                    x: -20.0,
                    planted: true,
                    bend: 1.0,
                },
                Reach::Foot {
                    part: Far,
                    x: 62.0,
                    planted: true,
                    bend: -1.0,
                    toes: 1.0,
                },
                Reach::Crossed { part: Near },
            ],
        },
        // On the near side, the near arm long overhead, the far foot planted in front:
        // the roller from the bottom of the ribs up to just below the armpit.
        PoseKind::Lats => Spec {
            checklist: Checklist {
                supports: &[Support::Leg(Near), Support::Foot(Far), Support::Hand(Near)],
                roller_under: Some(Segment::Thorax),
                faces: Facing::Viewer,
            },
            angles: Angles {
                pelvis: 195.0,
                lumbar: 198.0,
                thorax: 200.0,
                neck: 196.0,
                face: None,
                arms: [(185.0, 180.0), (15.0, 350.0)],
                legs: [(2.0, 0.0, 300.0), (300.0, 60.0, 0.0)],
            },
            pass: (0.22, 0.74),
            rest: Rest::Pivot(Joint::Hip),
            shoulder_height: None,
            reach: &[
                Reach::Lying { part: Near },
                Reach::Foot {
                    part: Far,
                    x: 36.0,
                    planted: false,
                    bend: -1.0,
                    toes: 1.0,
                },
                Reach::Hand {
                    part: Near,
                    x: -54.0,
                    planted: false,
                    bend: 1.0,
                },
            ],
        },
        // The finish: lying face up on the floor, knees bent, feet flat, hands on the belly.
        PoseKind::Breathing => Spec {
            checklist: Checklist {
                supports: &[Support::Back, Support::Foot(Near), Support::Foot(Far)],
                roller_under: None,
                faces: Facing::Up,
            },
            angles: Angles {
                pelvis: 180.0,
                lumbar: 180.0,
                thorax: 180.0,
                neck: 180.0,
                face: Some(270.0),
                arms: [(330.0, 30.0), (322.0, 38.0)],
                legs: [(300.0, 60.0, 0.0), (300.0, 60.0, 0.0)],
            },
            pass: (0.0, 0.0),
            rest: Rest::AsBuilt,
            shoulder_height: None,
            reach: &FEET_FLAT,
        },
    }
}
