//! What a pose is drawn against, as data the tests read: what holds the body up, which
//! stretch of the body the roller is under, and which way the body faces.

use super::body::{self, Bone, Joint, Part};

/// What holds the body up: each touches the floor all through a pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// A forearm flat on the floor, the elbow under the shoulder.
    Forearm(Part),
    /// A hand flat on the floor.
    Hand(Part),
    /// A foot flat on the floor, the knee bent.
    Foot(Part),
    /// A straight leg's ankle on the floor (the feet of a side plank).
    Ankle(Part),
    /// A straight leg lying on the floor.
    Leg(Part),
    /// The back lying on the floor.
    Back,
}

/// A stretch of the body between two joints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Mid and upper back, from the bottom of the ribs to the base of the neck.
    Thorax,
    /// The lower back: never on the roller.
    Lumbar,
    /// The buttock, from the top of the pelvis to the hip.
    Buttock,
    /// Hip to knee.
    Thigh(Part),
    /// Knee to ankle.
    Shin(Part),
}

impl Segment {
    /// The bone this stretch is.
    pub fn bone(self) -> Bone {
        let (from, to) = match self {
            Segment::Thorax => (Joint::Waist, Joint::Neck),
            Segment::Lumbar => (Joint::Sacrum, Joint::Waist),
            Segment::Buttock => (Joint::Sacrum, Joint::Hip),
            Segment::Thigh(p) => (Joint::Hip, p.knee()),
            Segment::Shin(p) => (p.knee(), p.ankle()),
        };
        match body::bone_between(from, to) {
            Some(b) => *b,
            None => unreachable!("every segment is a bone"),
        }
    }
}

/// Which way the front of the body faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facing {
    /// Lying face up.
    Up,
    /// Face down.
    Down,
    /// On one side, the front towards the viewer.
    Viewer,
    /// Sitting, looking along the legs.
    Feet,
}

/// What a pose was drawn against.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Checklist {
    pub supports: &'static [Support],
    /// The muscle under the roller; `None` when there is no roller.
    pub roller_under: Option<Segment>,
    pub faces: Facing,
}
