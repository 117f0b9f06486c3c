//! `Add a reminder to my calendar`: an iCalendar file (RFC 5545) for a weekly event that
//! opens the app, for good or until a plan's last day. No server: the calendar app does the reminding.

use crate::i18n::{Catalogue, Tr};
use crate::progress::dates::{local_day, weekday, DayNumber, LocalDate, DAY_MS};
use crate::record::EpochMs;

/// RFC 5545 weekday codes, Monday first (the same order as `dates::weekday`).
pub const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// What the reminder is for and when it repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// Days of the week, Monday = 0 … Sunday = 6 (others are ignored).
    pub days: Vec<usize>,
    /// Local time of day.
    pub hour: u8,
    pub minute: u8,
    /// Length of the event in minutes (at least 5).
    pub minutes: u8,
    /// The routine's name as shown (in the app's language), for the event's title.
    pub routine: String,
    /// The app's address, opened from the event.
    pub app_address: String,
    /// The last local day it repeats on (a plan's end); `None` repeats for good.
    pub until: Option<DayNumber>,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (§3.1), and ends
/// it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn utc_stamp(at: EpochMs) -> String {
    let day = local_day(at, 0);
    let date = LocalDate::from_day(day);
    let secs = (i64::try_from(at).unwrap_or(0) - day * DAY_MS) / 1000;
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The `.ics` file, its words in the language of `tr` (the app's when the file is made).
/// `now` and `offset_minutes` pick the first chosen day from today on; `uid` must be
/// unique (a time plus randomness). `None` when no day is chosen.
pub fn calendar(
    reminder: &Reminder,
    now: EpochMs,
    offset_minutes: i32,
    uid: &str,
    tr: &Catalogue,
) -> Option<String> {
    let mut days: Vec<usize> = reminder.days.iter().copied().filter(|d| *d < 7).collect();
    crate::order::sort(&mut days);
    days.dedup();
    if days.is_empty() {
        return None;
    }
    let hour = reminder.hour.min(23);
    let minute = reminder.minute.min(59);
    let today = local_day(now, offset_minutes);
    let first = (0..7)
        .map(|k| today + k)
        .find(|d| days.contains(&weekday(*d)))
        .unwrap_or(today);
    let date = LocalDate::from_day(first);
    let byday: Vec<&str> = days.iter().map(|d| BYDAY[*d]).collect();
    // A floating end, like the start (RFC 5545 §3.3.10): the last day, to its end.
    let until = reminder.until.map_or(String::new(), |day| {
        let last = LocalDate::from_day(day);
        format!(
            ";UNTIL={:04}{:02}{:02}T235959",
            last.year, last.month, last.day
        )
    });
    let title = tr.tf(
        "Foam rolling: {routine}",
        &[("routine", reminder.routine.as_str())],
    );
    let description = tr.tf(
        "Open Unknot: {address}",
        &[("address", reminder.app_address.as_str())],
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Unknot//Routine reminder//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}@unknot", text(uid)),
        format!("DTSTAMP:{}", utc_stamp(now)),
        // Floating local time: the reminder stays at this time of day wherever the
        // person is.
        format!(
            "DTSTART:{:04}{:02}{:02}T{hour:02}{minute:02}00",
            date.year, date.month, date.day
        ),
        format!("DURATION:PT{}M", reminder.minutes.max(5)),
        format!("RRULE:FREQ=WEEKLY;BYDAY={}{until}", byday.join(",")),
        format!("SUMMARY:{}", text(&title)),
        format!("DESCRIPTION:{}", text(&description)),
        format!("URL:{}", reminder.app_address),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", text(&title)),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    Some(lines.iter().map(|l| fold(l)).collect())
}

/// A file name for the reminder.
pub const ICS_FILE_NAME: &str = "unknot-reminder.ics";
