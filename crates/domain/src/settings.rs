//! The person's settings, with the article's bounds.

use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

use crate::i18n::{msg, Arg, Lang, Line};
use crate::routine::{Dose, ZoneDose};
use crate::zone::Zone;

/// Passes along the muscle per side: the article says 3–5.
pub const PASSES: RangeInclusive<u8> = 3..=5;
/// Seconds to stay on a hot spot: the article says 15–45.
pub const HOLD_SECS: RangeInclusive<u8> = 15..=45;
/// Seconds one slow pass takes.
pub const SECS_PER_PASS: RangeInclusive<u8> = 6..=20;
/// Seconds of get-ready countdown before rolling starts: enough to put the phone down and
/// get into a side plank (5 s was too short to do that calmly).
pub const GET_READY_SECS: RangeInclusive<u8> = 5..=20;
/// Deep breaths in the finish.
pub const BREATHS: RangeInclusive<u8> = 3..=10;

/// Colour scheme preference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// Which cues reach the person during a session. Each can be turned off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cues {
    pub sound: bool,
    pub voice: bool,
    pub vibration: bool,
    pub flash: bool,
    pub keep_awake: bool,
    /// Cues (and the lock screen's controls) even with an iPhone's ring switch set to
    /// silent: the page then takes the audio as a player does, which pauses the person's
    /// music, so it is off unless chosen (Safari's `navigator.audioSession` "playback").
    /// Written only when on: files from before it read the same, and stay byte-identical.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub over_silent_mode: bool,
}

impl Default for Cues {
    fn default() -> Self {
        Cues {
            sound: true,
            voice: true,
            vibration: true,
            flash: false,
            keep_awake: true,
            over_silent_mode: false,
        }
    }
}

/// Everything the person can set. Unknown or missing fields fall back to defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub passes_per_side: u8,
    pub hold_secs: u8,
    pub secs_per_pass: u8,
    pub get_ready_secs: u8,
    pub breaths: u8,
    /// Zones picked for today's routine, in routine order. Never contains the lower back.
    pub zones: Vec<Zone>,
    pub cues: Cues,
    pub theme: Theme,
    /// Per-zone doses of a saved routine, set only on a session's own copy; a zone not
    /// listed gets the numbers above.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub doses: Vec<ZoneDose>,
    /// The language chosen in Settings; `None` (and any older file) follows the device.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::i18n::lenient_lang"
    )]
    pub language: Option<Lang>,
    /// The set-up drawings move with the pass; off, they stand still with their arrow
    /// (as they do when the device asks for less motion). Written only when off: older
    /// files read the same, and stay byte-identical.
    #[serde(skip_serializing_if = "is_on")]
    pub animate_drawings: bool,
}

fn is_on(v: &bool) -> bool {
    *v
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            passes_per_side: 4,
            hold_secs: 30,
            secs_per_pass: 10,
            get_ready_secs: 10,
            breaths: 5,
            zones: Zone::FULL_ROUTINE.to_vec(),
            cues: Cues::default(),
            theme: Theme::System,
            doses: Vec::new(),
            language: None,
            animate_drawings: true,
        }
    }
}

/// One value that was out of bounds and what it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjustment {
    pub field: &'static str,
    pub from: String,
    pub to: String,
    /// Why, as a message (shown in the language of the screen).
    pub reason: Line,
}

impl Settings {
    /// Brings every value inside its bounds and says what changed and why. Never panics.
    pub fn clamped(mut self) -> (Settings, Vec<Adjustment>) {
        let mut changes = Vec::new();
        let mut clamp =
            |field: &'static str, value: &mut u8, range: RangeInclusive<u8>, why: &'static str| {
                let fixed = (*value).clamp(*range.start(), *range.end());
                if fixed != *value {
                    changes.push(Adjustment {
                        field,
                        from: value.to_string(),
                        to: fixed.to_string(),
                        reason: Line::tf(
                            why,
                            vec![
                                ("min", Arg::Number(u64::from(*range.start()))),
                                ("max", Arg::Number(u64::from(*range.end()))),
                            ],
                        ),
                    });
                    *value = fixed;
                }
            };
        clamp(
            "passes_per_side",
            &mut self.passes_per_side,
            PASSES,
            msg("the routine uses {min}–{max} passes a side"),
        );
        clamp(
            "hold_secs",
            &mut self.hold_secs,
            HOLD_SECS,
            msg("a hot spot is held {min}–{max} seconds"),
        );
        clamp(
            "secs_per_pass",
            &mut self.secs_per_pass,
            SECS_PER_PASS,
            msg("a pass should be slow but steady ({min}–{max} seconds)"),
        );
        clamp(
            "get_ready_secs",
            &mut self.get_ready_secs,
            GET_READY_SECS,
            msg("enough time to settle on the roller ({min}–{max} seconds)"),
        );
        clamp(
            "breaths",
            &mut self.breaths,
            BREATHS,
            msg("a short breathing finish ({min}–{max} breaths)"),
        );

        let before = self.zones.clone();
        let mut seen = Vec::new();
        for zone in Zone::ALL {
            if zone.rollable() && before.contains(&zone) && !seen.contains(&zone) {
                seen.push(zone);
            }
        }
        if seen != before {
            let reason = if before.contains(&Zone::LowerBack) {
                Line::t("the lower back is never rolled")
            } else {
                Line::t("zones are kept once each, in routine order")
            };
            changes.push(Adjustment {
                field: "zones",
                from: format!("{before:?}"),
                to: format!("{seen:?}"),
                reason,
            });
            self.zones = seen;
        }
        let mut doses: Vec<ZoneDose> = Vec::new();
        for d in &self.doses {
            if d.zone.rollable() && !doses.iter().any(|k| k.zone == d.zone) {
                doses.push(ZoneDose {
                    zone: d.zone,
                    dose: d.dose.clamped(),
                });
            }
        }
        self.doses = doses;
        (self, changes)
    }

    /// The dose `zone` gets: its own from a routine, else the global numbers.
    pub fn dose(&self, zone: Zone) -> Dose {
        self.doses.iter().find(|d| d.zone == zone).map_or(
            Dose {
                passes: self.passes_per_side,
                secs_per_pass: self.secs_per_pass,
                hold_secs: self.hold_secs,
            },
            |d| d.dose,
        )
    }

    /// These settings with `zone`'s dose as the global numbers (for card texts).
    pub fn for_zone(&self, zone: Zone) -> Settings {
        let dose = self.dose(zone);
        Settings {
            passes_per_side: dose.passes,
            secs_per_pass: dose.secs_per_pass,
            hold_secs: dose.hold_secs,
            ..self.clone()
        }
    }

    /// Hold length in milliseconds.
    pub fn hold_ms(&self) -> u64 {
        u64::from(self.hold_secs) * 1000
    }

    /// One pass in milliseconds.
    pub fn pass_ms(&self) -> u64 {
        u64::from(self.secs_per_pass) * 1000
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_inside_the_articles_ranges() {
        let (s, changes) = Settings::default().clamped();
        assert!(changes.is_empty(), "{changes:?}");
        assert!(PASSES.contains(&s.passes_per_side));
        assert!(HOLD_SECS.contains(&s.hold_secs));
    }

    #[test]
    fn out_of_range_values_are_clamped_with_a_reason() {
        let wild = Settings {
            passes_per_side: 9,
            hold_secs: 2,
            zones: vec![
                Zone::LowerBack,
                Zone::UpperBack,
                Zone::ItBandLeft,
                Zone::UpperBack,
            ],
            ..Settings::default()
        };
        let (s, changes) = wild.clamped();
        assert_eq!(s.passes_per_side, 5);
        assert_eq!(s.hold_secs, 15);
        assert_eq!(s.zones, vec![Zone::ItBandLeft, Zone::UpperBack]);
        assert_eq!(changes.len(), 3);
        assert!(changes
            .iter()
            .any(|c| c.reason.to_string().contains("never rolled")));
    }

    #[test]
    fn get_ready_is_ten_seconds_by_default_and_kept_within_5_to_20() {
        assert_eq!(Settings::default().get_ready_secs, 10);
        for (given, kept) in [
            (0, 5),
            (4, 5),
            (5, 5),
            (12, 12),
            (20, 20),
            (21, 20),
            (255, 20),
        ] {
            let s = Settings {
                get_ready_secs: given,
                ..Settings::default()
            };
            assert_eq!(s.clamped().0.get_ready_secs, kept, "from {given}");
        }
    }

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = serde_json::from_str(r#"{"hold_secs": 20}"#).unwrap();
        assert_eq!(s.hold_secs, 20);
        assert_eq!(s.passes_per_side, 4);
    }
}
