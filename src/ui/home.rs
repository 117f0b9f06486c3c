//! The home screen: the name, the promise and the way in.

use leptos::prelude::*;

use crate::domain::content::{APP_NAME, PROMISE};

/// The first screen a person sees.
#[component]
pub fn Home(
    /// Called when the person taps `Start routine`.
    on_start: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title">{APP_NAME}</h1>
            <p class="home__promise">{PROMISE}</p>
            <button class="button button--primary" on:click=move |_| on_start()>
                "Start routine"
            </button>
        </section>
    }
}
