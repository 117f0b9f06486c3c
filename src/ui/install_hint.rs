//! Home's install offer: an `Install app` button where the browser hands over its
//! install prompt (Chromium, Android), a short Share → Add to Home Screen how-to with a
//! picture on iPhone and iPad (Safari never prompts), nothing once installed or after
//! "Not now".

use leptos::prelude::*;

use crate::domain::install_offer::{offer, InstallOffer, InstallSituation};
use crate::platform::install;
use crate::ui::i18n::t;

/// The offer as the device and the browser allow it.
#[component]
pub fn InstallHint() -> impl IntoView {
    install::listen();
    let device = install::device();
    let ready = RwSignal::new(install::can_prompt());
    let listener = install::on_change(move || ready.set(install::can_prompt()));
    on_cleanup(move || install::forget(listener));
    let dismissed = RwSignal::new(install::dismissed());
    let shown = Memo::new(move |_| {
        offer(InstallSituation {
            standalone: device.standalone,
            apple_mobile: device.apple_mobile,
            prompt_ready: ready.get(),
            dismissed: dismissed.get(),
        })
    });
    let not_now = move |_| {
        install::remember_dismissed();
        dismissed.set(true);
    };
    let open_prompt = move |_| {
        leptos::task::spawn_local(async move {
            // Accepted or not, the prompt is used up; a refusal leaves the button away too.
            let _ = install::prompt().await;
            ready.set(install::can_prompt());
        });
    };
    move || {
        match shown.get() {
        InstallOffer::Nothing => ().into_any(),
        InstallOffer::Button => view! {
            <section class="install card" aria-labelledby="install-title">
                <h2 id="install-title" class="install__title">{t("Keep Unknot on this phone")}</h2>
                <p class="install__text">
                    {t("Install it to open it from your home screen, full screen, even with no signal.")}
                </p>
                <div class="install__actions">
                    <button class="button button--primary" on:click=open_prompt>{t("Install app")}</button>
                    <button class="button button--ghost" on:click=not_now>{t("Not now")}</button>
                </div>
            </section>
        }
        .into_any(),
        InstallOffer::AppleHowTo => view! {
            <section class="install card" aria-labelledby="install-title">
                <h2 id="install-title" class="install__title">{t("Add Unknot to your Home Screen")}</h2>
                <div class="install__body">
                    <ol class="install__steps">
                        <li>{t("In Safari, tap Share (the square with an arrow pointing up).")}</li>
                        <li>{t("Scroll the list and tap")}" "<strong>{t("Add to Home Screen")}</strong>"."</li>
                        <li>{t("Tap Add. Unknot then opens from its icon, full screen, even offline.")}</li>
                    </ol>
                    <ShareSheetPicture />
                </div>
                <div class="install__actions">
                    <button class="button button--ghost" on:click=not_now>{t("Got it")}</button>
                </div>
            </section>
        }
        .into_any(),
    }
    }
}

/// A phone with Safari's toolbar, the Share button marked, and the share sheet's
/// "Add to Home Screen" row: drawn inline, so it needs no file and no network.
#[component]
fn ShareSheetPicture() -> impl IntoView {
    view! {
        <svg
            class="install__picture"
            viewBox="0 0 120 200"
            role="img"
            aria-label=t("Safari's Share button at the bottom of the screen opens a list with Add to Home Screen")
        >
            <rect class="install__phone" x="4" y="2" width="112" height="196" rx="16" />
            <rect class="install__screen" x="10" y="12" width="100" height="176" rx="8" />
            // The share sheet, risen from the bottom.
            <rect class="install__sheet" x="14" y="76" width="92" height="78" rx="6" />
            <rect class="install__row" x="20" y="84" width="80" height="16" rx="3" />
            <rect class="install__row install__row--on" x="20" y="106" width="80" height="20" rx="4" />
            <rect class="install__plus" x="25" y="110" width="12" height="12" rx="2" />
            <path class="install__stroke" d="M31 113v6M28 116h6" />
            <rect class="install__label" x="42" y="114" width="50" height="4" rx="2" />
            <rect class="install__row" x="20" y="132" width="80" height="16" rx="3" />
            // Safari's bottom toolbar with the Share button highlighted.
            <rect class="install__toolbar" x="10" y="160" width="100" height="28" />
            <circle class="install__ring" cx="60" cy="174" r="11" />
            <path class="install__stroke" d="M55 171v8h10v-8M60 166v9M57 169l3-3 3 3" />
        </svg>
    }
}
