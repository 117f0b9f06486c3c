//! The pain chart: pain before and after each session over time, with the average
//! change and the numbers as a table for anyone who prefers them.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::domain::progress::dates::local_day;
use crate::domain::progress::trend::{describe_change_in, line_d, pain_chart, pain_series};
use crate::domain::record::SessionRecord;
use crate::ui::i18n::language::day_label;
use crate::ui::i18n::{t, tf, tn, with_catalogue};

/// The chart's drawing box; the SVG scales it to the card's width.
const WIDTH: f32 = 300.0;
const HEIGHT: f32 = 190.0;

/// Keeps the title/description ids unique when the chart appears more than once.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// The pain line chart, or a note on how to get one.
#[component]
pub(crate) fn PainChart(
    /// The history.
    history: Signal<Vec<SessionRecord>>,
    /// Local offset in minutes.
    offset_minutes: i32,
) -> impl IntoView {
    let lang = crate::ui::i18n::language::lang();
    let chart =
        Memo::new(move |_| history.with(|h| pain_chart(h, WIDTH, HEIGHT, offset_minutes, lang)));
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let (title_id, desc_id) = (
        format!("pain-chart-{id}-title"),
        format!("pain-chart-{id}-desc"),
    );
    move || {
        let Some(chart) = chart.get() else {
            return view! {
                <p class="progress__hint">
                    {t("Rate your pain from 0 to 10 before and after a session, and the trend appears here.")}
                </p>
            }
            .into_any();
        };
        let s = chart.scale;
        let summary = summary_text(&history.get_untracked(), offset_minutes);
        let average = chart
            .average_change
            .map(|c| with_catalogue(|cat| describe_change_in(c, cat)));
        let grid = chart
            .y_ticks
            .iter()
            .map(|&(y, v)| {
                view! {
                    <line class="pain-chart__grid" x1=s.left() x2=s.right() y1=y y2=y />
                    <text class="pain-chart__tick pain-chart__tick--y" x=s.left() - 8.0 y=y + 4.0>{v}</text>
                }
            })
            .collect_view();
        let dates = chart
            .x_ticks
            .iter()
            .map(|(x, label)| {
                view! {
                    <line class="pain-chart__axis-mark" x1=*x x2=*x y1=s.bottom() y2=s.bottom() + 4.0 />
                    <text class="pain-chart__tick pain-chart__tick--x" x=*x y=s.bottom() + 17.0>{label.clone()}</text>
                }
            })
            .collect_view();
        let dots = |points: &[crate::domain::progress::ChartPoint], kind: &'static str| {
            points
                .iter()
                .map(|p| {
                    let class = format!("pain-chart__point pain-chart__point--{kind}");
                    view! { <circle class=class cx=p.x cy=p.y r="3.5" /> }
                })
                .collect_view()
        };
        let rows = history.with_untracked(|h| {
            pain_series(h)
                .into_iter()
                .map(|p| {
                    let day = day_label(local_day(p.at, offset_minutes));
                    let show =
                        |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
                    view! {
                        <tr>
                            <th scope="row">{day}</th>
                            <td>{show(p.before)}</td>
                            <td>{show(p.after)}</td>
                        </tr>
                    }
                })
                .collect_view()
        });
        view! {
            <div class="pain-chart">
                <ul class="pain-chart__legend" aria-hidden="true">
                    <li class="pain-chart__key pain-chart__key--before">{t("Before")}</li>
                    <li class="pain-chart__key pain-chart__key--after">{t("After")}</li>
                </ul>
                <svg
                    class="pain-chart__svg"
                    viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                    role="img"
                    aria-labelledby=title_id.clone()
                    aria-describedby=desc_id.clone()
                >
                    <title id=title_id.clone()>{t("Pain before and after each session, 0 to 10")}</title>
                    <desc id=desc_id.clone()>{summary}</desc>
                    {grid}
                    <line class="pain-chart__axis" x1=s.left() x2=s.right() y1=s.bottom() y2=s.bottom() />
                    {dates}
                    <path class="pain-chart__line pain-chart__line--before" d=line_d(&chart.before) />
                    <path class="pain-chart__line pain-chart__line--after" d=line_d(&chart.after) />
                    {dots(&chart.before, "before")}
                    {dots(&chart.after, "after")}
                </svg>
                {average.map(|text| view! { <p class="pain-chart__average">{text}</p> })}
                <details class="pain-chart__numbers">
                    <summary>{t("Show the numbers")}</summary>
                    <table class="pain-chart__table">
                        <thead>
                            <tr>
                                <th scope="col">{t("Session")}</th>
                                <th scope="col">{t("Before")}</th>
                                <th scope="col">{t("After")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </details>
            </div>
        }
        .into_any()
    }
}

/// One or two sentences a screen reader hears for the chart.
fn summary_text(history: &[SessionRecord], offset_minutes: i32) -> String {
    let series = pain_series(history);
    let (Some(first), Some(last)) = (series.first(), series.last()) else {
        return String::new();
    };
    let range = |pick: fn(&crate::domain::progress::trend::PainPoint) -> Option<u8>| {
        let values: Vec<u8> = series.iter().filter_map(pick).collect();
        match (values.first(), values.last()) {
            (Some(a), Some(b)) => tf(
                "from {first} at first to {last} most recently",
                &[("first", &a.to_string()), ("last", &b.to_string())],
            ),
            _ => t("not rated"),
        }
    };
    let day = |at| day_label(local_day(at, offset_minutes));
    tn(
        "{n} rated session from {first} to {last}. Pain before: {before}. Pain after: {after}.|{n} rated sessions from {first} to {last}. Pain before: {before}. Pain after: {after}.",
        series.len() as i64,
        &[
            ("first", &day(first.at)),
            ("last", &day(last.at)),
            ("before", &range(|p| p.before)),
            ("after", &range(|p| p.after)),
        ],
    )
}
