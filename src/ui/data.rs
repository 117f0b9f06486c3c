//! `Export data` and `Import data`: the person's copy of everything, and the way back in.
//! An import is one action (`Action::Import`); `ui/persist.rs` writes what it adds.
//! When the data was last exported shows here, and a reminder once it is long ago.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::keeping::{export_reminder, Reminder};
use crate::domain::progress::local_day;
use crate::domain::record::EpochMs;
use crate::domain::store;
use crate::platform::{clock, files, keeping, storage};
use crate::ui::i18n::language::day_label;
use crate::ui::i18n::{t, tf, tn, with_catalogue};
use crate::ui::persist::use_backend;
use crate::ui::store::{use_store, Store};

/// What an export wrote: the file's name, how many sessions it holds, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    pub name: String,
    pub sessions: usize,
    pub at: EpochMs,
}

/// Offers everything as one JSON download (the same file from Settings and from Home)
/// and remembers when, for `Last exported` and the reminder.
pub fn export_all(store: Store) -> Result<Exported, files::FileError> {
    let kv = use_backend();
    let now = crate::platform::clock::now();
    let (text, sessions) = store.state.with_untracked(|s| {
        let text = store::export_with_routines(
            &s.settings,
            s.safety_acknowledged_at,
            &s.history,
            &s.routines,
            s.plan.as_ref(),
            &store::backups(kv.as_ref()),
            now,
        );
        (text, s.history.len())
    });
    let name = storage::local_export_file_name(now);
    files::download(&name, &text)?;
    keeping::remember_export(now);
    Ok(Exported {
        name,
        sessions,
        at: now,
    })
}

/// What an export did, in the chosen language.
pub fn export_report(result: &Result<Exported, files::FileError>) -> String {
    match result {
        Ok(done) => tn(
            "Saved {n} session to {name}.|Saved {n} sessions to {name}.",
            done.sessions as i64,
            &[("name", &done.name)],
        ),
        Err(e) => tf(
            "Export failed: {error}. Nothing was changed.",
            &[("error", &file_error(e))],
        ),
    }
}

mod csv;

/// The data section of the settings screen.
#[component]
pub fn DataControls() -> impl IntoView {
    let store = use_store();
    let exported = RwSignal::new(String::new());
    let csv_status = RwSignal::new(String::new());
    let imported = store.select(|s| s.import_report.clone());
    let last = RwSignal::new(keeping::last_export());
    let reminder = Memo::new(move |_| {
        let last = last.get();
        store
            .state
            .with(|s| export_reminder(last, &s.history, clock::now()))
    });
    let export = move |_| {
        let result = export_all(store);
        if let Ok(done) = &result {
            last.set(Some(done.at));
        }
        exported.set(export_report(&result));
    };
    let import = move |e: leptos::ev::Event| {
        let Some(file) = files::take_chosen(&e) else {
            return;
        };
        leptos::task::spawn_local(async move {
            // Only the browser's own words travel: the sentence around them is a message.
            let text = files::read_text(&file)
                .await
                .map_err(|e| e.detail().to_string());
            store.dispatch(Action::Import(text));
        });
    };
    view! {
        <div class="card settings__group data">
            <h2>{t("Your data")}</h2>
            <p class="field__hint">
                {t("Everything stays on this device. Export a copy to keep it safe or move it to another phone.")}
            </p>
            <p class="data__last" role="status">
                {move || match last.get() {
                    Some(at) => tf(
                        "Last exported {date}",
                        &[("date", &day_label(local_day(at, clock::utc_offset_minutes())))],
                    ),
                    // The reminder says it in full.
                    None if reminder.get() == Some(Reminder::NeverExported) => String::new(),
                    None => t("Not exported yet"),
                }}
            </p>
            {move || reminder.get().map(|due| view! {
                <p class="data__reminder" role="status">{with_catalogue(|c| due.line().render(c))}</p>
            })}
            <div class="data__actions">
                <button class="button button--primary" on:click=export>{t("Export data")}</button>
                <button class="button button--ghost" on:click=move |_| csv::export(store, csv_status)>{t("Export as CSV")}</button>
                <input id="import-file" class="data__file" type="file" accept=".json,application/json" on:change=import />
                <label for="import-file" class="button button--ghost data__import">{t("Import data")}</label>
            </div>
            <p class="data__report" role="status" aria-live="polite">{move || exported.get()}</p>
            <p class="data__report" role="status" aria-live="polite">
                {move || imported.get().map(|line| with_catalogue(|c| line.render(c)))}
            </p>
            <p class="data__report data__report--csv" role="status" aria-live="polite">{move || csv_status.get()}</p>
        </div>
    }
}

/// A file error in the chosen language (the browser's own words kept inside).
pub fn file_error(e: &files::FileError) -> String {
    match e {
        files::FileError::Download(detail) => tf(
            "this browser cannot save files here ({detail})",
            &[("detail", detail)],
        ),
        files::FileError::Read(detail) => tf(
            "the file could not be read ({detail})",
            &[("detail", detail)],
        ),
    }
}
