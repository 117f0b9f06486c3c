//! The rules every stored or imported session record must follow.

use crate::i18n::{Arg, Line};
use crate::record::SessionRecord;
use crate::zone::Zone;

/// Longest id accepted.
pub const MAX_ID_CHARS: usize = 128;
/// Longest note accepted.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Most hot spots in one session.
pub const MAX_HOT_SPOTS: usize = 500;

/// Checks a record; the error says in plain words what is wrong with it.
pub fn validate_record(r: &SessionRecord) -> Result<(), Line> {
    let number = |n: usize| Arg::Number(n as u64);
    let id_chars = r.id.chars().count();
    if id_chars == 0 {
        return Err(Line::t("it has no id"));
    }
    if id_chars > MAX_ID_CHARS {
        return Err(Line::tf(
            "its id is longer than {max} characters",
            vec![("max", number(MAX_ID_CHARS))],
        ));
    }
    if r.id.chars().any(char::is_control) {
        return Err(Line::t("its id contains control characters"));
    }
    if r.ended_at < r.started_at {
        return Err(Line::t("it ends before it starts"));
    }
    let rollable = |z: &Zone| z.rollable();
    if !r.zones.iter().all(rollable)
        || !r.skipped.iter().all(rollable)
        || !r.passes.iter().all(|p| p.zone.rollable())
    {
        return Err(Line::t("it lists the lower back, which Unknot never rolls"));
    }
    if r.hot_spots.len() > MAX_HOT_SPOTS {
        return Err(Line::tf(
            "it has more than {max} hot spots",
            vec![("max", number(MAX_HOT_SPOTS))],
        ));
    }
    for spot in &r.hot_spots {
        if !spot.zone.rollable() {
            return Err(Line::t(
                "it has a hot spot on the lower back, which Unknot never rolls",
            ));
        }
        if !spot.position.is_finite() || !(0.0..=1.0).contains(&spot.position) {
            return Err(Line::t("it has a hot spot outside its zone"));
        }
        if spot.tenderness.is_some_and(|t| t > 10) {
            return Err(Line::t("it has a tenderness rating above 10"));
        }
    }
    if r.pain_before.is_some_and(|p| p > 10) || r.pain_after.is_some_and(|p| p > 10) {
        return Err(Line::t("it has a pain rating above 10"));
    }
    if let Some(used) = &r.routine_used {
        if used.id.chars().count() > MAX_ID_CHARS || used.name.chars().count() > MAX_ID_CHARS {
            return Err(Line::t("the routine it names is too long"));
        }
        if used.doses.iter().any(|d| !d.zone.rollable()) {
            return Err(Line::t(
                "its routine lists the lower back, which Unknot never rolls",
            ));
        }
    }
    if r.note.chars().count() > MAX_NOTE_CHARS {
        return Err(Line::tf(
            "its note is longer than {max} characters",
            vec![("max", number(MAX_NOTE_CHARS))],
        ));
    }
    Ok(())
}
