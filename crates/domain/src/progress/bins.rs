//! Cutting a zone's path into spots, and saying where a spot is in words.

use crate::i18n::msg;
use crate::zone::Zone;

/// How finely a path is cut into spots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bins {
    Thirds,
    Fifths,
}

impl Bins {
    /// Number of bins.
    pub fn count(self) -> usize {
        match self {
            Bins::Thirds => 3,
            Bins::Fifths => 5,
        }
    }

    /// The bin a position (0..=1, clamped) falls in.
    pub fn bin_of(self, position: f32) -> usize {
        let n = self.count();
        let p = if position.is_nan() {
            0.0
        } else {
            position.clamp(0.0, 1.0)
        };
        ((p * n as f32) as usize).min(n - 1)
    }

    /// The middle of a bin, as a position along the path.
    pub fn centre(self, bin: usize) -> f32 {
        (bin.min(self.count() - 1) as f32 + 0.5) / self.count() as f32
    }

    /// Where a bin is, in words: "two thirds down" (legs run towards the foot, the
    /// trunk runs up), with the zone's own landmarks at the ends.
    pub fn phrase(self, zone: Zone, bin: usize) -> &'static str {
        let (first, last) = spot_ends(zone);
        let words: [&'static str; 5] = if zone.is_leg() {
            [
                first,
                msg("a third of the way down"),
                msg("halfway down"),
                msg("two thirds down"),
                last,
            ]
        } else {
            [
                first,
                msg("a third of the way up"),
                msg("halfway up"),
                msg("two thirds of the way up"),
                last,
            ]
        };
        let words: Vec<&'static str> = match self {
            Bins::Fifths => words.to_vec(),
            Bins::Thirds if zone.is_leg() && first == "just below the hip" => {
                vec![
                    msg("near the hip"),
                    msg("halfway down"),
                    msg("near the knee"),
                ]
            }
            Bins::Thirds => vec![words[0], words[2], words[4]],
        };
        words[bin.min(words.len() - 1)]
    }
}

/// The start and end of a zone's path, as places a knot can be "near".
fn spot_ends(zone: Zone) -> (&'static str, &'static str) {
    match zone {
        Zone::GlutesLeft | Zone::GlutesRight => (
            msg("near the top of the buttock"),
            msg("near the crease under the buttock"),
        ),
        Zone::HamstringsLeft | Zone::HamstringsRight => (
            msg("just under the buttock"),
            msg("just above the back of the knee"),
        ),
        Zone::CalvesLeft | Zone::CalvesRight => {
            (msg("just below the knee"), msg("just above the ankle"))
        }
        Zone::HipFlexorLeft | Zone::HipFlexorRight => (
            msg("just below the hip bone"),
            msg("a hand's width down the thigh"),
        ),
        Zone::LatsLeft | Zone::LatsRight => (
            msg("near the bottom of the ribs"),
            msg("just below the armpit"),
        ),
        z if z.is_leg() => (msg("just below the hip"), msg("just above the knee")),
        _ => (
            msg("just below the shoulder blades"),
            msg("near the base of the neck"),
        ),
    }
}
