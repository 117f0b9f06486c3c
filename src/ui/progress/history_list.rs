//! The list of sessions, newest first; each opens its summary.

use leptos::prelude::*;

use crate::domain::progress::dates::{day_label, local_day, minutes_label, time_label};
use crate::domain::record::SessionRecord;
use crate::domain::zone::Zone;
use crate::ui::i18n::t;

/// The zones of a session in a few words: pairs become plurals ("IT bands").
pub(super) fn zones_summary(zones: &[Zone]) -> String {
    let pairs = [
        (Zone::ItBandLeft, Zone::ItBandRight, "IT bands"),
        (Zone::QuadLeft, Zone::QuadRight, "quadriceps"),
        (
            Zone::ShoulderBladeLeft,
            Zone::ShoulderBladeRight,
            "shoulder blades",
        ),
        (Zone::GlutesLeft, Zone::GlutesRight, "glutes"),
        (Zone::HamstringsLeft, Zone::HamstringsRight, "hamstrings"),
        (Zone::CalvesLeft, Zone::CalvesRight, "calves"),
        (Zone::HipFlexorLeft, Zone::HipFlexorRight, "hip flexors"),
        (Zone::LatsLeft, Zone::LatsRight, "lats"),
    ];
    let mut words: Vec<String> = Vec::new();
    for zone in Zone::ALL.into_iter().filter(|z| zones.contains(z)) {
        let pair = pairs.iter().find(|p| p.0 == zone || p.1 == zone);
        match pair {
            Some(&(l, r, both)) if zones.contains(&l) && zones.contains(&r) => {
                if zone == l {
                    words.push(both.into());
                }
            }
            _ => words.push(zone.phrase().into()),
        }
    }
    let text = words.join(", ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Breathing only".into(),
    }
}

/// "Pain 7 → 3" for the eye.
pub(super) fn pain_short(record: &SessionRecord) -> Option<String> {
    let show = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    (record.pain_before.is_some() || record.pain_after.is_some()).then(|| {
        format!(
            "Pain {} → {}",
            show(record.pain_before),
            show(record.pain_after)
        )
    })
}

/// "pain 7 before, 3 after" for the ear.
pub(super) fn pain_words(record: &SessionRecord) -> Option<String> {
    let show = |v: Option<u8>| {
        v.map(|v| v.to_string())
            .unwrap_or_else(|| "not rated".into())
    };
    (record.pain_before.is_some() || record.pain_after.is_some()).then(|| {
        format!(
            "pain {} before, {} after",
            show(record.pain_before),
            show(record.pain_after)
        )
    })
}

/// How long a session took: active time if recorded, else start to end.
pub(super) fn duration(record: &SessionRecord) -> String {
    let ms = if record.active_ms > 0 {
        record.active_ms
    } else {
        record.ended_at.saturating_sub(record.started_at)
    };
    minutes_label(ms)
}

/// Sessions, newest first, each a button.
#[component]
pub(super) fn HistoryList(
    /// The history.
    history: Signal<Vec<SessionRecord>>,
    /// Local offset in minutes.
    offset_minutes: i32,
    /// Called with the id of the session to open.
    on_open: Callback<String>,
) -> impl IntoView {
    let sorted = Memo::new(move |_| {
        let mut all = history.get();
        all.sort_by_key(|r| std::cmp::Reverse(r.started_at));
        all
    });
    view! {
        <ul class="history">
            <For each=move || sorted.get() key=|r| r.id.clone() let:record>
                {
                    let id = record.id.clone();
                    let when = format!(
                        "{}, {}",
                        day_label(local_day(record.started_at, offset_minutes)),
                        time_label(record.started_at, offset_minutes)
                    );
                    let status = record.verdict().words();
                    let status_class = if record.completed {
                        {t("history__status")}
                    } else {
                        {t("history__status history__status--partial")}
                    };
                    let spots = match record.hot_spots.len() {
                        0 => String::new(),
                        1 => " · 1 hot spot".into(),
                        n => format!(" · {n} hot spots"),
                    };
                    view! {
                        <li>
                            <button class="history__item" on:click=move |_| on_open.run(id.clone())>
                                <span class="history__when">{when}</span>
                                " "
                                <span class="history__meta">
                                    {duration(&record)}
                                    " · "
                                    <span class=status_class>{status}</span>
                                    {spots}
                                </span>
                                " "
                                <span class="history__zones">
                                    {record.routine_used.as_ref().map(|u| format!("{}: ", u.name))}
                                    {zones_summary(&record.zones)}
                                </span>
                                " "
                                {pain_short(&record).map(|short| {
                                    view! {
                                        <span class="history__pain">
                                            <span aria-hidden="true">{short}</span>
                                            <span class="visually-hidden">{pain_words(&record)}</span>
                                        </span>
                                    }
                                })}
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_read_naturally() {
        assert_eq!(
            zones_summary(&Zone::FULL_ROUTINE),
            "IT bands, upper back, shoulder blades"
        );
        assert_eq!(
            zones_summary(&[Zone::QuadRight, Zone::ItBandLeft]),
            "Left IT band, right quadriceps"
        );
        assert_eq!(
            zones_summary(&[Zone::GlutesRight, Zone::CalvesLeft, Zone::GlutesLeft]),
            "Glutes, left calf"
        );
        assert_eq!(zones_summary(&[]), "Breathing only");
    }
}
