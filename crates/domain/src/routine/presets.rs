//! Routines to start from. Each dose is inside the safe bounds and gives every zone at
//! least the evidence's minimum (checked by tests).
//!
//! - desk break: upper back, lats, hip flexors;
//! - legs after a run: calves, hamstrings, quadriceps, IT band, glutes;
//! - warm-up before lifting: the big zones of back and legs with shorter doses.

use super::dose::Dose;
use super::model::{Routine, Step};
use crate::i18n::msg;
use crate::zone::Zone;

/// A preset: an id tail, a name and its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Used to make the id of a routine made from it.
    pub key: &'static str,
    pub name: &'static str,
    /// One line on what it is for.
    pub blurb: &'static str,
    pub zones: &'static [Zone],
    pub dose: Dose,
}

/// A short desk break: 3 slow passes of 10 s and short holds.
const DESK: Dose = Dose {
    passes: 3,
    secs_per_pass: 10,
    hold_secs: 20,
};
/// After a run: the full article dose on the legs.
const RUN: Dose = Dose {
    passes: 4,
    secs_per_pass: 10,
    hold_secs: 30,
};
/// Before lifting: brisk, shorter work that still reaches 30 s a zone.
const WARM_UP: Dose = Dose {
    passes: 5,
    secs_per_pass: 6,
    hold_secs: 15,
};

/// The presets, in the order they are offered.
pub const PRESETS: [Preset; 3] = [
    Preset {
        key: "desk-break",
        name: msg("Desk break"),
        blurb:
            msg("About 5 minutes for the upper back, the sides and the front of the hips after sitting."),
        zones: &[
            Zone::UpperBack,
            Zone::LatsLeft,
            Zone::LatsRight,
            Zone::HipFlexorLeft,
            Zone::HipFlexorRight,
        ],
        dose: DESK,
    },
    Preset {
        key: "after-a-run",
        name: msg("Legs after a run"),
        blurb: msg("Slow work on the legs once they have cooled a little."),
        zones: &[
            Zone::CalvesLeft,
            Zone::CalvesRight,
            Zone::HamstringsLeft,
            Zone::HamstringsRight,
            Zone::QuadLeft,
            Zone::QuadRight,
            Zone::ItBandLeft,
            Zone::ItBandRight,
            Zone::GlutesLeft,
            Zone::GlutesRight,
        ],
        dose: RUN,
    },
    Preset {
        key: "warm-up",
        name: msg("Warm-up before lifting"),
        blurb: msg("Brisk, shorter passes to wake the legs and upper back up."),
        zones: &[
            Zone::GlutesLeft,
            Zone::GlutesRight,
            Zone::HamstringsLeft,
            Zone::HamstringsRight,
            Zone::CalvesLeft,
            Zone::CalvesRight,
            Zone::ItBandLeft,
            Zone::ItBandRight,
            Zone::QuadLeft,
            Zone::QuadRight,
            Zone::UpperBack,
        ],
        dose: WARM_UP,
    },
];

impl Preset {
    /// A routine made from this preset, with the given id.
    pub fn routine(&self, id: String) -> Routine {
        Routine {
            id,
            name: self.name.to_string(),
            steps: self
                .zones
                .iter()
                .map(|&zone| Step {
                    zone,
                    dose: self.dose,
                })
                .collect(),
        }
    }
}
