//! "Update available": offers a new version of the app once it has installed in the
//! background, and applies it only when the person taps, never during a session.

use leptos::prelude::*;

use crate::domain::cues::reaction::update_must_wait;
use crate::platform::sw;
use crate::ui::i18n::t;
use crate::ui::reactive::effect;
use crate::ui::store::use_store;

/// Registers the service worker and shows [`UpdateOffer`] when a new version waits.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let store = use_store();
    let waiting = RwSignal::new(false);
    sw::register(move || waiting.set(true));
    // A phone may keep the app open for days: look for a new version when it comes back.
    effect(move |first: Option<()>| {
        if store.visible.get() && first.is_some() {
            sw::check_for_update();
        }
    });
    let busy = store.select(|s| update_must_wait(s.session.as_ref()));
    view! {
        <UpdateOffer
            available=waiting.into()
            busy=busy.into()
            on_apply=Callback::new(move |()| {
                if sw::apply_update().is_err() {
                    // Nothing is waiting any more (another tab took it): nothing to offer.
                    waiting.set(false);
                }
            })
        />
    }
}

/// The banner itself, separate from the service worker so it can be shown and tested
/// on its own.
#[component]
pub fn UpdateOffer(
    /// A new version has installed and waits.
    available: Signal<bool>,
    /// A session is under way: updating (which reloads) must wait until it ends.
    busy: Signal<bool>,
    /// Called on the tap; the page reloads once the new version has taken over.
    on_apply: Callback<()>,
) -> impl IntoView {
    let applying = RwSignal::new(false);
    // Offered again later (say, another tab took the first one): tappable again.
    effect(move |_| {
        if !available.get() {
            applying.set(false);
        }
    });
    view! {
        <Show when=move || available.get()>
            // During a session the banner shrinks to one quiet line: the player's
            // controls must stay where the thumb expects them.
            <aside class="update" class:update--later=move || busy.get() aria-labelledby="update-title">
                <div class="update__text">
                    <p class="update__title" id="update-title">{t("Update available")}</p>
                    <p class="update__note">
                        {move || {
                            if busy.get() {
                                {t("You can update when this session is over.")}
                            } else if applying.get() {
                                {t("Updating…")}
                            } else {
                                {t("A new version of Unknot is ready. Your sessions and settings stay.")}
                            }
                        }}
                    </p>
                </div>
                <button
                    class="button button--primary update__button"
                    disabled=move || busy.get() || applying.get()
                    on:click=move |_| {
                        if !busy.get_untracked() {
                            applying.set(true);
                            on_apply.run(());
                        }
                    }
                >
                    {t("Update now")}
                </button>
            </aside>
        </Show>
    }
}
