//! `Export as CSV`: the history as a spreadsheet, in the chosen language.
//!
//! One file, two tables: the sessions (one row each, oldest first), one empty line, then
//! the hot spots (one row each, with the number of its session's row). RFC 4180: fields
//! with a comma, a quote, CR or LF are quoted with quotes doubled, rows end with CRLF. The
//! file starts with a UTF-8 byte-order mark so spreadsheet apps read accents right.
//!
//! Formula injection: a text field that starts with `=`, `+`, `-`, `@`, a tab or a CR gets
//! a leading `'`, so a spreadsheet shows it as text and never runs it (OWASP, "CSV
//! Injection", <https://owasp.org/www-community/attacks/CSV_Injection>). Numbers, dates and
//! times the app writes itself are never prefixed.

use crate::i18n::{msg, Catalogue, Tr};
use crate::record::{EpochMs, HotSpot, RoutineKind, SessionRecord};
use crate::routine::{shown_name, ARTICLE_NAME};

use super::bins::Bins;
use super::dates::{local_day, time_label, LocalDate};

/// The file's media type.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// The sessions table's columns: the stable English key (README) and the header's message.
pub const SESSION_COLUMNS: [(&str, &str); 11] = [
    ("date", msg("Date")),
    ("time", msg("Time")),
    ("routine", msg("Routine name")),
    ("zones", msg("Zones")),
    ("minutes_rolled", msg("Minutes rolled")),
    ("passes", msg("Passes")),
    ("holds", msg("Holds")),
    ("pain_before", msg("Pain before")),
    ("pain_after", msg("Pain after")),
    ("tenderness", msg("Highest tenderness")),
    ("ended_early", msg("Ended early")),
];

/// The hot-spots table's columns, as [`SESSION_COLUMNS`].
pub const HOT_SPOT_COLUMNS: [(&str, &str); 7] = [
    ("date", msg("Date")),
    ("time", msg("Time")),
    ("session", msg("Session")),
    ("zone", msg("Zone")),
    ("where", msg("Where on the muscle")),
    ("held_seconds", msg("Seconds held")),
    ("tenderness", msg("Tenderness")),
];

/// One field of a row.
enum Field {
    /// Words (a name, the app's words): neutralised, then quoted as needed.
    Text(String),
    /// A number, date or time the app wrote itself: written as it is.
    Plain(String),
}

/// `unknot-sessions-YYYY-MM-DD.csv`, the local date at `now`.
pub fn csv_file_name(now: EpochMs, offset_minutes: i32) -> String {
    format!("unknot-sessions-{}.csv", iso_date(now, offset_minutes))
}

/// The whole file: both tables, headers in the language of `tr`, times in local time
/// `offset_minutes` ahead of UTC.
pub fn sessions_csv(history: &[SessionRecord], tr: &Catalogue, offset_minutes: i32) -> String {
    let mut sessions: Vec<&SessionRecord> = history.iter().collect();
    crate::order::sort_by_key(&mut sessions, |r| r.started_at);
    let mut out = String::with_capacity(128 + sessions.len() * 160);
    out.push('\u{feff}');
    header(&mut out, &SESSION_COLUMNS, tr);
    for record in &sessions {
        row(&mut out, &session_fields(record, tr, offset_minutes));
    }
    out.push_str("\r\n");
    header(&mut out, &HOT_SPOT_COLUMNS, tr);
    for (index, record) in sessions.iter().enumerate() {
        for spot in &record.hot_spots {
            row(
                &mut out,
                &spot_fields(record, index + 1, spot, tr, offset_minutes),
            );
        }
    }
    out
}

fn header(out: &mut String, columns: &[(&str, &str)], tr: &Catalogue) {
    let fields: Vec<Field> = columns
        .iter()
        .map(|(_, words)| Field::Text(tr.t(words)))
        .collect();
    row(out, &fields);
}

fn session_fields(record: &SessionRecord, tr: &Catalogue, offset: i32) -> Vec<Field> {
    let zones: Vec<String> = record.zones.iter().map(|z| tr.t(z.phrase())).collect();
    let passes: u32 = record.passes.iter().map(|p| u32::from(p.passes)).sum();
    let highest = record.hot_spots.iter().filter_map(|h| h.tenderness).max();
    let ended_early = if record.completed {
        msg("no")
    } else {
        msg("yes")
    };
    vec![
        Field::Plain(iso_date(record.started_at, offset)),
        Field::Plain(time_label(record.started_at, offset)),
        Field::Text(routine_name(record, tr)),
        Field::Text(zones.join("; ")),
        Field::Plain(tenths(record.rolled_ms, 60_000)),
        Field::Plain(passes.to_string()),
        Field::Plain(record.hot_spots.len().to_string()),
        number(record.pain_before),
        number(record.pain_after),
        number(highest),
        Field::Text(tr.t(ended_early)),
    ]
}

fn spot_fields(
    record: &SessionRecord,
    session: usize,
    spot: &HotSpot,
    tr: &Catalogue,
    offset: i32,
) -> Vec<Field> {
    let bins = Bins::Fifths;
    let place = bins.phrase(spot.zone, bins.bin_of(spot.position));
    vec![
        Field::Plain(iso_date(record.started_at, offset)),
        Field::Plain(time_label(record.started_at, offset)),
        Field::Plain(session.to_string()),
        Field::Text(tr.t(spot.zone.phrase())),
        Field::Text(tr.t(place)),
        Field::Plain(((spot.held_ms + 500) / 1000).to_string()),
        number(spot.tenderness),
    ]
}

/// The saved routine's name, or the app's words for the built-in routine or picked zones.
fn routine_name(record: &SessionRecord, tr: &Catalogue) -> String {
    match (&record.routine_used, record.routine) {
        (Some(used), _) => shown_name(&used.id, &used.name, tr),
        (None, RoutineKind::Full) => tr.t(ARTICLE_NAME),
        (None, RoutineKind::Custom) => tr.t("Picked zones"),
    }
}

fn number(value: Option<u8>) -> Field {
    Field::Plain(value.map(|v| v.to_string()).unwrap_or_default())
}

/// `ms` in units of `unit` ms, rounded to one decimal with a `.` ("12.5").
fn tenths(ms: u64, unit: u64) -> String {
    let tenths = (ms * 10 + unit / 2) / unit;
    format!("{}.{}", tenths / 10, tenths % 10)
}

fn iso_date(at: EpochMs, offset: i32) -> String {
    let d = LocalDate::from_day(local_day(at, offset));
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn row(out: &mut String, fields: &[Field]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match field {
            Field::Plain(text) => out.push_str(text),
            Field::Text(text) => push_text(out, text),
        }
    }
    out.push_str("\r\n");
}

/// Writes words as one field: neutralised against formulas, then quoted if needed.
fn push_text(out: &mut String, text: &str) {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = text.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    if quoted {
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

#[cfg(test)]
mod tests;
