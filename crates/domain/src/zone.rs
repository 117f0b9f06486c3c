//! The body zones Unknot knows: the ones to roll and the one never to roll.

use serde::{Deserialize, Serialize};

use crate::i18n::msg;

/// Which side of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    /// "left" or "right", for sentences.
    pub fn word(self) -> &'static str {
        match self {
            Side::Left => msg("left"),
            Side::Right => msg("right"),
        }
    }
}

/// A selectable zone on the body diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Zone {
    ItBandLeft,
    ItBandRight,
    QuadLeft,
    QuadRight,
    UpperBack,
    ShoulderBladeLeft,
    ShoulderBladeRight,
    /// The lumbar spine: shown on the diagram as a no-roll zone.
    LowerBack,
    GlutesLeft,
    GlutesRight,
    HamstringsLeft,
    HamstringsRight,
    CalvesLeft,
    CalvesRight,
    /// The front of the hip below the hip bone (tensor fasciae latae and hip flexors).
    HipFlexorLeft,
    HipFlexorRight,
    LatsLeft,
    LatsRight,
}

impl Zone {
    /// Every zone, legs first, then the trunk (the no-roll zone last).
    pub const ALL: [Zone; 18] = [
        Zone::ItBandLeft,
        Zone::ItBandRight,
        Zone::QuadLeft,
        Zone::QuadRight,
        Zone::HipFlexorLeft,
        Zone::HipFlexorRight,
        Zone::GlutesLeft,
        Zone::GlutesRight,
        Zone::HamstringsLeft,
        Zone::HamstringsRight,
        Zone::CalvesLeft,
        Zone::CalvesRight,
        Zone::LatsLeft,
        Zone::LatsRight,
        Zone::UpperBack,
        Zone::ShoulderBladeLeft,
        Zone::ShoulderBladeRight,
        Zone::LowerBack,
    ];

    /// The zones added beyond the article's routine (each side of five muscles).
    pub const MORE: [Zone; 10] = [
        Zone::GlutesLeft,
        Zone::GlutesRight,
        Zone::HamstringsLeft,
        Zone::HamstringsRight,
        Zone::CalvesLeft,
        Zone::CalvesRight,
        Zone::HipFlexorLeft,
        Zone::HipFlexorRight,
        Zone::LatsLeft,
        Zone::LatsRight,
    ];

    /// The zones of the full back-pain routine, in the order they are rolled.
    pub const FULL_ROUTINE: [Zone; 5] = [
        Zone::ItBandLeft,
        Zone::ItBandRight,
        Zone::UpperBack,
        Zone::ShoulderBladeLeft,
        Zone::ShoulderBladeRight,
    ];

    /// The accessible name of the zone's button (part of the interface contract).
    pub fn label(self) -> &'static str {
        match self {
            Zone::ItBandLeft => msg("IT band, left"),
            Zone::ItBandRight => msg("IT band, right"),
            Zone::QuadLeft => msg("Quadriceps, left"),
            Zone::QuadRight => msg("Quadriceps, right"),
            Zone::UpperBack => msg("Upper back"),
            Zone::ShoulderBladeLeft => msg("Shoulder blade, left"),
            Zone::ShoulderBladeRight => msg("Shoulder blade, right"),
            Zone::LowerBack => msg("Lower back (do not roll)"),
            Zone::GlutesLeft => msg("Glutes, left"),
            Zone::GlutesRight => msg("Glutes, right"),
            Zone::HamstringsLeft => msg("Hamstrings, left"),
            Zone::HamstringsRight => msg("Hamstrings, right"),
            Zone::CalvesLeft => msg("Calves, left"),
            Zone::CalvesRight => msg("Calves, right"),
            Zone::HipFlexorLeft => msg("Hip flexor, left"),
            Zone::HipFlexorRight => msg("Hip flexor, right"),
            Zone::LatsLeft => msg("Lats, left"),
            Zone::LatsRight => msg("Lats, right"),
        }
    }

    /// A short lower-case name for sentences ("left IT band").
    pub fn phrase(self) -> &'static str {
        match self {
            Zone::ItBandLeft => msg("left IT band"),
            Zone::ItBandRight => msg("right IT band"),
            Zone::QuadLeft => msg("left quadriceps"),
            Zone::QuadRight => msg("right quadriceps"),
            Zone::UpperBack => msg("upper back"),
            Zone::ShoulderBladeLeft => msg("left shoulder blade"),
            Zone::ShoulderBladeRight => msg("right shoulder blade"),
            Zone::LowerBack => msg("lower back"),
            Zone::GlutesLeft => msg("left glutes"),
            Zone::GlutesRight => msg("right glutes"),
            Zone::HamstringsLeft => msg("left hamstrings"),
            Zone::HamstringsRight => msg("right hamstrings"),
            Zone::CalvesLeft => msg("left calf"),
            Zone::CalvesRight => msg("right calf"),
            Zone::HipFlexorLeft => msg("left hip flexor"),
            Zone::HipFlexorRight => msg("right hip flexor"),
            Zone::LatsLeft => msg("left lats"),
            Zone::LatsRight => msg("right lats"),
        }
    }

    /// The side this zone is on, if it has one.
    pub fn side(self) -> Option<Side> {
        match self {
            Zone::ItBandLeft
            | Zone::QuadLeft
            | Zone::ShoulderBladeLeft
            | Zone::GlutesLeft
            | Zone::HamstringsLeft
            | Zone::CalvesLeft
            | Zone::HipFlexorLeft
            | Zone::LatsLeft => Some(Side::Left),
            Zone::ItBandRight
            | Zone::QuadRight
            | Zone::ShoulderBladeRight
            | Zone::GlutesRight
            | Zone::HamstringsRight
            | Zone::CalvesRight
            | Zone::HipFlexorRight
            | Zone::LatsRight => Some(Side::Right),
            Zone::UpperBack | Zone::LowerBack => None,
        }
    }

    /// The same muscle on the other side (itself for a zone without a side).
    pub fn mirror(self) -> Zone {
        match self {
            Zone::ItBandLeft => Zone::ItBandRight,
            Zone::ItBandRight => Zone::ItBandLeft,
            Zone::QuadLeft => Zone::QuadRight,
            Zone::QuadRight => Zone::QuadLeft,
            Zone::ShoulderBladeLeft => Zone::ShoulderBladeRight,
            Zone::ShoulderBladeRight => Zone::ShoulderBladeLeft,
            Zone::GlutesLeft => Zone::GlutesRight,
            Zone::GlutesRight => Zone::GlutesLeft,
            Zone::HamstringsLeft => Zone::HamstringsRight,
            Zone::HamstringsRight => Zone::HamstringsLeft,
            Zone::CalvesLeft => Zone::CalvesRight,
            Zone::CalvesRight => Zone::CalvesLeft,
            Zone::HipFlexorLeft => Zone::HipFlexorRight,
            Zone::HipFlexorRight => Zone::HipFlexorLeft,
            Zone::LatsLeft => Zone::LatsRight,
            Zone::LatsRight => Zone::LatsLeft,
            Zone::UpperBack | Zone::LowerBack => self,
        }
    }

    /// Whether a pass runs down a leg (towards the foot) rather than up the trunk.
    pub fn is_leg(self) -> bool {
        !matches!(
            self,
            Zone::UpperBack
                | Zone::ShoulderBladeLeft
                | Zone::ShoulderBladeRight
                | Zone::LatsLeft
                | Zone::LatsRight
                | Zone::LowerBack
        )
    }

    /// Whether the zone may be rolled at all. The lumbar spine may not.
    pub fn rollable(self) -> bool {
        self != Zone::LowerBack
    }

    /// Where a pass starts and ends along the muscle (position 0 and position 1).
    pub fn path_ends(self) -> (&'static str, &'static str) {
        match self {
            Zone::ItBandLeft | Zone::ItBandRight | Zone::QuadLeft | Zone::QuadRight => {
                (msg("just below the hip bone"), msg("the top of the knee"))
            }
            Zone::UpperBack | Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => (
                msg("just below the shoulder blades"),
                msg("the base of the neck"),
            ),
            Zone::GlutesLeft | Zone::GlutesRight => (
                msg("the top of the buttock"),
                msg("the crease under the buttock"),
            ),
            Zone::HamstringsLeft | Zone::HamstringsRight => (
                msg("the crease under the buttock"),
                msg("just above the back of the knee"),
            ),
            Zone::CalvesLeft | Zone::CalvesRight => (
                msg("just below the back of the knee"),
                msg("just above the ankle"),
            ),
            Zone::HipFlexorLeft | Zone::HipFlexorRight => (
                msg("just below and outside the front of the hip bone"),
                msg("a hand's width down the thigh"),
            ),
            Zone::LatsLeft | Zone::LatsRight => (
                msg("the bottom of the ribs at your side"),
                msg("just below the armpit"),
            ),
            Zone::LowerBack => ("", ""),
        }
    }

    /// A stable key for storage and DOM ids ("it-band-left").
    pub fn key(self) -> &'static str {
        match self {
            Zone::ItBandLeft => "it-band-left",
            Zone::ItBandRight => "it-band-right",
            Zone::QuadLeft => "quad-left",
            Zone::QuadRight => "quad-right",
            Zone::UpperBack => "upper-back",
            Zone::ShoulderBladeLeft => "shoulder-blade-left",
            Zone::ShoulderBladeRight => "shoulder-blade-right",
            Zone::LowerBack => "lower-back",
            Zone::GlutesLeft => "glutes-left",
            Zone::GlutesRight => "glutes-right",
            Zone::HamstringsLeft => "hamstrings-left",
            Zone::HamstringsRight => "hamstrings-right",
            Zone::CalvesLeft => "calves-left",
            Zone::CalvesRight => "calves-right",
            Zone::HipFlexorLeft => "hip-flexor-left",
            Zone::HipFlexorRight => "hip-flexor-right",
            Zone::LatsLeft => "lats-left",
            Zone::LatsRight => "lats-right",
        }
    }
}

#[cfg(test)]
mod tests;
