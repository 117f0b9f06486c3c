//! The question the browser's Back asks during a session: the session is paused and
//! kept; the person resumes it or ends it (a second Back leaves it paused for later).

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::content::card_text_in;
use crate::domain::session::Event;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::store::use_store;

/// "Paused — resume or end?", shown in the player's place.
#[component]
pub fn PausedByBack() -> impl IntoView {
    let store = use_store();
    let place = Memo::new(move |_| {
        let settings = store.state.with(|s| s.settings.clone());
        store.session.with(|s| {
            s.as_ref().map(|s| {
                let title = with_catalogue(|c| card_text_in(s.card(), &settings, c)).title;
                tf(
                    "Step {n} of {of}: {title}",
                    &[
                        ("n", &(s.index + 1).to_string()),
                        ("of", &s.plan.len().to_string()),
                        ("title", &title),
                    ],
                )
            })
        })
    });
    view! {
        <section class="paused" aria-labelledby="paused-title">
            <h1 id="paused-title" class="paused__title">{t("Paused — resume or end?")}</h1>
            <p class="paused__where">{move || place.get()}</p>
            <p class="paused__note">
                {t("Your session is kept, timers stopped. Resume carries on where you were; Back again takes you home, and the session waits there.")}
            </p>
            <div class="paused__actions">
                <button
                    class="button button--primary button--big button--wide"
                    on:click=move |_| store.send(|now| Action::Session(Event::Resume { now }))
                >
                    {t("Resume")}
                </button>
                <button
                    class="button button--ghost button--wide"
                    on:click=move |_| store.send(|now| Action::Session(Event::End { now }))
                >
                    {t("End session")}
                </button>
            </div>
        </section>
    }
}
