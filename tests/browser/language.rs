//! Languages in the page: the `Language` select, and the voice for the shown language —
//! a matching on-device voice speaks, none means Settings says so (in that language).

use leptos::prelude::*;
use unknot::domain::app::AppState;
use unknot::domain::i18n::{Catalogue, Lang};
use unknot::platform::speech;
use unknot::ui::i18n::select::{LanguageSetting, VoiceNote, LANGUAGE_ID};
use unknot::ui::i18n::I18n;
use unknot::ui::store::Store;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, HtmlSelectElement};

use crate::support::{fresh_host, tick};

const DE: &str = r#"{"lang":"de","messages":{
  "Language":"Sprache",
  "No English voice on this device":"Keine deutsche Stimme auf diesem Gerät"
}}"#;

/// Makes the device list these voices (`[lang, on device?]`) and records what is spoken
/// in `window.spoken` as `[text, utterance lang, voice lang]`.
fn device_voices(voices: &[(&str, bool)]) {
    let list = voices
        .iter()
        .map(|(lang, local)| format!("voice('{lang}', {local})"))
        .collect::<Vec<_>>()
        .join(", ");
    js_sys::eval(&format!(
        "(() => {{
          const voice = (lang, local) => {{
            const v = Object.create(SpeechSynthesisVoice.prototype);
            for (const [k, value] of Object.entries({{ lang, localService: local, name: 'Test ' + lang, voiceURI: lang, default: false }}))
              Object.defineProperty(v, k, {{ value }});
            return v;
          }};
          const list = [{list}];
          Object.defineProperty(speechSynthesis, 'getVoices', {{ value: () => list, configurable: true }});
          // WebKit may call the prototype's method directly: stand in there too.
          window.realGetVoices = SpeechSynthesis.prototype.getVoices;
          window.realSpeak = SpeechSynthesis.prototype.speak;
          SpeechSynthesis.prototype.getVoices = () => list;
          SpeechSynthesis.prototype.speak = (u) => window.spoken.push([u.text, u.lang, u.voice ? u.voice.lang : null]);
          window.realVoice = Object.getOwnPropertyDescriptor(SpeechSynthesisUtterance.prototype, 'voice');
          Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {{ configurable: true,
            get() {{ return this.standInVoice ?? null; }}, set(v) {{ this.standInVoice = v; }} }});
          window.spoken = [];
          Object.defineProperty(speechSynthesis, 'speak', {{ configurable: true,
            value: (u) => window.spoken.push([u.text, u.lang, u.voice ? u.voice.lang : null]) }});
          Object.defineProperty(navigator, 'userActivation', {{ configurable: true, value: {{ hasBeenActive: true }} }});
        }})()"
    ))
    .unwrap();
}

fn restore_voices() {
    js_sys::eval(
        "delete speechSynthesis.getVoices; delete speechSynthesis.speak; delete navigator.userActivation; \
         Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', window.realVoice); \
         SpeechSynthesis.prototype.getVoices = window.realGetVoices; \
         SpeechSynthesis.prototype.speak = window.realSpeak;",
    )
    .unwrap();
}

fn spoken() -> String {
    js_sys::JSON::stringify(&js_sys::eval("window.spoken").unwrap())
        .unwrap()
        .as_string()
        .unwrap()
}

async fn mount_in(lang: Lang) -> (HtmlElement, Store, impl Drop) {
    let host = fresh_host();
    let store = Store::new(AppState::default(), 1_700_000_000_000);
    let catalogue = match lang {
        Lang::De => Catalogue::parse(Lang::De, DE).unwrap(),
        _ => Catalogue::english(),
    };
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(store);
        I18n::provide(catalogue);
        view! { <LanguageSetting /> <VoiceNote /> }
    });
    for _ in 0..3 {
        tick().await;
    }
    (host, store, mounted)
}

#[wasm_bindgen_test]
async fn the_language_select_names_each_language_in_itself_and_chooses_through_the_store() {
    let (host, store, _m) = mount_in(Lang::En).await;
    let select: HtmlSelectElement = host
        .query_selector(&format!("#{LANGUAGE_ID}"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let label = select
        .closest("label")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(label.starts_with("Language"), "{label}");
    let options = select.options();
    let names: Vec<String> = (0..options.length())
        .map(|i| options.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        names,
        ["English", "Deutsch", "Español", "Français", "Português"]
    );
    assert_eq!(select.value(), "en");

    select.set_value("pt");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        store.state.with_untracked(|s| s.settings.language),
        Some(Lang::Pt)
    );
}

#[wasm_bindgen_test]
async fn a_voice_of_the_shown_language_speaks_and_settings_says_nothing() {
    device_voices(&[("en-US", true), ("de-DE", true), ("fr-FR", false)]);
    let (host, _store, _m) = mount_in(Lang::De).await;
    assert_eq!(speech::has_voice_for("de"), Some(true));
    assert!(!host.text_content().unwrap().contains("Stimme"));
    speech::say("Nächster Durchgang", "de").unwrap();
    assert_eq!(spoken(), r#"[["Nächster Durchgang","de","de-DE"]]"#);
    restore_voices();
}

#[wasm_bindgen_test]
async fn without_a_voice_for_the_language_nothing_is_spoken_and_settings_says_so_in_it() {
    // A German person whose device speaks English on the device and French only online.
    device_voices(&[("en-US", true), ("fr-FR", false)]);
    let (host, _store, _m) = mount_in(Lang::De).await;
    assert_eq!(speech::has_voice_for("de"), Some(false));
    assert_eq!(
        speech::has_voice_for("fr"),
        Some(false),
        "a network voice is never used"
    );
    assert_eq!(speech::has_voice_for("en"), Some(true));
    let text = host.text_content().unwrap();
    assert!(
        text.contains("Keine deutsche Stimme auf diesem Gerät"),
        "{text}"
    );
    assert_eq!(
        speech::say("Nächster Durchgang", "de"),
        Err(speech::SpeechError::NoVoiceForLanguage)
    );
    assert_eq!(spoken(), "[]", "never an English voice reading German");
    restore_voices();
}

#[wasm_bindgen_test]
async fn before_the_voices_are_listed_the_browser_picks_by_the_utterances_language() {
    device_voices(&[]);
    let (host, _store, _m) = mount_in(Lang::De).await;
    assert_eq!(speech::has_voice_for("de"), None);
    assert!(!host.text_content().unwrap().contains("Stimme"));
    speech::say("Los", "de").unwrap();
    assert_eq!(spoken(), r#"[["Los","de",null]]"#);
    restore_voices();
}
