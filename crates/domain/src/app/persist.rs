//! What to save: the one place that compares two states of the app and says which keys
//! to write or remove. The UI's one persistence effect applies the list with [`apply`].
//!
//! Each part is written when it differs from the state last written (or loaded): the
//! settings and the safety answer; the session in progress (cleared when it finishes or
//! goes); each finished session's record (again if the pain was rated later; removed when
//! `End session` is undone); each saved routine (removed when deleted); the weekly plan (removed when ended); and the kept
//! copies of unreadable data from an imported file.

use super::state::AppState;
use crate::record::{EpochMs, SessionRecord};
use crate::routine::Routine;
use crate::session::Session;
use crate::settings::Settings;
use crate::store::{self, Backup, KeyValue, StoreError};
use crate::weekly::WeeklyPlan;

/// One write to storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    Settings(Settings),
    Safety(EpochMs),
    /// The session in progress.
    Active(Box<Session>),
    /// No session in progress any more.
    ClearActive,
    Record(SessionRecord),
    RemoveRecord(String),
    Routine(Routine),
    RemoveRoutine(String),
    Plan(WeeklyPlan),
    /// `End plan`: no plan any more.
    RemovePlan,
    /// Kept copies from an imported file (those already stored are left alone).
    Backups(Vec<Backup>),
}

/// What changed from `before` (what storage holds) to `after`, as writes, in the order
/// they are made.
pub fn writes(before: &AppState, after: &AppState) -> Vec<Write> {
    let mut out = Vec::new();
    if after.settings != before.settings {
        out.push(Write::Settings(after.settings.clone()));
    }
    if let Some(at) = after.safety_acknowledged_at {
        if before.safety_acknowledged_at != Some(at) {
            out.push(Write::Safety(at));
        }
    }
    if after.session != before.session {
        let running = |s: &Option<Session>| s.as_ref().filter(|s| !s.is_finished()).cloned();
        match running(&after.session) {
            Some(session) => out.push(Write::Active(Box::new(session))),
            None if running(&before.session).is_some() => out.push(Write::ClearActive),
            None => {}
        }
    }
    // The effect asks on every change of the state (a tick that moves the session
    // included): equal lists, the usual case, cost one pass and no search.
    if after.history != before.history {
        out.extend(changed(&before.history, &after.history, |r| &r.id).map(Write::Record));
        out.extend(gone(&before.history, &after.history, |r| &r.id).map(Write::RemoveRecord));
    }
    if after.routines != before.routines {
        out.extend(changed(&before.routines, &after.routines, |r| &r.id).map(Write::Routine));
        out.extend(gone(&before.routines, &after.routines, |r| &r.id).map(Write::RemoveRoutine));
    }
    if after.plan != before.plan {
        out.push(match &after.plan {
            Some(plan) => Write::Plan(plan.clone()),
            None => Write::RemovePlan,
        });
    }
    if after.imported_backups != before.imported_backups && !after.imported_backups.is_empty() {
        out.push(Write::Backups(after.imported_backups.clone()));
    }
    out
}

/// Whether these writes keep the first finished session on a device that had none: the
/// moment to ask the browser to keep Unknot's data for good.
pub fn first_finished(before: &AppState, writes: &[Write]) -> bool {
    before.history.is_empty()
        && writes
            .iter()
            .any(|w| matches!(w, Write::Record(r) if r.completed))
}

/// Makes the writes; `now` names a backup if something unreadable is in the way. Every
/// write is tried; the errors come back in order.
pub fn apply(kv: &dyn KeyValue, writes: &[Write], now: EpochMs) -> Vec<StoreError> {
    writes
        .iter()
        .filter_map(|write| {
            match write {
                Write::Settings(settings) => store::save_settings(kv, settings, now),
                Write::Safety(at) => store::save_safety(kv, *at),
                Write::Active(session) => store::save_active(kv, session.as_ref(), now),
                Write::ClearActive => store::clear_active(kv, now),
                Write::Record(record) => store::save_record(kv, record, now),
                Write::RemoveRecord(id) => store::remove_record(kv, id, now),
                Write::Routine(routine) => store::save_routine(kv, routine, now),
                Write::RemoveRoutine(id) => store::remove_routine(kv, id, now),
                Write::Plan(plan) => store::save_plan(kv, plan, now),
                Write::RemovePlan => store::remove_plan(kv, now),
                Write::Backups(backups) => store::keep_backups(kv, backups),
            }
            .err()
        })
        .collect()
}

/// The items of `after` that are new or differ from the one with the same id in `before`.
fn changed<'a, T: Clone + PartialEq>(
    before: &'a [T],
    after: &'a [T],
    id: impl Fn(&T) -> &String + 'a,
) -> impl Iterator<Item = T> + 'a {
    after
        .iter()
        .filter(move |a| before.iter().find(|b| id(b) == id(a)) != Some(*a))
        .cloned()
}

/// The ids in `before` that `after` no longer has.
fn gone<'a, T>(
    before: &'a [T],
    after: &'a [T],
    id: impl Fn(&T) -> &String + Copy + 'a,
) -> impl Iterator<Item = String> + 'a {
    before
        .iter()
        .filter(move |b| !after.iter().any(|a| id(a) == id(b)))
        .map(move |b| id(b).clone())
}

#[cfg(test)]
mod tests;
