//! `Export data`: one pretty, versioned JSON file with a dated name.

use serde::Serialize;

use crate::domain::record::{EpochMs, SessionRecord};
use crate::domain::settings::Settings;

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
    /// Unreadable values kept byte-for-byte, so a person can take them elsewhere.
    #[serde(skip_serializing_if = "<[Backup]>::is_empty")]
    backups: &'a [Backup],
}

/// Everything as a pretty JSON document (ending in a newline). Sessions are sorted by
/// start time and backups by key, so the same data always gives the same file.
pub fn export(
    settings: &Settings,
    safety_acknowledged_at: Option<EpochMs>,
    sessions: &[SessionRecord],
    backups: &[Backup],
    now: EpochMs,
) -> String {
    let sessions = merge(sessions, &[]);
    let mut backups = backups.to_vec();
    backups.sort_by(|a, b| a.key.cmp(&b.key));
    backups.dedup_by(|a, b| a.key == b.key);
    let file = ExportFile {
        app: APP_NAME,
        v: CURRENT_VERSION,
        exported_at: now,
        settings,
        safety_acknowledged_at,
        sessions: &sessions,
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
    let local_ms = i128::from(now) + i128::from(offset_minutes) * 60_000;
    let days = local_ms.div_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    format!("unknot-{y:04}-{m:02}-{d:02}.json")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(days: i128) -> (i128, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i128::from(m <= 2);
    // d is 1..=31 and m is 1..=12 by construction.
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}
