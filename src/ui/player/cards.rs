//! The cards other than rolling: get ready, set-up, side switch, breathing, safety.
//! Each shows one picture or number and one short cue; the detail is behind `More`.

use leptos::prelude::*;

use crate::domain::content::{card_text_in, CardText};
use crate::domain::geometry::poses::PoseKind;
use crate::domain::routine::Card;
use crate::domain::zone::{Side, Zone};
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::illustration::{pass_ms_for, PosePicture};
use crate::ui::player::beat::BigNumber;
use crate::ui::player::pacer::{breath_words, use_breath_phase};
use crate::ui::safety::SafetyLineView;
use crate::ui::store::use_store;

/// Steps, the article's numbers and the safety line of a card (the `More` sheet, and
/// the safety card itself).
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
        <ul class="chips" aria-label=t("Numbers")>
            {numbers.into_iter().map(|n| view! { <li class="chip">{n}</li> }).collect_view()}
        </ul>
        <ol class="steps">
            {steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
        </ol>
        {safety.map(|line| view! { <SafetyLineView line /> })}
    }
}

/// A card that is read, then left with `Next` or by its countdown.
#[component]
pub fn OtherCard(
    /// Which card.
    card: Card,
) -> impl IntoView {
    let store = use_store();
    let text = store
        .state
        .with_untracked(|s| with_catalogue(|c| card_text_in(card, &s.settings, c)));
    // What the card draws: the position's first muscle, or the zone about to be rolled
    // (a shoulder blade as a tilt), on the side it is rolled.
    let picture = match card {
        Card::Setup(position) => {
            Some((PoseKind::of_position(position), position.side(), None, None))
        }
        Card::SwitchSide(side) => Some((PoseKind::ItBand, Some(side), None, None)),
        Card::GetReady(zone) => PoseKind::of_zone(zone).map(|kind| {
            let tilt = match zone {
                Zone::ShoulderBladeLeft => Some(Side::Left),
                Zone::ShoulderBladeRight => Some(Side::Right),
                _ => None,
            };
            let side = if kind == PoseKind::UpperBack {
                None
            } else {
                zone.side()
            };
            (kind, side, tilt, Some(zone))
        }),
        Card::Breathe => Some((PoseKind::Breathing, None, None, None)),
        _ => None,
    };
    let visual = picture.map(|(kind, side, tilt, zone)| {
        let pass_ms = pass_ms_for(zone);
        let picture = match tilt {
            Some(tilt) => view! { <PosePicture kind side tilt pass_ms /> }.into_any(),
            None => view! { <PosePicture kind side pass_ms /> }.into_any(),
        };
        view! { <div class="stage__visual stage__visual--picture">{picture}</div> }
    });
    let info = match card {
        Card::Safety => {
            view! { <div class="stage__info stage__info--words"><CardWords text /></div> }
                .into_any()
        }
        Card::Breathe => view! { <Breathing /> }.into_any(),
        Card::GetReady(zone) => {
            let (start, _) = zone.path_ends();
            view! {
                <div class="stage__info">
                    <BigNumber />
                    <div class="cue">
                        <p class="cue__main">{tf("Start {start}", &[("start", &t(start))])}</p>
                        <p class="cue__sub">{text.steps.first().cloned().unwrap_or_default()}</p>
                    </div>
                </div>
            }
            .into_any()
        }
        _ => view! {
            <div class="stage__info stage__info--steps">
                <ol class="steps steps--short">
                    {text.steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ol>
            </div>
        }
        .into_any(),
    };
    view! {
        {visual}
        {info}
    }
}

/// The breathing finish: the breath's seconds with the pacer, and `Breath N of M`.
#[component]
fn Breathing() -> impl IntoView {
    let store = use_store();
    let phase = use_breath_phase();
    let count = Memo::new(move |_| {
        let now = store.now.get();
        store.state.with(|s| {
            s.session
                .as_ref()
                .and_then(|x| x.breath(now))
                .map(|b| (b.number, b.of))
        })
    });
    view! {
        <div class="stage__info stage__info--centre">
            <BigNumber pace=phase />
            <div class="cue">
                <p class="cue__main cue__breath">
                    <span class="cue__words">{move || t(breath_words(phase.get()))}</span>
                </p>
                <p class="cue__sub">
                    {move || count.get().map(|(n, of)| tf("Breath {n} of {of}", &[("n", &n.to_string()), ("of", &of.to_string())]))}
                </p>
            </div>
        </div>
    }
}
