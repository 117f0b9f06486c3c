//! `Export data` and `Import data`: the person's copy of everything, and the way back in.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::app::Action;
use crate::domain::settings::Settings;
use crate::domain::store;
use crate::platform::{clock, files, storage};
use crate::ui::persist::use_backend;
use crate::ui::store::use_store;

/// The data section of the settings screen.
#[component]
pub fn DataControls() -> impl IntoView {
    let store = use_store();
    let status = RwSignal::new(String::new());
    let export = move |_| {
        let kv = use_backend();
        let now = clock::now();
        let text = store.state.with_untracked(|s| {
            store::export(
                &s.settings,
                s.safety_acknowledged_at,
                &s.history,
                &store::backups(kv.as_ref()),
                now,
            )
        });
        let name = storage::local_export_file_name(now);
        let count = store.state.with_untracked(|s| s.history.len());
        status.set(match files::download(&name, &text) {
            Ok(()) if count == 1 => format!("Saved 1 session to {name}."),
            Ok(()) => format!("Saved {count} sessions to {name}."),
            Err(e) => format!("Export failed: {e}. Nothing was changed."),
        });
    };
    let import = move |e: leptos::ev::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be picked again later.
        input.set_value("");
        let kv = use_backend();
        leptos::task::spawn_local(async move {
            let message = match files::read_text(&file).await {
                Err(e) => format!("That file was not imported: {e}. Nothing was changed."),
                Ok(text) => {
                    let history = store.state.with_untracked(|s| s.history.clone());
                    match store::import(&text, &history) {
                        Err(e) => format!("That file was not imported: {e}. Nothing was changed."),
                        Ok(report) => {
                            let written = store::apply_import(kv.as_ref(), &report, clock::now());
                            store.dispatch(Action::MergeHistory(report.added.clone()));
                            let fresh = store
                                .state
                                .with_untracked(|s| s.settings == Settings::default());
                            if let (true, Some(settings)) = (fresh, report.settings_in_file.clone())
                            {
                                store.dispatch(Action::UpdateSettings(settings));
                            }
                            if let Some(at) = report.safety_acknowledged_at {
                                store.dispatch(Action::AcknowledgeSafety { now: at });
                            }
                            match written {
                                Ok(()) => report.summary(),
                                Err(e) => format!("{} But saving failed: {e}", report.summary()),
                            }
                        }
                    }
                }
            };
            status.set(message);
        });
    };
    view! {
        <div class="card settings__group data">
            <h2>"Your data"</h2>
            <p class="field__hint">
                "Everything stays on this device. Export a copy to keep it safe or move it to another phone."
            </p>
            <div class="data__actions">
                <button class="button button--primary" on:click=export>"Export data"</button>
                <input id="import-file" class="data__file" type="file" accept=".json,application/json" on:change=import />
                <label for="import-file" class="button button--ghost data__import">"Import data"</label>
            </div>
            <p class="data__report" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
