//! The language machinery of the app: which language shows (the saved choice, else the
//! device's), loading its file, the remount that a switch causes, and dates and numbers
//! in the shown language for the views.
//!
//! English is built in and downloads nothing. Another language is one file fetched from
//! `lang/<code>.json`; until it is read the screens are not mounted, so no English
//! flashes, and when it cannot be had the app stays in the language it shows and says so.

use leptos::prelude::*;

use crate::domain::app::Action;
use crate::domain::i18n::{format, msg, Arg, Catalogue, CatalogueError, Lang, Line};
use crate::domain::progress::DayNumber;
use crate::platform::lang::{self as platform_lang, FetchError};
use crate::platform::speech;
use crate::ui::i18n::{t, I18n};
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// Said when a language file cannot be downloaded (offline before it was ever cached).
pub const UNREACHABLE: &str = msg(
    "{language} could not be downloaded: connect to the internet once and choose it again. Unknot stays in the language it was in; nothing you saved was changed.",
);
/// Said when a language file is damaged.
pub const DAMAGED: &str = msg(
    "The {language} texts are damaged, so Unknot stays in the language it was in. Nothing you saved was changed.",
);

/// The page's title (the tab, the task switcher), shown in the chosen language.
pub const TITLE: &str = msg("Unknot — foam-rolling coach");

/// Puts the shown language on the page itself: `<html lang>` and the title (read from
/// `catalogue`: this also runs in a task, where no context reaches `t`).
fn mark_page(lang: Lang, catalogue: &Catalogue) {
    platform_lang::set_document_lang(lang.code());
    platform_lang::set_document_title(catalogue.text(TITLE));
}

/// The language the screens show now (untracked: a switch remounts them).
pub fn lang() -> Lang {
    use_context::<I18n>().map_or(Lang::En, |i18n| untrack(|| i18n.lang()))
}

/// The language to show: the one chosen in Settings, else the device's first supported.
pub fn wanted(choice: Option<Lang>, device: &[String]) -> Lang {
    choice.unwrap_or_else(|| Lang::negotiate(device))
}

/// "Sun 16 March" in the shown language.
pub fn day_label(day: DayNumber) -> String {
    format::day_label(lang(), day)
}

/// Short weekday names, Monday first, in the shown language.
pub fn weekday_names() -> [&'static str; 7] {
    format::weekday_names(lang())
}

/// `value` with `digits` decimals and the shown language's separator ("1,5" in German).
pub fn decimal(value: f32, digits: usize) -> String {
    format::decimal(lang(), value, digits)
}

/// Provides the catalogue context and keeps the shown language in step with the wanted
/// one. Returns whether the screens may mount: at once in English, after the file is
/// read (or refused) otherwise.
pub fn use_language(store: Store) -> ReadSignal<bool> {
    let device = platform_lang::device_languages();
    let i18n = I18n::provide(Catalogue::english());
    use_voices();
    let wanted = store.select(move |s| wanted(s.settings.language, &device));
    let (ready, set_ready) = signal(false);
    effect(move |_| {
        let lang = wanted.get();
        let shown = untrack(|| i18n.lang());
        if lang == shown {
            i18n.with_catalogue(|c| mark_page(lang, c));
            set_ready.set(true);
            return;
        }
        if lang == Lang::En {
            mark_page(lang, &Catalogue::english());
            i18n.set(Catalogue::english());
            set_ready.set(true);
            return;
        }
        let switching = ready.get_untracked();
        leptos::task::spawn_local(async move {
            let loaded = load(lang).await;
            // Another choice may have been made while this file was on its way.
            if wanted.get_untracked() != lang {
                return;
            }
            match loaded {
                Ok(catalogue) => {
                    mark_page(lang, &catalogue);
                    i18n.set(catalogue);
                }
                Err(why) => {
                    store.dispatch(Action::Notify(Line::tf(
                        why,
                        vec![("language", Arg::Text(lang.native_name().to_string()))],
                    )));
                    // A failed switch puts the select back on the language shown; a
                    // failed start keeps the saved choice for the next visit.
                    if switching {
                        store.dispatch(Action::ChooseLanguage(shown));
                    }
                }
            }
            set_ready.set(true);
        });
    });
    ready
}

/// Downloads and reads `lang`'s file; the error is the notice to show.
async fn load(lang: Lang) -> Result<Catalogue, &'static str> {
    let text = platform_lang::fetch_file(lang.code())
        .await
        .map_err(|e| match e {
            FetchError::Unreachable | FetchError::Status(_) => UNREACHABLE,
            FetchError::Unreadable => DAMAGED,
        })?;
    Catalogue::parse(lang, &text).map_err(|e| match e {
        CatalogueError::Malformed(_) | CatalogueError::WrongLanguage { .. } => DAMAGED,
    })
}

/// Said in Settings when the device has no voice for the shown language; each language
/// file says it about its own language ("Keine deutsche Stimme auf diesem Gerät").
pub const NO_VOICE: &str = msg("No English voice on this device");

/// Counts changes of the device's voice list, so views can look again.
#[derive(Clone, Copy)]
struct Voices(RwSignal<u32>);

/// Follows the device's voice list once for the whole app.
fn use_voices() {
    let voices = RwSignal::new(0u32);
    speech::on_voices_changed(move || voices.update(|n| *n += 1));
    provide_context(Voices(voices));
}

/// Whether the device lists voices and none on the device speaks the shown language
/// (tracked: it changes when the voices are listed). Spoken cues then fall back to beeps.
pub fn voice_missing() -> bool {
    if let Some(Voices(voices)) = use_context::<Voices>() {
        voices.track();
    }
    speech::has_voice_for(lang().code()) == Some(false)
}

/// [`voice_missing`] for the cue layer, which looks every second: asked of the device
/// again only when its voice list or the shown language changes, not on every tick.
pub fn use_voice_missing() -> Memo<bool> {
    let i18n = use_context::<I18n>();
    let voices = use_context::<Voices>();
    Memo::new(move |_| {
        if let Some(Voices(voices)) = voices {
            voices.track();
        }
        let lang = i18n.map_or(Lang::En, |i18n| i18n.lang());
        speech::has_voice_for(lang.code()) == Some(false)
    })
}

/// The note Settings shows under `Voice` when [`voice_missing`].
pub fn no_voice_note() -> String {
    t(NO_VOICE)
}
