//! Keeps the address bar and the screen in step: a screen opened by a tap gets a new
//! history entry; Back, Forward and pasted links are dispatched as [`Action::Arrive`],
//! and when the app shows something other than what the address asked for (a redirect,
//! or a session held on screen) the address is corrected.

use leptos::prelude::*;

use crate::domain::app::route;
use crate::domain::app::{Action, Screen};
use crate::platform::history::{self, Entry};
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// Runs while the app is mounted.
pub fn use_address(store: Store) {
    let screen = store.select(|s| s.screen.clone());
    effect(move |first: Option<()>| {
        let screen = screen.get();
        if route::parse(&history::hash()).as_ref() != Some(&screen) {
            // The opening screen replaces the address it was opened at (a redirect to
            // the safety screen, say); every later change is a step the person took.
            let entry = if first.is_none() {
                Entry::Replace
            } else {
                Entry::Push
            };
            history::set_hash(&route::format(&screen), entry);
        }
    });
    let listener = history::on_address_change(move |hash| {
        let asked = route::parse(&hash);
        if store
            .state
            .with_untracked(|s| asked.as_ref() == Some(&s.screen))
        {
            return; // the second event of a pair, or an address already shown
        }
        let screen = asked.clone();
        store.send(move |now| Action::Arrive { screen, now });
        let shown = store.state.with_untracked(|s| s.screen.clone());
        if asked.as_ref() != Some(&shown) {
            // A session held on screen gets its entry back, so the next Back has
            // somewhere to go; anything else was a redirect.
            let entry = if shown == Screen::Session {
                Entry::Push
            } else {
                Entry::Replace
            };
            history::set_hash(&route::format(&shown), entry);
        }
    });
    // Owned by the app's reactive owner: dropped (and removed) with it.
    StoredValue::new_local(listener);
}
