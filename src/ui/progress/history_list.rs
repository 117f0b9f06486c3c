//! The list of sessions, newest first; each opens its summary.

use leptos::prelude::*;

use crate::domain::i18n::msg;
use crate::domain::progress::dates::{local_day, time_label};
use crate::domain::record::SessionRecord;
use crate::domain::routine::shown_name;
use crate::domain::zone::Zone;
use crate::ui::i18n::language::day_label;
use crate::ui::i18n::{t, tf, tn, with_catalogue};

/// The zones of a session in a few words: pairs become plurals ("IT bands").
pub(super) fn zones_summary(zones: &[Zone]) -> String {
    let pairs = [
        (Zone::ItBandLeft, Zone::ItBandRight, msg("IT bands")),
        (Zone::QuadLeft, Zone::QuadRight, msg("quadriceps")),
        (
            Zone::ShoulderBladeLeft,
            Zone::ShoulderBladeRight,
            msg("shoulder blades"),
        ),
        (Zone::GlutesLeft, Zone::GlutesRight, msg("glutes")),
        (
            Zone::HamstringsLeft,
            Zone::HamstringsRight,
            msg("hamstrings"),
        ),
        (Zone::CalvesLeft, Zone::CalvesRight, msg("calves")),
        (
            Zone::HipFlexorLeft,
            Zone::HipFlexorRight,
            msg("hip flexors"),
        ),
        (Zone::LatsLeft, Zone::LatsRight, msg("lats")),
    ];
    let mut words: Vec<String> = Vec::new();
    for zone in Zone::ALL.into_iter().filter(|z| zones.contains(z)) {
        let pair = pairs.iter().find(|p| p.0 == zone || p.1 == zone);
        match pair {
            Some(&(l, r, both)) if zones.contains(&l) && zones.contains(&r) => {
                if zone == l {
                    words.push(t(both));
                }
            }
            _ => words.push(t(zone.phrase())),
        }
    }
    let text = words.join(", ");
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => t("Breathing only"),
    }
}

/// "Pain 7 → 3" for the eye.
pub(super) fn pain_short(record: &SessionRecord) -> Option<String> {
    let show = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    (record.pain_before.is_some() || record.pain_after.is_some()).then(|| {
        tf(
            "Pain {before} → {after}",
            &[
                ("before", &show(record.pain_before)),
                ("after", &show(record.pain_after)),
            ],
        )
    })
}

/// "pain 7 before, 3 after" for the ear.
pub(super) fn pain_words(record: &SessionRecord) -> Option<String> {
    let show = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| t("not rated"));
    (record.pain_before.is_some() || record.pain_after.is_some()).then(|| {
        tf(
            "pain {before} before, {after} after",
            &[
                ("before", &show(record.pain_before)),
                ("after", &show(record.pain_after)),
            ],
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
    let minutes = ((ms + 30_000) / 60_000).max(1);
    tf("{min} min", &[("min", &minutes.to_string())])
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
        crate::domain::order::sort_by_key(&mut all, |r| std::cmp::Reverse(r.started_at));
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
                    let status = with_catalogue(|c| record.verdict().words_in(c));
                    let status_class = if record.completed {
                        "history__status"
                    } else {
                        "history__status history__status--partial"
                    };
                    let spots = match record.hot_spots.len() {
                        0 => String::new(),
                        n => format!(" · {}", tn("{n} hot spot|{n} hot spots", n as i64, &[])),
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
                                    {record.routine_used.as_ref().map(|u| format!("{}: ", with_catalogue(|c| shown_name(&u.id, &u.name, c))))}
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
