//! `More`: the card's steps, numbers and safety line, one tap away instead of on the card.

use leptos::prelude::*;

use crate::domain::content::card_text_in;
use crate::domain::routine::Card;
use crate::ui::i18n::{t, with_catalogue};
use crate::ui::player::cards::CardWords;
use crate::ui::reactive::effect;
use crate::ui::store::use_store;

/// Cards whose words are already on screen have no `More`.
pub fn has_more(card: Card) -> bool {
    !matches!(
        card,
        Card::Safety | Card::Summary | Card::PainBefore | Card::PainAfter
    )
}

/// The sheet over the stage, for the current card. Closes with `Close` (or Escape).
#[component]
pub fn MoreSheet(
    /// The card whose words to show.
    card: Card,
    /// Set to false to close.
    open: RwSignal<bool>,
) -> impl IntoView {
    let store = use_store();
    let text = store
        .state
        .with_untracked(|s| with_catalogue(|c| card_text_in(card, &s.settings, c)));
    let close = NodeRef::<leptos::html::Button>::new();
    // Focus goes into the sheet, so a keyboard or screen-reader user lands on it.
    effect(move |_| {
        if let Some(button) = close.get() {
            let _ = button.focus();
        }
    });
    view! {
        <div
            class="more"
            id="player-more"
            role="dialog"
            aria-modal="false"
            aria-label=t("How to do this card")
            on:keydown=move |e| {
                if e.key() == "Escape" {
                    open.set(false);
                }
            }
        >
            <div class="more__words">
                <CardWords text />
            </div>
            <button node_ref=close class="button button--primary more__close" on:click=move |_| open.set(false)>
                {t("Close")}
            </button>
        </div>
    }
}
