//! Saved routines: the builder, the list on Home, adding one from a link, sharing and
//! calendar reminders. The rules live in `domain::routines`.

mod add;
mod builder;
mod list;
pub mod persist;
mod reminder;
mod step_editor;

pub use add::AddShared;
pub use builder::RoutineBuilder;
pub use list::SavedRoutines;

use crate::domain::app::Screen;
use crate::domain::routines::share::payload_in_hash;

/// The screen the page's address asks for when it is a shared routine's link
/// (`#/routines/add/<payload>`). The router folds this in later.
pub fn screen_from_location() -> Option<Screen> {
    let hash = crate::platform::location::hash();
    payload_in_hash(&hash).map(|payload| Screen::RoutineAdd(payload.to_string()))
}
