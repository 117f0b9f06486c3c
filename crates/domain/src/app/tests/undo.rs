//! `End session`, `Undo`, and what is kept of a session that rolled nothing.

use crate::app::*;
use crate::record::EpochMs;
use crate::routine::Card;
use crate::session::{Event, Session};
use crate::zone::Zone;

const T0: EpochMs = 1_800_000_000_000;

fn started(state: AppState) -> AppState {
    reduce(
        state,
        Action::Start {
            id: "s-1".into(),
            now: T0,
            full: true,
        },
    )
}

/// A session started at `T0` that has been rolling the left IT band since `T0`.
pub(super) fn rolling() -> AppState {
    let state = AppState {
        safety_acknowledged_at: Some(T0),
        ..AppState::default()
    };
    let mut state = started(state);
    while state.session.as_ref().map(Session::card) != Some(Card::Roll(Zone::ItBandLeft)) {
        state = reduce(state, Action::Session(Event::Next { now: T0 }));
    }
    state
}

#[test]
fn ending_before_rolling_keeps_no_record() {
    let state = AppState {
        safety_acknowledged_at: Some(T0),
        ..AppState::default()
    };
    let state = started(state);
    let state = reduce(state, Action::Session(Event::End { now: T0 + 30_000 }));
    assert!(state.session.as_ref().is_some_and(Session::is_finished));
    assert!(state.history.is_empty(), "nothing rolled, nothing kept");
}

#[test]
fn undo_brings_the_session_back_where_it_was_and_takes_the_record_back() {
    let state = reduce(rolling(), Action::Session(Event::End { now: T0 + 15_000 }));
    assert_eq!(state.history.len(), 1);
    let state = reduce(state, Action::UndoEnd { now: T0 + 20_000 });
    assert!(state.history.is_empty());
    assert!(state.ended.is_none());
    assert_eq!(state.screen, Screen::Session);
    let session = state.session.clone().expect("the session is back");
    assert!(!session.is_finished() && !session.is_paused());
    assert_eq!(session.card(), Card::Roll(Zone::ItBandLeft));
    // The five seconds on the summary were not rolling time: 15 s rolled, 25 s left.
    assert_eq!(session.remaining_secs(T0 + 20_000), Some(25));
    assert_eq!(session.paused_total(T0 + 20_000), 5_000);
    // A second undo, or one after closing, does nothing.
    let again = reduce(state.clone(), Action::UndoEnd { now: T0 + 21_000 });
    assert_eq!(again, state);
    let ended = reduce(state, Action::Session(Event::End { now: T0 + 30_000 }));
    let closed = reduce(ended, Action::CloseSession);
    assert!(closed.ended.is_none());
    assert_eq!(closed.history.len(), 1);
    let after = reduce(closed.clone(), Action::UndoEnd { now: T0 + 31_000 });
    assert_eq!(after, closed);
}

#[test]
fn undo_of_a_paused_session_leaves_it_paused() {
    let state = reduce(rolling(), Action::Session(Event::Pause { now: T0 + 5_000 }));
    let state = reduce(state, Action::Session(Event::End { now: T0 + 9_000 }));
    let state = reduce(state, Action::UndoEnd { now: T0 + 12_000 });
    let session = state.session.expect("back");
    assert!(session.is_paused());
    assert_eq!(session.remaining_secs(T0 + 60_000), Some(35));
}
