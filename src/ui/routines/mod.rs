//! Saved routines: the builder, the list on Home, adding one from a link, sharing and
//! calendar reminders.

use leptos::prelude::*;

/// The routine builder (new when `editing` is `None`).
#[component]
pub fn RoutineBuilder(editing: Option<String>) -> impl IntoView {
    let _ = editing;
}

/// A routine received by link.
#[component]
pub fn AddShared(payload: String) -> impl IntoView {
    let _ = payload;
}
