//! Settings: the routine's numbers within the article's ranges, the cues, the theme, the data.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::i18n::msg;
use crate::domain::settings::{Settings, Theme, GET_READY_SECS, HOLD_SECS, PASSES, SECS_PER_PASS};
use crate::platform::features;
use crate::ui::data::DataControls;
use crate::ui::i18n::{t, tf, with_catalogue};
use crate::ui::store::use_store;

/// The settings screen.
#[component]
pub fn SettingsScreen() -> impl IntoView {
    let store = use_store();
    let settings = store.select(|s| s.settings.clone());
    let update = move |change: Box<dyn FnOnce(&mut Settings)>| {
        let mut next = settings.get_untracked();
        change(&mut next);
        store.dispatch(Action::UpdateSettings(next));
    };
    let found = features::detect();
    view! {
        <section class="settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{t("Settings")}</h1>
            <div class="card settings__group">
                <h2>{t("Routine")}</h2>
                <NumberSetting
                    label=msg("Passes per side")
                    hint=msg("The routine uses 3–5 slow passes along each muscle.")
                    range=(*PASSES.start(), *PASSES.end())
                    value=Signal::derive(move || settings.with(|s| s.passes_per_side))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.passes_per_side = v)))
                />
                <NumberSetting
                    label=msg("Hold seconds")
                    hint=msg("How long to stay on a hot spot: 15–45 s.")
                    range=(*HOLD_SECS.start(), *HOLD_SECS.end())
                    value=Signal::derive(move || settings.with(|s| s.hold_secs))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.hold_secs = v)))
                />
                <NumberSetting
                    label=msg("Seconds per pass")
                    hint=msg("Slow is the point: one pass from end to end.")
                    range=(*SECS_PER_PASS.start(), *SECS_PER_PASS.end())
                    value=Signal::derive(move || settings.with(|s| s.secs_per_pass))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.secs_per_pass = v)))
                />
                <NumberSetting
                    label=msg("Get ready seconds")
                    hint=msg("The countdown before each position: time to put the phone down and settle.")
                    range=(*GET_READY_SECS.start(), *GET_READY_SECS.end())
                    value=Signal::derive(move || settings.with(|s| s.get_ready_secs))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.get_ready_secs = v)))
                />
                <p class="settings__dose" aria-live="polite">
                    {move || settings.with(|s| with_catalogue(|c| crate::domain::content::dose_line(s, c)))}
                </p>
            </div>
            <div class="card settings__group">
                <h2>{t("Cues")}</h2>
                <Toggle label=msg("Sound") available=found.sound value=Signal::derive(move || settings.with(|s| s.cues.sound))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.cues.sound = v))) />
                <Toggle label=msg("Voice") available=found.voice value=Signal::derive(move || settings.with(|s| s.cues.voice))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.cues.voice = v))) />
                <crate::ui::i18n::select::VoiceNote />
                <Toggle label=msg("Vibration") available=found.vibration value=Signal::derive(move || settings.with(|s| s.cues.vibration))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.cues.vibration = v))) />
                <Toggle label=msg("Screen flash") available=true value=Signal::derive(move || settings.with(|s| s.cues.flash))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.cues.flash = v))) />
                <Toggle label=msg("Keep screen awake") available=found.wake_lock value=Signal::derive(move || settings.with(|s| s.cues.keep_awake))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.cues.keep_awake = v))) />
                <Toggle label=msg("Cues over silent mode") available=found.sound value=Signal::derive(move || settings.with(|s| s.cues.over_silent_mode))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.cues.over_silent_mode = v)))
                    hint=msg("Cues sound even with an iPhone on silent, and the lock screen shows the session with its buttons. Your music pauses while you roll.") />
            </div>
            <div class="card settings__group">
                <h2>{t("Look")}</h2>
                <crate::ui::i18n::select::LanguageSetting />
                <label class="field">
                    <span class="field__label">{t("Theme")}</span>
                    <select
                        class="field__select"
                        on:change=move |e| {
                            let theme = match event_target_value(&e).as_str() {
                                "light" => Theme::Light,
                                "dark" => Theme::Dark,
                                _ => Theme::System,
                            };
                            update(Box::new(move |s| s.theme = theme));
                        }
                    >
                        <option value="system" selected=move || settings.with(|s| s.theme == Theme::System)>{t("Match the device")}</option>
                        <option value="light" selected=move || settings.with(|s| s.theme == Theme::Light)>{t("Light")}</option>
                        <option value="dark" selected=move || settings.with(|s| s.theme == Theme::Dark)>{t("Dark")}</option>
                    </select>
                </label>
                <Toggle label=msg("Animate drawings") available=true value=Signal::derive(move || settings.with(|s| s.animate_drawings))
                    on_change=Callback::new(move |v| update(Box::new(move |s| s.animate_drawings = v)))
                    hint=msg("The drawings move the way you roll. Off, they stand still with an arrow.") />
            </div>
            <DataControls />
        </section>
    }
}

/// A bounded number with − and + buttons and a slider, labelled for screen readers.
#[component]
fn NumberSetting(
    label: &'static str,
    hint: &'static str,
    range: (u8, u8),
    value: Signal<u8>,
    on_change: Callback<u8>,
) -> impl IntoView {
    let id = format!("setting-{}", label.to_lowercase().replace(' ', "-"));
    let hint_id = format!("{id}-hint");
    let (lo, hi) = range;
    view! {
        <div class="field">
            <label class="field__label" for=id.clone()>{t(label)}</label>
            <div class="field__number">
                <button class="button button--ghost" aria-label=tf("Less: {setting}", &[("setting", &t(label))]) disabled=move || { value.get() <= lo }
                    on:click=move |_| on_change.run(value.get_untracked().saturating_sub(1).max(lo))>"−"</button>
                <input
                    id=id
                    class="field__range"
                    type="range"
                    min=lo
                    max=hi
                    step="1"
                    aria-describedby=hint_id.clone()
                    prop:value=move || value.get().to_string()
                    on:input=move |e| {
                        if let Ok(v) = event_target_value(&e).parse::<u8>() {
                            on_change.run(v.clamp(lo, hi));
                        }
                    }
                />
                <output class="field__value" aria-hidden="true">{move || value.get()}</output>
                <button class="button button--ghost" aria-label=tf("More: {setting}", &[("setting", &t(label))]) disabled=move || { value.get() >= hi }
                    on:click=move |_| on_change.run(value.get_untracked().saturating_add(1).min(hi))>"+"</button>
            </div>
            <p class="field__hint" id=hint_id>{t(hint)}</p>
        </div>
    }
}

/// An on/off switch (a checkbox) that says when the device lacks the feature.
#[component]
fn Toggle(
    label: &'static str,
    available: bool,
    value: Signal<bool>,
    on_change: Callback<bool>,
    /// A sentence under the switch on what it costs, read with it.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("toggle-{}-hint", label.to_lowercase().replace(' ', "-")));
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                role="switch"
                class="toggle__input"
                aria-describedby=hint_id.clone()
                prop:checked=move || value.get() && available
                disabled=!available
                on:change=move |e| on_change.run(event_target_checked(&e))
            />
            <span class="toggle__label">{t(label)}</span>
            {(!available).then(|| view! { <span class="toggle__note">{t("Not available on this device")}</span> })}
        </label>
        {hint.map(|hint| view! { <p class="field__hint toggle__hint" id=hint_id>{t(hint)}</p> })}
    }
}
