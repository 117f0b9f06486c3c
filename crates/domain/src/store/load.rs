//! Reading everything at start: migrations, backups of what cannot be read, notices.

use crate::record::{EpochMs, SessionRecord};
use crate::routine::Routine;
use crate::settings::Settings;
use crate::weekly::WeeklyPlan;

use super::backup::{backups, keep_backup};
use super::decode::{decode_history_v1, decode_record, decode_safety, decode_settings, Unreadable};
use super::kv::{KeyValue, StoreError};
use super::merge::merge;
use super::notice::{Fate, Notice, Subject};
use super::plan::decode_plan;
use super::routines::decode_routine;
use super::schema::{
    session_key, Backup, RecordEnvelope, SafetyEnvelope, SettingsEnvelope, CURRENT_VERSION,
    PLAN_KEY, PROBE_KEY, ROUTINE_PREFIX, SAFETY_KEY, SESSION_PREFIX, SETTINGS_KEY, V1_HISTORY_KEY,
};

/// Everything read at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The saved settings, clamped, or the defaults.
    pub settings: Settings,
    /// When the person acknowledged the safety note, if they did.
    pub safety_acknowledged_at: Option<EpochMs>,
    /// Finished sessions, sorted by start time (then id).
    pub history: Vec<SessionRecord>,
    /// Saved routines, by id.
    pub routines: Vec<Routine>,
    /// The weekly plan, if one runs.
    pub plan: Option<WeeklyPlan>,
    /// Unreadable values kept byte-for-byte (they go into the export).
    pub backups: Vec<Backup>,
    /// What to tell the person about their data, if anything.
    pub notices: Vec<Notice>,
}

/// Writes a probe key and removes it: storage can be read on some browsers but not written.
pub fn check_writable(kv: &dyn KeyValue) -> Result<(), StoreError> {
    kv.set(PROBE_KEY, "1")?;
    kv.remove(PROBE_KEY)
}

/// Sets an unreadable value aside: too-new values stay in place (a newer version may
/// still read them), others move to a backup key. Either way a copy is kept once.
fn set_aside(kv: &dyn KeyValue, key: &str, raw: &str, why: &Unreadable, now: EpochMs) -> Fate {
    let kept = keep_backup(kv, key, raw, now);
    match (why, kept) {
        (Unreadable::TooNew(_), _) => Fate::LeftForNewer,
        (_, Ok(_)) => {
            // If the removal fails the value is still in place and also copied: nothing lost.
            let _ = kv.remove(key);
            Fate::Backed
        }
        (_, Err(_)) => Fate::LeftInPlace,
    }
}

/// Reads everything Unknot keeps, migrating older formats and setting aside what cannot
/// be read. Never panics; whatever goes wrong becomes a [`Notice`] and defaults.
pub fn load(kv: &dyn KeyValue, now: EpochMs) -> Loaded {
    let mut out = Loaded::default();
    if let Err(e) = kv.keys() {
        out.notices.push(Notice::not_kept(&e));
        return out;
    }
    if let Err(e) = check_writable(kv) {
        out.notices.push(Notice::not_kept(&e));
    }

    let from_old_history = migrate_history(kv, now, &mut out.notices);
    load_settings(kv, now, &mut out);
    load_safety(kv, now, &mut out);
    let from_keys = load_sessions(kv, now, &mut out.notices);
    out.history = merge(&from_keys, &from_old_history);
    out.routines = load_routines(kv, now, &mut out.notices);
    load_plan(kv, now, &mut out);
    out.backups = backups(kv);
    out
}

fn load_settings(kv: &dyn KeyValue, now: EpochMs, out: &mut Loaded) {
    let Ok(Some(raw)) = kv.get(SETTINGS_KEY) else {
        return;
    };
    match decode_settings(&raw) {
        Ok(decoded) => {
            let (settings, changes) = decoded.value.clamped();
            if decoded.migrated {
                // Nothing is lost if this fails: format 1 is read again next time.
                if let Ok(text) = serde_json::to_string(&SettingsEnvelope {
                    v: CURRENT_VERSION,
                    settings: &settings,
                }) {
                    let _ = kv.set(SETTINGS_KEY, &text);
                }
            }
            if !changes.is_empty() {
                out.notices.push(Notice::settings_adjusted(&changes));
            }
            out.settings = settings;
        }
        Err(why) => {
            let fate = set_aside(kv, SETTINGS_KEY, &raw, &why, now);
            out.notices
                .push(Notice::unreadable(Subject::Settings, fate));
        }
    }
}

fn load_safety(kv: &dyn KeyValue, now: EpochMs, out: &mut Loaded) {
    let Ok(Some(raw)) = kv.get(SAFETY_KEY) else {
        return;
    };
    match decode_safety(&raw) {
        Ok(decoded) => {
            if decoded.migrated {
                if let Ok(text) = serde_json::to_string(&SafetyEnvelope {
                    v: CURRENT_VERSION,
                    acknowledged_at: decoded.value,
                }) {
                    let _ = kv.set(SAFETY_KEY, &text);
                }
            }
            out.safety_acknowledged_at = Some(decoded.value);
        }
        Err(why) => {
            let fate = set_aside(kv, SAFETY_KEY, &raw, &why, now);
            out.notices.push(Notice::unreadable(Subject::Safety, fate));
        }
    }
}

fn load_plan(kv: &dyn KeyValue, now: EpochMs, out: &mut Loaded) {
    let Ok(Some(raw)) = kv.get(PLAN_KEY) else {
        return;
    };
    match decode_plan(&raw) {
        Ok(plan) => out.plan = Some(plan),
        Err(why) => {
            let fate = set_aside(kv, PLAN_KEY, &raw, &why, now);
            out.notices.push(Notice::unreadable(Subject::Plan, fate));
        }
    }
}

fn load_sessions(kv: &dyn KeyValue, now: EpochMs, notices: &mut Vec<Notice>) -> Vec<SessionRecord> {
    let Ok(keys) = kv.keys() else {
        return Vec::new();
    };
    let mut records = Vec::new();
    let mut fates: Vec<Fate> = Vec::new();
    for key in keys {
        let Some(id) = key.strip_prefix(SESSION_PREFIX) else {
            continue;
        };
        let Ok(Some(raw)) = kv.get(&key) else {
            continue;
        };
        match decode_record(&raw, id) {
            Ok(record) => records.push(record),
            Err(why) => fates.push(set_aside(kv, &key, &raw, &why, now)),
        }
    }
    for fate in [Fate::Backed, Fate::LeftInPlace, Fate::LeftForNewer] {
        let n = fates.iter().filter(|f| **f == fate).count();
        if n > 0 {
            notices.push(Notice::unreadable(Subject::Sessions(n), fate));
        }
    }
    merge(&records, &[])
}

fn load_routines(kv: &dyn KeyValue, now: EpochMs, notices: &mut Vec<Notice>) -> Vec<Routine> {
    let Ok(keys) = kv.keys() else {
        return Vec::new();
    };
    let mut routines = Vec::new();
    let mut fates: Vec<Fate> = Vec::new();
    for key in keys {
        let Some(id) = key.strip_prefix(ROUTINE_PREFIX) else {
            continue;
        };
        let Ok(Some(raw)) = kv.get(&key) else {
            continue;
        };
        match decode_routine(&raw, id) {
            Ok(routine) => routines.push(routine),
            Err(why) => fates.push(set_aside(kv, &key, &raw, &why, now)),
        }
    }
    for fate in [Fate::Backed, Fate::LeftInPlace, Fate::LeftForNewer] {
        let n = fates.iter().filter(|f| **f == fate).count();
        if n > 0 {
            notices.push(Notice::unreadable(Subject::Routines(n), fate));
        }
    }
    crate::order::sort_by(&mut routines, |a, b| a.id.cmp(&b.id));
    routines
}

/// Format 1 → 2 for history: writes one key per record, and removes the old key only
/// after every new key was written (and after the old value was copied, if any entry in
/// it could not be read). Returns the records read, so they show even if writing failed.
fn migrate_history(
    kv: &dyn KeyValue,
    now: EpochMs,
    notices: &mut Vec<Notice>,
) -> Vec<SessionRecord> {
    let Ok(Some(raw)) = kv.get(V1_HISTORY_KEY) else {
        return Vec::new();
    };
    let (records, bad) = match decode_history_v1(&raw) {
        Ok(found) => found,
        Err(why) => {
            let fate = set_aside(kv, V1_HISTORY_KEY, &raw, &why, now);
            let n = match why {
                Unreadable::TooNew(_) => 0,
                _ => 1,
            };
            notices.push(Notice::unreadable(Subject::OldHistory(n), fate));
            return Vec::new();
        }
    };
    let mut all_stored = true;
    for record in &records {
        let key = session_key(&record.id);
        // A key already there (another tab migrated first) is left alone.
        match kv.get(&key) {
            Ok(Some(_)) => continue,
            Ok(None) => {}
            Err(_) => {
                all_stored = false;
                continue;
            }
        }
        let stored = serde_json::to_string(&RecordEnvelope {
            v: CURRENT_VERSION,
            record,
        })
        .ok()
        .is_some_and(|text| kv.set(&key, &text).is_ok());
        all_stored &= stored;
    }
    if bad > 0 {
        let kept = keep_backup(kv, V1_HISTORY_KEY, &raw, now).is_ok();
        all_stored &= kept;
        let fate = if kept {
            Fate::Backed
        } else {
            Fate::LeftInPlace
        };
        notices.push(Notice::unreadable(Subject::OldHistory(bad), fate));
    }
    if all_stored {
        let _ = kv.remove(V1_HISTORY_KEY);
    } else {
        notices.push(Notice::upgrade_not_stored());
    }
    records
}
