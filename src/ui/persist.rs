//! Keeps the store and `localStorage` in step: load once, save what changed, listen to
//! other tabs. All the rules (schema, backups, merging) live in `domain::store`.

use std::collections::BTreeMap;
use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::app::{Action, AppState};
use crate::domain::record::{EpochMs, SessionRecord};
use crate::domain::session::{Event, Session};
use crate::domain::store::{self, KeyValue, MemoryKv, Notice, StoreError};
use crate::platform::storage;
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
/// (`domain::navigation::open`).
pub fn load(now: EpochMs) -> (AppState, Backend) {
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
    let session = match store::load_active::<Session>(kv.as_ref(), now) {
        Ok(session) => session.map(|s| s.apply(Event::Tick { now })),
        Err(e) => {
            notices.push(Notice::from_error(&e).line);
            None
        }
    };
    let state = AppState {
        settings: loaded.settings,
        safety_acknowledged_at: loaded.safety_acknowledged_at,
        history: loaded.history,
        routines: loaded.routines,
        session,
        notices,
        ..AppState::default()
    };
    (state, kv)
}

/// Saves each part when it changes, and follows other tabs' writes: the only code that
/// writes the person's data.
pub fn use_persistence(store: Store, kv: Backend) {
    provide_context(BackendHandle(StoredValue::new_local(kv.clone())));
    let settings = store.select(|s| s.settings.clone());
    let safety = store.select(|s| s.safety_acknowledged_at);
    let session = store.session;
    let history = store.select(|s| s.history.clone());
    let report = move |result: Result<(), StoreError>| {
        if let Err(e) = result {
            store.dispatch(Action::Notify(Notice::from_error(&e).line));
        }
    };

    let k = kv.clone();
    Effect::new(move |first: Option<()>| {
        let settings = settings.get();
        if first.is_some() {
            report(store::save_settings(k.as_ref(), &settings, now(store)));
        }
    });
    let k = kv.clone();
    Effect::new(move |_| {
        if let Some(at) = safety.get() {
            if store::read_safety(k.as_ref()) != Some(at) {
                report(store::save_safety(k.as_ref(), at));
            }
        }
    });
    let k = kv.clone();
    Effect::new(move |_| {
        session.with(|s| match s {
            Some(s) if !s.is_finished() => report(store::save_active(k.as_ref(), s, now(store))),
            _ => report(store::clear_active(k.as_ref(), now(store))),
        })
    });
    let k = kv.clone();
    // What is already in storage, so each record is written once, and again only if it
    // changed (pain rated on the summary after the session ended).
    let saved: StoredValue<BTreeMap<String, SessionRecord>> =
        StoredValue::new(store.state.with_untracked(|s| {
            s.history
                .iter()
                .map(|r| (r.id.clone(), r.clone()))
                .collect()
        }));
    Effect::new(move |_| {
        history.with(|records| {
            // A record taken back (`Undo` after `End session`) leaves storage too.
            let gone: Vec<String> = saved.with_value(|m| {
                m.keys()
                    .filter(|id| !records.iter().any(|r| &r.id == *id))
                    .cloned()
                    .collect()
            });
            for id in gone {
                report(store::remove_record(k.as_ref(), &id, now(store)));
                saved.update_value(|m| {
                    m.remove(&id);
                });
            }
            for record in records {
                if saved.with_value(|m| m.get(&record.id) == Some(record)) {
                    continue;
                }
                let first = saved.with_value(BTreeMap::is_empty);
                report(store::save_record(k.as_ref(), record, now(store)));
                saved.update_value(|m| {
                    m.insert(record.id.clone(), record.clone());
                });
                if first && record.completed {
                    ask_to_persist();
                }
            }
        })
    });

    let backups = store.select(|s| s.imported_backups.clone());
    let k = kv.clone();
    Effect::new(move |_| {
        backups.with(|b| {
            if !b.is_empty() {
                report(store::keep_backups(k.as_ref(), b));
            }
        })
    });

    let k = kv;
    let listener =
        storage::on_storage_change(move |change| follow_other_tab(store, k.as_ref(), change));
    // The listener lives as long as the app; the app lives as long as the page.
    std::mem::forget(listener);
}

/// Another tab wrote: take its history (the union, nothing lost), settings and safety answer.
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
