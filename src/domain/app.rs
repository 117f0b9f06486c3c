//! The whole app's state and its one reducer: every change the UI makes goes
//! through [`reduce`]. Saving, ticking and cues react to the result elsewhere.

use crate::domain::i18n::Line;
use crate::domain::navigation;
use crate::domain::record::{EpochMs, RoutineKind, SessionRecord};
use crate::domain::routines::{reduce_routine, Routine, RoutineAction};
use crate::domain::session::{Event, Session};
use crate::domain::settings::Settings;
use crate::domain::store::Backup;
use crate::domain::zone::Zone;

/// Which screen is showing: the route. Each has an address (`domain::route`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Home,
    Safety,
    Session,
    Settings,
    Progress,
    /// One past session's summary, by id.
    Past(String),
    /// The routine builder, empty (`#/routines/new`).
    RoutineNew,
    /// The routine builder on a saved routine, by id (`#/routines/edit/<id>`).
    RoutineEdit(String),
    /// A routine received by link, with its payload (`#/routines/add/<payload>`).
    RoutineAdd(String),
}

/// Everything the app shows, in one value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    pub settings: Settings,
    pub safety_acknowledged_at: Option<EpochMs>,
    /// Finished sessions, oldest first.
    pub history: Vec<SessionRecord>,
    /// The session in progress, or the one just finished (until closed).
    pub session: Option<Session>,
    /// Plain-words messages for the person (storage trouble, import reports), kept as
    /// message keys and arguments: shown in the language of the screen when shown.
    pub notices: Vec<Line>,
    /// The zone whose explanation is open (the lower back's "why not").
    pub explaining: Option<Zone>,
    /// The browser's Back paused the session: the player asks "resume or end?".
    pub held_by_back: bool,
    /// What the last `Import data` did, as a message to show in the language of the
    /// screen (cleared when the screen changes).
    pub import_report: Option<Line>,
    /// Kept copies of unreadable data that came in an imported file; `ui/persist.rs`
    /// writes those not yet stored.
    pub imported_backups: Vec<Backup>,
    /// Saved routines, by name (the article's routine is not stored: it is always there).
    pub routines: Vec<Routine>,
    /// The routine just deleted, while its undo is offered.
    pub routine_undo: Option<Routine>,
    /// The session as it was just before `End session`, while `Undo` can bring it back.
    pub ended: Option<Session>,
}

/// Everything that can change the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A tap that opens a screen (the address follows, as a new history entry).
    Navigate(Screen),
    /// The address changed under the app: Back, Forward, a pasted link. `None` is an
    /// address Unknot does not know. Leaving a running session first pauses it.
    Arrive {
        screen: Option<Screen>,
        now: EpochMs,
    },
    /// Start a session over the selected zones (or the full routine).
    Start {
        id: String,
        now: EpochMs,
        full: bool,
    },
    /// An event for the running session.
    Session(Event),
    /// Take back `End session`: the session continues where it was, its record is removed.
    UndoEnd {
        now: EpochMs,
    },
    /// Leave the summary of a finished session, for Home.
    CloseSession,
    /// Leave the summary of a finished session, for another screen.
    CloseSessionTo(Screen),
    /// Select or deselect a zone for today's routine (the lower back opens its explanation).
    ToggleZone(Zone),
    CloseExplanation,
    UpdateSettings(Settings),
    /// The `Language` select: the language to show and speak, saved with the settings.
    ChooseLanguage(crate::domain::i18n::Lang),
    /// The safety screen was read and accepted: remembered, and on to Home.
    AcknowledgeSafety {
        now: EpochMs,
    },
    /// A notice to show (once, however often it is asked for).
    Notify(Line),
    DismissNotice(usize),
    /// Another tab, or an import, changed the stored history: take the union.
    MergeHistory(Vec<SessionRecord>),
    /// `Import data`: the chosen file's text, or the browser's words for why it could not be read.
    Import(Result<String, String>),
    /// Saved routines: build, delete, undo, start (see `domain::routines`).
    Routine(RoutineAction),
}

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
        Action::MergeHistory(records) => add_records(&mut state.history, records),
        Action::Import(file) => return crate::domain::importing::import_file(state, file),
        Action::Routine(action) => reduce_routine(&mut state, action),
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

/// Adds records not already present (by id), keeping the history sorted by start.
pub(crate) fn add_records(history: &mut Vec<SessionRecord>, records: Vec<SessionRecord>) {
    for record in records {
        if !history.iter().any(|r| r.id == record.id) {
            history.push(record);
        }
    }
    history.sort_by(|a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.id.cmp(&b.id))
    });
}

fn session_record_changed(history: &[SessionRecord], record: &SessionRecord) -> bool {
    history.iter().find(|r| r.id == record.id) != Some(record)
}

/// Replaces the record with the same id, or adds it.
fn upsert_record(history: &mut Vec<SessionRecord>, record: SessionRecord) {
    history.retain(|r| r.id != record.id);
    add_records(history, vec![record]);
}

#[cfg(test)]
mod undo_tests;

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
