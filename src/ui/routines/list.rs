//! Saved routines on Home: start (fitted to the minutes, if asked), edit, share, delete
//! with undo. The article's routine is always first and cannot be deleted.

use leptos::prelude::*;

use crate::domain::app::RoutineAction;
use crate::domain::app::{Action, Screen};
use crate::domain::routine::share::link;
use crate::domain::routine::{fit, routine_minutes, shown_name, Routine, FIT_MINUTES};
use crate::domain::zone::Zone;
use crate::platform::{clock, ids, location};
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::routines::reminder::ReminderForm;
use crate::ui::routines::{AddFromLink, IPHONE_LINKS};
use crate::ui::store::use_store;

/// How long `Undo` is offered after a delete.
const UNDO_MS: u32 = 8_000;

/// The "Your routines" section of Home.
#[component]
pub fn SavedRoutines() -> impl IntoView {
    let store = use_store();
    let settings = store.select(|s| s.settings.clone());
    let saved = store.select(|s| s.routines.clone());
    let undo = store.select(|s| s.routine_undo.clone());
    let minutes = RwSignal::new(None::<u8>);
    // With today's zones already the article's, Home's `Start routine` starts it: the
    // list offers no second button that does the same.
    let article_is_today = store.select(|s| s.settings.zones.as_slice() == Zone::FULL_ROUTINE);
    let shared = RwSignal::new(None::<(String, String, bool)>);
    let all = Memo::new(move |_| {
        let mut list = vec![Routine::article(&settings.get())];
        list.extend(saved.get());
        list
    });
    let start = move |id: String| {
        store.send(|now| {
            Action::Routine(RoutineAction::Start {
                routine_id: id,
                session_id: ids::session_id(now),
                now,
                minutes: minutes.get_untracked(),
            })
        })
    };
    let delete = move |id: String| {
        store.dispatch(Action::Routine(RoutineAction::Delete(id.clone())));
        clock::after(UNDO_MS, move || {
            store.dispatch(Action::Routine(RoutineAction::ForgetUndo(id)))
        });
    };
    let share = move |routine: Routine| {
        let url = link(&location::app_address(), &routine);
        let name = routine.name.clone();
        // Worked out here: the task below runs outside the component's context.
        let title = tf("Unknot routine: {name}", &[("name", &name)]);
        leptos::task::spawn_local(async move {
            let copied = location::copy_text(&url).await;
            shared.set(Some((name.clone(), url.clone(), copied)));
            if location::can_share() {
                let _ = location::share_link(&title, &url).await;
            }
        });
    };

    let apple_mobile = crate::platform::install::device().apple_mobile;
    let copy = move |url: String| {
        leptos::task::spawn_local(async move {
            let copied = location::copy_text(&url).await;
            shared.update(|s| {
                if let Some(s) = s.as_mut() {
                    s.2 = copied;
                }
            });
        });
    };
    view! {
        <section class="routines card" aria-labelledby="routines-title">
            <div class="routines__head">
                <h2 id="routines-title">{t("Your routines")}</h2>
                <button class="button button--primary" on:click=move |_| store.dispatch(Action::Navigate(Screen::RoutineNew))>
                    {t("New routine")}
                </button>
            </div>
            <label class="routines__minutes">
                <span>{t("I have")}</span>
                <select on:change=move |e| minutes.set(event_target_value(&e).parse::<u8>().ok())>
                    <option value="" selected=true>{t("as long as it takes")}</option>
                    {FIT_MINUTES.step_by(1).map(|m| view! { <option value=m.to_string()>{tf("{m} minutes", &[("m", &m.to_string())])}</option> }).collect_view()}
                </select>
            </label>
            <Show when=move || undo.with(Option::is_some)>
                <div class="routines__undo" role="status">
                    <span>{move || undo.get().map(|r| tf("Deleted “{name}”.", &[("name", &r.name)])).unwrap_or_default()}</span>
                    <button class="button button--ghost" on:click=move |_| store.dispatch(Action::Routine(RoutineAction::Undo))>
                        {t("Undo")}
                    </button>
                </div>
            </Show>
            <ul class="routines__list">
                <For each=move || all.get() key=|r| r.clone() let:routine>
                    {
                        let article = routine.is_article();
                        let name = with_catalogue(|c| shown_name(&routine.id, &routine.name, c));
                        let id = routine.id.clone();
                        let zones: Vec<String> = routine.steps.iter().map(|s| t(s.zone.phrase())).collect();
                        let r_fit = routine.clone();
                        let plan = move || {
                            minutes.get().map(|m| with_catalogue(|c| fit(&r_fit, m, &settings.get()).summary_in(c)))
                        };
                        let r_min = routine.clone();
                        let (r_share, id_edit, id_del, id_start) = (routine.clone(), id.clone(), id.clone(), id.clone());
                        let edit_label = tf("Edit {name}", &[("name", &name)]);
                        let share_label = tf("Share {name}", &[("name", &name)]);
                        let delete_label = tf("Delete {name}", &[("name", &name)]);
                        view! {
                            <li class="routine">
                                <div class="routine__text">
                                    <h3 class="routine__name">{name.clone()}</h3>
                                    <p class="routine__meta">
                                        {move || tf("About {min} min · {zones}", &[("min", &routine_minutes(&r_min, &settings.get()).to_string()), ("zones", &zones.join(", "))])}
                                    </p>
                                    <p class="routine__plan">{plan}</p>
                                </div>
                                <div class="routine__actions">
                                    <Show
                                        when=move || !(article && article_is_today.get() && minutes.get().is_none())
                                        fallback=|| view! { <p class="routine__same">{t("Start routine runs this one.")}</p> }
                                    >
                                        <button class="button button--primary" on:click={let id = id_start.clone(); move |_| start(id.clone())}>
                                            {tf("Start {name}", &[("name", &name)])}
                                        </button>
                                    </Show>
                                    <Show when=move || !article>
                                        <button class="button button--ghost" aria-label=edit_label.clone()
                                            on:click={let id = id_edit.clone(); move |_| store.dispatch(Action::Navigate(Screen::RoutineEdit(id.clone())))}>
                                            {t("Edit")}
                                        </button>
                                    </Show>
                                    <button class="button button--ghost" aria-label=share_label
                                        on:click={let r = r_share.clone(); move |_| share(r.clone())}>
                                        {t("Share")}
                                    </button>
                                    <Show when=move || !article>
                                        <button class="button button--ghost" aria-label=delete_label.clone()
                                            on:click={let id = id_del.clone(); move |_| delete(id.clone())}>
                                            {t("Delete")}
                                        </button>
                                    </Show>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || shared.with(Option::is_some)>
                {move || shared.get().map(|(name, url, copied)| view! {
                    <div class="routines__shared" role="status">
                        <p>{if copied { tf("Link to “{name}” copied. Paste it anywhere; it opens the routine in Unknot.", &[("name", &name)]) } else { tf("Copy this link to share “{name}”:", &[("name", &name)]) }}</p>
                        <input class="routines__link" type="text" readonly=true aria-label=t("Share link") prop:value=url.clone() />
                        <button class="button button--ghost" on:click={let url = url.clone(); move |_| copy(url.clone())}>{t("Copy link")}</button>
                        <Show when=move || apple_mobile>
                            <p class="field__hint">{t(IPHONE_LINKS)}</p>
                        </Show>
                    </div>
                })}
            </Show>
            <AddFromLink id="home-link" />
            <ReminderForm routines=Signal::derive(move || all.get()) />
        </section>
    }
}
