//! The end of a plan in pictures: sessions done against planned, week by week; pain
//! before and after, first week against last; the knots that faded and those that
//! stayed; and three honest next steps.

use leptos::prelude::*;

use super::end_plan;
use crate::domain::app::{Action, Screen};
use crate::domain::weekly::{summary, WeekPain, WeeklyPlan};
use crate::domain::zone::Zone;
use crate::platform::clock;
use crate::ui::i18n::language::decimal;
use crate::ui::i18n::{t, tf};
use crate::ui::store::use_store;

/// Bars of sessions done per week, each against its planned height (a dashed outline).
#[component]
pub fn WeekBars(done: Vec<u8>, per_week: u8, weeks: u8) -> impl IntoView {
    let (w, h, bar) = (f32::from(weeks) * 40.0, 96.0_f32, 24.0_f32);
    let top = f32::from(per_week.max(done.iter().copied().max().unwrap_or(0)).max(1));
    let y = move |n: u8| 80.0 - f32::from(n) / top * 72.0;
    let label = (0..weeks)
        .map(|i| {
            let n = done.get(usize::from(i)).copied();
            match n {
                Some(n) => tf(
                    "Week {week}: {done} of {n}",
                    &[
                        ("week", &(i + 1).to_string()),
                        ("done", &n.to_string()),
                        ("n", &per_week.to_string()),
                    ],
                ),
                None => tf("Week {week}: to come", &[("week", &(i + 1).to_string())]),
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    // Drawn as one string of SVG (numbers only): the same picture for a fraction of
    // the wasm a tree of typed view nodes costs.
    let mut bars = format!("<line class=\"bars__axis\" x1=\"0\" y1=\"80\" x2=\"{w}\" y2=\"80\"/>");
    for i in 0..weeks {
        let x = f32::from(i) * 40.0 + 8.0;
        let mid = x + bar / 2.0;
        let (planned, n) = (y(per_week), done.get(usize::from(i)).copied());
        bars += &format!("<rect class=\"bars__planned\" x=\"{x}\" y=\"{planned}\" width=\"{bar}\" height=\"{}\"/>", 80.0 - planned);
        if let Some(n) = n {
            let top = y(n);
            bars += &format!(
                "<rect class=\"bars__done\" x=\"{x}\" y=\"{top}\" width=\"{bar}\" height=\"{}\"/><text class=\"bars__value\" x=\"{mid}\" y=\"{}\" text-anchor=\"middle\">{n}</text>",
                80.0 - top,
                top - 3.0
            );
        }
        bars += &format!(
            "<text class=\"bars__label\" x=\"{mid}\" y=\"94\" text-anchor=\"middle\">{}</text>",
            i + 1
        );
    }
    view! { <svg class="bars" viewBox=format!("0 0 {w} {h}") role="img" aria-label=label inner_html=bars></svg> }
}

/// A week's average pain: "3", or "2.5" where it falls between (in the language's format).
fn pain_number(v: f32) -> String {
    decimal(v, usize::from(v.fract().abs() > 0.05))
}

fn pain_words(pain: WeekPain) -> String {
    let n = |v: Option<f32>| v.map_or("–".to_string(), pain_number);
    tf(
        "before {before}, after {after}",
        &[("before", &n(pain.before)), ("after", &n(pain.after))],
    )
}

/// Text for inside SVG markup.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Two pairs of bars on a 0–10 scale: first week, last week; before solid, after striped
/// (told apart without colour). One pair when only one week had ratings.
#[component]
fn PainBars(first: (u8, WeekPain), last: (u8, WeekPain)) -> impl IntoView {
    let week = |n: u8| tf("Week {week}", &[("week", &n.to_string())]);
    let one_week = first.0 == last.0;
    let y = |v: f32| 80.0 - v / 10.0 * 72.0;
    let mut svg = String::from(
        "<defs><pattern id=\"stripes\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"bars__stripe-bg\" width=\"4\" height=\"4\"/><line class=\"bars__stripe\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\"/></pattern></defs><line class=\"bars__axis\" x1=\"0\" y1=\"80\" x2=\"200\" y2=\"80\"/>",
    );
    let mut pair = |x: f32, pain: WeekPain, name: String| {
        for (dx, value, class) in [
            (0.0, pain.before, "bars__done"),
            (26.0, pain.after, "bars__after"),
        ] {
            if let Some(v) = value {
                svg += &format!(
                    "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"22\" height=\"{}\"/><text class=\"bars__value\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    x + dx,
                    y(v),
                    80.0 - y(v),
                    x + dx + 11.0,
                    y(v) - 3.0,
                    escaped(&pain_number(v))
                );
            }
        }
        svg += &format!(
            "<text class=\"bars__label\" x=\"{}\" y=\"94\" text-anchor=\"middle\">{}</text>",
            x + 24.0,
            escaped(&name)
        );
    };
    if one_week {
        pair(75.0, first.1, week(first.0));
    } else {
        pair(20.0, first.1, week(first.0));
        pair(130.0, last.1, week(last.0));
    }
    let label = if one_week {
        format!("{}: {}.", week(first.0), pain_words(first.1))
    } else {
        format!(
            "{}: {}. {}: {}.",
            week(first.0),
            pain_words(first.1),
            week(last.0),
            pain_words(last.1)
        )
    };
    view! {
        <svg class="bars bars--pain" viewBox="0 0 200 96" role="img" aria-label=label inner_html=svg></svg>
        <p class="plan-summary__legend">{t("Solid: pain before a session. Striped: after. 0–10, the week's average.")}</p>
    }
}

fn zone_list(zones: &[Zone]) -> String {
    if zones.is_empty() {
        t("none")
    } else {
        zones
            .iter()
            .map(|z| t(z.label()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The summary of a plan whose weeks are over.
#[component]
pub fn PlanSummary(plan: WeeklyPlan) -> impl IntoView {
    let store = use_store();
    let s = store
        .state
        .with_untracked(|state| summary(&plan, &state.history, clock::utc_offset_minutes()));
    let another = move |_| {
        end_plan(store);
        store.dispatch(Action::Navigate(Screen::PlanSetup));
    };
    let rated = s.first.before.is_some() || s.last.before.is_some() || s.first.after.is_some();
    view! {
        <div class="plan-summary">
            <p class="plan-summary__lead">{t("Your plan is done.")}" "{tf("You rolled {done} of {planned} planned sessions.", &[("done", &s.done().to_string()), ("planned", &s.planned().to_string())])}</p>
            <h2>{t("Sessions, week by week")}</h2>
            <WeekBars done=s.done_by_week.clone() per_week=s.per_week weeks=plan.weeks />
            <h2>{t("Pain, first week and last")}</h2>
            {if rated {
                view! { <PainBars first=(s.first_week, s.first) last=(s.last_week, s.last) /> }.into_any()
            } else {
                view! { <p>{t("No pain ratings in the plan's sessions.")}</p> }.into_any()
            }}
            <h2>{t("Knots")}</h2>
            <dl class="plan-summary__knots">
                <dt>{t("Faded")}</dt><dd>{zone_list(&s.faded)}</dd>
                <dt>{t("Still there")}</dt><dd>{zone_list(&s.stayed)}</dd>
            </dl>
            <h2>{t("What next")}</h2>
            <ol class="plan-summary__next">
                <li>{t("Keep going once or twice a week to hold on to what you gained.")}</li>
                <li>{t("Or start another block of weeks.")}</li>
                <li>{t("If your back is no better after the block, see a clinician. Roll alongside exercise, not instead of it (NICE guideline NG59).")}</li>
            </ol>
            <div class="plan__buttons">
                <button class="button button--primary button--wide" on:click=another>{t("Start another block")}</button>
                <button class="button button--ghost button--wide" on:click=move |_| end_plan(store)>{t("End plan")}</button>
            </div>
        </div>
    }
}
