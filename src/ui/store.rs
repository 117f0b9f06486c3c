//! The app's reactive store: one signal holding [`AppState`], changed only by
//! dispatching an [`Action`], plus the wall-clock `now` the views read.

use leptos::prelude::*;

use crate::domain::app::{reduce, Action, AppState};
use crate::domain::record::EpochMs;

/// Shared handle to the app state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Store {
    pub state: RwSignal<AppState>,
    /// Wall-clock epoch ms, refreshed by the ticker while a session runs.
    pub now: RwSignal<EpochMs>,
}

impl Store {
    /// A store around an initial state.
    pub fn new(state: AppState, now: EpochMs) -> Self {
        Store {
            state: RwSignal::new(state),
            now: RwSignal::new(now),
        }
    }

    /// The one way to change state. Signals are only notified when something changed,
    /// so a tick that changes nothing re-renders nothing.
    pub fn dispatch(&self, action: Action) {
        // Fast path for the per-second tick: most ticks change nothing, and checking
        // that on the session alone avoids copying the whole history every second.
        if let Action::Session(event @ crate::domain::session::Event::Tick { .. }) = &action {
            let unchanged = self.state.with_untracked(|s| {
                s.session
                    .as_ref()
                    .is_none_or(|session| session.clone().apply(*event) == *session)
            });
            if unchanged {
                return;
            }
        }
        let current = self.state.get_untracked();
        let next = reduce(current.clone(), action);
        if next != current {
            self.state.set(next);
        }
    }

    /// A derived, memoised slice of the state.
    pub fn select<T>(&self, f: impl Fn(&AppState) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        let state = self.state;
        Memo::new(move |_| state.with(&f))
    }
}

/// The store provided by `App`.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
