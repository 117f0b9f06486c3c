//! What a pose is made from (`table` writes them, `solve` builds the body from them): the
//! bones' directions, how each supporting limb finds the floor, how the body settles.

use super::body::{Joint, Part};
use super::checklist::Checklist;

/// Bone directions in degrees (0 points to `+x`, 90 down), for building a pose from the
/// hip. A limb that reaches for the floor is placed by its `Reach` instead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Angles {
    pub pelvis: f32,
    pub lumbar: f32,
    pub thorax: f32,
    pub neck: f32,
    /// Where the face looks; `None` when it faces the viewer.
    pub face: Option<f32>,
    /// Near, far: upper arm, forearm.
    pub arms: [(f32, f32); 2],
    /// Near, far: thigh, shin, foot.
    pub legs: [(f32, f32, f32); 2],
}

/// How a supporting limb finds the floor. `x` is where, from its root (shoulder or
/// hip) at the start of the pass; a `planted` hand or foot stays there while the body
/// moves, otherwise it moves along with the body. `bend` (+1 or −1) picks the side the
/// elbow or knee bends to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Reach {
    /// The forearm flat on the floor, pointing `hand` (−1: towards the head).
    Forearm { part: Part, bend: f32, hand: f32 },
    Hand {
        part: Part,
        x: f32,
        planted: bool,
        bend: f32,
    },
    /// A foot flat on the floor, the toes pointing `toes` (+1: away from the head).
    Foot {
        part: Part,
        x: f32,
        planted: bool,
        bend: f32,
        toes: f32,
    },
    /// A straight leg lying on the floor.
    Lying { part: Part },
    /// The ankle crossed over the other knee (after that leg is placed).
    Crossed { part: Part },
}

/// How the body settles once it lies on the roller.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Rest {
    /// As built.
    AsBuilt,
    /// Turned about the roller until this joint rests on the floor.
    Pivot(Joint),
}

/// Everything a pose is made from.
pub(crate) struct Spec {
    pub checklist: Checklist,
    pub angles: Angles,
    /// The fractions along the roller's segment where a pass starts and ends.
    pub pass: (f32, f32),
    pub rest: Rest,
    /// Turns the trunk about the hip so the shoulder is this high (on the forearms).
    pub shoulder_height: Option<f32>,
    pub reach: &'static [Reach],
}
