//! The hot-spot hold, kept calm: the hold's seconds with the breathing pacer behind them,
//! one line of words, `Released` and `+10 s`. Tenderness is asked after, not now.

use leptos::prelude::*;

use crate::domain::session::{Event, MAX_HOLD_MS};
use crate::ui::i18n::t;
use crate::ui::player::beat::BigNumber;
use crate::ui::player::pacer::{breath_words, use_breath_phase};
use crate::ui::player::send;
use crate::ui::store::use_store;

/// Takes the rolling card's info column while a hot spot is held.
#[component]
pub fn HoldPanel() -> impl IntoView {
    let store = use_store();
    let can_extend = store.select(|s| {
        s.session
            .as_ref()
            .and_then(|x| x.hold.as_ref())
            .is_some_and(|h| h.duration_ms < MAX_HOLD_MS)
    });
    let phase = use_breath_phase();
    view! {
        <div class="stage__info hold" role="group" aria-label=t("Hot spot hold")>
            <BigNumber pace=phase />
            <div class="cue">
                <p class="cue__main">{t("Stay on the knot")}</p>
                <p class="cue__sub cue__breath">
                    <span class="cue__words">{move || t(breath_words(phase.get()))}</span>
                </p>
            </div>
            <div class="hold__actions stage__action">
                <button class="button button--primary button--big" on:click=move |_| send(store, |now| Event::Released { now })>
                    {t("Released")}
                </button>
                <button
                    class="button button--ghost button--big"
                    disabled=move || !can_extend.get()
                    on:click=move |_| send(store, |now| Event::Extend { now })
                >
                    {t("+10 s")}
                </button>
            </div>
        </div>
    }
}
