//! The progress screen: rolling days and streaks, the pain trend, the knot map,
//! suggestions and the list of sessions, all drawn from the local history.

mod calendar;
mod history_list;
mod knot_map;
mod pain_chart;
mod summary;

use leptos::prelude::*;

use crate::domain::progress::{suggestions, RECENT_SESSIONS};
use crate::domain::record::{EpochMs, SessionRecord};
use crate::domain::session::{length_minutes, routine_length_ms};
use crate::domain::zone::Zone;
use crate::ui::body_diagram::BodyDiagram;

use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::store::Store;
use calendar::StreakCalendar;
use history_list::HistoryList;

pub(crate) use knot_map::KnotMap;
pub(crate) use pain_chart::PainChart;
pub use summary::SessionSummary;

/// Everything the history shows, as pictures first and words alongside.
#[component]
pub fn ProgressView(
    /// Every saved session, in any order.
    #[prop(into)]
    history: Signal<Vec<SessionRecord>>,
    /// Now, for "today" on the calendar and the days since the last session.
    #[prop(into)]
    today: Signal<EpochMs>,
    /// Local time minus UTC in minutes (`-Date.getTimezoneOffset()`), for calendar days.
    offset_minutes: i32,
    /// Called with a session's id when the person opens it from the list.
    #[prop(into)]
    on_open: Callback<String>,
) -> impl IntoView {
    let empty = Memo::new(move |_| history.with(|h| h.is_empty()));
    view! {
        <section class="progress" aria-labelledby="progress-title">
            <h1 id="progress-title" class="progress__title">{t("Progress")}</h1>
            <Show when=move || !empty.get() fallback=EmptyProgress>
                <ReportLink />
                <Suggestions history today offset_minutes />
                <section class="progress__card" aria-labelledby="progress-days">
                    <h2 id="progress-days">{t("Your rolling days")}</h2>
                    <StreakCalendar history today offset_minutes />
                </section>
                <section class="progress__card" aria-labelledby="progress-pain">
                    <h2 id="progress-pain">{t("Pain before and after")}</h2>
                    <PainChart history offset_minutes />
                </section>
                <section class="progress__card" aria-labelledby="progress-knots">
                    <h2 id="progress-knots">{t("Knot map")}</h2>
                    <KnotMap history />
                </section>
                <section class="progress__card" aria-labelledby="progress-sessions">
                    <h2 id="progress-sessions">{t("Sessions")}</h2>
                    <HistoryList history offset_minutes on_open />
                </section>
            </Show>
        </section>
    }
}

/// The way to the one-page report a person can bring to their physio.
#[component]
fn ReportLink() -> impl IntoView {
    let store = use_context::<Store>();
    view! {
        <p class="progress__report">
            <button
                class="button button--ghost"
                on:click=move |_| {
                    if let Some(store) = store {
                        store.dispatch(crate::domain::app::Action::Navigate(crate::domain::app::Screen::Report));
                    }
                }
            >
                {t("Report for your physio")}
            </button>
        </p>
    }
}

/// Plain-words suggestions from the data (none for an empty history).
#[component]
fn Suggestions(
    /// The history.
    history: Signal<Vec<SessionRecord>>,
    /// Now.
    today: Signal<EpochMs>,
    /// Local offset in minutes.
    offset_minutes: i32,
) -> impl IntoView {
    let items = Memo::new(move |_| {
        history.with(|h| suggestions(h, RECENT_SESSIONS, today.get(), offset_minutes))
    });
    move || {
        let items = items.get();
        (!items.is_empty()).then(|| {
            view! {
                <section class="progress__card progress__tips" aria-labelledby="progress-tips">
                    <h2 id="progress-tips">{t("For next time")}</h2>
                    <ul class="tips">
                        {items
                            .into_iter()
                            .map(|s| {
                                let kind = format!("tips__item tips__item--{:?}", s.kind).to_lowercase();
                                view! { <li class=kind>{with_catalogue(|c| s.text.render(c))}</li> }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// What the screen says before the first session: what a session looks like.
#[component]
fn EmptyProgress() -> impl IntoView {
    // The full routine at the person's own settings (defaults where no store is mounted).
    let settings = use_context::<Store>()
        .map(|store| store.state.with_untracked(|s| s.settings.clone()))
        .unwrap_or_default();
    let min = length_minutes(routine_length_ms(&Zone::FULL_ROUTINE, &settings)).to_string();
    view! {
        <div class="progress__card progress__empty">
            <h2>{t("No sessions yet")}</h2>
            <p>{tf("Your first session fills this screen. Here is what one looks like, about {min} min in all:", &[("min", &min)])}</p>
            <div class="progress__empty-figure">
                <BodyDiagram
                    selected=Signal::derive(|| Zone::FULL_ROUTINE.to_vec())
                    on_toggle=Callback::new(|_| {})
                    interactive=false
                    label=t("The zones of the full routine")
                />
            </div>
            <ol class="progress__steps">
                <li>
                    <strong>{t("Left IT band.")}" "</strong>
                    {t("Side plank on the roller. 3–5 slow passes from just below the hip bone to the top of the knee.")}
                </li>
                <li>
                    <strong>{t("Hot spots.")}" "</strong>
                    {t("Found a tender spot? Stay on it for 15–45 s and breathe deeply.")}
                </li>
                <li><strong>{t("Right IT band.")}" "</strong>{t("The same on the other side.")}</li>
                <li>
                    <strong>{t("Upper back.")}" "</strong>
                    {t("Face up, hug yourself, roll from just below the shoulder blades to the base of the neck. Tilt left and right.")}
                </li>
                <li><strong>{t("Finish.")}" "</strong>{t("A few deep breaths.")}</li>
            </ol>
            <p class="progress__hint">
                {t("Afterwards you will see your streak, your pain before and after, and a map of where knots keep coming back.")}
            </p>
        </div>
    }
}
