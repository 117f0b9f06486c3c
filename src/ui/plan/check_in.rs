//! The weekly check-in: how the back is compared with the start of the plan, and whether
//! last week's load was right. Four taps at most; `Skip` is one.

use leptos::prelude::*;

use crate::domain::app::{Action, PlanAction};
use crate::domain::weekly::{CheckIn, LoadFelt, PainCompared};
use crate::ui::i18n::t;
use crate::ui::store::use_store;

/// The check-in of plan week `week`, on Home's plan card.
#[component]
pub fn CheckInForm(week: u8) -> impl IntoView {
    let store = use_store();
    let pain = RwSignal::new(None::<PainCompared>);
    let load = RwSignal::new(None::<LoadFelt>);
    let send = move |answered: bool| {
        let (pain, load) = if answered {
            (pain.get_untracked(), load.get_untracked())
        } else {
            (None, None)
        };
        store.send(|at| {
            Action::Plan(PlanAction::CheckIn(CheckIn {
                week,
                at,
                pain,
                load,
            }))
        })
    };
    view! {
        <div class="check-in" role="group" aria-labelledby="check-in-title">
            <h3 id="check-in-title" class="check-in__title">{t("A new week: a quick check-in")}</h3>
            <p class="check-in__question" id="check-in-pain">{t("Your back, compared with the start of the plan:")}</p>
            <div class="check-in__options" role="group" aria-labelledby="check-in-pain">
                {PainCompared::ALL.map(|answer| view! {
                    <button class="choice" aria-pressed=move || (pain.get() == Some(answer)).to_string()
                        on:click=move |_| pain.set(Some(answer))>
                        {t(answer.label())}
                    </button>
                }).collect_view()}
            </div>
            <p class="check-in__question" id="check-in-load">{t("Last week's rolling was:")}</p>
            <div class="check-in__options" role="group" aria-labelledby="check-in-load">
                {LoadFelt::ALL.map(|answer| view! {
                    <button class="choice" aria-pressed=move || (load.get() == Some(answer)).to_string()
                        on:click=move |_| load.set(Some(answer))>
                        {t(answer.label())}
                    </button>
                }).collect_view()}
            </div>
            <div class="check-in__buttons">
                <button class="button button--primary" disabled=move || pain.get().is_none() && load.get().is_none()
                    on:click=move |_| send(true)>
                    {t("Save check-in")}
                </button>
                <button class="button button--ghost" on:click=move |_| send(false)>{t("Skip")}</button>
            </div>
        </div>
    }
}
