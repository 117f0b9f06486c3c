//! Tests of the reducer (`domain::app`).

mod undo;

use super::*;
use crate::i18n::Line;
use crate::record::{EpochMs, RoutineKind, SessionRecord};
use crate::routine::Card;
use crate::session::{Event, Session};
use crate::settings::Settings;
use crate::zone::Zone;

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
        routine_used: None,
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
        undo::rolling(),
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
fn starting_again_ends_and_keeps_the_session_left_waiting() {
    // Rolled for 30 s, then left waiting (Back, then Home).
    let state = undo::rolling();
    let state = reduce(
        state,
        Action::Start {
            id: "s-2".into(),
            now: T0 + 30_000,
            full: true,
        },
    );
    assert_eq!(state.history.len(), 1);
    assert_eq!(state.history[0].id, "s-1");
    assert!(!state.history[0].completed);
    assert_eq!(state.session.map(|s| s.id), Some("s-2".into()));
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
    let state = reduce(
        state,
        Action::Notify(Line::t(crate::app::route::UNKNOWN_ADDRESS)),
    );
    let state = reduce(
        state,
        Action::Notify(Line::t(crate::app::route::UNKNOWN_ADDRESS)),
    );
    assert_eq!(state.notices.len(), 1);
    let state = reduce(state, Action::DismissNotice(0));
    assert!(state.notices.is_empty());
}
