//! The one reducer: every change the UI makes goes through [`reduce`].

use super::action::Action;
use super::import_file::import_file;
use super::navigation;
use super::plan_actions::reduce_plan;
use super::route::Screen;
use super::routine_actions::reduce_routine;
use super::state::AppState;
use crate::record::{EpochMs, RoutineKind, SessionRecord};
use crate::session::{Event, Session};
use crate::store::merge;
use crate::zone::Zone;

/// The one way state changes: (state, action) → next state.
pub fn reduce(mut state: AppState, action: Action) -> AppState {
    match action {
        Action::Navigate(screen) => return navigation::go(state, screen),
        Action::Arrive { screen, now } => return navigation::arrive(state, screen, now),
        Action::Start { id, now, full } => {
            let mut settings = state.settings.clone();
            let routine = if full {
                settings.zones = Zone::FULL_ROUTINE.to_vec();
                RoutineKind::Full
            } else if settings.zones == Zone::FULL_ROUTINE {
                RoutineKind::Full
            } else {
                RoutineKind::Custom
            };
            let acknowledged = state.safety_acknowledged_at.is_some();
            // A session left waiting (Back, then Home) is ended and kept, never dropped.
            if let Some(waiting) = state.session.take().filter(|s| !s.is_finished()) {
                if let Some(record) = waiting.apply(Event::End { now }).record() {
                    upsert_record(&mut state.history, record);
                }
            }
            state.session = Some(Session::start(id, settings, routine, acknowledged, now));
            state.held_by_back = false;
            state.ended = None;
            state = navigation::go(state, Screen::Session);
        }
        Action::Session(event) => {
            if let Some(session) = state.session.take() {
                let was_finished = session.is_finished();
                if let (Event::End { .. }, false) = (event, was_finished) {
                    state.ended = Some(session.clone());
                }
                let next = session.apply(event);
                if state.safety_acknowledged_at.is_none() && next.safety_acknowledged() {
                    state.safety_acknowledged_at = event.now();
                }
                // The record is written when the session finishes, and rewritten if the
                // person still rates their pain on the summary.
                if let Some(record) = next.record() {
                    if !was_finished || session_record_changed(&state.history, &record) {
                        upsert_record(&mut state.history, record);
                    }
                }
                // Resuming or ending answers the "resume or end?" question.
                if !next.is_paused() || next.is_finished() {
                    state.held_by_back = false;
                }
                state.session = Some(next);
            }
        }
        Action::UndoEnd { now } => undo_end(&mut state, now),
        Action::CloseSession => return reduce(state, Action::CloseSessionTo(Screen::Home)),
        Action::CloseSessionTo(screen) => {
            if state.session.as_ref().is_some_and(Session::is_finished) {
                state.session = None;
            }
            state.ended = None;
            return navigation::go(state, screen);
        }
        Action::ToggleZone(zone) if !zone.rollable() => state.explaining = Some(zone),
        Action::ToggleZone(zone) => {
            let mut zones = state.settings.zones.clone();
            if let Some(i) = zones.iter().position(|z| *z == zone) {
                zones.remove(i);
            } else {
                zones.push(zone);
            }
            state.settings.zones = zones;
            state.settings = state.settings.clamped().0;
        }
        Action::CloseExplanation => state.explaining = None,
        Action::UpdateSettings(settings) => state.settings = settings.clamped().0,
        Action::ChooseLanguage(lang) => state.settings.language = Some(lang),
        Action::AcknowledgeSafety { now } => {
            if state.safety_acknowledged_at.is_none() {
                state.safety_acknowledged_at = Some(now);
                if state.screen == Screen::Safety {
                    return navigation::go(state, Screen::Home);
                }
            }
        }
        Action::Notify(line) => {
            if !state.notices.contains(&line) {
                state.notices.push(line);
            }
        }
        Action::DismissNotice(i) => {
            if i < state.notices.len() {
                state.notices.remove(i);
            }
        }
        Action::MergeHistory(records) => state.history = merge(&state.history, &records),
        Action::Import(file) => return import_file(state, file),
        Action::Routine(action) => reduce_routine(&mut state, action),
        Action::Plan(action) => reduce_plan(&mut state, action),
    }
    state
}

/// Brings back the session from before `End session`: frozen from the moment it was
/// ended, running again from `now` if it was running, and its record taken back.
fn undo_end(state: &mut AppState, now: EpochMs) {
    let Some(before) = state.ended.take() else {
        return;
    };
    let Some(finish) = state
        .session
        .as_ref()
        .filter(|s| s.id == before.id)
        .and_then(|s| s.finished)
    else {
        return;
    };
    let was_paused = before.is_paused();
    let mut session = before.apply(Event::Pause { now: finish.at });
    if !was_paused {
        session = session.apply(Event::Resume { now });
    }
    state.history.retain(|r| r.id != session.id);
    state.session = Some(session);
    state.held_by_back = false;
    state.screen = Screen::Session;
}

fn session_record_changed(history: &[SessionRecord], record: &SessionRecord) -> bool {
    history.iter().find(|r| r.id == record.id) != Some(record)
}

/// Replaces the record with the same id, or adds it.
fn upsert_record(history: &mut Vec<SessionRecord>, record: SessionRecord) {
    history.retain(|r| r.id != record.id);
    *history = merge(history, &[record]);
}
