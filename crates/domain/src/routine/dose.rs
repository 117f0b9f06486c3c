//! How much one zone gets: passes, seconds per pass and hot-spot hold, inside the same
//! bounds as the settings, and never less rolling than the evidence's minimum.

use crate::i18n::{Catalogue, Tr};
use serde::{Deserialize, Serialize};

use crate::settings::{Settings, HOLD_SECS, PASSES, SECS_PER_PASS};
use crate::zone::Zone;

/// Reviews of foam rolling suggest about 30–120 s per muscle (SPEC §6): the least rolling
/// a zone may get, in seconds.
pub const MIN_ROLL_SECS: u32 = 30;
/// The most rolling a zone may get, in seconds (5 passes × 20 s stays well inside).
pub const MAX_ROLL_SECS: u32 = 120;

/// The dose for one zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dose {
    /// Passes along the muscle (the article's 3–5).
    pub passes: u8,
    /// Seconds one slow pass takes.
    pub secs_per_pass: u8,
    /// Seconds a hot spot is held (the article's 15–45).
    pub hold_secs: u8,
}

impl Default for Dose {
    fn default() -> Self {
        Dose::from_settings(&Settings::default())
    }
}

impl Dose {
    /// The dose the global settings give every zone.
    pub fn from_settings(s: &Settings) -> Dose {
        Dose {
            passes: s.passes_per_side,
            secs_per_pass: s.secs_per_pass,
            hold_secs: s.hold_secs,
        }
        .clamped()
    }

    /// Rolling time on the zone, in seconds (holds not counted: they happen only when a
    /// knot is found).
    pub fn roll_secs(self) -> u32 {
        u32::from(self.passes) * u32::from(self.secs_per_pass)
    }

    /// Every number inside its bounds; if the rolling would fall below
    /// [`MIN_ROLL_SECS`], the passes get slower until it does not.
    pub fn clamped(self) -> Dose {
        let clamp = |v: u8, r: std::ops::RangeInclusive<u8>| v.clamp(*r.start(), *r.end());
        let passes = clamp(self.passes, PASSES);
        let mut secs_per_pass = clamp(self.secs_per_pass, SECS_PER_PASS);
        let needed = MIN_ROLL_SECS.div_ceil(u32::from(passes));
        if u32::from(secs_per_pass) < needed {
            secs_per_pass = u8::try_from(needed).unwrap_or(*SECS_PER_PASS.end());
        }
        Dose {
            passes,
            secs_per_pass,
            hold_secs: clamp(self.hold_secs, HOLD_SECS),
        }
    }

    /// Whether every number is already inside its bounds.
    pub fn is_safe(self) -> bool {
        self.clamped() == self
    }

    /// The fewest passes this zone can have at its pace without dropping below the
    /// minimum rolling time.
    pub fn min_passes(self) -> u8 {
        let at_pace = MIN_ROLL_SECS.div_ceil(u32::from(self.secs_per_pass.max(1)));
        u8::try_from(at_pace)
            .unwrap_or(u8::MAX)
            .clamp(*PASSES.start(), *PASSES.end())
    }

    /// "4 passes × 10 s, hold 30 s" (no break inside a number and its unit).
    pub fn describe(self) -> String {
        self.describe_in(&Catalogue::english())
    }

    /// [`Dose::describe`] in the language of `tr`.
    pub fn describe_in(self, tr: &Catalogue) -> String {
        tr.tf(
            "{passes}\u{a0}passes ×\u{a0}{secs}\u{a0}s, hold\u{a0}{hold}\u{a0}s",
            &[
                ("passes", &self.passes.to_string()),
                ("secs", &self.secs_per_pass.to_string()),
                ("hold", &self.hold_secs.to_string()),
            ],
        )
    }
}

/// A dose for one zone, as kept in settings and records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ZoneDose {
    pub zone: Zone,
    pub dose: Dose,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamping_keeps_the_bounds_and_the_minimum_rolling_time() {
        let d = Dose {
            passes: 0,
            secs_per_pass: 0,
            hold_secs: 255,
        }
        .clamped();
        assert_eq!(
            d,
            Dose {
                passes: 3,
                secs_per_pass: 10,
                hold_secs: 45
            }
        );
        assert!(d.roll_secs() >= MIN_ROLL_SECS);
        let fast = Dose {
            passes: 4,
            secs_per_pass: 6,
            hold_secs: 20,
        };
        assert_eq!(fast.clamped().secs_per_pass, 8);
        assert!(Dose::default().is_safe());
    }

    #[test]
    fn min_passes_keeps_thirty_seconds() {
        let d = |secs_per_pass| Dose {
            passes: 5,
            secs_per_pass,
            hold_secs: 30,
        };
        assert_eq!(d(6).min_passes(), 5);
        assert_eq!(d(8).min_passes(), 4);
        assert_eq!(d(10).min_passes(), 3);
        assert_eq!(d(20).min_passes(), 3);
    }
}
