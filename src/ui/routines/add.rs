//! A routine received by link: shown as text, added with `Add routine`. A bad link gets a
//! plain message and changes nothing.

use leptos::prelude::*;

use crate::domain::app::unique_name;
use crate::domain::app::RoutineAction;
use crate::domain::app::{Action, Screen};
use crate::domain::routine::share::decode;
use crate::domain::routine::{routine_minutes, Routine};
use crate::platform::{clock, ids, location};
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::routines::IPHONE_LINKS;
use crate::ui::store::use_store;

/// The screen a shared link opens.
#[component]
pub fn AddShared(
    /// The payload from the link's fragment.
    payload: String,
) -> impl IntoView {
    let store = use_store();
    let go_home = move |_| {
        location::forget_hash();
        store.dispatch(Action::Navigate(Screen::Home));
    };
    let decoded = decode(&payload);
    // On an iPhone, in Safari rather than the installed app: this may be the wrong storage.
    let device = crate::platform::install::device();
    let in_safari = device.apple_mobile && !device.standalone;
    let body = match decoded {
        Err(e) => view! {
            <div class="add__error" role="alert">
                <h1>{t("This link can't be used")}</h1>
                <p>{with_catalogue(|c| e.words_in(c))}</p>
                <p>{t("Nothing was added or changed.")}</p>
            </div>
            <button class="button button--primary" on:click=go_home>{t("Go to Home")}</button>
        }
        .into_any(),
        Ok(shared) => {
            let preview = shared.clone().into_routine("preview".into());
            let minutes = store
                .state
                .with_untracked(|s| routine_minutes(&preview, &s.settings));
            let add = move |_| {
                let others = store.state.with_untracked(|s| s.routines.clone());
                let mut routine: Routine =
                    shared.clone().into_routine(ids::routine_id(clock::now()));
                routine.name = unique_name(&routine.name, &others);
                location::forget_hash();
                store.dispatch(Action::Routine(RoutineAction::Save(routine)));
            };
            view! {
                <h1>{t("A routine was shared with you")}</h1>
                <div class="card add__routine">
                    <h2 class="add__name">{preview.name.clone()}</h2>
                    <p class="routine__meta">{tf("About {min} min", &[("min", &minutes.to_string())])}</p>
                    <ol class="add__steps">
                        {preview.steps.iter().map(|s| view! {
                            <li><strong>{t(s.zone.label())}</strong>" · "{with_catalogue(|c| s.dose.describe_in(c))}</li>
                        }).collect_view()}
                    </ol>
                    <p class="field__hint">{t("Every dose is kept inside safe bounds. The lower back is never part of a routine.")}</p>
                </div>
                {in_safari.then(|| view! { <p class="add__iphone" role="note">{t(IPHONE_LINKS)}</p> })}
                <div class="builder__buttons">
                    <button class="button button--primary button--big" on:click=add>{t("Add routine")}</button>
                    <button class="button button--ghost" on:click=go_home>{t("Not now")}</button>
                </div>
            }
            .into_any()
        }
    };
    view! { <section class="add">{body}</section> }
}
