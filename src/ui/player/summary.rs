//! The end of a session: what it was worth (time rolled, the streak, pain before →
//! after), `Undo` for a few seconds after `End session`, and nothing claimed that did
//! not happen: a session that rolled nothing is said to be not saved.

use leptos::prelude::*;

use crate::domain::app::{Action, AppState, Screen};
use crate::domain::progress::streak::streaks;
use crate::domain::record::SessionRecord;
use crate::domain::session::Event;
use crate::platform::clock;
use crate::ui::i18n::{t, tf, tn};
use crate::ui::player::pain::PainScale;
use crate::ui::progress::SessionSummary;
use crate::ui::store::use_store;

/// How long `Undo` stays on screen after `End session`.
pub const UNDO_MS: u32 = 10_000;

/// "Well done" only when something was rolled.
pub fn summary_title(state: &AppState) -> String {
    match state.session.as_ref().and_then(|s| s.record()) {
        Some(_) => t("Well done"),
        None => t("Nothing rolled this time"),
    }
}

/// Shown on the last card; the record (if any) has already been saved to the history.
#[component]
pub fn Summary() -> impl IntoView {
    let store = use_store();
    let record = store.select(|s| s.session.as_ref().and_then(|x| x.record()));
    view! {
        <div class="stage__info stage__info--words summary">
            <UndoEnd />
            {move || match record.get() {
                Some(r) => view! { <Kept record=r /> }.into_any(),
                None => view! {
                    <p class="summary__none">
                        {t("No time on the roller, so this session was not saved and does not count for your streak.")}
                    </p>
                }
                .into_any(),
            }}
        </div>
        // In the thumb bar, where the session's controls were: always in reach.
        <nav class="controls controls--finish" aria-label=t("Finish")>
            <button class="button button--ghost" on:click=move |_| store.dispatch(Action::CloseSessionTo(Screen::Progress))>
                {t("See your progress")}
            </button>
            <button class="button button--primary" on:click=move |_| store.dispatch(Action::CloseSession)>
                {t("Done")}
            </button>
        </nav>
    }
}

/// The record's rewards, the pain question if still open, and the full summary.
#[component]
fn Kept(record: SessionRecord) -> impl IntoView {
    let store = use_store();
    let pain_after = store.select(|s| s.session.as_ref().and_then(|x| x.pain_after));
    // The streak is shown only when this session added a day to it.
    let streak = store.state.with_untracked(|s| {
        let offset = clock::utc_offset_minutes();
        let with = streaks(&s.history, record.ended_at, offset).current;
        let others: Vec<_> = s
            .history
            .iter()
            .filter(|r| r.id != record.id)
            .cloned()
            .collect();
        let without = streaks(&others, record.ended_at, offset).current;
        (with > without).then_some(with)
    });
    let rolled = rolled_words(record.rolled_ms);
    let pain = match (record.pain_before, record.pain_after) {
        (Some(b), Some(a)) => Some(tf(
            "Pain {before} → {after}",
            &[("before", &b.to_string()), ("after", &a.to_string())],
        )),
        _ => None,
    };
    view! {
        <ul class="rewards" aria-label=t("This session")>
            <li class="rewards__item">{rolled}</li>
            {streak.map(|days| view! {
                <li class="rewards__item">
                    {if days == 1 { t("Day 1 of a streak") } else { tn("{n} day in a row|{n} days in a row", i64::from(days), &[]) }}
                </li>
            })}
            {pain.map(|p| view! { <li class="rewards__item">{p}</li> })}
        </ul>
        <Show when=move || pain_after.get().is_none()>
            <PainScale
                value=pain_after
                label=t("How does your back feel now? (optional)")
                on_pick=Callback::new(move |value| store.dispatch(Action::Session(Event::Pain { value })))
            />
        </Show>
        <SessionSummary record nested=true />
    }
}

/// "3 min 20 s on the roller".
fn rolled_words(ms: u64) -> String {
    let secs = (ms + 500) / 1000;
    match (secs / 60, secs % 60) {
        (0, s) => tf("{s} s on the roller", &[("s", &s.to_string())]),
        (m, 0) => tf("{m} min on the roller", &[("m", &m.to_string())]),
        (m, s) => tf(
            "{m} min {s} s on the roller",
            &[("m", &m.to_string()), ("s", &s.to_string())],
        ),
    }
}

/// "Session ended" with `Undo`, for [`UNDO_MS`] after `End session`.
#[component]
fn UndoEnd() -> impl IntoView {
    let store = use_store();
    let can_undo = store.select(|s| s.ended.is_some());
    let shown = RwSignal::new(true);
    clock::after(UNDO_MS, move || {
        let _ = shown.try_set(false);
    });
    view! {
        <Show when=move || can_undo.get() && shown.get()>
            <div class="undo" role="status">
                <p class="undo__text">{t("Session ended.")}</p>
                <button
                    class="button button--primary undo__button"
                    on:click=move |_| store.send(|now| Action::UndoEnd { now })
                >
                    {t("Undo")}
                </button>
            </div>
        </Show>
    }
}
