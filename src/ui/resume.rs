//! On Home, the session that is waiting (left with the browser's Back): one tap back in.

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::ui::i18n::t;
use crate::ui::store::use_store;

/// "Your session is waiting" with `Resume session`; nothing when no session waits.
#[component]
pub fn ResumeSession() -> impl IntoView {
    let store = use_store();
    let waiting = Memo::new(move |_| {
        store.session.with(|s| {
            s.as_ref()
                .filter(|s| !s.is_finished())
                .map(|s| (s.index + 1, s.plan.len()))
        })
    });
    move || {
        waiting.get().map(|(step, of)| {
            view! {
                <div class="resume card" role="group" aria-labelledby="resume-title">
                    <h2 id="resume-title" class="resume__title">{t("Your session is waiting")}</h2>
                    <p class="resume__where">{format!("Paused at step {step} of {of}. Starting a new routine ends it and keeps what you did.")}</p>
                    <button
                        class="button button--primary button--wide"
                        on:click=move |_| store.dispatch(Action::Navigate(Screen::Session))
                    >
                        {t("Resume session")}
                    </button>
                </div>
            }
        })
    }
}
