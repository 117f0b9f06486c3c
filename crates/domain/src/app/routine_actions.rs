//! The routine actions: save, delete with undo, add from a link, merge from another tab or
//! an import, and start a session from a routine (fitted to the minutes, if asked).

use super::route::Screen;
use super::state::AppState;
use crate::i18n::{Arg, Line};
use crate::record::{EpochMs, RoutineKind, RoutineUsed};
use crate::routine::fit::fit;
use crate::routine::model::{same_name, Routine, RoutineError, ARTICLE_ID};
use crate::routine::plan_in_order;
use crate::session::Session;

/// Everything that changes the saved routines.
#[derive(Clone, Debug, PartialEq)]
pub enum RoutineAction {
    /// Add or replace (by id) a routine and go home. Refused with a notice if invalid.
    Save(Routine),
    /// Remove a routine, keeping it for `Undo` (the article's routine cannot be removed).
    Delete(String),
    /// Bring back the routine just deleted.
    Undo,
    /// The undo offer for this id ran out.
    ForgetUndo(String),
    /// The routines as stored now (another tab changed them): take them as they are.
    Replace(Vec<Routine>),
    /// Routines from an import: added by id; a routine already here is kept.
    Merge(Vec<Routine>),
    /// Start a session from a routine, fitted into `minutes` if given.
    Start {
        routine_id: String,
        session_id: String,
        now: EpochMs,
        minutes: Option<u8>,
    },
}

/// The routine named `id`, the article's routine included.
pub fn find(state: &AppState, id: &str) -> Option<Routine> {
    if id == ARTICLE_ID {
        return Some(Routine::article(&state.settings));
    }
    state.routines.iter().find(|r| r.id == id).cloned()
}

/// `name`, or `name (2)`, `name (3)`… so it clashes with none of `others`.
pub fn unique_name(name: &str, others: &[Routine]) -> String {
    let taken = |n: &str| {
        same_name(n, crate::routine::model::ARTICLE_NAME)
            || others.iter().any(|o| same_name(&o.name, n))
    };
    if !taken(name) {
        return name.to_string();
    }
    let stem: String = name
        .chars()
        .take(crate::routine::model::MAX_NAME_CHARS - 5)
        .collect();
    (2..)
        .map(|k| format!("{stem} ({k})"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| stem.clone())
}

fn sort(routines: &mut [Routine]) {
    crate::order::sort_by(routines, |a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Applies one routine action to the app state.
pub fn reduce_routine(state: &mut AppState, action: RoutineAction) {
    match action {
        RoutineAction::Save(routine) => {
            let routine = routine.tidied();
            match routine.validate(&state.routines) {
                Ok(()) if !routine.is_article() => {
                    state.routines.retain(|r| r.id != routine.id);
                    state.routines.push(routine);
                    sort(&mut state.routines);
                    state.screen = Screen::Home;
                }
                Ok(()) => {}
                Err(errors) => {
                    let problems = errors.iter().map(RoutineError::line).collect();
                    state.notices.push(Line::tf(
                        "The routine was not saved. {problems}",
                        vec![("problems", Arg::Sentences(problems))],
                    ));
                }
            }
        }
        RoutineAction::Delete(id) => {
            if let Some(i) = state.routines.iter().position(|r| r.id == id) {
                state.routine_undo = Some(state.routines.remove(i));
            }
        }
        RoutineAction::Undo => {
            if let Some(routine) = state.routine_undo.take() {
                if routine.validate(&state.routines).is_ok() {
                    state.routines.push(routine);
                    sort(&mut state.routines);
                }
            }
        }
        RoutineAction::ForgetUndo(id) => {
            if state.routine_undo.as_ref().is_some_and(|r| r.id == id) {
                state.routine_undo = None;
            }
        }
        RoutineAction::Replace(mut routines) => {
            routines.retain(|r| !r.is_article());
            sort(&mut routines);
            state.routines = routines;
        }
        RoutineAction::Merge(routines) => {
            for routine in routines {
                if routine.is_article() || state.routines.iter().any(|r| r.id == routine.id) {
                    continue;
                }
                let mut routine = routine.tidied();
                routine.name = unique_name(&routine.name, &state.routines);
                if routine.validate(&state.routines).is_ok() {
                    state.routines.push(routine);
                }
            }
            sort(&mut state.routines);
        }
        RoutineAction::Start {
            routine_id,
            session_id,
            now,
            minutes,
        } => start(state, &routine_id, session_id, now, minutes),
    }
}

fn start(
    state: &mut AppState,
    routine_id: &str,
    session_id: String,
    now: EpochMs,
    minutes: Option<u8>,
) {
    let Some(routine) = find(state, routine_id) else {
        state
            .notices
            .push(Line::t("That routine is no longer here."));
        return;
    };
    start_routine(state, routine, session_id, now, minutes);
}

/// Starts a session over `routine` (fitted into `minutes` if given) and shows the player.
pub(super) fn start_routine(
    state: &mut AppState,
    routine: Routine,
    session_id: String,
    now: EpochMs,
    minutes: Option<u8>,
) {
    let steps = match minutes {
        Some(m) => fit(&routine, m, &state.settings).steps,
        None => routine.steps.clone(),
    };
    let fitted = Routine {
        steps,
        ..routine.clone()
    };
    let zones = fitted.zones();
    let mut settings = state.settings.clone();
    settings.zones = zones.clone();
    settings.doses = fitted.doses();
    let kind = if routine.is_article() && minutes.is_none() {
        RoutineKind::Full
    } else {
        RoutineKind::Custom
    };
    let acknowledged = state.safety_acknowledged_at.is_some();
    let mut session = Session::start(session_id, settings, kind, acknowledged, now);
    session.plan = plan_in_order(&zones, !acknowledged);
    session.routine_used = Some(RoutineUsed {
        id: routine.id,
        name: routine.name,
        doses: fitted.doses(),
        minutes,
    });
    state.session = Some(session);
    state.screen = Screen::Session;
}

#[cfg(test)]
mod tests;
