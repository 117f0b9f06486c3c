//! The root component.

use leptos::prelude::*;

use crate::ui::home::Home;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let started = RwSignal::new(false);
    view! {
        <main class="app">
            <Home on_start=move || started.set(true) />
            <Show when=move || started.get()>
                <p role="status">"Let's begin."</p>
            </Show>
        </main>
    }
}
