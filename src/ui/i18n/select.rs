//! Settings' `Language` select (each option in its own language) and the note under
//! `Voice` when the device cannot speak the shown language.

use leptos::prelude::*;

use super::language;
use crate::domain::app::Action;
use crate::domain::i18n::Lang;
use crate::ui::i18n::t;
use crate::ui::store::use_store;

/// The select's element id: focus returns to it after a switch remounts the screens.
pub const LANGUAGE_ID: &str = "setting-language";

/// `Language`: English, Deutsch, Español, Français, Português. Choosing one dispatches
/// [`Action::ChooseLanguage`]; the screens come back in that language.
#[component]
pub fn LanguageSetting() -> impl IntoView {
    let store = use_store();
    let shown = language::lang();
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.code() selected=lang == shown>
                    {lang.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="field">
            <span class="field__label">{t("Language")}</span>
            <select
                id=LANGUAGE_ID
                class="field__select"
                on:change=move |e| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&e)) {
                        store.dispatch(Action::ChooseLanguage(lang));
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}

/// "No German voice on this device" (in the shown language), when the device lists its
/// voices and none speaks the language: the spoken cues are beeps then.
#[component]
pub fn VoiceNote() -> impl IntoView {
    move || {
        language::voice_missing().then(
            || view! { <p class="toggle__note settings__voice-note">{language::no_voice_note()}</p> },
        )
    }
}
