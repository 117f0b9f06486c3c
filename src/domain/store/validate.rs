//! The rules every stored or imported session record must follow.

use crate::domain::record::SessionRecord;
use crate::domain::zone::Zone;

/// Longest id accepted.
pub const MAX_ID_CHARS: usize = 128;
/// Longest note accepted.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// Most hot spots in one session.
pub const MAX_HOT_SPOTS: usize = 500;

/// Checks a record; the error says in plain words what is wrong with it.
pub fn validate_record(r: &SessionRecord) -> Result<(), String> {
    let id_chars = r.id.chars().count();
    if id_chars == 0 {
        return Err("it has no id".into());
    }
    if id_chars > MAX_ID_CHARS {
        return Err(format!("its id is longer than {MAX_ID_CHARS} characters"));
    }
    if r.id.chars().any(char::is_control) {
        return Err("its id contains control characters".into());
    }
    if r.ended_at < r.started_at {
        return Err("it ends before it starts".into());
    }
    let rollable = |z: &Zone| z.rollable();
    if !r.zones.iter().all(rollable)
        || !r.skipped.iter().all(rollable)
        || !r.passes.iter().all(|p| p.zone.rollable())
    {
        return Err("it lists the lower back, which Unknot never rolls".into());
    }
    if r.hot_spots.len() > MAX_HOT_SPOTS {
        return Err(format!("it has more than {MAX_HOT_SPOTS} hot spots"));
    }
    for spot in &r.hot_spots {
        if !spot.zone.rollable() {
            return Err("it has a hot spot on the lower back, which Unknot never rolls".into());
        }
        if !spot.position.is_finite() || !(0.0..=1.0).contains(&spot.position) {
            return Err("it has a hot spot outside its zone".into());
        }
        if spot.tenderness.is_some_and(|t| t > 10) {
            return Err("it has a tenderness rating above 10".into());
        }
    }
    if r.pain_before.is_some_and(|p| p > 10) || r.pain_after.is_some_and(|p| p > 10) {
        return Err("it has a pain rating above 10".into());
    }
    if let Some(used) = &r.routine_used {
        if used.id.chars().count() > MAX_ID_CHARS || used.name.chars().count() > MAX_ID_CHARS {
            return Err("the routine it names is too long".into());
        }
        if used.doses.iter().any(|d| !d.zone.rollable()) {
            return Err("its routine lists the lower back, which Unknot never rolls".into());
        }
    }
    if r.note.chars().count() > MAX_NOTE_CHARS {
        return Err(format!(
            "its note is longer than {MAX_NOTE_CHARS} characters"
        ));
    }
    Ok(())
}
