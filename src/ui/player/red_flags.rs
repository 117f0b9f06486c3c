//! A pain of 7 or more before rolling: every safety level again, before the first roll,
//! with a clear way out. Self-contained: the player mounts it once.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::content::{red_flags_due, RED_FLAG_LEAD, RED_FLAG_PAIN};
use crate::domain::session::Event;
use crate::ui::i18n::{t, tf};
use crate::ui::safety::SafetyLevels;
use crate::ui::store::use_store;

/// Covers the player while the red flags are due and not yet answered.
#[component]
pub fn RedFlagCheck() -> impl IntoView {
    let store = use_store();
    let due = store.select(|s| {
        s.session
            .as_ref()
            .is_some_and(|x| !x.is_finished() && red_flags_due(&x.plan, x.index, x.pain_before))
    });
    // Answered for this visit to the player; a reload asks again, which is the safe side.
    let answered = RwSignal::new(false);
    view! {
        <Show when=move || due.get() && !answered.get()>
            <div class="red-flags" role="dialog" aria-modal="true" aria-labelledby="red-flags-title">
                <div class="red-flags__sheet">
                    <h2 id="red-flags-title" class="red-flags__title">{t("That is a lot of pain")}</h2>
                    <p class="red-flags__lead">
                        {tf(RED_FLAG_LEAD, &[("pain", &RED_FLAG_PAIN.to_string())])}
                    </p>
                    <div class="red-flags__groups">
                        <SafetyLevels level=3 />
                    </div>
                    <div class="red-flags__actions">
                        <button
                            class="button button--primary button--big"
                            on:click=move |_| answered.set(true)
                        >
                            {t("I understand, continue")}
                        </button>
                        <button
                            class="button button--ghost button--big"
                            on:click=move |_| store.send(|now| Action::Session(Event::End { now }))
                        >
                            {t("Not today")}
                        </button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
