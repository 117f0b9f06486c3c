//! The body the drawings are made of: named joints, and the bones between them with a
//! length and a thickness each, in proportion (a leg is about twice an arm's upper part,
//! the trunk a little longer than a thigh). Every pose is this one body, placed.

use std::ops::{Index, IndexMut};

use crate::geometry::Point;

/// A joint of the body seen from the side. `Near` limbs are on the viewer's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Joint {
    /// The centre of the head.
    Head,
    /// The base of the neck (the seventh vertebra).
    Neck,
    /// The shoulder joint, a little way down the trunk from the neck.
    Shoulder,
    /// The bottom of the ribs: the thorax above, the lumbar spine below.
    Waist,
    /// The top of the pelvis: the lumbar spine above, the buttock below.
    Sacrum,
    /// The hip joint.
    Hip,
    NearElbow,
    NearHand,
    NearKnee,
    NearAnkle,
    NearToe,
    FarElbow,
    FarHand,
    FarKnee,
    FarAnkle,
    FarToe,
}

/// How many joints a body has.
pub const JOINTS: usize = 16;

impl Joint {
    fn index(self) -> usize {
        self as usize
    }
}

/// Which limb of a pair: the one nearer the viewer, or the one behind the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Near,
    Far,
}

impl Part {
    pub(crate) fn elbow(self) -> Joint {
        self.pick(Joint::NearElbow, Joint::FarElbow)
    }
    pub(crate) fn hand(self) -> Joint {
        self.pick(Joint::NearHand, Joint::FarHand)
    }
    pub(crate) fn knee(self) -> Joint {
        self.pick(Joint::NearKnee, Joint::FarKnee)
    }
    pub(crate) fn ankle(self) -> Joint {
        self.pick(Joint::NearAnkle, Joint::FarAnkle)
    }
    pub(crate) fn toe(self) -> Joint {
        self.pick(Joint::NearToe, Joint::FarToe)
    }
    fn pick(self, near: Joint, far: Joint) -> Joint {
        match self {
            Part::Near => near,
            Part::Far => far,
        }
    }
}

/// Where every joint is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Skeleton(pub(crate) [Point; JOINTS]);

impl Index<Joint> for Skeleton {
    type Output = Point;
    fn index(&self, j: Joint) -> &Point {
        &self.0[j.index()]
    }
}

impl IndexMut<Joint> for Skeleton {
    fn index_mut(&mut self, j: Joint) -> &mut Point {
        &mut self.0[j.index()]
    }
}

/// What a bone is drawn as, which decides its colour and its place in the painting order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// The far arm or leg, in shadow.
    Far,
    /// The trunk, the neck and the head.
    Trunk,
    /// Shorts over the pelvis.
    Cloth,
    /// The near arm or leg.
    Near,
}

/// A bone: a thick rounded stroke from one joint to the next.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bone {
    pub from: Joint,
    pub to: Joint,
    pub length: f32,
    pub width: f32,
    pub layer: Layer,
}

/// The head's radius.
pub const HEAD_R: f32 = 12.0;
/// From the base of the neck to the centre of the head.
pub const NECK: f32 = 16.0;
/// From the bottom of the ribs to the base of the neck.
pub const THORAX: f32 = 44.0;
/// The lumbar spine.
pub const LUMBAR: f32 = 16.0;
/// From the top of the pelvis to the hip joint.
pub const PELVIS: f32 = 25.0;
/// How far down the thorax from the neck the shoulder joint sits.
pub const SHOULDER_DROP: f32 = 7.0;
pub const UPPER_ARM: f32 = 36.0;
pub const FOREARM: f32 = 32.0;
pub const THIGH: f32 = 58.0;
pub const SHIN: f32 = 54.0;
pub const FOOT: f32 = 14.0;

const fn bone(from: Joint, to: Joint, length: f32, width: f32, layer: Layer) -> Bone {
    Bone {
        from,
        to,
        length,
        width,
        layer,
    }
}

use Joint::*;

/// Every bone, in painting order: far limbs, trunk, shorts, near limbs.
pub const BONES: [Bone; 15] = [
    bone(Shoulder, FarElbow, UPPER_ARM, 11.0, Layer::Far),
    bone(FarElbow, FarHand, FOREARM, 10.0, Layer::Far),
    bone(Hip, FarKnee, THIGH, 17.0, Layer::Far),
    bone(FarKnee, FarAnkle, SHIN, 13.0, Layer::Far),
    bone(FarAnkle, FarToe, FOOT, 8.0, Layer::Far),
    bone(Sacrum, Waist, LUMBAR, 22.0, Layer::Trunk),
    bone(Waist, Neck, THORAX, 26.0, Layer::Trunk),
    bone(Neck, Head, NECK, 10.0, Layer::Trunk),
    bone(Sacrum, Hip, PELVIS, 22.0, Layer::Cloth),
    bone(Hip, NearKnee, THIGH, 17.0, Layer::Near),
    bone(NearKnee, NearAnkle, SHIN, 13.0, Layer::Near),
    bone(NearAnkle, NearToe, FOOT, 8.0, Layer::Near),
    bone(Shoulder, NearElbow, UPPER_ARM, 11.0, Layer::Near),
    bone(NearElbow, NearHand, FOREARM, 10.0, Layer::Near),
    // The shoulder hangs from the neck: a short, hidden bone that keeps it there.
    bone(Neck, Shoulder, SHOULDER_DROP, 0.0, Layer::Trunk),
];

/// The bone that ends at `to` (each joint but the sacrum has exactly one).
pub fn bone_to(to: Joint) -> Option<&'static Bone> {
    BONES.iter().find(|b| b.to == to)
}

/// The bone from `from` to `to`.
pub fn bone_between(from: Joint, to: Joint) -> Option<&'static Bone> {
    BONES.iter().find(|b| b.from == from && b.to == to)
}
