//! `Export data` and `Import data`: the person's copy of everything, and the way back in.
//! An import is one action (`Action::Import`); `ui/persist.rs` writes what it adds.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::store;
use crate::platform::{files, storage};
use crate::ui::i18n::{t, tf, tn, with_catalogue};
use crate::ui::persist::use_backend;
use crate::ui::store::use_store;

mod csv;

/// The data section of the settings screen.
#[component]
pub fn DataControls() -> impl IntoView {
    let store = use_store();
    let exported = RwSignal::new(String::new());
    let csv_status = RwSignal::new(String::new());
    let imported = store.select(|s| s.import_report.clone());
    let export = move |_| {
        let kv = use_backend();
        let now = crate::platform::clock::now();
        let text = store.state.with_untracked(|s| {
            store::export_with_routines(
                &s.settings,
                s.safety_acknowledged_at,
                &s.history,
                &s.routines,
                s.plan.as_ref(),
                &store::backups(kv.as_ref()),
                now,
            )
        });
        let name = storage::local_export_file_name(now);
        let count = store.state.with_untracked(|s| s.history.len());
        exported.set(match files::download(&name, &text) {
            Ok(()) => tn(
                "Saved {n} session to {name}.|Saved {n} sessions to {name}.",
                count as i64,
                &[("name", &name)],
            ),
            Err(e) => tf(
                "Export failed: {error}. Nothing was changed.",
                &[("error", &file_error(&e))],
            ),
        });
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
