//! The whole app's state and its one reducer: every change the UI makes goes
//! through [`reduce`]. Saving, ticking and cues react to the result elsewhere.

use crate::domain::record::{EpochMs, RoutineKind, SessionRecord};
use crate::domain::session::{Event, Session};
use crate::domain::settings::Settings;
use crate::domain::zone::Zone;

/// Which screen is showing.
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
    /// Plain-words messages for the person (storage trouble, import reports).
    pub notices: Vec<String>,
    /// The zone whose explanation is open (the lower back's "why not").
    pub explaining: Option<Zone>,
    /// The session as it was just before `End session`, while `Undo` can bring it back.
    pub ended: Option<Session>,
}

/// Everything that can change the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Navigate(Screen),
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
    /// Leave the summary of a finished session.
    CloseSession,
    /// Select or deselect a zone for today's routine (the lower back opens its explanation).
    ToggleZone(Zone),
    CloseExplanation,
    UpdateSettings(Settings),
    AcknowledgeSafety {
        now: EpochMs,
    },
    Notify(String),
    DismissNotice(usize),
    /// Another tab, or an import, changed the stored history: take the union.
    MergeHistory(Vec<SessionRecord>),
}

/// The one way state changes: (state, action) → next state.
pub fn reduce(mut state: AppState, action: Action) -> AppState {
    match action {
        Action::Navigate(screen) => state.screen = screen,
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
            state.session = Some(Session::start(id, settings, routine, acknowledged, now));
            state.ended = None;
            state.screen = Screen::Session;
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
                state.session = Some(next);
            }
        }
        Action::UndoEnd { now } => undo_end(&mut state, now),
        Action::CloseSession => {
            if state.session.as_ref().is_some_and(Session::is_finished) {
                state.session = None;
            }
            state.ended = None;
            state.screen = Screen::Home;
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
        Action::AcknowledgeSafety { now } => {
            state.safety_acknowledged_at.get_or_insert(now);
        }
        Action::Notify(text) => {
            if !state.notices.contains(&text) {
                state.notices.push(text);
            }
        }
        Action::DismissNotice(i) => {
            if i < state.notices.len() {
                state.notices.remove(i);
            }
        }
        Action::MergeHistory(records) => add_records(&mut state.history, records),
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
    state.screen = Screen::Session;
}

/// Adds records not already present (by id), keeping the history sorted by start.
fn add_records(history: &mut Vec<SessionRecord>, records: Vec<SessionRecord>) {
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
mod tests {
    use super::*;
    use crate::domain::routine::Card;

    const T0: EpochMs = 1_800_000_000_000;

    fn started(state: AppState, full: bool) -> AppState {
        reduce(
            state,
            Action::Start {
                id: "s-1".into(),
                now: T0,
                full,
            },
        )
    }

    fn record(id: &str, started_at: EpochMs) -> SessionRecord {
        SessionRecord {
            id: id.into(),
            started_at,
            ended_at: started_at + 60_000,
            routine: RoutineKind::Full,
            zones: vec![Zone::UpperBack],
            completed: true,
            passes: vec![],
            hot_spots: vec![],
            pain_before: None,
            pain_after: None,
            note: String::new(),
            active_ms: 60_000,
            skipped: Vec::new(),
            rolled_ms: 0,
        }
    }

    #[test]
    fn start_routine_runs_the_full_routine_and_shows_the_player() {
        let mut state = AppState::default();
        state.settings.zones = vec![Zone::QuadLeft];
        let state = started(state, true);
        assert_eq!(state.screen, Screen::Session);
        let session = state.session.expect("a session");
        assert_eq!(session.routine, RoutineKind::Full);
        assert!(session.plan.contains(&Card::Roll(Zone::ItBandRight)));
        assert!(!session.plan.contains(&Card::Roll(Zone::QuadLeft)));
    }

    #[test]
    fn a_first_session_opens_on_the_safety_card_and_acknowledging_it_is_remembered() {
        let state = started(AppState::default(), true);
        assert_eq!(
            state.session.as_ref().map(Session::card),
            Some(Card::Safety)
        );
        let state = reduce(state, Action::Session(Event::Next { now: T0 + 5 }));
        assert_eq!(state.safety_acknowledged_at, Some(T0 + 5));
    }

    #[test]
    fn tapping_zones_builds_a_custom_routine_and_the_lower_back_only_explains() {
        let state = AppState {
            settings: Settings {
                zones: vec![],
                ..Settings::default()
            },
            ..AppState::default()
        };
        let state = reduce(state, Action::ToggleZone(Zone::UpperBack));
        let state = reduce(state, Action::ToggleZone(Zone::ItBandLeft));
        assert_eq!(
            state.settings.zones,
            vec![Zone::ItBandLeft, Zone::UpperBack]
        );
        let state = reduce(state, Action::ToggleZone(Zone::LowerBack));
        assert_eq!(state.explaining, Some(Zone::LowerBack));
        assert!(!state.settings.zones.contains(&Zone::LowerBack));
        let state = reduce(state, Action::ToggleZone(Zone::UpperBack));
        assert_eq!(state.settings.zones, vec![Zone::ItBandLeft]);
        let state = started(state, false);
        assert_eq!(state.session.map(|s| s.routine), Some(RoutineKind::Custom));
    }

    #[test]
    fn ending_a_session_adds_one_partial_record_and_closing_returns_home() {
        let state = reduce(
            undo_tests::rolling(),
            Action::Session(Event::End { now: T0 + 30_000 }),
        );
        assert_eq!(state.history.len(), 1);
        assert!(!state.history[0].completed);
        // Events after the end never add the record twice; pain rated on the summary
        // still reaches the history.
        let state = reduce(state, Action::Session(Event::Pain { value: Some(3) }));
        let state = reduce(state, Action::Session(Event::Tick { now: T0 + 90_000 }));
        assert_eq!(state.history.len(), 1);
        assert_eq!(state.history[0].pain_after, Some(3));
        let state = reduce(state, Action::CloseSession);
        assert_eq!((state.screen, state.session), (Screen::Home, None));
    }

    #[test]
    fn closing_keeps_a_running_session() {
        let state = started(AppState::default(), true);
        let state = reduce(state, Action::CloseSession);
        assert!(state.session.is_some());
    }

    #[test]
    fn merged_history_has_no_duplicates_and_stays_in_order() {
        let state = AppState {
            history: vec![record("b", 2)],
            ..AppState::default()
        };
        let state = reduce(
            state,
            Action::MergeHistory(vec![record("c", 3), record("a", 1), record("b", 2)]),
        );
        let ids: Vec<_> = state.history.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }

    #[test]
    fn settings_are_clamped_and_notices_are_kept_once() {
        let wild = Settings {
            hold_secs: 99,
            ..Settings::default()
        };
        let state = reduce(AppState::default(), Action::UpdateSettings(wild));
        assert_eq!(state.settings.hold_secs, 45);
        let state = reduce(state, Action::Notify("x".into()));
        let state = reduce(state, Action::Notify("x".into()));
        assert_eq!(state.notices.len(), 1);
        let state = reduce(state, Action::DismissNotice(0));
        assert!(state.notices.is_empty());
    }
}
