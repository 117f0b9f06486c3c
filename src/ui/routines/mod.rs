//! Saved routines: the builder, the list on Home, adding one from a link, sharing and
//! calendar reminders. The rules live in `domain::routine`.

mod add;
mod add_link;
mod builder;
mod list;
mod reminder;
mod step_editor;

pub use add::AddShared;
pub use add_link::{AddFromLink, IPHONE_LINKS};
pub use builder::RoutineBuilder;
pub use list::SavedRoutines;
