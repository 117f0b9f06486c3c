//! One zone of the routine being built: its dose, and moving it up or down.

use leptos::prelude::*;

use crate::domain::i18n::msg;
use crate::domain::routine::{Dose, Step};
use crate::domain::settings::{HOLD_SECS, PASSES, SECS_PER_PASS};
use crate::ui::i18n::{t, tf};

/// A number picker inside the safe bounds.
#[component]
fn DoseNumber(
    label: &'static str,
    unit: &'static str,
    min: u8,
    max: u8,
    value: u8,
    on_change: Callback<u8>,
) -> impl IntoView {
    view! {
        <label class="step__number">
            <span class="step__number-label">{t(label)}</span>
            <select
                class="step__select"
                on:change=move |e| {
                    if let Ok(v) = event_target_value(&e).parse::<u8>() {
                        on_change.run(v);
                    }
                }
            >
                {(min..=max)
                    .map(|n| {
                        view! { <option value=n.to_string() selected=n == value>{format!("{n}{unit}")}</option> }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The editor for one step.
#[component]
pub fn StepEditor(
    /// The step as it is now.
    step: Step,
    /// Its place in the routine, 0-based, and how many steps there are.
    index: usize,
    count: usize,
    /// A new dose for this step.
    on_dose: Callback<Dose>,
    /// Move by -1 (up) or +1 (down).
    on_move: Callback<isize>,
    /// Remove the zone from the routine.
    on_remove: Callback<()>,
    /// Drag and drop: this step was dropped onto `index`.
    on_drop_from: Callback<usize>,
    /// The same muscle's other side, when it is not in the routine yet: offered as a
    /// button that adds it right after this step (so "both sides" is one tap).
    other_side: Option<crate::domain::zone::Zone>,
    /// Adds the other side.
    on_add_side: Callback<()>,
) -> impl IntoView {
    let zone = step.zone;
    let dose = step.dose;
    let label = t(zone.label());
    let set = move |f: fn(&mut Dose, u8)| {
        Callback::new(move |v: u8| {
            let mut d = dose;
            f(&mut d, v);
            on_dose.run(d.clamped());
        })
    };
    view! {
        <li
            class="step"
            draggable="true"
            on:dragstart=move |e| {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data("text/plain", &index.to_string());
                }
            }
            on:dragover=move |e| e.prevent_default()
            on:drop=move |e| {
                e.prevent_default();
                let from = e.data_transfer().and_then(|dt| dt.get_data("text/plain").ok());
                if let Some(from) = from.and_then(|f| f.parse::<usize>().ok()) {
                    on_drop_from.run(from);
                }
            }
        >
            <div class="step__head">
                <span class="step__grip" aria-hidden="true">"⠿"</span>
                <span class="step__order">{index + 1}</span>
                <h3 class="step__zone">{label.clone()}</h3>
                <span class="step__time">{tf("{secs} s", &[("secs", &dose.roll_secs().to_string())])}</span>
            </div>
            <fieldset class="step__dose">
                <legend class="visually-hidden">{tf("Dose for {zone}", &[("zone", &label)])}</legend>
                <DoseNumber label=msg("Passes") unit="" min=*PASSES.start() max=*PASSES.end() value=dose.passes
                    on_change=set(|d, v| d.passes = v) />
                <DoseNumber label=msg("Each pass") unit=" s" min=*SECS_PER_PASS.start() max=*SECS_PER_PASS.end() value=dose.secs_per_pass
                    on_change=set(|d, v| d.secs_per_pass = v) />
                <DoseNumber label=msg("Hold") unit=" s" min=*HOLD_SECS.start() max=*HOLD_SECS.end() value=dose.hold_secs
                    on_change=set(|d, v| d.hold_secs = v) />
            </fieldset>
            <div class="step__actions">
                <button type="button" class="button button--ghost step__move" disabled=index == 0
                    aria-label=tf("Move up {zone}", &[("zone", &label)]) on:click=move |_| on_move.run(-1)>{t("↑ Up")}</button>
                <button type="button" class="button button--ghost step__move" disabled=index + 1 == count
                    aria-label=tf("Move down {zone}", &[("zone", &label)]) on:click=move |_| on_move.run(1)>{t("↓ Down")}</button>
                {other_side.map(|other| view! {
                    <button type="button" class="button button--ghost step__side"
                        aria-label=tf("Add {zone}", &[("zone", &t(other.label()))])
                        on:click=move |_| on_add_side.run(())>
                        {tf("+ {side} side", &[("side", &t(other.side().map_or(msg("other"), |s| s.word())))])}
                    </button>
                })}
                <button type="button" class="button button--ghost step__remove"
                    aria-label=tf("Remove {zone}", &[("zone", &label)]) on:click=move |_| on_remove.run(())>{t("Remove")}</button>
            </div>
        </li>
    }
}
