//! Safety, the way a physio asks: what stops a session, which signs mean "see a
//! clinician first", where never to roll, what to ask about. Shown first, reachable any
//! time, inside a session's safety card, and again when pain before is 7 or more.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::content::{SafetyGroup, LOWER_BACK, SAFETY_GROUPS};
use crate::ui::i18n::t;
use crate::ui::store::use_store;

/// The safety groups as short titled lists: one idea per card, scannable at a glance.
#[component]
pub fn SafetyGroups(
    /// Which groups, in order.
    groups: &'static [SafetyGroup],
    /// The heading level of each group's title (2 on a screen, 3 inside a card).
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    groups
        .iter()
        .map(|group| {
            let id = format!("safety-{}-{level}", group.key);
            let title = match level {
                2 => view! { <h2 id=id.clone() class="safety__title">{t(group.title)}</h2> }
                    .into_any(),
                _ => view! { <h3 id=id.clone() class="safety__title">{t(group.title)}</h3> }
                    .into_any(),
            };
            view! {
                <section
                    class=format!("safety__group safety__group--{}", group.key)
                    aria-labelledby=id
                >
                    {title}
                    <ul class="safety__list">
                        {group.items.iter().map(|i| view! { <li>{t(i)}</li> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
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
                <SafetyGroups groups=&SAFETY_GROUPS />
                <section class="safety__group safety__group--lumbar" aria-labelledby="safety-lumbar">
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
                            on:click=move |_| store.send(|now| Action::AcknowledgeSafety { now })
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

/// The first-session safety card inside the player: the same groups, numbered by group
/// rather than as one long list, with the ease-off rule.
#[component]
pub fn SafetyCard() -> impl IntoView {
    view! {
        <div class="card-body card-body--safety safety safety--card">
            <p class="safety__lead">{t("Read these once. Tap Next when you are ready.")}</p>
            <div class="safety__grid">
                <SafetyGroups groups=&SAFETY_GROUPS level=3 />
            </div>
            <p class="safety-line">
                <strong>{t("Safety:")}" "</strong>
                {t(crate::domain::content::EASE_OFF)}
            </p>
        </div>
    }
}
