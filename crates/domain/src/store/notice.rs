//! What the app tells the person about their saved data, in plain words.

use crate::i18n::{msg, Arg, Line};
use crate::settings::Adjustment;

use super::kv::StoreError;
use super::schema::ACTIVE_KEY;

/// One message about saved data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// A sentence or two for a person, in English.
    pub text: String,
    /// The same as a message key with its arguments, to show in the chosen language.
    pub line: Line,
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// What became of a value that could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fate {
    /// Copied to a backup key and removed from its own key.
    Backed,
    /// From a newer version: left in place (and a copy kept when possible).
    LeftForNewer,
    /// The copy could not be made (storage full), so it was left in place.
    LeftInPlace,
}

/// Which saved thing a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Subject {
    Settings,
    Safety,
    /// Finished sessions, with how many.
    Sessions(usize),
    /// Sessions inside the format 1 history key, with how many.
    OldHistory(usize),
    /// Saved routines, with how many.
    Routines(usize),
    /// The weekly plan.
    Plan,
}

impl Notice {
    fn warning(line: Line) -> Notice {
        Notice {
            text: line.to_string(),
            line,
        }
    }

    /// Storage cannot be used (or is full) at start: the app runs, but keeps nothing.
    pub fn not_kept(err: &StoreError) -> Notice {
        match err {
            StoreError::QuotaExceeded => Notice::warning(Line::t(
                "This browser's storage for Unknot is full, so new settings and sessions may not be kept. Use Export data to keep a copy.",
            )),
            _ => Notice::warning(Line::t(
                "This browser is not keeping data (storage is turned off or blocked, as in some private windows). You can still roll, but settings and sessions will be lost when you close the tab.",
            )),
        }
    }

    /// A save failed: says what that means for the person.
    pub fn from_error(err: &StoreError) -> Notice {
        match err {
            StoreError::Unavailable { .. } | StoreError::QuotaExceeded => Notice::not_kept(err),
            StoreError::TooNew { key, .. } if key == ACTIVE_KEY => Notice::warning(Line::t(
                "A session in progress from a newer version of Unknot was found and left untouched. Reload to use the newer version.",
            )),
            StoreError::TooNew { .. } => Notice::warning(Line::t(
                "Data from a newer version of Unknot was found and left untouched, so this change was not saved. Reload to use the newer version.",
            )),
            StoreError::Corrupt { key, .. } if key == ACTIVE_KEY => Notice::warning(Line::t(
                "The session in progress could not be read, so it could not be resumed. A copy was kept; use Export data to save it.",
            )),
            other => Notice::warning(other.line()),
        }
    }

    /// A value could not be read at start, and what became of it.
    pub(crate) fn unreadable(subject: Subject, fate: Fate) -> Notice {
        let count = |n: usize| n as i64;
        let line = match (subject, fate) {
            (Subject::Settings, Fate::Backed) => Line::t("Your saved settings could not be read, so Unknot started with the defaults. A copy was kept; use Export data to save it."),
            (Subject::Settings, Fate::LeftInPlace) => Line::t("Your saved settings could not be read, so Unknot started with the defaults. There was no room to keep a copy, so they were left as they were."),
            (Subject::Settings, Fate::LeftForNewer) => Line::t("Settings from a newer version of Unknot were found and left untouched; this version is using the defaults."),
            (Subject::Safety, Fate::LeftForNewer) => Line::t("A safety note answer from a newer version of Unknot was found and left untouched, so the safety note is shown again."),
            (Subject::Safety, _) => Line::t("Your answer to the safety note could not be read, so it is shown again. A copy was kept."),
            (Subject::Sessions(n), Fate::Backed) => Line::tn("{n} saved session could not be read and is not in your history. A copy was kept; use Export data to save it.|{n} saved sessions could not be read and are not in your history. A copy was kept; use Export data to save it.", count(n), Vec::new()),
            (Subject::Sessions(n), Fate::LeftInPlace) => Line::tn("{n} saved session could not be read and is not in your history. There was no room to keep a copy, so it was left as it was.|{n} saved sessions could not be read and are not in your history. There was no room to keep a copy, so it was left as it was.", count(n), Vec::new()),
            (Subject::Sessions(n), Fate::LeftForNewer) => Line::tn("Data from a newer version of Unknot was found and left untouched: {n} saved session is not shown.|Data from a newer version of Unknot was found and left untouched: {n} saved sessions are not shown.", count(n), Vec::new()),
            (Subject::OldHistory(n), Fate::LeftForNewer) => Line::tf("History from a newer version of Unknot was found and left untouched ({n} entries).", vec![("n", Arg::Number(n as u64))]),
            (Subject::OldHistory(n), Fate::LeftInPlace) => Line::tn("{n} saved session from an older version of Unknot could not be read. There was no room to keep a copy, so the old history was left as it was.|{n} saved sessions from an older version of Unknot could not be read. There was no room to keep a copy, so the old history was left as it was.", count(n), Vec::new()),
            (Subject::Routines(n), Fate::LeftForNewer) => Line::tn("{n} saved routine from a newer version of Unknot was left untouched and is not shown.|{n} saved routines from a newer version of Unknot were left untouched and are not shown.", count(n), Vec::new()),
            (Subject::Routines(n), Fate::Backed) => Line::tn("{n} saved routine could not be read. A copy was kept; use Export data to save it.|{n} saved routines could not be read. A copy was kept; use Export data to save it.", count(n), Vec::new()),
            (Subject::Routines(n), Fate::LeftInPlace) => Line::tn("{n} saved routine could not be read. There was no room to keep a copy, so it was left as it was.|{n} saved routines could not be read. There was no room to keep a copy, so they were left as they were.", count(n), Vec::new()),
            (Subject::Plan, Fate::LeftForNewer) => Line::t("A plan from a newer version of Unknot was left untouched and is not shown."),
            (Subject::Plan, Fate::Backed) => Line::t("Your plan could not be read. A copy was kept; use Export data to save it. You can start a new plan."),
            (Subject::Plan, Fate::LeftInPlace) => Line::t("Your plan could not be read. There was no room to keep a copy, so it was left as it was."),
            (Subject::OldHistory(n), Fate::Backed) => Line::tn("{n} saved session from an older version of Unknot could not be read. A copy of the old history was kept; use Export data to save it.|{n} saved sessions from an older version of Unknot could not be read. A copy of the old history was kept; use Export data to save it.", count(n), Vec::new()),
        };
        Notice::warning(line)
    }

    /// The format 1 history was read but could not all be stored in the new format.
    pub(crate) fn upgrade_not_stored() -> Notice {
        Notice::warning(Line::t(
            "Your history from an older version of Unknot is shown, but it could not all be stored in the new format yet; the old copy was left in place.",
        ))
    }

    /// Saved settings were out of bounds and were brought back inside.
    pub(crate) fn settings_adjusted(changes: &[Adjustment]) -> Notice {
        let parts: Vec<Line> = changes
            .iter()
            .map(|c| match c.field {
                "zones" => Line::tf(
                    "the zone list ({reason})",
                    vec![("reason", Arg::line(c.reason.clone()))],
                ),
                field => Line::tf(
                    "{setting} {from} → {to} ({reason})",
                    vec![
                        ("setting", Arg::Key(field_words(field))),
                        ("from", Arg::Text(c.from.clone())),
                        ("to", Arg::Text(c.to.clone())),
                        ("reason", Arg::line(c.reason.clone())),
                    ],
                ),
            })
            .collect();
        Notice::warning(Line::tf(
            "Some saved settings were outside the safe range and were adjusted: {changes}.",
            vec![("changes", Arg::List(parts))],
        ))
    }
}

/// The setting's name in words (a message key).
fn field_words(field: &'static str) -> &'static str {
    match field {
        "passes_per_side" => msg("passes per side"),
        "hold_secs" => msg("hold time (seconds)"),
        "secs_per_pass" => msg("seconds per pass"),
        "get_ready_secs" => msg("get-ready time (seconds)"),
        "breaths" => msg("breaths"),
        other => other,
    }
}
