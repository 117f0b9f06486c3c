//! `Add a reminder to my calendar`: a weekly event in an `.ics` file that opens the app.

use leptos::prelude::*;

use crate::domain::routine::ics::{calendar, Reminder, ICS_FILE_NAME};
use crate::domain::routine::{routine_minutes, shown_name, Routine};
use crate::platform::{clock, files, location};
use crate::ui::i18n::language::weekday_names;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::store::use_store;

/// The reminder form, folded away until opened.
#[component]
pub fn ReminderForm(
    /// The routines a reminder can name (the article's first).
    #[prop(into)]
    routines: Signal<Vec<Routine>>,
) -> impl IntoView {
    let store = use_store();
    let days = RwSignal::new(vec![0usize, 2, 4]);
    let time = RwSignal::new("07:30".to_string());
    let chosen = RwSignal::new(0usize);
    let status = RwSignal::new(String::new());
    let names = weekday_names();
    let download = move |_| {
        let list = routines.get_untracked();
        let Some(routine) = list.get(chosen.get_untracked()).or(list.first()) else {
            return;
        };
        let (h, m) = time
            .get_untracked()
            .split_once(':')
            .map_or((7, 30), |(h, m)| {
                (h.parse().unwrap_or(7), m.parse().unwrap_or(30))
            });
        let minutes = store
            .state
            .with_untracked(|s| routine_minutes(routine, &s.settings));
        let reminder = Reminder {
            days: days.get_untracked(),
            hour: h,
            minute: m,
            minutes: u8::try_from(minutes + 2).unwrap_or(u8::MAX),
            routine: with_catalogue(|c| shown_name(&routine.id, &routine.name, c)),
            app_address: location::app_address(),
            until: None,
        };
        let now = clock::now();
        let uid = format!("{now}-{}", routine.id);
        status.set(
            match with_catalogue(|c| calendar(&reminder, now, clock::utc_offset_minutes(), &uid, c))
            {
                None => t("Pick at least one day."),
                Some(text) => match files::download_as(ICS_FILE_NAME, "text/calendar", &text) {
                    Ok(()) => tf(
                        "Saved {file}. Open it to add the reminder to your calendar.",
                        &[("file", ICS_FILE_NAME)],
                    ),
                    Err(e) => tf(
                        "The reminder could not be saved: {error}.",
                        &[("error", &crate::ui::data::file_error(&e))],
                    ),
                },
            },
        );
    };
    view! {
        <details class="reminder">
            <summary>{t("Remind me to roll")}</summary>
            <fieldset class="reminder__days">
                <legend>{t("Days")}</legend>
                {names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| view! {
                        <label class="reminder__day">
                            <input type="checkbox"
                                prop:checked=move || days.with(|d| d.contains(&i))
                                on:change=move |_| days.update(|d| {
                                    if let Some(p) = d.iter().position(|x| *x == i) { d.remove(p); } else { d.push(i); }
                                }) />
                            <span>{*name}</span>
                        </label>
                    })
                    .collect_view()}
            </fieldset>
            <div class="reminder__row">
                <label class="field">
                    <span class="field__label">{t("Time of day")}</span>
                    <input type="time" prop:value=move || time.get() on:change=move |e| time.set(event_target_value(&e)) />
                </label>
                <label class="field">
                    <span class="field__label">{t("Routine")}</span>
                    <select on:change=move |e| chosen.set(event_target_value(&e).parse().unwrap_or(0))>
                        {move || routines.get().into_iter().enumerate().map(|(i, r)| view! {
                            <option value=i.to_string() selected=move || chosen.get() == i>{with_catalogue(|c| shown_name(&r.id, &r.name, c))}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <button class="button button--ghost button--wide" on:click=download>{t("Add a reminder to my calendar")}</button>
            <p class="reminder__status" role="status">{move || status.get()}</p>
        </details>
    }
}
