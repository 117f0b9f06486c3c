//! Keeping unreadable values byte-for-byte, and writes that never silently replace them.

use crate::record::EpochMs;

use super::decode::{envelope, Unreadable};
use super::kv::{KeyValue, StoreError};
use super::schema::{Backup, BACKUP_PREFIX};

/// Same-millisecond copies of different content get a `-2`, `-3`… suffix; past this many
/// something is badly wrong and we stop instead of looping.
const MAX_SUFFIX: u32 = 1000;

/// The keys of the backups made from `original`.
fn backup_prefix_for(original: &str) -> String {
    format!("{BACKUP_PREFIX}{original}:")
}

/// Keeps `raw` (found under `original`) under a backup key, unless an identical copy of
/// that key's content is already kept. Returns the backup key.
pub(crate) fn keep_backup(
    kv: &dyn KeyValue,
    original: &str,
    raw: &str,
    now: EpochMs,
) -> Result<String, StoreError> {
    let prefix = backup_prefix_for(original);
    for key in kv.keys()? {
        if key.starts_with(&prefix) && kv.get(&key)?.as_deref() == Some(raw) {
            return Ok(key);
        }
    }
    let base = format!("{prefix}{now}");
    let mut key = base.clone();
    let mut n = 1;
    while kv.get(&key)?.is_some() {
        n += 1;
        if n > MAX_SUFFIX {
            return Err(StoreError::Failed {
                detail: "too many backups made in the same millisecond".into(),
            });
        }
        key = format!("{base}-{n}");
    }
    kv.set(&key, raw)?;
    Ok(key)
}

/// Every backup currently kept, sorted by key. A store that cannot be read has none.
pub fn backups(kv: &dyn KeyValue) -> Vec<Backup> {
    let Ok(keys) = kv.keys() else {
        return Vec::new();
    };
    let mut found: Vec<Backup> = keys
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|key| match kv.get(&key) {
            Ok(Some(raw)) => Some(Backup { key, raw }),
            _ => None,
        })
        .collect();
    crate::order::sort_by(&mut found, |a, b| a.key.cmp(&b.key));
    found
}

/// Writes `value` under `key`, but never silently replaces what cannot be read: a value
/// from a newer version is refused ([`StoreError::TooNew`]); anything else unreadable is
/// first kept under a backup key (and if that fails, nothing is written).
pub(crate) fn write_guarded(
    kv: &dyn KeyValue,
    key: &str,
    value: &str,
    now: EpochMs,
) -> Result<(), StoreError> {
    guard(kv, key, now)?;
    kv.set(key, value)
}

/// The rule before replacing or removing what is under `key`: a value from a newer
/// version is never touched ([`StoreError::TooNew`]); an unreadable one is copied to a
/// backup first.
fn guard(kv: &dyn KeyValue, key: &str, now: EpochMs) -> Result<(), StoreError> {
    let Some(current) = kv.get(key)? else {
        return Ok(());
    };
    match envelope(&current) {
        Ok(_) => Ok(()),
        Err(Unreadable::TooNew(version)) => Err(StoreError::TooNew {
            key: key.to_string(),
            version,
        }),
        Err(_) => keep_backup(kv, key, &current, now).map(|_| ()),
    }
}

/// Removes `key` under the same rule as [`write_guarded`].
pub(crate) fn remove_guarded(kv: &dyn KeyValue, key: &str, now: EpochMs) -> Result<(), StoreError> {
    guard(kv, key, now)?;
    kv.remove(key)
}
