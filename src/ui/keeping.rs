//! Home's word about data that may not stay (issue 26): where the browser may delete
//! Unknot's storage by itself (not installed, and `navigator.storage.persisted()` said
//! no), Home says so once, with how to install and an `Export data` button. It is
//! remembered as shown the first time it appears, and stays for that visit (this page
//! load, Home left and come back to included) until `Got it`. Unknot never deletes
//! anything itself.

use std::cell::Cell;

use leptos::prelude::*;

use crate::domain::keeping::evictable;
use crate::platform::{install, keeping, storage};
use crate::ui::data::{export_all, export_report};
use crate::ui::i18n::t;
use crate::ui::reactive::effect;
use crate::ui::store::use_store;

thread_local! {
    /// Shown in this page load and not put away yet.
    static THIS_VISIT: Cell<bool> = const { Cell::new(false) };
}

/// The notice, shown once on a browser that may evict the data.
#[component]
pub fn EvictionNotice() -> impl IntoView {
    let store = use_store();
    let device = install::device();
    let showing = RwSignal::new(THIS_VISIT.get());
    let report = RwSignal::new(String::new());
    // In an effect: the build's pre-render runs none, and asks the browser nothing.
    effect(move |_| {
        if THIS_VISIT.get() || device.standalone || keeping::eviction_notice_shown() {
            return;
        }
        leptos::task::spawn_local(async move {
            let persisted = storage::is_persisted().await.ok();
            if evictable(device.standalone, persisted) && !keeping::eviction_notice_shown() {
                keeping::remember_eviction_notice();
                THIS_VISIT.set(true);
                // Home may be gone by now (a quick tap elsewhere): it shows on coming back.
                let _ = showing.try_set(true);
            }
        });
    });
    let export = move |_| report.set(export_report(&export_all(store)));
    let how = if device.apple_mobile {
        t("To keep it, add Unknot to your Home Screen: Share, then Add to Home Screen.")
    } else {
        t("To keep it, install the app from your browser's menu.")
    };
    move || {
        showing.get().then(|| {
            view! {
                <section class="install keep card" aria-labelledby="keep-title">
                    <h2 id="keep-title" class="install__title">{t("Your data could be deleted")}</h2>
                    <p class="install__text">
                        {t("Safari and some other browsers clear a site's data after 7 days without a visit.")}
                    </p>
                    <p class="install__text">{how.clone()}</p>
                    <p class="install__text">{t("An exported copy is yours whatever the browser does.")}</p>
                    <div class="install__actions">
                        <button class="button button--primary" on:click=export>{t("Export data")}</button>
                        <button class="button button--ghost" on:click=move |_| {
                            THIS_VISIT.set(false);
                            showing.set(false);
                        }>{t("Got it")}</button>
                    </div>
                    <p class="keep__report" role="status" aria-live="polite">{move || report.get()}</p>
                </section>
            }
        })
    }
}
