//! Safety, as urgent as the danger: what needs emergency help, what stops a session,
//! which signs mean "see a clinician first". Shown first, reachable any
//! time, inside a session's safety card, and again when pain before is 7 or more.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::content::{SafetyLevel, SafetyLine, EASE_OFF, LOWER_BACK, SAFETY_LEVELS};
use crate::ui::early_tap::EarlyTap;
use crate::ui::i18n::t;
use crate::ui::store::{use_store, Store};

/// The safety levels, most urgent first: each a heading that says what to do, one
/// sentence on where to go, and its signs as short lists.
/// Records that the safety screen was read: what `I understand, continue` does.
pub fn acknowledge(store: Store) {
    store.send(|now| Action::AcknowledgeSafety { now });
}

#[component]
pub fn SafetyLevels(
    /// The heading level of each level's title (2 on a screen, 3 inside a card).
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    SAFETY_LEVELS
        .iter()
        .map(|safety| level_view(safety, level))
        .collect_view()
}

fn level_view(safety: &SafetyLevel, level: u8) -> impl IntoView {
    let key = safety.urgency.key();
    let id = format!("safety-{key}-{level}");
    let title = t(safety.urgency.title());
    let title = match level {
        2 => view! { <h2 id=id.clone() class="safety__title">{title}</h2> }.into_any(),
        _ => view! { <h3 id=id.clone() class="safety__title">{title}</h3> }.into_any(),
    };
    let groups = safety
        .groups
        .iter()
        .map(|group| {
            let heading = group.title.map(|h| {
                let h = t(h);
                match level {
                    2 => view! { <h3 class="safety__lead-in">{h}</h3> }.into_any(),
                    _ => view! { <h4 class="safety__lead-in">{h}</h4> }.into_any(),
                }
            });
            view! {
                <div class=format!("safety__group safety__group--{}", group.key)>
                    {heading}
                    <ul class="safety__list">
                        {group.items.iter().map(|i| view! { <li>{t(i)}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <section
            class=format!("safety__level safety__level--{key}")
            data-urgency=key
            aria-labelledby=id
        >
            {title}
            <p class="safety__what">{t(safety.urgency.lead())}</p>
            {groups}
        </section>
    }
}

/// The most urgent level alone: the signs that need emergency help (the plan shows them
/// when it advises seeing a clinician).
#[component]
pub fn UrgentHelp() -> impl IntoView {
    level_view(&SAFETY_LEVELS[0], 3)
}

/// A card's safety line, tagged with its level so a stop reads as a stop.
#[component]
pub fn SafetyLineView(
    /// The line and its level.
    line: SafetyLine,
) -> impl IntoView {
    let key = line.urgency.key();
    view! {
        <p class=format!("safety-line safety-line--{key}") data-urgency=key>
            <strong class="safety-line__level">{t(line.urgency.label())}</strong>
            " "
            {line.text}
        </p>
    }
}

/// Contraindications and stop rules, with an explicit acknowledgement.
#[component]
pub fn SafetyScreen() -> impl IntoView {
    let store = use_store();
    let acknowledged = store.select(|s| s.safety_acknowledged_at.is_some());
    view! {
        <section class="safety" aria-labelledby="safety-title">
            <h1 id="safety-title">{t("Before you roll")}</h1>
            <p class="safety__lead">
                {t("Rolling should feel like a firm massage. Half a minute of reading keeps it that way.")}
            </p>
            <div class="safety__grid">
                <SafetyLevels />
                <section class="safety__level safety__level--lumbar" aria-labelledby="safety-lumbar">
                    <h2 id="safety-lumbar" class="safety__title">{t(LOWER_BACK.title)}</h2>
                    <p>{t(LOWER_BACK.body[1])}</p>
                    <p>{t(LOWER_BACK.body[2])}</p>
                </section>
            </div>
            <Show
                when=move || acknowledged.get()
                fallback=move || {
                    view! {
                        <button
                            class="button button--primary button--big button--wide"
                            data-early=EarlyTap::Acknowledge.key()
                            on:click=move |_| acknowledge(store)
                        >
                            {t("I understand, continue")}
                        </button>
                    }
                }
            >
                <button class="button button--ghost button--wide" on:click=move |_| store.dispatch(Action::Navigate(Screen::Home))>
                    {t("Back to home")}
                </button>
            </Show>
        </section>
    }
}

/// The first-session safety card inside the player: the same levels, with the ease-off
/// rule.
#[component]
pub fn SafetyCard() -> impl IntoView {
    view! {
        <div class="card-body card-body--safety safety safety--card">
            <p class="safety__lead">{t("Read these once. Tap Next when you are ready.")}</p>
            <div class="safety__grid">
                <SafetyLevels level=3 />
            </div>
            <p class="ease-off">{t(EASE_OFF)}</p>
        </div>
    }
}
