//! `Start a plan` and `Change plan`: sessions a week, weeks, the routine and, if wanted,
//! the days. Changing keeps the plan's start and its check-ins.

use leptos::prelude::*;

use crate::domain::app::{Action, PlanAction, Screen};
use crate::domain::content::DOSE;
use crate::domain::progress::local_day;
use crate::domain::routine::{shown_name, Routine};
use crate::domain::weekly::{WeeklyPlan, PER_WEEK, WEEKS};
use crate::platform::clock;
use crate::ui::explainer::ExplainerView;
use crate::ui::i18n::language::weekday_names;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::store::use_store;

/// The setup form (`#/plan/setup`): a new plan, or the running one to change.
#[component]
pub fn PlanSetup() -> impl IntoView {
    let store = use_store();
    // A plan whose weeks are over is not changed: a new block starts instead.
    let running = store.state.with_untracked(|s| {
        s.plan.clone().filter(|p| {
            let today = local_day(clock::now(), clock::utc_offset_minutes());
            today <= p.last_day()
        })
    });
    let changing = running.is_some();
    let start = running.unwrap_or_else(|| WeeklyPlan::default_at(0, 0));
    let per_week = RwSignal::new(start.per_week);
    let weeks = RwSignal::new(start.weeks);
    let routine_id = RwSignal::new(start.routine_id.clone());
    let days = RwSignal::new(start.weekdays.clone());
    let routines = store.select(|s| {
        let mut list = vec![Routine::article(&s.settings)];
        list.extend(s.routines.iter().cloned());
        list
    });
    let names = weekday_names();
    let save = move |_| {
        let (routine_id, per_week, weeks, weekdays) = (
            routine_id.get_untracked(),
            per_week.get_untracked(),
            weeks.get_untracked(),
            days.get_untracked(),
        );
        if changing {
            store.dispatch(Action::Plan(PlanAction::Change {
                routine_id,
                per_week,
                weeks,
                weekdays,
            }));
        } else {
            let offset = clock::utc_offset_minutes();
            store.send(|now| {
                Action::Plan(PlanAction::Begin(WeeklyPlan::new(
                    &routine_id,
                    per_week,
                    weeks,
                    &weekdays,
                    now,
                    local_day(now, offset),
                )))
            });
        }
    };
    let cancel = move |_| {
        store.dispatch(Action::Navigate(if changing {
            Screen::Plan
        } else {
            Screen::Home
        }))
    };
    let number = |n: u8| n.to_string();
    view! {
        <section class="plan-setup" aria-labelledby="plan-setup-title">
            <h1 id="plan-setup-title">{if changing { t("Change plan") } else { t("Start a plan") }}</h1>
            <p class="plan-setup__lead">{t("Most studies roll a few times a week for about 4 weeks. Pick what fits your weeks; the plan eases off when your back needs it and adds a little only when it is steady.")}</p>
            <div class="plan-setup__row">
                <label class="field">
                    <span class="field__label">{t("Sessions a week")}</span>
                    <select on:change=move |e| per_week.set(event_target_value(&e).parse().unwrap_or(3))>
                        {PER_WEEK.map(|n| view! { <option value=number(n) selected=move || per_week.get() == n>{number(n)}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span class="field__label">{t("Weeks")}</span>
                    <select on:change=move |e| weeks.set(event_target_value(&e).parse().unwrap_or(4))>
                        {WEEKS.map(|n| view! { <option value=number(n) selected=move || weeks.get() == n>{number(n)}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <label class="field">
                <span class="field__label">{t("Routine")}</span>
                <select on:change=move |e| routine_id.set(event_target_value(&e))>
                    {move || routines.get().into_iter().map(|r| {
                        let id = r.id.clone();
                        let selected = routine_id.get() == id;
                        view! { <option value=id selected=selected>{with_catalogue(|c| shown_name(&r.id, &r.name, c))}</option> }
                    }).collect_view()}
                </select>
            </label>
            <fieldset class="plan-setup__days">
                <legend>{t("Days (optional)")}</legend>
                <p class="plan-setup__hint">{t("Leave them all off and any day will do.")}</p>
                <div class="plan-setup__day-list">
                    {names.iter().enumerate().map(|(i, name)| {
                        let i = i as u8;
                        view! {
                            <label class="reminder__day">
                                <input type="checkbox"
                                    prop:checked=move || days.with(|d| d.contains(&i))
                                    on:change=move |_| days.update(|d| {
                                        if let Some(p) = d.iter().position(|x| *x == i) { d.remove(p); } else { d.push(i); }
                                    }) />
                                <span>{*name}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <p class="plan-setup__summary" aria-live="polite">
                {move || tf("{n} sessions a week for {weeks} weeks.", &[("n", &per_week.get().to_string()), ("weeks", &weeks.get().to_string())])}
            </p>
            <div class="plan-setup__buttons">
                <button class="button button--primary button--big button--wide" on:click=save>
                    {if changing { t("Save changes") } else { t("Start plan") }}
                </button>
                <button class="button button--ghost button--wide" on:click=cancel>{t("Cancel")}</button>
            </div>
            <ExplainerView explainer=DOSE />
            <p class="plan-setup__fine">{t("A plan helps you roll regularly; it does not treat any condition. For back pain that lasts, roll alongside exercise, not instead of it.")}</p>
        </section>
    }
}
