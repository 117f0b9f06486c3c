//! The routine builder: a name, zones picked on the diagram or from a list, their order
//! and each one's dose, with the total time as it changes.

use leptos::prelude::*;

use crate::domain::app::RoutineAction;
use crate::domain::app::{Action, Screen};
use crate::domain::i18n::msg;
use crate::domain::routine::{
    other_side, routine_minutes, Dose, Routine, Step, MAX_NAME_CHARS, PRESETS,
};
use crate::domain::zone::Zone;
use crate::platform::{clock, ids};
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::i18n::{t, tn, with_catalogue};
use crate::ui::routines::step_editor::StepEditor;
use crate::ui::store::use_store;

const LOWER_BACK_NOTE: &str =
    msg("The lower back stays off the roller, so it cannot be part of a routine.");

/// The builder: a new routine (`editing` is `None`) or a saved one by id.
#[component]
pub fn RoutineBuilder(editing: Option<String>) -> impl IntoView {
    let store = use_store();
    let existing = editing.as_ref().and_then(|id| {
        store
            .state
            .with_untracked(|s| s.routines.iter().find(|r| &r.id == id).cloned())
    });
    let is_new = existing.is_none();
    let default_dose = store
        .state
        .with_untracked(|s| Dose::from_settings(&s.settings));
    let draft = RwSignal::new(existing.unwrap_or_else(|| Routine {
        id: ids::routine_id(clock::now()),
        name: String::new(),
        steps: Vec::new(),
    }));
    let errors = RwSignal::new(Vec::<String>::new());
    let note = RwSignal::new(None::<&'static str>);
    let settings = store.select(|s| s.settings.clone());
    let zones = Signal::derive(move || draft.with(Routine::zones));
    let minutes = Memo::new(move |_| draft.with(|d| routine_minutes(d, &settings.get())));

    let toggle = move |zone: Zone| {
        if !zone.rollable() {
            note.set(Some(LOWER_BACK_NOTE));
            return;
        }
        note.set(None);
        draft.update(|d| match d.steps.iter().position(|s| s.zone == zone) {
            Some(i) => {
                d.steps.remove(i);
            }
            None => d.steps.push(Step {
                zone,
                dose: default_dose,
            }),
        });
    };
    let move_step = move |from: usize, to: usize| {
        draft.update(|d| {
            if from < d.steps.len() && to < d.steps.len() && from != to {
                let step = d.steps.remove(from);
                d.steps.insert(to, step);
            }
        })
    };
    let save = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let routine = draft.get_untracked().tidied();
        let others = store.state.with_untracked(|s| s.routines.clone());
        match routine.validate(&others) {
            Ok(()) => {
                errors.set(Vec::new());
                store.dispatch(Action::Routine(RoutineAction::Save(routine)));
            }
            Err(list) => errors.set(with_catalogue(|c| {
                list.iter().map(|e| e.words_in(c)).collect()
            })),
        }
    };
    let title = if is_new {
        t("New routine")
    } else {
        t("Edit routine")
    };

    view! {
        <section class="builder" aria-labelledby="builder-title">
            <h1 id="builder-title">{title}</h1>
            <form class="builder__form" on:submit=save novalidate>
                <label class="field builder__name">
                    <span class="field__label">{t("Routine name")}</span>
                    <input
                        type="text"
                        class="builder__name-input"
                        maxlength=MAX_NAME_CHARS.to_string()
                        autocomplete="off"
                        prop:value=move || draft.with(|d| d.name.clone())
                        on:input=move |e| draft.update(|d| d.name = event_target_value(&e))
                    />
                </label>

                <Show when=move || is_new>
                    <div class="builder__presets" role="group" aria-labelledby="presets-title">
                        <h2 id="presets-title" class="builder__subtitle">{t("Start from a preset")}</h2>
                        <div class="builder__preset-list">
                            {PRESETS
                                .iter()
                                .map(|p| {
                                    let p = *p;
                                    // The preset's name becomes the routine's own, in the language shown.
                                    let name = t(p.name);
                                    let label = name.clone();
                                    view! {
                                        <button type="button" class="chip" title=t(p.blurb)
                                            on:click=move |_| draft.update(|d| {
                                                let made = p.routine(d.id.clone());
                                                if d.name.trim().is_empty() {
                                                    d.name = name.clone();
                                                }
                                                d.steps = made.steps;
                                            })>
                                            {label}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </div>
                </Show>

                <div class="builder__pick card">
                    <h2 class="builder__subtitle">{t("Zones")}</h2>
                    <p class="field__hint">{t("Tap the body or tick the list. Order and doses are set below.")}</p>
                    <BodyDiagram selected=zones on_toggle=Callback::new(toggle) label=t("Body diagram: pick the routine's zones") />
                    <fieldset class="builder__zone-list">
                        <legend class="visually-hidden">{t("Zones to roll")}</legend>
                        {Zone::ALL
                            .into_iter()
                            .filter(|z| z.rollable())
                            .map(|zone| view! {
                                <label class="builder__zone">
                                    <input type="checkbox"
                                        prop:checked=move || zones.with(|z| z.contains(&zone))
                                        on:change=move |_| toggle(zone) />
                                    <span>{t(zone.label())}</span>
                                </label>
                            })
                            .collect_view()}
                    </fieldset>
                    <p class="builder__note" role="status">{move || note.get().map(t).unwrap_or_default()}</p>
                </div>

                <div class="builder__steps">
                    <h2 class="builder__subtitle">{t("Order and dose")}</h2>
                    <p class="builder__total" aria-live="polite">
                        {move || {
                            let n = draft.with(|d| d.steps.len());
                            if n == 0 {
                                t("No zones yet.")
                            } else {
                                tn(
                                    "{n} zone · about {min} min in all|{n} zones · about {min} min in all",
                                    n as i64,
                                    &[("min", &minutes.get().to_string())],
                                )
                            }
                        }}
                    </p>
                    <ol class="builder__step-list">
                        {move || {
                            let steps = draft.with(|d| d.steps.clone());
                            let count = steps.len();
                            steps
                                .into_iter()
                                .enumerate()
                                .map(|(i, step)| view! {
                                    <StepEditor step index=i count
                                        on_dose=Callback::new(move |dose| draft.update(|d| {
                                            if let Some(s) = d.steps.get_mut(i) { s.dose = dose; }
                                        }))
                                        on_move=Callback::new(move |by: isize| {
                                            if let Some(to) = i.checked_add_signed(by) { move_step(i, to) }
                                        })
                                        on_remove=Callback::new(move |_| toggle(step.zone))
                                        on_drop_from=Callback::new(move |from| move_step(from, i))
                                        other_side=other_side(step.zone).filter(|z| !zones.with_untracked(|list| list.contains(z)))
                                        on_add_side=Callback::new(move |_| {
                                            if let Some(other) = other_side(step.zone) {
                                                draft.update(|d| {
                                                    if !d.steps.iter().any(|s| s.zone == other) {
                                                        d.steps.insert((i + 1).min(d.steps.len()), Step { zone: other, dose: step.dose });
                                                    }
                                                });
                                            }
                                        }) />
                                })
                                .collect_view()
                        }}
                    </ol>
                </div>

                <Show when=move || !errors.with(Vec::is_empty)>
                    <div class="builder__errors" role="alert">
                        <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    </div>
                </Show>
                <div class="builder__buttons">
                    <button type="submit" class="button button--primary button--big">{t("Save routine")}</button>
                    <button type="button" class="button button--ghost"
                        on:click=move |_| store.dispatch(Action::Navigate(Screen::Home))>{t("Cancel")}</button>
                </div>
            </form>
            <Show when=move || is_new>
                <crate::ui::routines::AddFromLink id="builder-link" />
            </Show>
        </section>
    }
}
