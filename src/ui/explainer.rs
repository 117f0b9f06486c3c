//! A titled block of short paragraphs that can be opened.

use leptos::prelude::*;

use crate::domain::content::Explainer;

/// Shows an explainer as a disclosure, closed by default.
#[component]
pub fn ExplainerView(
    /// The words.
    explainer: Explainer,
) -> impl IntoView {
    view! {
        <details class="explainer card">
            <summary class="explainer__title">{explainer.title}</summary>
            {explainer.body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        </details>
    }
}
