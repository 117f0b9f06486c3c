//! The app's reactive store: one signal holding [`AppState`], changed only by
//! dispatching an [`Action`], plus the shared facts many views read: the wall-clock
//! `now`, the session, whether the page is visible, and the line for screen readers.

use leptos::prelude::*;

use crate::domain::app::{reduce, Action, AppState};
use crate::domain::i18n::Line;
use crate::domain::record::EpochMs;
use crate::domain::session::{Event, Session};
use crate::platform::clock;

/// Shared handle to the app state, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Store {
    pub state: RwSignal<AppState>,
    /// Wall-clock epoch ms of the latest stamped action or tick ([`Store::send`]).
    pub now: RwSignal<EpochMs>,
    /// The session in progress (or just finished): one memo shared by every reader.
    pub session: Memo<Option<Session>>,
    /// Whether the page is showing (one listener for the whole app, set by `App`).
    pub visible: RwSignal<bool>,
    /// The latest line for the screen reader's live region, set by the cue layer.
    pub announcement: RwSignal<String>,
    /// What happened while the screen was off, shown in the player until the next turn
    /// of the session (set by the cue layer, [`crate::domain::cues::catch_up`]).
    pub catch_up: RwSignal<Option<Line>>,
}

impl Store {
    /// A store around an initial state.
    pub fn new(state: AppState, now: EpochMs) -> Self {
        let state = RwSignal::new(state);
        Store {
            state,
            now: RwSignal::new(now),
            session: Memo::new(move |_| state.with(|s| s.session.clone())),
            visible: RwSignal::new(true),
            announcement: RwSignal::new(String::new()),
            catch_up: RwSignal::new(None),
        }
    }

    /// Reads the clock once, records it as `now` and dispatches the action made with it:
    /// the one place an action is stamped with the time. (The clock is also read to
    /// date a file or make an id, never to stamp an action.)
    pub fn send(&self, make: impl FnOnce(EpochMs) -> Action) {
        let now = clock::now().max(self.now.get_untracked());
        self.now.set(now);
        self.dispatch(make(now));
    }

    /// The one way to change state. Signals are only notified when something changed,
    /// so a tick that changes nothing re-renders nothing. The state is copied once.
    pub fn dispatch(&self, action: Action) {
        // Fast path for the per-second tick: most ticks change nothing, and asking the
        // session whether anything is due copies nothing (not even the session).
        if let Action::Session(Event::Tick { now }) = &action {
            let unchanged = self.state.with_untracked(|s| {
                s.session
                    .as_ref()
                    .is_none_or(|session| !session.is_due(*now))
            });
            if unchanged {
                return;
            }
        }
        let next = self.state.with_untracked(|s| reduce(s.clone(), action));
        if self.state.with_untracked(|s| *s != next) {
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

/// Follows the page's visibility into [`Store::visible`], with one listener for the app.
pub fn use_page_visibility(store: Store) {
    store.visible.set(crate::platform::page::is_visible());
    let listener = crate::platform::page::on_visibility_change(move |v| {
        // Back after hours or days (a phone app left in the background is not reloaded):
        // what depends on the day, as the plan's week, is worked out for today.
        if v {
            store.now.set(clock::now().max(store.now.get_untracked()));
        }
        store.visible.set(v);
    });
    // Owned by the app's reactive owner: dropped (and removed) with it.
    StoredValue::new_local(listener);
}
