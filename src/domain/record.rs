//! What a finished (or ended-early) session leaves behind.

use serde::{Deserialize, Serialize};

use crate::domain::routines::ZoneDose;
use crate::domain::zone::Zone;

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
}
