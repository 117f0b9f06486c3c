//! What a finished (or ended-early) session leaves behind.

use serde::{Deserialize, Serialize};

use crate::i18n::{Catalogue, Tr};
use crate::routine::ZoneDose;
use crate::zone::Zone;

/// Epoch milliseconds (wall clock), as the browser's `Date.now()` gives them.
pub type EpochMs = u64;

/// A knot found during a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HotSpot {
    pub zone: Zone,
    /// Where along the zone's path, 0.0 at the start (e.g. below the hip) to 1.0 at the end.
    pub position: f32,
    /// When the hold started.
    pub found_at: EpochMs,
    /// How long it was held, in milliseconds.
    pub held_ms: u64,
    /// How tender it felt, 0–10, if the person said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenderness: Option<u8>,
}

/// How many passes were rolled on one zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZonePasses {
    pub zone: Zone,
    pub passes: u8,
}

/// Which routine a session followed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoutineKind {
    /// The article's full back-pain routine.
    #[default]
    Full,
    /// A routine built from zones the person picked.
    Custom,
}

/// Which saved routine a session followed, and the dose each zone got (format 3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineUsed {
    /// The routine's id (`article` for the article's routine).
    pub id: String,
    /// Its name when the session ran.
    pub name: String,
    /// The dose each zone was planned with.
    #[serde(default)]
    pub doses: Vec<ZoneDose>,
    /// The minutes asked for with "I have N minutes", if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u8>,
}

/// One session in the history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Unique id (start time plus a random suffix), used to merge imports without duplicates.
    pub id: String,
    pub started_at: EpochMs,
    pub ended_at: EpochMs,
    #[serde(default)]
    pub routine: RoutineKind,
    pub zones: Vec<Zone>,
    /// False when the session was ended early.
    pub completed: bool,
    #[serde(default)]
    pub passes: Vec<ZonePasses>,
    #[serde(default)]
    pub hot_spots: Vec<HotSpot>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_before: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Time spent on the cards, pauses excluded, in milliseconds.
    #[serde(default)]
    pub active_ms: u64,
    /// The saved routine and doses used (absent before format 3 and for picked zones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routine_used: Option<RoutineUsed>,
    /// Zones of the plan not rolled in full: left before their time, or never reached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Zone>,
    /// Time on the roller (passes and holds), pauses excluded, in milliseconds.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rolled_ms: u64,
}

fn is_zero(ms: &u64) -> bool {
    *ms == 0
}

/// How a session went, in the words the summary and the history use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every zone rolled in full and the session ran to its end.
    Complete,
    /// Some zones skipped or cut short: `done` of `of` zones rolled in full.
    Partial { done: usize, of: usize },
    /// Ended with `End session` (or, for older records, anything not complete).
    EndedEarly,
}

impl Verdict {
    /// "Complete", "Partial — 2 of 5 zones", "Ended early" (in English).
    pub fn words(self) -> String {
        self.words_in(&Catalogue::english())
    }

    /// The verdict in the language of `tr`.
    pub fn words_in(self, tr: &Catalogue) -> String {
        match self {
            Verdict::Complete => tr.t("Complete"),
            Verdict::Partial { done, of } => tr.tn(
                "Partial — {done} of {n} zone|Partial — {done} of {n} zones",
                of as i64,
                &[("done", &done.to_string())],
            ),
            Verdict::EndedEarly => tr.t("Ended early"),
        }
    }
}

impl SessionRecord {
    /// The honest verdict: never "Complete" when a zone was skipped.
    pub fn verdict(&self) -> Verdict {
        if !self.skipped.is_empty() {
            let mut planned = self.zones.clone();
            for zone in &self.skipped {
                if !planned.contains(zone) {
                    planned.push(*zone);
                }
            }
            Verdict::Partial {
                done: planned.len().saturating_sub(self.skipped.len()),
                of: planned.len(),
            }
        } else if self.completed {
            Verdict::Complete
        } else {
            Verdict::EndedEarly
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(zones: &[Zone], skipped: &[Zone], completed: bool) -> SessionRecord {
        SessionRecord {
            id: "r".into(),
            started_at: 0,
            ended_at: 1,
            routine: RoutineKind::Full,
            zones: zones.to_vec(),
            completed,
            passes: vec![],
            hot_spots: vec![],
            pain_before: None,
            pain_after: None,
            note: String::new(),
            active_ms: 0,
            skipped: skipped.to_vec(),
            rolled_ms: 0,
            routine_used: None,
        }
    }

    #[test]
    fn the_verdict_counts_zones_rolled_in_full() {
        use Zone::*;
        let all = [ItBandLeft, ItBandRight, UpperBack];
        assert_eq!(record(&all, &[], true).verdict().words(), "Complete");
        // One cut short (rolled a little, so in `zones` too), one never reached.
        let partial = record(&[ItBandLeft, ItBandRight], &[ItBandRight, UpperBack], false);
        assert_eq!(partial.verdict(), Verdict::Partial { done: 1, of: 3 });
        assert_eq!(partial.verdict().words(), "Partial — 1 of 3 zones");
        // Skipped zones win over an old `completed` flag.
        assert_eq!(
            record(&all, &[UpperBack], true).verdict().words(),
            "Partial — 2 of 3 zones"
        );
        assert_eq!(record(&all, &[], false).verdict(), Verdict::EndedEarly);
    }

    #[test]
    fn new_fields_are_left_out_when_empty_and_default_when_missing() {
        let json = serde_json::to_string(&record(&[Zone::UpperBack], &[], true)).unwrap();
        assert!(
            !json.contains("skipped") && !json.contains("rolled_ms"),
            "{json}"
        );
        let back: SessionRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, record(&[Zone::UpperBack], &[], true));
    }
}
