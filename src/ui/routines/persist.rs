//! Keeps saved routines and storage in step: one key per routine, written when it
//! changes, removed when it is deleted; other tabs' changes are followed.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::routines::{Routine, RoutineAction};
use crate::domain::store::{self, Notice, ROUTINE_PREFIX};
use crate::platform::{clock, storage};
use crate::ui::persist::Backend;
use crate::ui::store::Store;

/// Saves each routine that changed, removes deleted ones, follows other tabs.
pub fn use_routine_persistence(store: Store, kv: Backend) {
    let routines = store.select(|s| s.routines.clone());
    let saved: StoredValue<BTreeMap<String, Routine>> =
        StoredValue::new(store.state.with_untracked(|s| {
            s.routines
                .iter()
                .map(|r| (r.id.clone(), r.clone()))
                .collect()
        }));
    let k = kv.clone();
    Effect::new(move |_| {
        routines.with(|list| {
            let now = clock::now();
            let mut results = Vec::new();
            for routine in list {
                if saved.with_value(|m| m.get(&routine.id) != Some(routine)) {
                    results.push(store::save_routine(k.as_ref(), routine, now));
                    saved.update_value(|m| {
                        m.insert(routine.id.clone(), routine.clone());
                    });
                }
            }
            let gone: Vec<String> = saved.with_value(|m| {
                m.keys()
                    .filter(|id| !list.iter().any(|r| &r.id == *id))
                    .cloned()
                    .collect()
            });
            for id in gone {
                results.push(store::remove_routine(k.as_ref(), &id, now));
                saved.update_value(|m| {
                    m.remove(&id);
                });
            }
            for e in results.into_iter().filter_map(Result::err) {
                store.dispatch(Action::Notify(Notice::from_error(&e).line));
            }
        })
    });
    let listener = storage::on_storage_change(move |change| {
        let key = change.key.unwrap_or_default();
        if key.is_empty() || key.starts_with(ROUTINE_PREFIX) {
            let fresh = store::read_routines(kv.as_ref());
            saved.set_value(fresh.iter().map(|r| (r.id.clone(), r.clone())).collect());
            store.dispatch(Action::Routine(RoutineAction::Replace(fresh)));
        }
    });
    // The listener lives as long as the app, like the one in `ui::persist`.
    std::mem::forget(listener);
}
