//! The progress screen over the seeded 30-session history.

use leptos::prelude::*;
use unknot::domain::record::{EpochMs, SessionRecord};
use unknot::ui::progress::{ProgressView, SessionSummary};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::{button, fresh_host, tick};

/// Sunday 16 March 2025, noon in UTC+1 (see `domain::progress::test_support`).
const TODAY: EpochMs = 1_742_122_800_000;
const OFFSET: i32 = 60;

fn fixture() -> Vec<SessionRecord> {
    serde_json::from_str(include_str!(
        "../../crates/domain/tests/fixtures/history-30.json"
    ))
    .unwrap()
}

fn text(el: &HtmlElement) -> String {
    el.text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[wasm_bindgen_test]
async fn streaks_chart_and_hottest_spot() {
    let host = fresh_host();
    let opened = RwSignal::new(None::<String>);
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <ProgressView
                history=Signal::derive(fixture)
                today=TODAY
                offset_minutes=OFFSET
                on_open=Callback::new(move |id| opened.set(Some(id)))
            />
        }
    });
    tick().await;
    let all = text(&host);
    assert!(all.contains("Current streak 3 days"), "{all}");
    assert!(all.contains("Longest streak 7 days"), "{all}");
    assert!(all.contains("28 days rolled in the last 6 weeks"), "{all}");
    let hottest = host
        .query_selector(".knot-map__where--hottest")
        .unwrap()
        .unwrap();
    assert_eq!(
        hottest.text_content().unwrap(),
        "Right IT band, two thirds down: 6 of the last 8 sessions"
    );
    assert!(all.contains("Tenderness: easing"), "{all}");
    assert!(
        all.contains("pain after rolling was 2.0 points lower than before"),
        "{all}"
    );
    assert!(all.contains("Start on the right side next time"), "{all}");

    let count = |sel: &str| host.query_selector_all(sel).unwrap().length();
    assert_eq!(count(".pain-chart__point--before"), 27);
    assert_eq!(count(".pain-chart__point--after"), 24);
    let chart = host.query_selector(".pain-chart__svg").unwrap().unwrap();
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(count(".pain-chart__table tbody tr"), 27);
    // The knot map glows at three spots; the calendar has six weeks.
    assert_eq!(count(".knot-map .body-diagram__heat-glow"), 3);
    assert_eq!(count(".calendar tbody tr"), 6);
    assert_eq!(count(".calendar tbody .calendar__day--level-3"), 2);

    // Newest first; a tap opens it.
    assert_eq!(count(".history__item"), 30);
    let first = host.query_selector(".history__item").unwrap().unwrap();
    assert!(first
        .text_content()
        .unwrap()
        .starts_with("Sat 15 March, 07:30"));
    button(&host, &text(first.unchecked_ref())).click();
    tick().await;
    let newest = fixture().into_iter().max_by_key(|r| r.started_at).unwrap();
    assert_eq!(opened.get_untracked(), Some(newest.id));
    drop(mounted);
}

#[wasm_bindgen_test]
async fn a_glutes_hot_spot_glows_on_the_knot_map_where_it_was_found() {
    use unknot::domain::geometry::roll_path;
    use unknot::domain::record::HotSpot;
    use unknot::domain::zone::Zone;
    let mut history = fixture();
    unknot::domain::order::sort_by_key(&mut history, |r| r.started_at);
    for record in history.iter_mut().rev().take(7) {
        record.hot_spots.push(HotSpot {
            zone: Zone::GlutesLeft,
            position: 0.5,
            found_at: record.started_at + 60_000,
            held_ms: 30_000,
            tenderness: Some(6),
        });
    }
    let host = fresh_host();
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <ProgressView
                history=Signal::derive(move || history.clone())
                today=TODAY
                offset_minutes=OFFSET
                on_open=Callback::new(|_| {})
            />
        }
    });
    tick().await;
    let hottest = host
        .query_selector(".knot-map__where--hottest")
        .unwrap()
        .unwrap();
    assert_eq!(
        hottest.text_content().unwrap(),
        "Left glutes, halfway down: 7 of the last 8 sessions"
    );
    let count = |sel: &str| host.query_selector_all(sel).unwrap().length();
    assert_eq!(count(".knot-map .body-diagram__heat-glow"), 4);
    // The brightest glow sits on the left buttock in the back view.
    let at = roll_path(Zone::GlutesLeft).unwrap().point_at(0.5);
    let glow = host
        .query_selector(".knot-map .body-diagram__heat-glow")
        .unwrap()
        .unwrap();
    let cx: f32 = glow.get_attribute("cx").unwrap().parse().unwrap();
    let cy: f32 = glow.get_attribute("cy").unwrap().parse().unwrap();
    assert!(
        (cx - at.x).abs() < 0.5 && (cy - at.y).abs() < 0.5,
        "{cx} {cy}"
    );
    drop(mounted);
}

#[wasm_bindgen_test]
async fn an_empty_history_teaches_what_a_session_is() {
    let host = fresh_host();
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <ProgressView
                history=Signal::derive(Vec::new)
                today=TODAY
                offset_minutes=OFFSET
                on_open=Callback::new(|_| {})
            />
        }
    });
    tick().await;
    let all = text(&host);
    assert!(all.contains("No sessions yet"), "{all}");
    assert!(all.contains("3–5 slow passes"), "{all}");
    assert!(all.contains("15–45 s"), "{all}");
    assert!(host.query_selector(".pain-chart__svg").unwrap().is_none());
    drop(mounted);
}

#[wasm_bindgen_test]
async fn a_session_summary_shows_its_hot_spots() {
    let host = fresh_host();
    let record = fixture().into_iter().max_by_key(|r| r.started_at).unwrap();
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <SessionSummary record=record.clone() offset_minutes=OFFSET /> }
    });
    tick().await;
    let all = text(&host);
    assert!(all.contains("Sat 15 March, 07:30"), "{all}");
    assert!(
        all.contains("IT band, right — two thirds down, held 30 s, tenderness 4/10"),
        "{all}"
    );
    assert_eq!(
        host.query_selector_all(".body-diagram__spot")
            .unwrap()
            .length(),
        2
    );
    drop(mounted);
}
