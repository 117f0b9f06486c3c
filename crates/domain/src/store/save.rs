//! Small, atomic writes (one key per thing) and the read-only look-ups used when another
//! tab changes something.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::i18n::Line;
use crate::record::{EpochMs, SessionRecord};
use crate::settings::Settings;

use super::backup::{keep_backup, remove_guarded, write_guarded};
use super::decode::{decode_active, decode_record, decode_safety, decode_settings, Unreadable};
use super::kv::{KeyValue, StoreError};
use super::merge::merge;
use super::schema::{
    session_key, ActiveEnvelope, RecordEnvelope, SafetyEnvelope, SettingsEnvelope, ACTIVE_KEY,
    CURRENT_VERSION, SAFETY_KEY, SESSION_PREFIX, SETTINGS_KEY,
};
use super::validate::validate_record;

fn encode<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|_| StoreError::Invalid {
        reason: Line::t("it could not be written as JSON"),
    })
}

/// Saves the settings (clamped first). `now` names a backup if something unreadable is
/// in the way.
pub fn save_settings(
    kv: &dyn KeyValue,
    settings: &Settings,
    now: EpochMs,
) -> Result<(), StoreError> {
    let (settings, _) = settings.clone().clamped();
    let text = encode(&SettingsEnvelope {
        v: CURRENT_VERSION,
        settings: &settings,
    })?;
    write_guarded(kv, SETTINGS_KEY, &text, now)
}

/// Saves when the person acknowledged the safety note.
pub fn save_safety(kv: &dyn KeyValue, acknowledged_at: EpochMs) -> Result<(), StoreError> {
    let text = encode(&SafetyEnvelope {
        v: CURRENT_VERSION,
        acknowledged_at,
    })?;
    write_guarded(kv, SAFETY_KEY, &text, acknowledged_at)
}

/// Saves one finished session under its own key, so tabs never overwrite each other's
/// history. Refuses a record that breaks the rules ([`StoreError::Invalid`]).
pub fn save_record(
    kv: &dyn KeyValue,
    record: &SessionRecord,
    now: EpochMs,
) -> Result<(), StoreError> {
    validate_record(record).map_err(|reason| StoreError::Invalid { reason })?;
    let text = encode(&RecordEnvelope {
        v: CURRENT_VERSION,
        record,
    })?;
    write_guarded(kv, &session_key(&record.id), &text, now)
}

/// Saves the session in progress (call on every change that matters, not every tick).
pub fn save_active<T: Serialize>(
    kv: &dyn KeyValue,
    session: &T,
    now: EpochMs,
) -> Result<(), StoreError> {
    let text = encode(&ActiveEnvelope {
        v: CURRENT_VERSION,
        session,
    })?;
    write_guarded(kv, ACTIVE_KEY, &text, now)
}

/// The session in progress, if one was saved. An unreadable one is copied to a backup
/// and removed ([`StoreError::Corrupt`]); one from a newer version is left in place and
/// copied once ([`StoreError::TooNew`]).
pub fn load_active<T: DeserializeOwned>(
    kv: &dyn KeyValue,
    now: EpochMs,
) -> Result<Option<T>, StoreError> {
    let Some(raw) = kv.get(ACTIVE_KEY)? else {
        return Ok(None);
    };
    match decode_active::<T>(&raw) {
        Ok(session) => Ok(Some(session)),
        Err(Unreadable::TooNew(version)) => {
            // A failed copy loses nothing: the original stays where it is.
            let _ = keep_backup(kv, ACTIVE_KEY, &raw, now);
            Err(StoreError::TooNew {
                key: ACTIVE_KEY.to_string(),
                version,
            })
        }
        Err(why) => {
            keep_backup(kv, ACTIVE_KEY, &raw, now)?;
            kv.remove(ACTIVE_KEY)?;
            Err(StoreError::Corrupt {
                key: ACTIVE_KEY.to_string(),
                reason: why.reason(),
            })
        }
    }
}

/// Forgets one finished session (its `End session` was undone).
pub fn remove_record(kv: &dyn KeyValue, id: &str, now: EpochMs) -> Result<(), StoreError> {
    remove_guarded(kv, &session_key(id), now)
}

/// Forgets the session in progress (it finished or was abandoned).
pub fn clear_active(kv: &dyn KeyValue, now: EpochMs) -> Result<(), StoreError> {
    remove_guarded(kv, ACTIVE_KEY, now)
}

/// The saved settings (clamped), read without writing anything: for `storage` events.
pub fn read_settings(kv: &dyn KeyValue) -> Option<Settings> {
    let raw = kv.get(SETTINGS_KEY).ok()??;
    decode_settings(&raw).ok().map(|d| d.value.clamped().0)
}

/// The safety acknowledgement, read without writing anything: for `storage` events.
pub fn read_safety(kv: &dyn KeyValue) -> Option<EpochMs> {
    let raw = kv.get(SAFETY_KEY).ok()??;
    decode_safety(&raw).ok().map(|d| d.value)
}

/// One finished session, read without writing anything: for `storage` events.
pub fn read_record(kv: &dyn KeyValue, id: &str) -> Option<SessionRecord> {
    let raw = kv.get(&session_key(id)).ok()??;
    decode_record(&raw, id).ok()
}

/// Every readable finished session, sorted, read without writing anything. Unreadable
/// ones are skipped here; the next [`load`](super::load) sets them aside.
pub fn read_history(kv: &dyn KeyValue) -> Vec<SessionRecord> {
    let Ok(keys) = kv.keys() else {
        return Vec::new();
    };
    let records: Vec<SessionRecord> = keys
        .iter()
        .filter_map(|k| k.strip_prefix(SESSION_PREFIX))
        .filter_map(|id| read_record(kv, id))
        .collect();
    merge(&records, &[])
}
