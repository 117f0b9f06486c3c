//! `Export as CSV`: the history as a spreadsheet in the chosen language
//! (`domain::progress::csv`), shared the platform's way (`platform::share_file`).

use leptos::prelude::*;

use crate::domain::i18n::Tr;
use crate::domain::progress::csv::{csv_file_name, sessions_csv, CSV_MIME};
use crate::platform::clock;
use crate::platform::share_file::{share_or_download, Offered};
use crate::ui::i18n::with_catalogue;
use crate::ui::store::Store;

use super::file_error;

/// Writes the CSV and offers it; `status` says what became of it.
pub fn export(store: Store, status: RwSignal<String>) {
    let now = clock::now();
    let offset = clock::utc_offset_minutes();
    // The answer comes after the share sheet closes: keep this language's words for it.
    let tr = with_catalogue(Clone::clone);
    let (text, count) = store
        .state
        .with_untracked(|s| (sessions_csv(&s.history, &tr, offset), s.history.len()));
    let name = csv_file_name(now, offset);
    let offer = share_or_download(&name, CSV_MIME, &tr.t("Unknot sessions"), &text);
    status.set(String::new());
    leptos::task::spawn_local(async move {
        let n = count as i64;
        let args = [("name", name.as_str())];
        let line = match offer.await {
            Ok(Offered::Downloaded) => tr.tn(
                "Saved {n} session to {name}.|Saved {n} sessions to {name}.",
                n,
                &args,
            ),
            Ok(Offered::Shared) => tr.tn(
                "Shared {n} session as {name}.|Shared {n} sessions as {name}.",
                n,
                &args,
            ),
            Ok(Offered::Cancelled) => String::new(),
            Err(e) => tr.tf(
                "Export failed: {error}. Nothing was changed.",
                &[("error", &file_error(&e))],
            ),
        };
        // The settings screen may be gone by now.
        let _ = status.try_set(line);
    });
}
