//! Keeps the store and `localStorage` in step: load once, save what changed, listen to
//! other tabs. All the rules (schema, backups, merging) live in `domain::store`.

use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::app::{persist, Action, AppState, PlanAction, RoutineAction};
use crate::domain::record::EpochMs;
use crate::domain::session::{Event, Session};
use crate::domain::store::{self, KeyValue, MemoryKv, Notice};
use crate::platform::storage;
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// Where data goes: `localStorage`, or memory when the browser will not keep anything.
pub type Backend = Rc<dyn KeyValue>;

/// The backend as context for components that read or write data directly (import/export).
#[derive(Clone, Copy)]
pub struct BackendHandle(pub StoredValue<Backend, LocalStorage>);

/// The backend provided by `App`.
pub fn use_backend() -> Backend {
    expect_context::<BackendHandle>().0.get_value()
}

/// Reads everything kept; never fails (trouble becomes notices and defaults). The screen
/// is left at Home: the caller opens the one the address asks for
/// (`domain::app::navigation::open`). Also returns what storage holds (the session as
/// stored, before it caught up with `now`), for [`use_persistence`].
pub fn load(now: EpochMs) -> (AppState, AppState, Backend) {
    let mut notices = Vec::new();
    let kv: Backend = match storage::open() {
        Ok(local) => Rc::new(local),
        Err(e) => {
            notices.push(Notice::not_kept(&e).line);
            Rc::new(MemoryKv::new())
        }
    };
    let loaded = store::load(kv.as_ref(), now);
    // Kept as messages: shown in the language of the screen, which may not have arrived
    // yet (a start-up notice is made before the chosen language's file is fetched).
    notices.extend(loaded.notices.into_iter().map(|n| n.line));
    let stored_session = match store::load_active::<Session>(kv.as_ref(), now) {
        Ok(session) => session,
        Err(e) => {
            notices.push(Notice::from_error(&e).line);
            None
        }
    };
    let stored = AppState {
        settings: loaded.settings,
        safety_acknowledged_at: loaded.safety_acknowledged_at,
        history: loaded.history,
        routines: loaded.routines,
        plan: loaded.plan,
        session: stored_session.clone(),
        ..AppState::default()
    };
    let state = AppState {
        session: stored_session.map(|s| s.apply(Event::Tick { now })),
        notices,
        ..stored.clone()
    };
    (state, stored, kv)
}

/// Saves what changed, and follows other tabs' writes: the only code that writes the
/// person's data. `domain::app::persist` says what to write; this one effect writes it,
/// dated by the store's clock; one storage listener follows other tabs.
pub fn use_persistence(store: Store, kv: Backend, stored: AppState) {
    provide_context(BackendHandle(StoredValue::new_local(kv.clone())));
    // What storage holds: the state as loaded (with the session as it was stored), then
    // the state after each write.
    let written = StoredValue::new(stored);
    let k = kv.clone();
    effect(move |_| {
        // Worked out under the state's read lock; written and reported after it, so a
        // notice can change the state.
        let Some((writes, state)) = store.state.with(|state| {
            let writes = written.with_value(|before| persist::writes(before, state));
            (!writes.is_empty()).then(|| (writes, state.clone()))
        }) else {
            return;
        };
        let first = written.with_value(|before| persist::first_finished(before, &writes));
        written.set_value(state);
        for e in persist::apply(k.as_ref(), &writes, now(store)) {
            store.dispatch(Action::Notify(Notice::from_error(&e).line));
        }
        if first {
            ask_to_persist();
        }
    });
    let listener =
        storage::on_storage_change(move |change| follow_other_tab(store, kv.as_ref(), change));
    // Owned by the app's reactive owner: dropped (and removed) with it.
    StoredValue::new_local(listener);
}

/// Another tab wrote: take its history (the union, nothing lost), settings, safety answer
/// routines and plan. What comes in is written back only where it differs (the same value
/// again is no write, so no tab hears it back).
fn follow_other_tab(store: Store, kv: &dyn KeyValue, change: storage::StorageChange) {
    let key = change.key.unwrap_or_default();
    if key.is_empty() || key.starts_with(store::SESSION_PREFIX) {
        store.dispatch(Action::MergeHistory(store::read_history(kv)));
    }
    if key.is_empty() || key == store::SETTINGS_KEY {
        if let Some(settings) = store::read_settings(kv) {
            store.dispatch(Action::UpdateSettings(settings));
        }
    }
    if key.is_empty() || key == store::SAFETY_KEY {
        if let Some(at) = store::read_safety(kv) {
            store.dispatch(Action::AcknowledgeSafety { now: at });
        }
    }
    if key.is_empty() || key.starts_with(store::ROUTINE_PREFIX) {
        let routines = store::read_routines(kv);
        store.dispatch(Action::Routine(RoutineAction::Replace(routines)));
    }
    if key.is_empty() || key == store::PLAN_KEY {
        store.dispatch(Action::Plan(PlanAction::Replace(store::read_plan(kv))));
    }
}

/// After the first finished session, ask the browser to keep Unknot's data for good.
fn ask_to_persist() {
    leptos::task::spawn_local(async {
        // A refusal changes nothing: the data is still saved, just evictable.
        let _ = storage::request_persistence().await;
    });
}

/// The time of the latest stamped action (`Store::send`): what a write is dated with
/// (the names of backup keys), without reading the clock again.
fn now(store: Store) -> EpochMs {
    store.now.get_untracked()
}
