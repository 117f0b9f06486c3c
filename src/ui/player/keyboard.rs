//! Keyboard shortcuts during a session: Space pauses/resumes, H starts a hold, → next, ← back.

use leptos::prelude::*;

use crate::domain::session::Event;
use crate::platform::keys;
use crate::ui::player::send;
use crate::ui::store::Store;

/// Listens on the page while the player is mounted.
pub fn use_session_keys(store: Store) {
    let handle = keys::on_shortcut(move |key| {
        let event: fn(u64) -> Event = match key {
            " " | "Spacebar" => |now| Event::TogglePause { now },
            "h" | "H" => |now| Event::HotSpot { now },
            "ArrowRight" => |now| Event::Next { now },
            "ArrowLeft" => |now| Event::Back { now },
            _ => return false,
        };
        send(store, event);
        true
    });
    on_cleanup(move || handle.remove());
}
