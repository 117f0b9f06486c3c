//! Moving between screens: the screen a start opens on, where a tap goes, and what the
//! browser's Back and Forward (or a pasted address) do — the last never lose a session.

use super::route::{Screen, UNKNOWN_ADDRESS};
use super::state::AppState;
use crate::i18n::Line;
use crate::record::EpochMs;
use crate::session::{Event, Session};

/// The first screen after a start, given the address the page was opened at (`None`: an
/// address Unknot does not know). A session under way comes first, then a shared routine's
/// link (starting it still shows the safety card first), then the first-run safety
/// screen, then the address.
pub fn opening_screen(state: &AppState, asked: Option<&Screen>) -> Screen {
    if has_running_session(state) {
        Screen::Session
    } else if let Some(shared @ Screen::RoutineAdd(_)) = asked {
        shared.clone()
    } else if state.safety_acknowledged_at.is_none() {
        Screen::Safety
    } else {
        match asked {
            Some(Screen::Session) | None => Screen::Home,
            Some(screen) => screen.clone(),
        }
    }
}

/// The state a start shows: [`opening_screen`], and a quiet notice for an unknown address.
pub fn open(mut state: AppState, asked: Option<Screen>) -> AppState {
    state.screen = opening_screen(&state, asked.as_ref());
    if asked.is_none() {
        notify(&mut state, UNKNOWN_ADDRESS);
    }
    state
}

/// A tap that asks for `screen`. The player is shown only while there is a session.
pub fn go(mut state: AppState, screen: Screen) -> AppState {
    let screen = match screen {
        Screen::Session if state.session.is_none() => Screen::Home,
        other => other,
    };
    if state.screen != screen {
        state.import_report = None;
        state.held_by_back = false;
    }
    state.screen = screen;
    state
}

/// The address changed under the app (Back, Forward, a pasted link): show what it names.
///
/// Leaving a session under way takes two steps: the first pauses it and keeps the player
/// on screen, asking "resume or end?" (`held_by_back`); the next one leaves for the
/// address, with the session still paused and resumable from Home. An unknown address
/// counts as Home, with a notice.
pub fn arrive(mut state: AppState, asked: Option<Screen>, now: EpochMs) -> AppState {
    let asked = asked.unwrap_or_else(|| {
        notify(&mut state, UNKNOWN_ADDRESS);
        Screen::Home
    });
    if state.screen == Screen::Session && asked != Screen::Session && has_running_session(&state) {
        if !state.held_by_back {
            state.session = state.session.map(|s| pause(s, now));
            state.held_by_back = true;
            return state;
        }
        state.held_by_back = false;
    }
    go(state, asked)
}

fn pause(session: Session, now: EpochMs) -> Session {
    if session.is_paused() {
        session
    } else {
        session.apply(Event::Pause { now })
    }
}

fn has_running_session(state: &AppState) -> bool {
    state.session.as_ref().is_some_and(|s| !s.is_finished())
}

fn notify(state: &mut AppState, key: &'static str) {
    let line = Line::t(key);
    if !state.notices.contains(&line) {
        state.notices.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{reduce, Action};

    const T0: EpochMs = 1_800_000_000_000;

    fn acknowledged() -> AppState {
        AppState {
            safety_acknowledged_at: Some(T0),
            ..AppState::default()
        }
    }

    fn in_session() -> AppState {
        let state = reduce(
            acknowledged(),
            Action::Start {
                id: "s".into(),
                now: T0,
                full: true,
            },
        );
        // Past the pain check, onto a running card.
        reduce(state, Action::Session(Event::Next { now: T0 }))
    }

    fn back(state: AppState, to: Screen, now: EpochMs) -> AppState {
        reduce(
            state,
            Action::Arrive {
                screen: Some(to),
                now,
            },
        )
    }

    #[test]
    fn a_start_opens_the_session_then_safety_then_the_address() {
        let asked = Some(Screen::Settings);
        assert_eq!(
            opening_screen(&AppState::default(), asked.as_ref()),
            Screen::Safety
        );
        assert_eq!(
            opening_screen(&acknowledged(), asked.as_ref()),
            Screen::Settings
        );
        assert_eq!(
            opening_screen(&acknowledged(), Some(&Screen::Session)),
            Screen::Home
        );
        assert_eq!(
            opening_screen(&in_session(), asked.as_ref()),
            Screen::Session
        );
    }

    #[test]
    fn an_unknown_address_opens_home_with_one_quiet_notice() {
        let state = open(acknowledged(), None);
        assert_eq!(state.screen, Screen::Home);
        assert_eq!(state.notices, [Line::t(UNKNOWN_ADDRESS)]);
        let state = back(go(state, Screen::Settings), Screen::Home, T0);
        let state = reduce(
            state,
            Action::Arrive {
                screen: None,
                now: T0,
            },
        );
        assert_eq!(state.screen, Screen::Home);
        assert_eq!(state.notices.len(), 1);
    }

    #[test]
    fn back_and_forward_move_between_screens() {
        let state = go(acknowledged(), Screen::Settings);
        let state = go(state, Screen::Progress);
        assert_eq!(state.screen, Screen::Progress);
        let state = back(state, Screen::Settings, T0);
        assert_eq!(state.screen, Screen::Settings);
        let state = back(state, Screen::Home, T0);
        assert_eq!(state.screen, Screen::Home);
    }

    #[test]
    fn the_player_needs_a_session() {
        assert_eq!(go(acknowledged(), Screen::Session).screen, Screen::Home);
        assert_eq!(
            back(acknowledged(), Screen::Session, T0).screen,
            Screen::Home
        );
    }

    #[test]
    fn the_first_back_pauses_the_session_and_keeps_the_player() {
        let state = back(in_session(), Screen::Home, T0 + 5_000);
        assert_eq!(state.screen, Screen::Session);
        assert!(state.held_by_back);
        let session = state.session.clone().expect("the session is kept");
        assert!(session.is_paused());
        // Resuming answers the question.
        let state = reduce(state, Action::Session(Event::Resume { now: T0 + 9_000 }));
        assert!(!state.held_by_back);
        assert!(state.session.as_ref().is_some_and(|s| !s.is_paused()));
    }

    #[test]
    fn the_second_back_leaves_with_the_session_paused_and_forward_shows_it_again() {
        let state = back(in_session(), Screen::Home, T0 + 5_000);
        let id = state.session.as_ref().map(|s| s.id.clone());
        let state = back(state, Screen::Home, T0 + 6_000);
        assert_eq!(state.screen, Screen::Home);
        assert!(!state.held_by_back);
        assert!(state.session.as_ref().is_some_and(Session::is_paused));
        let state = back(state, Screen::Session, T0 + 7_000);
        assert_eq!(state.screen, Screen::Session);
        assert_eq!(
            state.session.as_ref().map(|s| s.id.clone()),
            id,
            "no second session"
        );
        assert!(!state.held_by_back);
    }

    #[test]
    fn ending_from_the_question_shows_the_summary() {
        let state = back(in_session(), Screen::Home, T0 + 5_000);
        let state = reduce(state, Action::Session(Event::End { now: T0 + 6_000 }));
        assert!(!state.held_by_back);
        assert_eq!(state.screen, Screen::Session);
        assert!(state.session.as_ref().is_some_and(Session::is_finished));
        // Back from the summary simply leaves.
        assert_eq!(back(state, Screen::Home, T0 + 7_000).screen, Screen::Home);
    }

    #[test]
    fn a_screen_change_clears_the_import_report() {
        let mut state = go(acknowledged(), Screen::Settings);
        state.import_report = Some(Line::t(UNKNOWN_ADDRESS));
        let state = go(state, Screen::Settings);
        assert!(state.import_report.is_some());
        assert_eq!(go(state, Screen::Home).import_report, None);
    }
}
