//! The player's one plain note when the screen may turn off mid-session: the browser
//! has no screen wake lock, or refused it (battery saver, a policy). Said once per
//! visit; "Got it" puts it away for good until the page is opened again.

use std::cell::Cell;

use leptos::prelude::*;

use crate::domain::session::Session;
use crate::platform::{features, wake_lock};
use crate::ui::i18n::t;
use crate::ui::store::use_store;

thread_local! {
    /// Whether the note was put away since the page opened.
    static TOLD: Cell<bool> = const { Cell::new(false) };
}

/// Shows the note while a session runs with "Keep screen awake" on and no lock to be had.
#[component]
pub fn ScreenOnHint() -> impl IntoView {
    let store = use_store();
    let missing = !features::detect().wake_lock;
    let refused = RwSignal::new(wake_lock::last_refusal().is_some());
    let listener = wake_lock::on_refusal(move || refused.set(true));
    on_cleanup(move || wake_lock::forget(listener));
    let told = RwSignal::new(TOLD.with(Cell::get));
    let running = store.select(|s| s.session.as_ref().is_some_and(|s| !Session::is_finished(s)));
    let wanted = store.select(|s| s.settings.cues.keep_awake);
    let show = move || (missing || refused.get()) && wanted.get() && running.get() && !told.get();
    view! {
        <Show when=show>
            <div class="screen-on" role="status">
                // Focusable: on a small screen the words scroll inside the note.
                <p class="screen-on__text" tabindex="0">
                    <strong>{t("Your screen may turn off during the session.")}</strong>
                    " "
                    {t("This browser can't keep it on. To keep it on, set Auto-Lock to Never for now \
                        (iPhone: Settings → Display & Brightness → Auto-Lock), or set a longer Screen \
                        timeout (Android: Settings → Display). The timer keeps time either way.")}
                </p>
                <button
                    class="button button--ghost screen-on__ok"
                    on:click=move |_| {
                        TOLD.with(|t| t.set(true));
                        told.set(true);
                    }
                >
                    {t("Got it")}
                </button>
            </div>
        </Show>
    }
}
