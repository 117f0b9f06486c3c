//! `Export data`: one pretty, versioned JSON file with a dated name.

use serde::Serialize;

use crate::progress::dates::{local_day, LocalDate};
use crate::record::{EpochMs, SessionRecord};
use crate::routine::Routine;
use crate::settings::Settings;
use crate::weekly::WeeklyPlan;

use super::merge::merge;
use super::schema::{Backup, CURRENT_VERSION};

/// The `app` field that marks a file as an Unknot export.
pub const APP_NAME: &str = "unknot";

/// The export file, in field order.
#[derive(Serialize)]
struct ExportFile<'a> {
    app: &'a str,
    v: u64,
    exported_at: EpochMs,
    settings: &'a Settings,
    safety_acknowledged_at: Option<EpochMs>,
    sessions: &'a [SessionRecord],
    /// Saved routines, by id (format 3).
    routines: &'a [Routine],
    /// The weekly plan, if one runs (absent in files before plans).
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a WeeklyPlan>,
    /// Unreadable values kept byte-for-byte, so a person can take them elsewhere.
    #[serde(skip_serializing_if = "<[Backup]>::is_empty")]
    backups: &'a [Backup],
}

/// Everything as a pretty JSON document (ending in a newline). Sessions are sorted by
/// start time, routines by id and backups by key, so the same data always gives the
/// same file.
pub fn export(
    settings: &Settings,
    safety_acknowledged_at: Option<EpochMs>,
    sessions: &[SessionRecord],
    backups: &[Backup],
    now: EpochMs,
) -> String {
    export_with_routines(
        settings,
        safety_acknowledged_at,
        sessions,
        &[],
        None,
        backups,
        now,
    )
}

/// [`export`] with the saved routines and the weekly plan.
pub fn export_with_routines(
    settings: &Settings,
    safety_acknowledged_at: Option<EpochMs>,
    sessions: &[SessionRecord],
    routines: &[Routine],
    plan: Option<&WeeklyPlan>,
    backups: &[Backup],
    now: EpochMs,
) -> String {
    let sessions = merge(sessions, &[]);
    let mut routines = routines.to_vec();
    crate::order::sort_by(&mut routines, |a, b| a.id.cmp(&b.id));
    let mut backups = backups.to_vec();
    crate::order::sort_by(&mut backups, |a, b| a.key.cmp(&b.key));
    backups.dedup_by(|a, b| a.key == b.key);
    let file = ExportFile {
        app: APP_NAME,
        v: CURRENT_VERSION,
        exported_at: now,
        settings,
        safety_acknowledged_at,
        sessions: &sessions,
        routines: &routines,
        plan,
        backups: &backups,
    };
    // Plain structs with string keys cannot fail to serialize; an empty string would only
    // show up as an import error, never as lost data.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// `unknot-YYYY-MM-DD.json`, the date in UTC.
pub fn export_file_name(now: EpochMs) -> String {
    export_file_name_at_offset(now, 0)
}

/// `unknot-YYYY-MM-DD.json`, the date where the clock is `offset_minutes` ahead of UTC
/// (JavaScript's `getTimezoneOffset()` is the negative of this).
pub fn export_file_name_at_offset(now: EpochMs, offset_minutes: i32) -> String {
    let date = LocalDate::from_day(local_day(now, offset_minutes));
    format!(
        "unknot-{:04}-{:02}-{:02}.json",
        date.year, date.month, date.day
    )
}
