//! The home screen: the promise, the full routine, and today's zones on the diagram.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::content::{
    routine_summary, DOSE, HOME_TITLE, LOWER_BACK, PROMISE, TRIGGER_POINT, WHY,
};
use crate::domain::session::{length_minutes, routine_length_ms};
use crate::domain::zone::Zone;
use crate::platform::ids;
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::early_tap::EarlyTap;
use crate::ui::explainer::ExplainerView;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::install_hint::InstallHint;
use crate::ui::keeping::EvictionNotice;
use crate::ui::plan::{PlanCard, StartPlanCard};
use crate::ui::store::{use_store, Store};

/// Starts today's picked zones at the person's settings: what `Start routine` does.
pub fn start_picked(store: Store) {
    store.send(|now| Action::Start {
        id: ids::session_id(now),
        now,
        full: false,
    });
}

/// The first screen a person sees after the safety screen.
#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let zones = store.select(|s| s.settings.zones.clone());
    let explaining = store.select(|s| s.explaining);
    let has_plan = store.select(|s| s.plan.is_some());
    // What `Start routine` runs (the picked zones), at the person's own settings.
    let length = store.select(|s| {
        let ms = routine_length_ms(&s.settings.zones, &s.settings);
        let min = length_minutes(ms).to_string();
        tf("About {min} min with your settings", &[("min", &min)])
    });
    let start = move || start_picked(store);
    view! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title">{t(HOME_TITLE)}</h1>
            <p class="home__promise">{t(PROMISE)}</p>
            <crate::ui::resume::ResumeSession />
            <Show when=move || has_plan.get()>
                <PlanCard />
            </Show>
            // Starts exactly the zones picked below, and says which.
            // While a plan runs, its card leads and this is the quieter way to roll.
            <button
                class=move || if has_plan.get() { "button button--ghost button--wide" } else { "button button--primary button--big button--wide" }
                aria-describedby="home-routine"
                data-early=EarlyTap::Start.key()
                on:click=move |_| start()
            >
                {t("Start routine")}
            </button>
            <p id="home-routine" class="home__routine">{move || zones.with(|z| with_catalogue(|c| routine_summary(z, c)))}</p>
            <p class="home__length">{move || length.get()}</p>
            <InstallHint />
            <EvictionNotice />
            <Show when=move || !has_plan.get()>
                <StartPlanCard />
            </Show>

            <crate::ui::routines::SavedRoutines />

            <section class="home__zones card" aria-labelledby="zones-title">
                <h2 id="zones-title">{t("Pick today's zones")}</h2>
                <p class="home__hint">{t("Tap a zone to add or remove it. The lower back stays off the roller.")}</p>
                <BodyDiagram
                    selected=Signal::derive(move || zones.get())
                    on_toggle=Callback::new(move |zone| store.dispatch(Action::ToggleZone(zone)))
                />
                <p class="home__selection">
                    {move || {
                        let z = zones.get();
                        if z.is_empty() {
                            t("No zones picked: the session is just the breathing finish.")
                        } else {
                            z.iter().map(|z| t(z.label())).collect::<Vec<_>>().join(" · ")
                        }
                    }}
                </p>
            </section>

            <Show when=move || explaining.get() == Some(Zone::LowerBack)>
                // A sheet fixed to the bottom of the screen: the answer is in view wherever
                // the diagram was scrolled to when the lower back was tapped.
                <div class="explain explain--sheet card" role="dialog" aria-modal="false" aria-labelledby="explain-title">
                    <h2 id="explain-title">{t(LOWER_BACK.title)}</h2>
                    // Why (clinicians' caution) and what to roll instead; the rest is on Safety.
                    {[1, 2, 4].map(|i| view! { <p>{t(LOWER_BACK.body[i])}</p> })}
                    <button class="button button--primary" on:click=move |_| store.dispatch(Action::CloseExplanation)>
                        {t("Got it")}
                    </button>
                </div>
            </Show>

            <ExplainerView explainer=WHY />
            <ExplainerView explainer=TRIGGER_POINT />
            <ExplainerView explainer=DOSE />
            <p class="home__safety">
                <button class="button button--ghost" on:click=move |_| store.dispatch(Action::Navigate(Screen::Safety))>
                    {t("Safety: when not to roll")}
                </button>
            </p>
        </section>
    }
}
