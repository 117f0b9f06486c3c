//! Home's first card while a plan runs: where the person is, today's session and its true
//! length, why the load is what it is, and one button. Without a plan, an offer to start one.

use leptos::prelude::*;

use super::check_in::CheckInForm;
use super::{count_words, use_plan_now, week_words};
use crate::domain::app::{Action, PlanAction, Screen};
use crate::domain::weekly::Advice;
use crate::platform::{clock, ids};
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::safety::UrgentHelp;
use crate::ui::store::use_store;

/// The plan today, first on Home.
#[component]
pub fn PlanCard() -> impl IntoView {
    let store = use_store();
    let plan = use_plan_now(store);
    let routine_gone = store.select(|s| {
        s.plan
            .as_ref()
            .is_some_and(|p| crate::domain::app::routine_actions::find(s, &p.routine_id).is_none())
    });
    let start = move |_| {
        let offset_minutes = clock::utc_offset_minutes();
        store.send(|now| {
            Action::Plan(PlanAction::StartToday {
                session_id: ids::session_id(now),
                now,
                offset_minutes,
            })
        })
    };
    let details = move |_| store.dispatch(Action::Navigate(Screen::Plan));
    view! {
        <Show when=move || routine_gone.get()>
            <section class="plan-card card" aria-labelledby="plan-card-title">
                <h2 id="plan-card-title">{t("Your plan")}</h2>
                <p>{t("The plan's routine is no longer here. Change the plan to pick another.")}</p>
                <button class="button button--primary button--wide" on:click=move |_| store.dispatch(Action::Navigate(Screen::PlanSetup))>
                    {t("Change plan")}
                </button>
            </section>
        </Show>
        {move || plan.get().map(|p| {
            let status = p.today.status.clone();
            let dots = (0..status.per_week)
                .map(|i| view! { <li class=if i < status.done_this_week { "plan-dot plan-dot--done" } else { "plan-dot" }></li> })
                .collect_view();
            let body = if status.finished {
                view! {
                    <p class="plan-card__note">{t("Your plan is done. See how the weeks went, and what to do next.")}</p>
                    <button class="button button--primary button--big button--wide" on:click=details>
                        {t("See how it went")}
                    </button>
                }
                .into_any()
            } else if status.check_in_due {
                view! { <CheckInForm week=status.week /> }.into_any()
            } else {
                let behind = status.behind.then(|| view! {
                    <p class="plan-card__note">
                        {tf("Pick up where you are: {n} this week.", &[("n", &status.per_week.to_string())])}
                    </p>
                });
                let rest = status.rest_day.then(|| view! {
                    <p class="plan-card__note">
                        {if status.done_this_week >= status.per_week {
                            t("This week's sessions are done, so today is a rest day. You can still roll if you like.")
                        } else {
                            t("Today is a rest day in your plan. You can still roll if you like.")
                        }}
                    </p>
                });
                let gentler = p.today.advice.is_gentler();
                let why = with_catalogue(|c| {
                    p.today.advice.lines().iter().map(|l| l.render(c)).collect::<Vec<_>>().join(" ")
                });
                let urgent = matches!(p.today.advice, Advice::SeeClinician { .. })
                    .then(|| view! { <UrgentHelp /> });
                view! {
                    {behind}
                    {rest}
                    <p class="plan-card__today">
                        <span class="plan-card__routine">{p.routine_name.clone()}</span>
                        <span class="plan-card__length">{p.length()}</span>
                    </p>
                    <p class=if gentler { "plan-card__why plan-card__why--gentler" } else { "plan-card__why" }>{why}</p>
                    {urgent}
                    <button class="button button--primary button--big button--wide" on:click=start>
                        {t("Start today's session")}
                    </button>
                }
                .into_any()
            };
            view! {
                <section class="plan-card card" aria-labelledby="plan-card-title">
                    <p class="plan-card__kicker">{t("Your plan")}</p>
                    <h2 id="plan-card-title" class="plan-card__week">{week_words(status.week, status.weeks)}</h2>
                    <p class="plan-card__count">{count_words(status.done_this_week, status.per_week)}</p>
                    <ol class="plan-card__dots" aria-hidden="true">{dots}</ol>
                    {body}
                    <button class="button button--ghost button--wide" on:click=details>{t("Plan details")}</button>
                </section>
            }
        })}
    }
}

/// Home's offer while no plan runs.
#[component]
pub fn StartPlanCard() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="plan-offer card" aria-labelledby="plan-offer-title">
            <h2 id="plan-offer-title">{t("Roll for the weeks")}</h2>
            <p>{t("Rolling helps most when it is regular: a few sessions a week for about 4 weeks. A plan keeps count, checks in each week and eases off when your back needs it.")}</p>
            <button class="button button--primary button--wide" on:click=move |_| store.dispatch(Action::Navigate(Screen::PlanSetup))>
                {t("Start a plan")}
            </button>
        </section>
    }
}
