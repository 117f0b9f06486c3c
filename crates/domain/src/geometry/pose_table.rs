//! The drawing data of every position, joint by joint (see `poses` for the style).

use super::poses::{Limb, Pose, Stroke};
use super::Point;
use crate::routine::Position;
use crate::zone::Side;

fn p(x: f32, y: f32) -> Point {
    Point::new(x, y)
}

pub(super) fn stroke(limb: Limb, width: f32, joints: &[(f32, f32)]) -> Stroke {
    Stroke {
        limb,
        joints: joints.iter().map(|&(x, y)| p(x, y)).collect(),
        width,
    }
}

use Limb::{Cloth, Far, Near, Trunk};

/// The drawing of a position; `tilt` draws the face-up pose tipped to one side.
pub fn pose(position: Position, tilt: Option<Side>) -> Pose {
    match position {
        // On the left forearm, feet stacked, roller under the outer thigh; hip to knee.
        Position::SidePlank(_) => Pose {
            strokes: vec![
                stroke(Far, 9.0, &[(64.0, 94.0), (92.0, 82.0), (128.0, 98.0)]),
                stroke(
                    Far,
                    13.0,
                    &[
                        (140.0, 101.0),
                        (198.0, 107.0),
                        (250.0, 121.0),
                        (262.0, 127.0),
                    ],
                ),
                stroke(Trunk, 22.0, &[(64.0, 96.0), (140.0, 104.0)]),
                stroke(Cloth, 18.0, &[(132.0, 104.0), (160.0, 107.0)]),
                stroke(
                    Near,
                    14.0,
                    &[
                        (140.0, 106.0),
                        (198.0, 112.0),
                        (250.0, 126.0),
                        (262.0, 132.0),
                    ],
                ),
                stroke(Near, 10.0, &[(64.0, 96.0), (62.0, 130.0), (36.0, 132.0)]),
            ],
            head: p(42.0, 92.0),
            roller_x: 150.0,
            travel: 42.0,
            target: vec![p(146.0, 113.0), p(194.0, 118.5)],
            tilt: None,
        },
        // Face up, arms hugged, hips lifted, knees bent; below the blades towards the neck.
        Position::FaceUp => Pose {
            strokes: vec![
                stroke(
                    Far,
                    13.0,
                    &[
                        (138.0, 112.0),
                        (174.0, 86.0),
                        (194.0, 130.0),
                        (208.0, 132.0),
                    ],
                ),
                stroke(Far, 9.0, &[(68.0, 100.0), (94.0, 84.0), (74.0, 90.0)]),
                stroke(Trunk, 22.0, &[(66.0, 104.0), (140.0, 114.0)]),
                stroke(Cloth, 18.0, &[(130.0, 113.0), (150.0, 107.0)]),
                stroke(
                    Near,
                    14.0,
                    &[
                        (140.0, 114.0),
                        (178.0, 88.0),
                        (198.0, 131.0),
                        (212.0, 132.0),
                    ],
                ),
                stroke(Near, 10.0, &[(66.0, 102.0), (96.0, 88.0), (62.0, 93.0)]),
            ],
            head: p(44.0, 100.0),
            roller_x: 94.0,
            travel: -22.0,
            target: vec![p(98.0, 120.0), p(72.0, 116.5)],
            tilt,
        },
        // Sitting on the roller, left ankle over the right knee, leaning onto the left buttock.
        Position::SeatedGlute(_) => Pose {
            strokes: vec![
                stroke(Far, 9.0, &[(106.0, 68.0), (94.0, 100.0), (80.0, 133.0)]),
                stroke(
                    Far,
                    13.0,
                    &[
                        (122.0, 104.0),
                        (168.0, 80.0),
                        (184.0, 129.0),
                        (198.0, 133.0),
                    ],
                ),
                stroke(Trunk, 22.0, &[(120.0, 106.0), (106.0, 66.0)]),
                stroke(Cloth, 20.0, &[(112.0, 106.0), (134.0, 107.0)]),
                stroke(
                    Near,
                    14.0,
                    &[(120.0, 108.0), (150.0, 112.0), (170.0, 86.0), (184.0, 82.0)],
                ),
                stroke(Near, 10.0, &[(104.0, 68.0), (88.0, 102.0), (70.0, 133.0)]),
            ],
            head: p(99.0, 46.0),
            roller_x: 108.0,
            travel: 24.0,
            target: vec![p(108.0, 117.0), p(132.0, 117.5)],
            tilt: None,
        },
        // Sitting, hands behind, hips up, roller under the left thigh; down to the calf.
        Position::SeatedLeg(_) => Pose {
            strokes: vec![
                stroke(Far, 9.0, &[(72.0, 78.0), (58.0, 104.0), (42.0, 133.0)]),
                stroke(
                    Far,
                    13.0,
                    &[
                        (110.0, 104.0),
                        (150.0, 78.0),
                        (166.0, 129.0),
                        (180.0, 133.0),
                    ],
                ),
                stroke(Trunk, 22.0, &[(108.0, 106.0), (74.0, 78.0)]),
                stroke(Cloth, 19.0, &[(100.0, 106.0), (124.0, 108.0)]),
                stroke(
                    Near,
                    14.0,
                    &[
                        (108.0, 108.0),
                        (164.0, 110.0),
                        (216.0, 113.0),
                        (224.0, 102.0),
                    ],
                ),
                stroke(Near, 10.0, &[(74.0, 80.0), (62.0, 106.0), (48.0, 133.0)]),
            ],
            head: p(57.0, 64.0),
            roller_x: 130.0,
            travel: 72.0,
            target: vec![p(120.0, 116.0), p(206.0, 120.0)],
            tilt: None,
        },
        // Face down on the forearms, roller under the front of the left thigh; hip to knee.
        Position::Prone(_) => Pose {
            strokes: vec![
                stroke(Far, 9.0, &[(60.0, 102.0), (58.0, 130.0), (34.0, 132.0)]),
                stroke(
                    Far,
                    13.0,
                    &[
                        (140.0, 104.0),
                        (190.0, 122.0),
                        (226.0, 126.0),
                        (236.0, 131.0),
                    ],
                ),
                stroke(Trunk, 22.0, &[(64.0, 104.0), (140.0, 106.0)]),
                stroke(Cloth, 18.0, &[(130.0, 106.0), (156.0, 107.0)]),
                stroke(
                    Near,
                    14.0,
                    &[
                        (140.0, 106.0),
                        (196.0, 110.0),
                        (248.0, 116.0),
                        (258.0, 131.0),
                    ],
                ),
                stroke(Near, 10.0, &[(64.0, 104.0), (64.0, 130.0), (40.0, 132.0)]),
            ],
            head: p(42.0, 101.0),
            roller_x: 152.0,
            travel: 40.0,
            target: vec![p(146.0, 114.0), p(192.0, 117.5)],
            tilt: None,
        },
        // On the left side, left arm overhead, top foot planted; ribs up to the armpit.
        Position::SideLying(_) => Pose {
            strokes: vec![
                stroke(
                    Far,
                    13.0,
                    &[
                        (176.0, 124.0),
                        (222.0, 128.0),
                        (264.0, 130.0),
                        (272.0, 125.0),
                    ],
                ),
                stroke(Far, 10.0, &[(98.0, 110.0), (62.0, 124.0), (26.0, 129.0)]),
                stroke(
                    Trunk,
                    22.0,
                    &[(94.0, 104.0), (140.0, 106.0), (176.0, 121.0)],
                ),
                stroke(Cloth, 19.0, &[(166.0, 117.0), (190.0, 123.0)]),
                stroke(
                    Near,
                    14.0,
                    &[
                        (174.0, 118.0),
                        (206.0, 96.0),
                        (204.0, 129.0),
                        (216.0, 132.0),
                    ],
                ),
                stroke(Near, 9.0, &[(96.0, 100.0), (104.0, 122.0), (100.0, 133.0)]),
            ],
            head: p(74.0, 104.0),
            roller_x: 132.0,
            travel: -24.0,
            target: vec![p(134.0, 117.0), p(106.0, 115.5)],
            tilt: None,
        },
    }
}
