//! `Report for your physio` (`#/report`): one printable page of what the person did
//! over a period and how their back felt: sessions (and the plan's, when one runs), the
//! pain trend, the knot map, the zones with their time and typical hold, and the
//! flares. `Print or save as PDF` opens the browser's print dialog; `style/report.css`
//! prints it on one A4 or US Letter page without the app's navigation and buttons.

mod tables;

use leptos::prelude::*;

use crate::domain::app::{Action, Screen};
use crate::domain::progress::local_day;
use crate::domain::progress::report::{report, DEFAULT_WEEKS, PERIODS};
use crate::platform::{clock, page};
use crate::ui::i18n::language::day_label;
use crate::ui::i18n::{t, tf, tn};
use crate::ui::progress::{KnotMap, PainChart};
use crate::ui::store::use_store;
use tables::{FlareList, ZoneTable};

/// The report screen.
#[component]
pub fn ReportScreen() -> impl IntoView {
    let store = use_store();
    let offset_minutes = clock::utc_offset_minutes();
    let weeks = RwSignal::new(Some(DEFAULT_WEEKS));
    let figures = Memo::new(move |_| {
        let today = local_day(store.now.get(), offset_minutes);
        store.state.with(|s| {
            report(
                &s.history,
                s.plan.as_ref(),
                weeks.get(),
                today,
                offset_minutes,
            )
        })
    });
    let sessions = Signal::derive(move || figures.with(|r| r.sessions.clone()));
    let period = move || {
        figures.with(|r| {
            tf(
                "{from} to {to}",
                &[
                    ("from", &day_label(r.first_day)),
                    ("to", &day_label(r.last_day)),
                ],
            )
        })
    };
    let done = move || {
        figures.with(|r| {
            let n = r.sessions.len().to_string();
            match r.planned {
                Some(planned) => tf(
                    "{n} of {planned} planned",
                    &[("n", &n), ("planned", &planned.to_string())],
                ),
                None => n,
            }
        })
    };
    let early = move || figures.with(|r| r.ended_early.to_string());
    view! {
        <section class="report" aria-labelledby="report-title">
            <button class="button button--ghost report__back" on:click=move |_| store.dispatch(Action::Navigate(Screen::Progress))>
                {t("← Progress")}
            </button>
            <header class="report__head">
                <h1 id="report-title" class="report__title">{t("Report for your physio")}</h1>
                <p class="report__period">{period}</p>
            </header>
            <fieldset class="report__choose">
                <legend>{t("Period")}</legend>
                {PERIODS
                    .into_iter()
                    .map(|choice| {
                        let label = match choice {
                            Some(w) => tn("{n} week|{n} weeks", i64::from(w), &[]),
                            None => t("All"),
                        };
                        view! {
                            <button
                                class="button button--ghost report__choice"
                                aria-pressed=move || (weeks.get() == choice).to_string()
                                on:click=move |_| weeks.set(choice)
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <dl class="report__facts">
                <div><dt>{t("Sessions")}</dt><dd>{done}</dd></div>
                <div><dt>{t("Ended early")}</dt><dd>{early}</dd></div>
            </dl>
            <div class="report__grid">
                <section class="report__part" aria-labelledby="report-pain">
                    <h2 id="report-pain">{t("Pain before and after")}</h2>
                    <PainChart history=sessions offset_minutes />
                </section>
                <section class="report__part" aria-labelledby="report-knots">
                    <h2 id="report-knots">{t("Knot map")}</h2>
                    <KnotMap history=sessions every_session=true />
                </section>
            </div>
            <section class="report__part" aria-labelledby="report-zones">
                <h2 id="report-zones">{t("Zones rolled")}</h2>
                <ZoneTable figures />
            </section>
            <section class="report__part" aria-labelledby="report-flares">
                <h2 id="report-flares">{t("Flares")}</h2>
                <FlareList figures />
            </section>
            <p class="report__about">
                {t("A self-care log kept in the Unknot app: not a diagnosis, and not a treatment plan.")}
            </p>
            <div class="report__actions">
                <button class="button button--primary button--wide" on:click=move |_| page::print()>
                    {t("Print or save as PDF")}
                </button>
            </div>
        </section>
    }
}
