//! `Import data`: validate a file, then merge it with what is here. A bad file changes
//! nothing; a bad entry inside a good file is listed with its reason and not imported.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::domain::record::{EpochMs, SessionRecord};
use crate::domain::routines::Routine;
use crate::domain::settings::{Adjustment, Settings};

use super::backup::backups as current_backups;
use super::decode::{decode_v1_record_value, decode_v2_record_value};
use super::import_routines::read_routines;
use super::kv::{KeyValue, StoreError};
use super::merge::sort_history;
use super::migrate::settings_v1_to_v2;
use super::save::save_record;
use super::schema::{Backup, V1Settings, BACKUP_PREFIX, CURRENT_VERSION};
use super::transfer::APP_NAME;

/// Largest file accepted: far above any real history, small enough to parse safely.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why a file cannot be imported at all. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is too large ({} MB); an Unknot export is at most {} MB.", bytes.div_ceil(1024 * 1024), limit / (1024 * 1024))]
    TooLarge { bytes: usize, limit: usize },
    /// `detail` is the parser's message, for tests and debugging; people see only the words.
    #[error(
        "This file is not an Unknot export: it is damaged, cut short, or another kind of file."
    )]
    NotJson { detail: String },
    #[error("This file is not an Unknot export.")]
    NotUnknot,
    #[error("This file was exported by a newer version of Unknot (format {version}). Update Unknot, then import it again.")]
    TooNew { version: u64 },
    #[error("This file looks like an Unknot export, but {reason}.")]
    Shape { reason: String },
}

/// One entry of the file that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Which entry, in words ("session 3 (id …)").
    pub item: String,
    /// Why, in words.
    pub reason: String,
}

/// What an import found. Nothing is written until [`apply_import`] (records and backups);
/// the caller decides whether to use `settings_in_file` and `safety_acknowledged_at`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// The file's format version.
    pub format: u64,
    pub exported_at: Option<EpochMs>,
    /// New sessions, sorted by start time.
    pub added: Vec<SessionRecord>,
    /// Sessions whose id is already here (the copy here is kept).
    pub already_present: usize,
    pub rejected: Vec<Rejected>,
    /// The file's settings, clamped.
    pub settings_in_file: Option<Settings>,
    /// What clamping changed in them.
    pub settings_adjusted: Vec<Adjustment>,
    pub safety_acknowledged_at: Option<EpochMs>,
    /// Kept copies of unreadable data carried by the file.
    pub backups: Vec<Backup>,
    /// Every readable routine in the file (format 3), by id; merged by id when applied.
    pub routines: Vec<Routine>,
}

impl ImportReport {
    /// The outcome in a sentence or three.
    pub fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "session" } else { "sessions" };
        let mut parts = vec![format!(
            "Added {} {}.",
            self.added.len(),
            plural(self.added.len())
        )];
        if self.already_present > 0 {
            let n = self.already_present;
            parts.push(format!(
                "{n} {} already here.",
                if n == 1 { "was" } else { "were" }
            ));
        }
        if !self.routines.is_empty() {
            let n = self.routines.len();
            parts.push(format!(
                "{n} {} in the file.",
                if n == 1 { "routine" } else { "routines" }
            ));
        }
        if !self.rejected.is_empty() {
            let lines: Vec<String> = self
                .rejected
                .iter()
                .map(|r| format!("{}: {}", r.item, r.reason))
                .collect();
            parts.push(format!(
                "{} could not be imported ({}).",
                self.rejected.len(),
                lines.join("; ")
            ));
        }
        parts.join(" ")
    }
}

fn shape(reason: &str) -> ImportError {
    ImportError::Shape {
        reason: reason.to_string(),
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
        .ok_or_else(|| shape("it has no version number"))?;
    if format > CURRENT_VERSION {
        return Err(ImportError::TooNew { version: format });
    }
    if format == 0 {
        return Err(shape("its version number is 0"));
    }
    let sessions = match file.remove("sessions") {
        Some(Value::Array(items)) => items,
        Some(_) => return Err(shape("its sessions are not a list")),
        None => return Err(shape("it has no list of sessions")),
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
                item: "safety note answer".into(),
                reason: "its time is not a number".into(),
            }),
        },
    }
    read_backups(file.remove("backups"), &mut report)?;
    read_routines(file.remove("routines"), &mut report)?;
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
        Err(e) => report.rejected.push(Rejected {
            item: "settings".into(),
            reason: format!("they have an unexpected shape ({e})"),
        }),
    }
}

/// One of the file's optional lists: empty when absent or null; anything but a list
/// refuses the whole file, with `not_a_list` as the reason.
pub(super) fn optional_list(
    value: Option<Value>,
    not_a_list: &str,
) -> Result<Vec<Value>, ImportError> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(shape(not_a_list)),
    }
}

fn read_backups(value: Option<Value>, report: &mut ImportReport) -> Result<(), ImportError> {
    let items = optional_list(value, "its kept copies are not a list")?;
    for (i, item) in items.into_iter().enumerate() {
        let name = format!("kept copy {}", i + 1);
        match serde_json::from_value::<Backup>(item) {
            Ok(b) if b.key.starts_with(BACKUP_PREFIX) && b.original_key().is_some() => {
                report.backups.push(b)
            }
            Ok(_) => report.rejected.push(Rejected {
                item: name,
                reason: "it names a storage key that is not a backup".into(),
            }),
            Err(e) => report.rejected.push(Rejected {
                item: name,
                reason: format!("it has an unexpected shape ({e})"),
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
    let here: BTreeSet<&str> = existing.iter().map(|r| r.id.as_str()).collect();
    let mut taken: BTreeMap<String, SessionRecord> = BTreeMap::new();
    for (i, item) in items.into_iter().enumerate() {
        let id = item.get("id").and_then(Value::as_str).map(str::to_string);
        let name = match &id {
            Some(id) => format!(
                "session {} (id {})",
                i + 1,
                id.chars().take(40).collect::<String>()
            ),
            None => format!("session {}", i + 1),
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
                    reason: "another session in this file has the same id".into(),
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
    let here: BTreeSet<String> = current_backups(kv).into_iter().map(|b| b.key).collect();
    for backup in backups {
        if !here.contains(&backup.key) && kv.get(&backup.key)?.is_none() {
            kv.set(&backup.key, &backup.raw)?;
        }
    }
    Ok(())
}
