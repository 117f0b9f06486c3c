//! What an import found, or why a file cannot be imported, as messages for the screen.

use crate::i18n::{Arg, Line};
use crate::record::{EpochMs, SessionRecord};
use crate::routine::Routine;
use crate::settings::{Adjustment, Settings};
use crate::weekly::WeeklyPlan;

use crate::store::schema::Backup;

/// Why a file cannot be imported at all. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// `detail` is the parser's message, for tests and debugging; people see only the words.
    NotJson {
        detail: String,
    },
    NotUnknot,
    TooNew {
        version: u64,
    },
    Shape {
        reason: Line,
    },
}

impl ImportError {
    /// Why, as a message, to show in the language of the screen.
    pub fn line(&self) -> Line {
        match self {
            ImportError::Empty => Line::t("The file is empty."),
            ImportError::TooLarge { bytes, limit } => Line::tf(
                "The file is too large ({size} MB); an Unknot export is at most {limit} MB.",
                vec![
                    ("size", Arg::Number(bytes.div_ceil(1024 * 1024) as u64)),
                    ("limit", Arg::Number((limit / (1024 * 1024)) as u64)),
                ],
            ),
            ImportError::NotJson { .. } => Line::t(
                "This file is not an Unknot export: it is damaged, cut short, or another kind of file.",
            ),
            ImportError::NotUnknot => Line::t("This file is not an Unknot export."),
            ImportError::TooNew { version } => Line::tf(
                "This file was exported by a newer version of Unknot (format {version}). Update Unknot, then import it again.",
                vec![("version", Arg::Number(*version))],
            ),
            ImportError::Shape { reason } => Line::tf(
                "This file looks like an Unknot export, but {reason}.",
                vec![("reason", Arg::line(reason.clone()))],
            ),
        }
    }
}

/// English, for logs and tests; the screen renders [`ImportError::line`] in its language.
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.line().fmt(f)
    }
}

impl std::error::Error for ImportError {}

/// One entry of the file that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Which entry ("session 3 (id …)"), as a message.
    pub item: Line,
    /// Why, as a message.
    pub reason: Line,
}

/// What an import found. Nothing is written until [`apply_import`](crate::store::apply_import) (records and backups);
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
    /// The file's weekly plan, if it has one; taken when no plan runs here.
    pub plan: Option<WeeklyPlan>,
}

impl ImportReport {
    /// The outcome in a sentence or three, as a message to show in the language of the
    /// screen.
    pub fn summary(&self) -> Line {
        let count = |n: usize| n as i64;
        let mut parts = vec![Line::tn(
            "Added {n} session.|Added {n} sessions.",
            count(self.added.len()),
            Vec::new(),
        )];
        if self.already_present > 0 {
            parts.push(Line::tn(
                "{n} was already here.|{n} were already here.",
                count(self.already_present),
                Vec::new(),
            ));
        }
        if !self.routines.is_empty() {
            parts.push(Line::tn(
                "{n} routine in the file.|{n} routines in the file.",
                count(self.routines.len()),
                Vec::new(),
            ));
        }
        if !self.rejected.is_empty() {
            let details = self
                .rejected
                .iter()
                .map(|r| {
                    Line::tf(
                        "{item}: {reason}",
                        vec![
                            ("item", Arg::line(r.item.clone())),
                            ("reason", Arg::line(r.reason.clone())),
                        ],
                    )
                })
                .collect();
            parts.push(Line::tn(
                "{n} could not be imported ({details}).|{n} could not be imported ({details}).",
                count(self.rejected.len()),
                vec![("details", Arg::List(details))],
            ));
        }
        Line::sentences(parts)
    }
}
