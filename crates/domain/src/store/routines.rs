//! Saved routines in storage, one key each: `unknot:routine:<id>` →
//! `{"v":3,"routine":{…}}`. Routines first appear in format 3.

use crate::i18n::{Arg, Line};
use crate::record::EpochMs;
use crate::routine::model::valid_id;
use crate::routine::{Routine, RoutineError};

use super::backup::{remove_guarded, write_guarded};
use super::decode::{envelope, field, unexpected_shape, Unreadable};
use super::kv::{KeyValue, StoreError};
use super::schema::{RoutineEnvelope, CURRENT_VERSION, ROUTINE_PREFIX};

/// The key of one saved routine.
pub fn routine_key(id: &str) -> String {
    format!("{ROUTINE_PREFIX}{id}")
}

/// Checks a routine for storage: a usable id and everything the rules ask, except unique
/// names (those are the app's concern, and two tabs may briefly disagree).
pub(crate) fn check_routine(routine: &Routine) -> Result<(), Line> {
    if !valid_id(&routine.id) {
        return Err(Line::t("its id is not usable"));
    }
    routine.validate(&[]).map_err(|errors| {
        Line::tf(
            "it breaks the rules for routines: {problems}",
            vec![(
                "problems",
                Arg::Sentences(errors.iter().map(RoutineError::line).collect()),
            )],
        )
    })
}

/// `unknot:routine:<id>` (format 3 only). Doses are clamped, the name tidied.
pub(crate) fn decode_routine(raw: &str, id_in_key: &str) -> Result<Routine, Unreadable> {
    let (version, mut map) = envelope(raw)?;
    if version < 3 {
        return Err(Unreadable::Foreign(Line::tf(
            "format {version} never stored routines",
            vec![("version", Arg::Number(version))],
        )));
    }
    let routine: Routine = field(&mut map, "routine")?;
    let routine = routine.tidied();
    if routine.id != id_in_key {
        return Err(Unreadable::Foreign(Line::t(
            "the routine inside has a different id from its key",
        )));
    }
    check_routine(&routine).map_err(Unreadable::Foreign)?;
    Ok(routine)
}

/// One routine from an export file (validated, tidied).
pub(crate) fn decode_routine_value(value: serde_json::Value) -> Result<Routine, Line> {
    let routine: Routine = serde_json::from_value(value).map_err(|_| unexpected_shape())?;
    let routine = routine.tidied();
    check_routine(&routine)?;
    Ok(routine)
}

/// Saves one routine under its own key (refused if it breaks the rules).
pub fn save_routine(kv: &dyn KeyValue, routine: &Routine, now: EpochMs) -> Result<(), StoreError> {
    check_routine(routine).map_err(|reason| StoreError::Invalid { reason })?;
    let text = serde_json::to_string(&RoutineEnvelope {
        v: CURRENT_VERSION,
        routine,
    })
    .map_err(|_| StoreError::Invalid {
        reason: Line::t("it could not be written as JSON"),
    })?;
    write_guarded(kv, &routine_key(&routine.id), &text, now)
}

/// Removes one routine's key (an unreadable value there is backed up first).
pub fn remove_routine(kv: &dyn KeyValue, id: &str, now: EpochMs) -> Result<(), StoreError> {
    remove_guarded(kv, &routine_key(id), now)
}

/// Every readable routine, read without writing anything: for `storage` events.
/// Unreadable ones are skipped here; the next load sets them aside.
pub fn read_routines(kv: &dyn KeyValue) -> Vec<Routine> {
    let Ok(keys) = kv.keys() else {
        return Vec::new();
    };
    let mut out: Vec<Routine> = keys
        .iter()
        .filter_map(|k| {
            let id = k.strip_prefix(ROUTINE_PREFIX)?;
            let raw = kv.get(k).ok()??;
            decode_routine(&raw, id).ok()
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| a.id.cmp(&b.id));
    out
}
