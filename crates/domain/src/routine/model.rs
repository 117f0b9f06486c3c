//! A saved routine: a name and an ordered list of zones, each with its own dose.

use serde::{Deserialize, Serialize};

use super::dose::{Dose, ZoneDose};
use crate::i18n::{msg, Arg, Catalogue, Line};
use crate::settings::Settings;
use crate::zone::Zone;

/// The id of the article's own routine, which is always there and cannot be deleted.
pub const ARTICLE_ID: &str = "article";
/// The article's routine as the person sees it.
pub const ARTICLE_NAME: &str = msg("Back pain: IT bands and upper back");
/// Longest routine name, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// Longest routine id, in characters (ids go into storage keys).
pub const MAX_ID_CHARS: usize = 64;
/// Most steps in one routine (each zone at most once).
pub const MAX_STEPS: usize = 32;

/// One zone of a routine and what it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Step {
    pub zone: Zone,
    pub dose: Dose,
}

/// A routine the person built, picked from a preset, or received by link.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Routine {
    /// Stable id, also the storage key's tail (`unknot:routine:<id>`).
    pub id: String,
    pub name: String,
    /// Zones in the order they are rolled.
    pub steps: Vec<Step>,
}

/// What is wrong with a routine, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoutineError {
    NoName,
    NameTooLong,
    NameTaken(String),
    NoZones,
    LowerBack,
    Duplicate(Zone),
    TooManySteps,
    BadId,
}

impl RoutineError {
    /// The problem as a message, to show in the language of the screen.
    pub fn line(&self) -> Line {
        let number = |n: usize| Arg::Number(n as u64);
        match self {
            RoutineError::NoName => Line::t("Give the routine a name."),
            RoutineError::NameTooLong => Line::tf(
                "Keep the name to {max} characters or fewer.",
                vec![("max", number(MAX_NAME_CHARS))],
            ),
            RoutineError::NameTaken(name) => Line::tf(
                "You already have a routine called “{name}”. Pick another name.",
                vec![("name", Arg::Text(name.clone()))],
            ),
            RoutineError::NoZones => Line::t("Add at least one zone."),
            RoutineError::LowerBack => {
                Line::t("The lower back is never rolled, so it cannot be part of a routine.")
            }
            RoutineError::Duplicate(zone) => Line::tf(
                "{zone} is in the routine twice.",
                vec![("zone", Arg::Key(zone.label()))],
            ),
            RoutineError::TooManySteps => Line::tf(
                "A routine can have at most {max} zones.",
                vec![("max", number(MAX_STEPS))],
            ),
            RoutineError::BadId => Line::t("The routine's id is not usable."),
        }
    }

    /// The problem in the language of `tr`.
    pub fn words_in(&self, tr: &Catalogue) -> String {
        self.line().render(tr)
    }
}

/// In English.
impl std::fmt::Display for RoutineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words_in(&Catalogue::english()))
    }
}

impl std::error::Error for RoutineError {}

/// A routine's name as shown in the language of `tr`: the article's routine has a
/// message for a name (its current one, even in a record kept under an older name); a
/// name the person gave stays as they wrote it.
pub fn shown_name(id: &str, name: &str, tr: &Catalogue) -> String {
    if id == ARTICLE_ID {
        tr.text(ARTICLE_NAME).to_string()
    } else {
        name.to_string()
    }
}

/// A name as it will be kept: control characters removed, spaces collapsed, trimmed.
pub fn clean_name(raw: &str) -> String {
    raw.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether an id is safe inside a storage key and a URL.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Two names clash when they match ignoring case and spacing.
pub fn same_name(a: &str, b: &str) -> bool {
    clean_name(a).to_lowercase() == clean_name(b).to_lowercase()
}

impl Routine {
    /// The article's routine with the doses from the person's settings.
    pub fn article(settings: &Settings) -> Routine {
        let dose = Dose::from_settings(settings);
        Routine {
            id: ARTICLE_ID.to_string(),
            name: ARTICLE_NAME.to_string(),
            steps: Zone::FULL_ROUTINE
                .iter()
                .map(|&zone| Step { zone, dose })
                .collect(),
        }
    }

    /// Whether this is the article's routine.
    pub fn is_article(&self) -> bool {
        self.id == ARTICLE_ID
    }

    /// The zones in order.
    pub fn zones(&self) -> Vec<Zone> {
        self.steps.iter().map(|s| s.zone).collect()
    }

    /// Each zone's dose.
    pub fn doses(&self) -> Vec<ZoneDose> {
        self.steps
            .iter()
            .map(|s| ZoneDose {
                zone: s.zone,
                dose: s.dose,
            })
            .collect()
    }

    /// The same routine with its name cleaned and every dose inside the safe bounds.
    pub fn tidied(mut self) -> Routine {
        self.name = clean_name(&self.name);
        for step in &mut self.steps {
            step.dose = step.dose.clamped();
        }
        self
    }

    /// Checks the routine against the rules, given the other routines kept (for unique
    /// names; a routine with the same id is the one being edited). Every problem is listed.
    pub fn validate(&self, others: &[Routine]) -> Result<(), Vec<RoutineError>> {
        let mut errors = Vec::new();
        let name = clean_name(&self.name);
        if !valid_id(&self.id) {
            errors.push(RoutineError::BadId);
        }
        if name.is_empty() {
            errors.push(RoutineError::NoName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            errors.push(RoutineError::NameTooLong);
        } else if same_name(&name, ARTICLE_NAME) && !self.is_article()
            || others
                .iter()
                .any(|o| o.id != self.id && same_name(&o.name, &name))
        {
            errors.push(RoutineError::NameTaken(name));
        }
        if self.steps.is_empty() {
            errors.push(RoutineError::NoZones);
        }
        if self.steps.len() > MAX_STEPS {
            errors.push(RoutineError::TooManySteps);
        }
        if self.steps.iter().any(|s| !s.zone.rollable()) {
            errors.push(RoutineError::LowerBack);
        }
        for (i, step) in self.steps.iter().enumerate() {
            let again = self.steps[..i].iter().any(|s| s.zone == step.zone);
            if again && !errors.contains(&RoutineError::Duplicate(step.zone)) {
                errors.push(RoutineError::Duplicate(step.zone));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// The muscle a zone belongs to ("IT band" for both sides), from its label, so both
/// sides of a muscle can be kept or dropped together.
pub fn muscle(zone: Zone) -> &'static str {
    let label = zone.label();
    match label.split_once(", ") {
        Some((muscle, _)) if zone.side().is_some() => muscle,
        _ => label,
    }
}

/// The same muscle on the other side ("IT band, right" for "IT band, left"), if any.
pub fn other_side(zone: Zone) -> Option<Zone> {
    let side = zone.side()?;
    Zone::ALL
        .into_iter()
        .find(|z| z.side() == Some(side.other()) && muscle(*z) == muscle(zone))
}
