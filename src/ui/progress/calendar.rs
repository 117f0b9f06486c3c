//! Streak numbers and the calendar heat strip of the last six weeks.

use leptos::prelude::*;

use crate::domain::progress::{calendar, streaks};
use crate::domain::record::{EpochMs, SessionRecord};
use crate::ui::i18n::language::{day_label, weekday_names};
use crate::ui::i18n::{t, tf, tn, with_catalogue};

/// Weeks shown on the calendar.
const WEEKS: usize = 6;

fn days(n: u32) -> String {
    tn("{n} day|{n} days", i64::from(n), &[])
}

/// "Current streak N days", "Longest streak N days" and the calendar.
#[component]
pub(super) fn StreakCalendar(
    /// The history.
    history: Signal<Vec<SessionRecord>>,
    /// Now.
    today: Signal<EpochMs>,
    /// Local offset in minutes.
    offset_minutes: i32,
) -> impl IntoView {
    let numbers = Memo::new(move |_| history.with(|h| streaks(h, today.get(), offset_minutes)));
    let rows =
        Memo::new(move |_| history.with(|h| calendar(h, today.get(), offset_minutes, WEEKS)));
    let rolled =
        move || rows.with(|r| r.iter().flatten().filter(|d| d.sessions > 0).count() as u32);
    let range = move || {
        rows.with(|r| match (r.first(), r.last()) {
            (Some(first), Some(last)) => tf(
                "Days rolled from {first} to {last}",
                &[
                    ("first", &day_label(first[0].day)),
                    ("last", &day_label(last[6].day)),
                ],
            ),
            _ => String::new(),
        })
    };
    let heads = weekday_names()
        .into_iter()
        .map(|name| {
            view! {
                <th scope="col">
                    <abbr title=name>{&name[..1]}</abbr>
                </th>
            }
        })
        .collect_view();

    view! {
        <div class="streaks">
            <p class="streaks__stat streaks__stat--current">
                <span class="streaks__label">{t("Current streak")}</span>
                " "
                <span class="streaks__value">{move || days(numbers.get().current)}</span>
            </p>
            <p class="streaks__stat">
                <span class="streaks__label">{t("Longest streak")}</span>
                " "
                <span class="streaks__value">{move || days(numbers.get().longest)}</span>
            </p>
        </div>
        <table class="calendar">
            <caption class="visually-hidden">{range}</caption>
            <thead>
                <tr>{heads}</tr>
            </thead>
            <tbody>
                {move || {
                    rows.get()
                        .into_iter()
                        .map(|week| {
                            let cells = week
                                .into_iter()
                                .map(|d| {
                                    let class = format!("calendar__day calendar__day--level-{}", d.level);
                                    let text = format!("{}: {}", day_label(d.day), with_catalogue(|c| d.describe_in(c)));
                                    view! {
                                        <td>
                                            <span
                                                class=class
                                                class:calendar__day--today=d.is_today
                                                class:calendar__day--future=d.is_future
                                                aria-hidden="true"
                                            >
                                                {d.date.day}
                                            </span>
                                            <span class="visually-hidden">{text}</span>
                                        </td>
                                    }
                                })
                                .collect_view();
                            view! { <tr>{cells}</tr> }
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
        <p class="calendar__summary">
            {move || tf(
                "{days} rolled in the last {weeks} weeks",
                &[("days", &days(rolled())), ("weeks", &WEEKS.to_string())],
            )}
        </p>
        <ul class="calendar__legend" aria-hidden="true">
            <li><span class="calendar__swatch calendar__day--level-1"></span>{t("Ended early")}</li>
            <li><span class="calendar__swatch calendar__day--level-2"></span>{t("Rolled")}</li>
            <li><span class="calendar__swatch calendar__day--level-3"></span>{t("Twice or more")}</li>
        </ul>
    }
}
