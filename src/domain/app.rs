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
}

/// Everything that can change the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Navigate(Screen),
    /// Start a session over the selected zones (or the full routine).
    Start { id: String, now: EpochMs, full: bool },
    /// An event for the running session.
    Session(Event),
    /// Leave the summary of a finished session.
    CloseSession,
    /// Select or deselect a zone for today's routine (the lower back opens its explanation).
    ToggleZone(Zone),
    CloseExplanation,
    UpdateSettings(Settings),
    AcknowledgeSafety { now: EpochMs },
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
            state.screen = Screen::Session;
        }
        Action::Session(event) => {
            if let Some(session) = state.session.take() {
                let was_finished = session.is_finished();
                let next = session.apply(event);
                if state.safety_acknowledged_at.is_none() && next.safety_acknowledged() {
                    state.safety_acknowledged_at = event_time(event);
                }
                if !was_finished {
                    if let Some(record) = next.record() {
                        add_records(&mut state.history, vec![record]);
                    }
                }
                state.session = Some(next);
            }
        }
        Action::CloseSession => {
            if state.session.as_ref().is_some_and(Session::is_finished) {
                state.session = None;
            }
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

/// Adds records not already present (by id), keeping the history sorted by start.
fn add_records(history: &mut Vec<SessionRecord>, records: Vec<SessionRecord>) {
    for record in records {
        if !history.iter().any(|r| r.id == record.id) {
            history.push(record);
        }
    }
    history.sort_by(|a, b| a.started_at.cmp(&b.started_at).then_with(|| a.id.cmp(&b.id)));
}

fn event_time(event: Event) -> Option<EpochMs> {
    match event {
        Event::Tick { now }
        | Event::Next { now }
        | Event::Back { now }
        | Event::Pause { now }
        | Event::Resume { now }
        | Event::TogglePause { now }
        | Event::HotSpot { now }
        | Event::Released { now }
        | Event::Extend { now }
        | Event::End { now } => Some(now),
        Event::Tenderness { .. } | Event::Pain { .. } => None,
    }
}
