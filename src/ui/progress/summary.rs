//! One past session: when, how long, the zones, pain, and its hot spots on the diagram.

use leptos::prelude::*;

use super::history_list::{duration, pain_short, pain_words, zones_summary};
use crate::domain::progress::dates::{local_day, time_label};
use crate::domain::progress::knots::Bins;
use crate::domain::record::SessionRecord;
use crate::domain::routine::shown_name;
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::i18n::language::day_label;
use crate::ui::i18n::{t, tf, with_catalogue};

/// A past session with its hot spots drawn where they were found.
#[component]
pub fn SessionSummary(
    /// The session to show.
    record: SessionRecord,
    /// Local offset in minutes; defaults to the browser's.
    #[prop(optional)]
    offset_minutes: Option<i32>,
    /// Inside another screen with its own `h1` (the player's summary card): the date is
    /// an `h2`, so every screen keeps exactly one `h1`.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let offset = offset_minutes.unwrap_or_else(crate::platform::clock::utc_offset_minutes);
    let when = format!(
        "{}, {}",
        day_label(local_day(record.started_at, offset)),
        time_label(record.started_at, offset)
    );
    let zones = record.zones.clone();
    let spots: Vec<_> = record
        .hot_spots
        .iter()
        .map(|h| (h.zone, h.position))
        .collect();
    let spot_items = record
        .hot_spots
        .iter()
        .map(|h| {
            let bin = Bins::Fifths.bin_of(h.position);
            let place = Bins::Fifths.phrase(h.zone, bin);
            let tender = h
                .tenderness
                .map(|v| tf(", tenderness {v}/10", &[("v", &v.to_string())]))
                .unwrap_or_default();
            let secs = (h.held_ms + 500) / 1000;
            view! {
                <li>
                    <strong>{t(h.zone.label())}</strong>
                    " — "
                    {tf("{place}, held {secs} s", &[("place", &t(place)), ("secs", &secs.to_string())])}
                    {tender}
                </li>
            }
        })
        .collect_view();
    let spot_count = record.hot_spots.len();
    view! {
        <article class="session-summary" aria-labelledby="session-summary-title">
            {if nested {
                view! { <h2 id="session-summary-title" class="session-summary__title">{when}</h2> }.into_any()
            } else {
                view! { <h1 id="session-summary-title" class="session-summary__title">{when}</h1> }.into_any()
            }}
            <p class=if record.completed { "session-summary__status" } else { "session-summary__status session-summary__status--partial" }>
                {with_catalogue(|c| record.verdict().words_in(c))}
            </p>
            <dl class="session-summary__stats">
                <div>
                    <dt>{t("Duration")}</dt>
                    <dd>{duration(&record)}</dd>
                </div>
                {record.routine_used.clone().map(|used| view! {
                    <div>
                        <dt>{t("Routine")}</dt>
                        <dd>
                            {with_catalogue(|c| shown_name(&used.id, &used.name, c))}
                            {used.minutes.map(|m| format!(" {}", tf("(fitted to {min} min)", &[("min", &m.to_string())])))}
                            {(!used.doses.is_empty()).then(|| {
                                let doses: Vec<String> = used.doses.iter().map(|d| format!("{} {}", t(d.zone.phrase()), with_catalogue(|c| d.dose.describe_in(c)))).collect();
                                format!(" — {}", doses.join("; "))
                            })}
                        </dd>
                    </div>
                })}
                <div>
                    <dt>{t("Zones")}</dt>
                    <dd>{zones_summary(&record.zones)}</dd>
                </div>
                <div>
                    <dt>{t("Hot spots")}</dt>
                    <dd>{spot_count}</dd>
                </div>
                <div>
                    <dt>{t("Pain")}</dt>
                    <dd>
                        {match (pain_short(&record), pain_words(&record)) {
                            (Some(short), Some(words)) => view! {
                                <span aria-hidden="true">{short}</span>
                                <span class="visually-hidden">{words}</span>
                            }
                            .into_any(),
                            _ => view! { {t("Not rated")} }.into_any(),
                        }}
                    </dd>
                </div>
            </dl>
            <div class="session-summary__figure">
                <BodyDiagram
                    selected=Signal::derive(move || zones.clone())
                    on_toggle=Callback::new(|_| {})
                    hot_spots=Signal::derive(move || spots.clone())
                    interactive=false
                    label=t("Zones rolled in this session, with its hot spots")
                />
            </div>
            {(spot_count > 0).then(|| view! {
                <h2 class="session-summary__subtitle">{t("Hot spots")}</h2>
                <ul class="session-summary__spots">{spot_items}</ul>
            })}
            {(!record.note.is_empty()).then(|| view! { <p class="session-summary__note">{record.note.clone()}</p> })}
        </article>
    }
}
