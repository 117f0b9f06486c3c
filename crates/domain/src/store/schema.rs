//! The stored format: keys, the versioned envelope around every value, and the shapes of
//! format 1 that migrations still read.

use serde::{Deserialize, Serialize};

use crate::record::{EpochMs, ZonePasses};
use crate::settings::{Cues, Settings, Theme};
use crate::zone::Zone;

/// The format version this build writes.
pub const CURRENT_VERSION: u64 = 3;

/// Every key Unknot owns starts with this.
pub const PREFIX: &str = "unknot:";
/// `{"v":2,"settings":{…}}`
pub const SETTINGS_KEY: &str = "unknot:settings";
/// `{"v":2,"acknowledged_at":ms}`
pub const SAFETY_KEY: &str = "unknot:safety";
/// `{"v":2,"session":{…}}`: the session in progress.
pub const ACTIVE_KEY: &str = "unknot:active";
/// Followed by a record id: `{"v":2,"record":{…}}`, one key per finished session.
pub const SESSION_PREFIX: &str = "unknot:session:";
/// Followed by a routine id: `{"v":3,"routine":{…}}`, one key per saved routine.
pub const ROUTINE_PREFIX: &str = "unknot:routine:";
/// `{"v":3,"plan":{…}}`: the weekly plan (one at a time).
pub const PLAN_KEY: &str = "unknot:plan";
/// Followed by `<original key>:<ms>`: an unreadable value kept byte-for-byte.
pub const BACKUP_PREFIX: &str = "unknot:backup:";
/// Format 1 kept the whole history in this one key: `{"v":1,"sessions":[…]}`.
pub const V1_HISTORY_KEY: &str = "unknot:history";
/// Written and removed again to learn whether storage accepts writes.
pub const PROBE_KEY: &str = "unknot:probe";

/// The key of one finished session.
pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

/// What a storage key holds, so a `storage` event from another tab can be routed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Settings,
    Safety,
    Active,
    /// A finished session, with its id.
    Session(String),
    /// A saved routine, with its id.
    Routine(String),
    /// The weekly plan.
    Plan,
    Backup,
    /// Format 1 history, migrated on the next load.
    LegacyHistory,
    Probe,
    /// Another `unknot:` key (perhaps from a newer version).
    OtherUnknot,
    /// Not Unknot's.
    Foreign,
}

impl KeyKind {
    /// Classifies a storage key.
    pub fn of(key: &str) -> KeyKind {
        match key {
            SETTINGS_KEY => KeyKind::Settings,
            SAFETY_KEY => KeyKind::Safety,
            ACTIVE_KEY => KeyKind::Active,
            PLAN_KEY => KeyKind::Plan,
            V1_HISTORY_KEY => KeyKind::LegacyHistory,
            PROBE_KEY => KeyKind::Probe,
            _ => {
                if let Some(id) = key.strip_prefix(SESSION_PREFIX) {
                    KeyKind::Session(id.to_string())
                } else if let Some(id) = key.strip_prefix(ROUTINE_PREFIX) {
                    KeyKind::Routine(id.to_string())
                } else if key.starts_with(BACKUP_PREFIX) {
                    KeyKind::Backup
                } else if key.starts_with(PREFIX) {
                    KeyKind::OtherUnknot
                } else {
                    KeyKind::Foreign
                }
            }
        }
    }
}

/// An unreadable value kept byte-for-byte under its backup key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    /// The full backup key: `unknot:backup:<original key>:<ms>`.
    pub key: String,
    /// Exactly the string that could not be read.
    pub raw: String,
}

impl Backup {
    /// The key the value was found under, if the backup key is well formed.
    pub fn original_key(&self) -> Option<&str> {
        let rest = self.key.strip_prefix(BACKUP_PREFIX)?;
        rest.rsplit_once(':').map(|(original, _)| original)
    }

    /// When the copy was made, if the backup key is well formed.
    pub fn kept_at(&self) -> Option<EpochMs> {
        let rest = self.key.strip_prefix(BACKUP_PREFIX)?;
        let (_, stamp) = rest.rsplit_once(':')?;
        stamp.split('-').next()?.parse().ok()
    }
}

/// `{"v":2,"settings":{…}}`
#[derive(Serialize)]
pub(crate) struct SettingsEnvelope<'a> {
    pub v: u64,
    pub settings: &'a Settings,
}

/// `{"v":2,"acknowledged_at":ms}`
#[derive(Serialize)]
pub(crate) struct SafetyEnvelope {
    pub v: u64,
    pub acknowledged_at: EpochMs,
}

/// `{"v":2,"record":{…}}`
#[derive(Serialize)]
pub(crate) struct RecordEnvelope<'a, R> {
    pub v: u64,
    pub record: &'a R,
}

/// `{"v":3,"routine":{…}}`
#[derive(Serialize)]
pub(crate) struct RoutineEnvelope<'a, R> {
    pub v: u64,
    pub routine: &'a R,
}

/// `{"v":3,"plan":{…}}`
#[derive(Serialize)]
pub(crate) struct PlanEnvelope<'a, P> {
    pub v: u64,
    pub plan: &'a P,
}

/// `{"v":2,"session":{…}}`
#[derive(Serialize)]
pub(crate) struct ActiveEnvelope<'a, T> {
    pub v: u64,
    pub session: &'a T,
}

/// Format 1 settings: `hold` instead of `hold_secs`, cues as flat flags, no get-ready time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct V1Settings {
    pub passes_per_side: u8,
    pub hold: u8,
    pub secs_per_pass: u8,
    pub breaths: u8,
    pub zones: Vec<Zone>,
    pub sound: bool,
    pub voice: bool,
    pub vibration: bool,
    pub theme: Theme,
}

impl Default for V1Settings {
    fn default() -> Self {
        let s = Settings::default();
        let c = Cues::default();
        V1Settings {
            passes_per_side: s.passes_per_side,
            hold: s.hold_secs,
            secs_per_pass: s.secs_per_pass,
            breaths: s.breaths,
            zones: s.zones,
            sound: c.sound,
            voice: c.voice,
            vibration: c.vibration,
            theme: s.theme,
        }
    }
}

/// Format 1 pain ratings, nested.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct V1Pain {
    #[serde(default)]
    pub before: Option<u8>,
    #[serde(default)]
    pub after: Option<u8>,
}

/// Format 1 hot spot: `pos` is a whole percentage 0–100 along the path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct V1HotSpot {
    pub zone: Zone,
    pub pos: u8,
    pub found_at: EpochMs,
    pub held_ms: u64,
    #[serde(default)]
    pub tenderness: Option<u8>,
}

/// Format 1 session record: no routine kind, nested pain, active time in whole seconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct V1Record {
    pub id: String,
    pub started_at: EpochMs,
    pub ended_at: EpochMs,
    pub zones: Vec<Zone>,
    pub completed: bool,
    #[serde(default)]
    pub passes: Vec<ZonePasses>,
    #[serde(default)]
    pub hot_spots: Vec<V1HotSpot>,
    #[serde(default)]
    pub pain: V1Pain,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub active_secs: u64,
}
