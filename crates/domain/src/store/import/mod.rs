//! `Import data`: validate a file, then merge it with what is here. A bad file changes
//! nothing; a bad entry inside a good file is listed with its reason and not imported.

mod outcome;
mod routines;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::i18n::{msg, Arg, Line};
use crate::record::{EpochMs, SessionRecord};
use crate::settings::Settings;

use super::backup::backups as current_backups;
use super::decode::{decode_v1_record_value, decode_v2_record_value, unexpected_shape};
use super::kv::{KeyValue, StoreError};
use super::merge::sort_history;
use super::migrate::settings_v1_to_v2;
use super::plan::decode_plan_value;
use super::save::save_record;
use super::schema::{Backup, V1Settings, BACKUP_PREFIX, CURRENT_VERSION};
use super::transfer::APP_NAME;
use routines::read_routines;

/// Largest file accepted: far above any real history, small enough to parse safely.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

pub use outcome::{ImportError, ImportReport, Rejected};

fn shape(reason: &'static str) -> ImportError {
    ImportError::Shape {
        reason: Line::t(reason),
    }
}

/// Reads an export file and works out what merging it with `existing` would add.
pub fn import(text: &str, existing: &[SessionRecord]) -> Result<ImportReport, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        detail: e.to_string(),
    })?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::NotUnknot);
    };
    if file.get("app").and_then(Value::as_str) != Some(APP_NAME) {
        return Err(ImportError::NotUnknot);
    }
    let format = file
        .get("v")
        .and_then(Value::as_u64)
        .ok_or_else(|| shape(msg("it has no version number")))?;
    if format > CURRENT_VERSION {
        return Err(ImportError::TooNew { version: format });
    }
    if format == 0 {
        return Err(shape(msg("its version number is 0")));
    }
    let sessions = match file.remove("sessions") {
        Some(Value::Array(items)) => items,
        Some(_) => return Err(shape(msg("its sessions are not a list"))),
        None => return Err(shape(msg("it has no list of sessions"))),
    };
    let mut report = ImportReport {
        format,
        exported_at: file.get("exported_at").and_then(Value::as_u64),
        ..ImportReport::default()
    };
    read_settings(&mut file, format, &mut report);
    match file.remove("safety_acknowledged_at") {
        None | Some(Value::Null) => {}
        Some(v) => match v.as_u64() {
            Some(at) => report.safety_acknowledged_at = Some(at),
            None => report.rejected.push(Rejected {
                item: Line::t("safety note answer"),
                reason: Line::t("its time is not a number"),
            }),
        },
    }
    read_backups(file.remove("backups"), &mut report)?;
    read_routines(file.remove("routines"), &mut report)?;
    match file.remove("plan") {
        None | Some(Value::Null) => {}
        Some(value) => match decode_plan_value(value) {
            Ok(plan) => report.plan = Some(plan),
            Err(reason) => report.rejected.push(Rejected {
                item: Line::t("weekly plan"),
                reason,
            }),
        },
    }
    read_sessions(sessions, format, existing, &mut report);
    Ok(report)
}

fn read_settings(file: &mut Map<String, Value>, format: u64, report: &mut ImportReport) {
    let Some(value) = file.remove("settings") else {
        return;
    };
    let parsed = if format == 1 {
        serde_json::from_value::<V1Settings>(value).map(settings_v1_to_v2)
    } else {
        serde_json::from_value::<Settings>(value)
    };
    match parsed {
        Ok(settings) => {
            let (settings, changes) = settings.clamped();
            report.settings_in_file = Some(settings);
            report.settings_adjusted = changes;
        }
        Err(_) => report.rejected.push(Rejected {
            item: Line::t("settings"),
            reason: Line::t("they have an unexpected shape"),
        }),
    }
}

/// One of the file's optional lists: empty when absent or null; anything but a list
/// refuses the whole file, with `not_a_list` as the reason.
pub(super) fn optional_list(
    value: Option<Value>,
    not_a_list: &'static str,
) -> Result<Vec<Value>, ImportError> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(shape(not_a_list)),
    }
}

fn read_backups(value: Option<Value>, report: &mut ImportReport) -> Result<(), ImportError> {
    let items = optional_list(value, msg("its kept copies are not a list"))?;
    for (i, item) in items.into_iter().enumerate() {
        let name = Line::tf("kept copy {n}", vec![("n", Arg::Number(i as u64 + 1))]);
        match serde_json::from_value::<Backup>(item) {
            Ok(b) if b.key.starts_with(BACKUP_PREFIX) && b.original_key().is_some() => {
                report.backups.push(b)
            }
            Ok(_) => report.rejected.push(Rejected {
                item: name,
                reason: Line::t("it names a storage key that is not a backup"),
            }),
            Err(_) => report.rejected.push(Rejected {
                item: name,
                reason: unexpected_shape(),
            }),
        }
    }
    Ok(())
}

fn read_sessions(
    items: Vec<Value>,
    format: u64,
    existing: &[SessionRecord],
    report: &mut ImportReport,
) {
    // Filled by `extend`, not `collect`: collecting into a set sorts first, with a copy
    // of the standard merge sort of its own (see `crate::order`).
    let mut here = BTreeSet::new();
    here.extend(existing.iter().map(|r| r.id.as_str()));
    let mut taken: BTreeMap<String, SessionRecord> = BTreeMap::new();
    for (i, item) in items.into_iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map(str::to_string);
        let number = Arg::Number(i as u64 + 1);
        let name = match &id {
            Some(id) => Line::tf(
                "session {n} (id {id})",
                vec![
                    ("n", number),
                    ("id", Arg::Text(id.chars().take(40).collect())),
                ],
            ),
            None => Line::tf("session {n}", vec![("n", number)]),
        };
        let decoded = if format == 1 {
            decode_v1_record_value(item)
        } else {
            decode_v2_record_value(item, format)
        };
        let record = match decoded {
            Ok(r) => r,
            Err(reason) => {
                report.rejected.push(Rejected { item: name, reason });
                continue;
            }
        };
        if here.contains(record.id.as_str()) {
            report.already_present += 1;
        } else if let Some(first) = taken.get(&record.id) {
            if *first == record {
                report.already_present += 1;
            } else {
                report.rejected.push(Rejected {
                    item: name,
                    reason: Line::t("another session in this file has the same id"),
                });
            }
        } else {
            taken.insert(record.id.clone(), record);
        }
    }
    report.added = taken.into_values().collect();
    sort_history(&mut report.added);
}

/// Writes what an import found: each added session under its own key, and each kept copy
/// not already here. Settings, the safety answer and routines are left to the caller
/// (routines merge by id in the app state — `RoutineAction::Merge` — and are saved from
/// there, so a name clash is resolved once, in one place).
pub fn apply_import(
    kv: &dyn KeyValue,
    report: &ImportReport,
    now: EpochMs,
) -> Result<(), StoreError> {
    for record in &report.added {
        save_record(kv, record, now)?;
    }
    keep_backups(kv, &report.backups)
}

/// Writes each kept copy of unreadable data that is not already here (by key).
pub fn keep_backups(kv: &dyn KeyValue, backups: &[Backup]) -> Result<(), StoreError> {
    // `extend`, not `collect`, as in `read_sessions`.
    let mut here = BTreeSet::new();
    here.extend(current_backups(kv).into_iter().map(|b| b.key));
    for backup in backups {
        if !here.contains(&backup.key) && kv.get(&backup.key)?.is_none() {
            kv.set(&backup.key, &backup.raw)?;
        }
    }
    Ok(())
}
