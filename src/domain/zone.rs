//! The body zones Unknot knows: the ones to roll and the one never to roll.

use serde::{Deserialize, Serialize};

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
            Side::Left => "left",
            Side::Right => "right",
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
}

impl Zone {
    /// Every zone, in routine order (the no-roll zone last).
    pub const ALL: [Zone; 8] = [
        Zone::ItBandLeft,
        Zone::ItBandRight,
        Zone::QuadLeft,
        Zone::QuadRight,
        Zone::UpperBack,
        Zone::ShoulderBladeLeft,
        Zone::ShoulderBladeRight,
        Zone::LowerBack,
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
            Zone::ItBandLeft => "IT band, left",
            Zone::ItBandRight => "IT band, right",
            Zone::QuadLeft => "Quadriceps, left",
            Zone::QuadRight => "Quadriceps, right",
            Zone::UpperBack => "Upper back",
            Zone::ShoulderBladeLeft => "Shoulder blade, left",
            Zone::ShoulderBladeRight => "Shoulder blade, right",
            Zone::LowerBack => "Lower back (do not roll)",
        }
    }

    /// A short lower-case name for sentences ("left IT band").
    pub fn phrase(self) -> &'static str {
        match self {
            Zone::ItBandLeft => "left IT band",
            Zone::ItBandRight => "right IT band",
            Zone::QuadLeft => "left quadriceps",
            Zone::QuadRight => "right quadriceps",
            Zone::UpperBack => "upper back",
            Zone::ShoulderBladeLeft => "left shoulder blade",
            Zone::ShoulderBladeRight => "right shoulder blade",
            Zone::LowerBack => "lower back",
        }
    }

    /// The side this zone is on, if it has one.
    pub fn side(self) -> Option<Side> {
        match self {
            Zone::ItBandLeft | Zone::QuadLeft | Zone::ShoulderBladeLeft => Some(Side::Left),
            Zone::ItBandRight | Zone::QuadRight | Zone::ShoulderBladeRight => Some(Side::Right),
            Zone::UpperBack | Zone::LowerBack => None,
        }
    }

    /// Whether the zone may be rolled at all. The lumbar spine may not.
    pub fn rollable(self) -> bool {
        self != Zone::LowerBack
    }

    /// Where a pass starts and ends along the muscle (position 0 and position 1).
    pub fn path_ends(self) -> (&'static str, &'static str) {
        match self {
            Zone::ItBandLeft | Zone::ItBandRight | Zone::QuadLeft | Zone::QuadRight => {
                ("just below the hip bone", "the top of the knee")
            }
            Zone::UpperBack | Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
                ("just below the shoulder blades", "the base of the neck")
            }
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_lower_back_is_off_limits() {
        let off: Vec<_> = Zone::ALL.iter().filter(|z| !z.rollable()).collect();
        assert_eq!(off, vec![&Zone::LowerBack]);
        assert!(Zone::FULL_ROUTINE.iter().all(|z| z.rollable()));
    }

    #[test]
    fn keys_round_trip_through_serde() {
        for zone in Zone::ALL {
            let json = serde_json::to_string(&zone).unwrap();
            assert_eq!(json, format!("\"{}\"", zone.key()));
            assert_eq!(serde_json::from_str::<Zone>(&json).unwrap(), zone);
        }
    }
}
