//! Data that stays (issue 26): whether the browser may delete Unknot's storage by itself,
//! and when to remind the person to export a copy. Unknot never deletes anything itself.

use crate::i18n::Line;
use crate::progress::dates::DAY_MS;
use crate::record::{EpochMs, SessionRecord};

/// Days without an export before Settings reminds the person (issue 26). A separate fact
/// makes it matter: Safari deletes a non-installed site's storage after 7 days without a
/// visit (WebKit's tracking prevention, "Full Third-Party Cookie Blocking and More",
/// webkit.org, 2020).
pub const REMIND_AFTER_DAYS: u64 = 30;

/// Sessions finished since the last export before Settings reminds the person (issue 26).
pub const REMIND_AFTER_SESSIONS: usize = 10;

/// Whether the browser may evict Unknot's storage: not installed (not standalone) and
/// `navigator.storage.persisted()` said no. Unknown (no Storage API) is not evictable,
/// so a browser that cannot tell is never warned about.
pub fn evictable(standalone: bool, persisted: Option<bool>) -> bool {
    !standalone && persisted == Some(false)
}

/// Why Settings reminds the person to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    /// Exported before; this many sessions finished since.
    SessionsSince(usize),
    /// Exported before, with sessions since; this many whole days ago.
    DaysSince(u64),
    /// Never exported, and the history (counted from its first session) reached a limit.
    NeverExported,
}

impl Reminder {
    /// The reminder in words.
    pub fn line(self) -> Line {
        match self {
            Reminder::SessionsSince(n) => Line::tn(
                "{n} session since your last export. Export a copy to keep it safe.|{n} sessions since your last export. Export a copy to keep them safe.",
                i64::try_from(n).unwrap_or(i64::MAX),
                Vec::new(),
            ),
            Reminder::DaysSince(n) => Line::tn(
                "{n} day since your last export. Export a copy to keep your sessions safe.|{n} days since your last export. Export a copy to keep your sessions safe.",
                i64::try_from(n).unwrap_or(i64::MAX),
                Vec::new(),
            ),
            Reminder::NeverExported => Line::t(
                "You have not exported your data yet. Export a copy to keep your sessions safe.",
            ),
        }
    }
}

fn whole_days(from: EpochMs, to: EpochMs) -> u64 {
    to.saturating_sub(from) / DAY_MS.unsigned_abs()
}

/// The reminder due at `now`, if any. After an export, sessions since count the records
/// that ended after it; days count only when there is something new to keep (a copy made
/// after the last session is complete). Never exported: both count from the first session.
/// Sessions win over days when both are due. No history, nothing to remind of.
pub fn export_reminder(
    last_export: Option<EpochMs>,
    history: &[SessionRecord],
    now: EpochMs,
) -> Option<Reminder> {
    let first = history.iter().map(|r| r.ended_at).min()?;
    match last_export {
        None => (history.len() >= REMIND_AFTER_SESSIONS
            || whole_days(first, now) >= REMIND_AFTER_DAYS)
            .then_some(Reminder::NeverExported),
        Some(at) => {
            let since = history.iter().filter(|r| r.ended_at > at).count();
            let days = whole_days(at, now);
            if since >= REMIND_AFTER_SESSIONS {
                Some(Reminder::SessionsSince(since))
            } else if since > 0 && days >= REMIND_AFTER_DAYS {
                Some(Reminder::DaysSince(days))
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests;
