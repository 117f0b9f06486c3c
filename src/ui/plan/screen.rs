//! The plan's screen (`#/plan`): where it stands week by week, this week's advice and why,
//! the check-ins, the plan's days for the calendar, `Change plan` and `End plan` (with
//! `Undo`); once the weeks are over, the summary.

use leptos::prelude::*;

use super::summary::{PlanSummary, WeekBars};
use super::{count_words, end_plan, use_plan_now, week_words};
use crate::domain::app::{Action, PlanAction, Screen};
use crate::domain::content::DOSE;
use crate::domain::i18n::Tr;
use crate::domain::routine::ics::{calendar, Reminder, ICS_FILE_NAME};
use crate::domain::weekly::{Advice, WeeklyPlan};
use crate::platform::{clock, files, location};
use crate::ui::explainer::ExplainerView;
use crate::ui::i18n::language::weekday_names;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::safety::UrgentHelp;
use crate::ui::store::use_store;

#[component]
pub fn PlanScreen() -> impl IntoView {
    let store = use_store();
    let plan = store.select(|s| s.plan.clone());
    let ended = store.select(|s| s.plan_undo.is_some());
    let now = use_plan_now(store);
    let finished =
        Memo::new(move |_| now.with(|p| p.as_ref().is_some_and(|p| p.today.status.finished)));
    view! {
        <section class="plan" aria-labelledby="plan-title">
            <h1 id="plan-title">{t("Your plan")}</h1>
            <Show when=move || ended.get()>
                <div class="routines__undo" role="status">
                    <span>{t("Plan ended.")}</span>
                    <button class="button button--ghost" on:click=move |_| store.dispatch(Action::Plan(PlanAction::Undo))>
                        {t("Undo")}
                    </button>
                </div>
            </Show>
            {move || match (plan.get(), finished.get()) {
                (None, _) => view! { <NoPlan /> }.into_any(),
                (Some(p), true) => view! { <PlanSummary plan=p /> }.into_any(),
                (Some(p), false) => view! { <RunningPlan plan=p now /> }.into_any(),
            }}
            <ExplainerView explainer=DOSE />
        </section>
    }
}

#[component]
fn NoPlan() -> impl IntoView {
    let store = use_store();
    view! {
        <p>{t("No plan is running.")}</p>
        <button class="button button--primary button--wide" on:click=move |_| store.dispatch(Action::Navigate(Screen::PlanSetup))>
            {t("Start a plan")}
        </button>
    }
}

/// The plan while its weeks run; `now` is the screen's one view of the plan today.
#[component]
fn RunningPlan(plan: WeeklyPlan, now: Memo<Option<super::PlanNow>>) -> impl IntoView {
    let store = use_store();
    let names = weekday_names();
    let days = if plan.weekdays.is_empty() {
        t("Any day")
    } else {
        plan.weekdays
            .iter()
            .map(|d| names[usize::from(*d)])
            .collect::<Vec<_>>()
            .join(", ")
    };
    let check_ins = plan
        .check_ins
        .iter()
        .map(|c| {
            let week = week_words(c.week, plan.weeks);
            let answers = if c.skipped() {
                t("skipped")
            } else {
                [c.pain.map(|p| t(p.label())), c.load.map(|l| t(l.label()))]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            view! { <li><strong>{week}</strong>": "{answers}</li> }
        })
        .collect_view();
    let has_check_ins = !plan.check_ins.is_empty();
    let status_line = RwSignal::new(String::new());
    let reminder_plan = plan.clone();
    let time = RwSignal::new("07:30".to_string());
    let add_to_calendar = move |_| {
        let Some(p) = now.get_untracked() else { return };
        let (hour, minute) = time
            .get_untracked()
            .split_once(':')
            .map_or((7, 30), |(h, m)| {
                (h.parse().unwrap_or(7), m.parse().unwrap_or(30))
            });
        let reminder = Reminder {
            days: reminder_plan
                .weekdays
                .iter()
                .map(|d| usize::from(*d))
                .collect(),
            hour,
            minute,
            minutes: u8::try_from(p.minutes + 2).unwrap_or(u8::MAX),
            routine: p.routine_name.clone(),
            app_address: location::app_address(),
            until: Some(reminder_plan.last_day()),
        };
        let at = clock::now();
        let uid = format!("{at}-plan");
        let text =
            with_catalogue(|c| calendar(&reminder, at, clock::utc_offset_minutes(), &uid, c));
        status_line.set(
            match text.map(|text| files::download_as(ICS_FILE_NAME, "text/calendar", &text)) {
                None => t("Pick at least one day."),
                Some(Ok(())) => tf(
                    "Saved {file}. Open it to add the plan's days to your calendar.",
                    &[("file", ICS_FILE_NAME)],
                ),
                Some(Err(e)) => tf(
                    "The reminder could not be saved: {error}.",
                    &[("error", &crate::ui::data::file_error(&e))],
                ),
            },
        );
    };
    let with_days = !plan.weekdays.is_empty();
    let (per_week, weeks) = (plan.per_week, plan.weeks);
    view! {
        {move || now.get().map(|p| {
            let s = p.today.status.clone();
            let lines = with_catalogue(|c| p.today.advice.lines().iter().map(|l| l.render(c)).collect::<Vec<_>>());
            let urgent = matches!(p.today.advice, Advice::SeeClinician { .. }).then(|| view! { <UrgentHelp /> });
            let doses = with_catalogue(|c| {
                p.today.routine.steps.iter().map(|step| format!("{}: {}", c.t(step.zone.label()), step.dose.describe_in(c))).collect::<Vec<_>>()
            });
            view! {
                <p class="plan__where">
                    <strong>{week_words(s.week, s.weeks)}</strong>" · "{count_words(s.done_this_week, s.per_week)}
                </p>
                <WeekBars done=s.done_by_week.clone() per_week=s.per_week weeks=s.weeks />
                <h2>{t("This week")}</h2>
                {lines.into_iter().map(|l| view! { <p class="plan__why">{l}</p> }).collect_view()}
                {urgent}
                <p class="plan__today"><strong>{p.routine_name.clone()}</strong>" · "{p.length()}</p>
                <ul class="plan__doses">{doses.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            }
        })}
        <h2>{t("The plan")}</h2>
        <p>{tf("{n} sessions a week for {weeks} weeks.", &[("n", &per_week.to_string()), ("weeks", &weeks.to_string())])}" "{tf("Days: {days}", &[("days", &days)])}</p>
        <Show when=move || has_check_ins>
            <h3>{t("Check-ins")}</h3>
        </Show>
        <ul class="plan__check-ins">{check_ins}</ul>
        <Show when=move || with_days>
            <div class="plan__calendar">
                <label class="field">
                    <span class="field__label">{t("Time of day")}</span>
                    <input type="time" prop:value=move || time.get() on:change=move |e| time.set(event_target_value(&e)) />
                </label>
                <button class="button button--ghost button--wide" on:click=add_to_calendar.clone()>{t("Add the plan's days to my calendar")}</button>
            </div>
        </Show>
        <p class="reminder__status" role="status">{move || status_line.get()}</p>
        <div class="plan__buttons">
            <button class="button button--primary button--wide" on:click=move |_| store.dispatch(Action::Navigate(Screen::PlanSetup))>
                {t("Change plan")}
            </button>
            <button class="button button--ghost button--wide" on:click=move |_| end_plan(store)>{t("End plan")}</button>
        </div>
        <p class="plan-setup__fine">{t("A plan helps you roll regularly; it does not treat any condition. For back pain that lasts, roll alongside exercise, not instead of it.")}</p>
    }
}
