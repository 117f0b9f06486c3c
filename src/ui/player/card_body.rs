//! The body of the cards that are mostly words: safety, set-up, switch, get ready, breathe.

use leptos::prelude::*;

use crate::domain::content::{card_text, CardText};
use crate::domain::routine::{Card, Position};
use crate::ui::illustration::PositionPicture;
use crate::ui::player::countdown::Countdown;
use crate::ui::player::pacer::Pacer;
use crate::ui::store::use_store;

/// Steps, the article's numbers and the safety line of a card.
#[component]
pub fn CardWords(
    /// The words to show.
    text: CardText,
) -> impl IntoView {
    let CardText {
        steps,
        numbers,
        safety,
        ..
    } = text;
    view! {
        <ul class="chips" aria-label="Numbers">
            {numbers.into_iter().map(|n| view! { <li class="chip">{n}</li> }).collect_view()}
        </ul>
        <ol class="steps">
            {steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
        </ol>
        {safety.map(|line| view! { <p class="safety-line"><strong>"Safety: "</strong>{line}</p> })}
    }
}

/// A card that is read, then left with `Next` or by its countdown.
#[component]
pub fn CardBody(
    /// Which card.
    card: Card,
) -> impl IntoView {
    let store = use_store();
    let text = store.state.with_untracked(|s| card_text(card, &s.settings));
    let picture = match card {
        Card::Setup(position) => Some((position, None)),
        Card::SwitchSide(side) => Some((Position::SidePlank(side), None)),
        Card::GetReady(zone) => Position::of(zone).map(|p| (p, Some(zone))),
        _ => None,
    };
    let timed = matches!(card, Card::GetReady(_) | Card::Breathe);
    view! {
        <div class=format!("card-body card-body--{}", card_class(card))>
            {picture.map(|(p, zone)| match zone {
                Some(zone) => view! { <PositionPicture position=p zone /> }.into_any(),
                None => view! { <PositionPicture position=p /> }.into_any(),
            })}
            {timed.then(|| view! { <Countdown /> })}
            {matches!(card, Card::Breathe).then(|| view! { <Pacer /> })}
            <CardWords text />
        </div>
    }
}

fn card_class(card: Card) -> &'static str {
    match card {
        Card::Safety => "safety",
        Card::PainBefore | Card::PainAfter => "pain",
        Card::Setup(_) => "setup",
        Card::SwitchSide(_) => "switch",
        Card::GetReady(_) => "ready",
        Card::Roll(_) => "roll",
        Card::Breathe => "breathe",
        Card::Summary => "summary",
    }
}
