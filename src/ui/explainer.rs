//! A titled block of short paragraphs that can be opened.

use leptos::prelude::*;

use crate::domain::content::Explainer;
use crate::ui::i18n::t;

/// Shows an explainer as a disclosure, closed by default.
#[component]
pub fn ExplainerView(
    /// The words.
    explainer: Explainer,
) -> impl IntoView {
    view! {
        <details class="explainer card">
            <summary class="explainer__title">{t(explainer.title)}</summary>
            {explainer.body.iter().map(|p| view! { <p>{t(p)}</p> }).collect_view()}
        </details>
    }
}
