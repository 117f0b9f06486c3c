//! Wakes the app exactly when the countdown's whole second changes, and whenever the
//! page becomes visible again. Time itself always comes from stored deadlines.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::session::Event;
use crate::domain::ticking::next_wake;
use crate::platform::clock;
use crate::ui::store::Store;

/// Runs while the app is mounted.
pub fn use_ticker(store: Store) {
    // Only the newest planned wake-up acts; older ones find a newer generation and stop.
    let generation = Arc::new(AtomicU64::new(0));
    // Re-plan whenever the running thing changes shape (card, pause, hold, length).
    let shape = Memo::new(move |_| {
        store.state.with(|s| {
            s.session.as_ref().map(|x| {
                (
                    x.index,
                    x.is_paused(),
                    x.is_finished(),
                    x.hold.as_ref().map(|h| (h.found_at, h.duration_ms)),
                )
            })
        })
    });
    {
        let generation = generation.clone();
        Effect::new(move |_| {
            // `get` (not `track`) so the effect subscribes to the memo's value.
            let _ = shape.get();
            wake(store, generation.clone());
        });
    }
    {
        let generation = generation.clone();
        Effect::new(move |first: Option<()>| {
            if store.visible.get() && first.is_some() {
                wake(store, generation.clone());
            }
        });
    }
    on_cleanup(move || generation.store(u64::MAX, Ordering::Relaxed));
}

fn wake(store: Store, generation: Arc<AtomicU64>) {
    if generation.load(Ordering::Relaxed) == u64::MAX {
        return;
    }
    let mine = generation.fetch_add(1, Ordering::Relaxed) + 1;
    store.send(|now| Action::Session(Event::Tick { now }));
    let now = store.now.get_untracked();
    let delay = store
        .state
        .with_untracked(|s| next_wake(s.session.as_ref(), now));
    if let Some(ms) = delay {
        clock::after(ms.min(u64::from(u32::MAX)) as u32, move || {
            if generation.load(Ordering::Relaxed) == mine {
                wake(store, generation);
            }
        });
    }
}
