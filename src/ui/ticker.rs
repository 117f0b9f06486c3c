//! Wakes the app exactly when the countdown's whole second changes, and whenever the
//! page becomes visible again. Time itself always comes from stored deadlines.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::session::next_wake::next_wake;
use crate::domain::session::Event;
use crate::platform::clock::{self, Timer};
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// The one planned wake-up: replacing it cancels the one before.
type Pending = StoredValue<Option<Timer>, LocalStorage>;

/// Runs while the app is mounted; its timer is cancelled with it.
pub fn use_ticker(store: Store) {
    let pending: Pending = StoredValue::new_local(None);
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
    effect(move |_| {
        // `get` (not `track`) so the effect subscribes to the memo's value.
        let _ = shape.get();
        wake(store, pending);
    });
    effect(move |first: Option<()>| {
        if store.visible.get() && first.is_some() {
            wake(store, pending);
        }
    });
}

/// Ticks now and plans the next wake-up, cancelling the one planned before.
fn wake(store: Store, pending: Pending) {
    store.send(|now| Action::Session(Event::Tick { now }));
    let now = store.now.get_untracked();
    let delay = store
        .state
        .with_untracked(|s| next_wake(s.session.as_ref(), now));
    let next = delay.map(|ms| {
        clock::timer(ms.min(u64::from(u32::MAX)) as u32, move || {
            wake(store, pending)
        })
    });
    // A disposed owner (the app unmounted) keeps nothing: the new timer drops, cancelled.
    pending.try_set_value(next);
}
