//! The `Language` choice in stored settings and export files: every older file still
//! loads (no choice: the device's language), a choice survives saving, exporting and
//! importing, and a code this version does not know never costs the other settings.
#![cfg(not(target_arch = "wasm32"))]
use serde_json::Value;

use crate::support::fixture;
use unknot_domain::app::{reduce, Action, AppState};
use unknot_domain::i18n::Lang;
use unknot_domain::store::*;

const NOW: u64 = 1_795_510_800_000; // 2026-11-24 09:00 UTC

fn loaded_settings(text: &str) -> Loaded {
    let kv = MemoryKv::from_entries([(SETTINGS_KEY.to_string(), text.to_string())]);
    load(&kv, NOW)
}

#[test]
fn every_older_settings_file_loads_with_no_language_chosen() {
    for name in ["v1-settings.json", "v2-settings.json", "v3-settings.json"] {
        let loaded = loaded_settings(&fixture(name));
        assert!(loaded.notices.is_empty(), "{name}: {:?}", loaded.notices);
        assert_eq!(loaded.settings.language, None, "{name}");
        assert_eq!(loaded.settings.hold_secs, 40, "{name}: the rest is kept");
    }
}

#[test]
fn every_older_export_imports_with_no_language_chosen() {
    for name in ["export-v1.json", "export-v2.json", "export-v3.json"] {
        let report = import(&fixture(name), &[]).unwrap();
        let settings = report.settings_in_file.expect(name);
        assert_eq!(settings.language, None, "{name}");
    }
}

#[test]
fn a_chosen_language_is_saved_loaded_and_exported() {
    let loaded = loaded_settings(&fixture("v3-settings-language.json"));
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(loaded.settings.language, Some(Lang::De));

    let kv = MemoryKv::new();
    save_settings(&kv, &loaded.settings, NOW).unwrap();
    let stored: Value = serde_json::from_str(&kv.snapshot()[SETTINGS_KEY]).unwrap();
    let golden: Value = serde_json::from_str(&fixture("v3-settings-language.json")).unwrap();
    assert_eq!(stored, golden);
    assert_eq!(read_settings(&kv).unwrap().language, Some(Lang::De));

    let text = export_with_routines(&loaded.settings, None, &[], &[], None, &[], NOW);
    let back = import(&text, &[]).unwrap().settings_in_file.unwrap();
    assert_eq!(back.language, Some(Lang::De));
}

#[test]
fn no_choice_is_not_written_so_older_versions_read_the_same_file() {
    let kv = MemoryKv::new();
    save_settings(&kv, &unknot_domain::settings::Settings::default(), NOW).unwrap();
    assert!(!kv.snapshot()[SETTINGS_KEY].contains("language"));
}

#[test]
fn an_unknown_or_odd_language_value_keeps_every_other_setting() {
    for odd in ["\"nl\"", "42", "null", "{\"code\":\"de\"}"] {
        let text = fixture("v3-settings-language.json").replace("\"de\"", odd);
        let loaded = loaded_settings(&text);
        assert!(loaded.notices.is_empty(), "{odd}: {:?}", loaded.notices);
        assert_eq!(loaded.settings.language, None, "{odd}");
        assert_eq!(loaded.settings.hold_secs, 40, "{odd}");
    }
    let regional = fixture("v3-settings-language.json").replace("\"de\"", "\"pt-BR\"");
    assert_eq!(loaded_settings(&regional).settings.language, Some(Lang::Pt));
}

#[test]
fn choosing_a_language_is_one_action_that_changes_only_the_language() {
    let before = AppState::default();
    let after = reduce(before.clone(), Action::ChooseLanguage(Lang::Fr));
    assert_eq!(after.settings.language, Some(Lang::Fr));
    let mut expected = before;
    expected.settings.language = Some(Lang::Fr);
    assert_eq!(after, expected);
    let back = reduce(after, Action::ChooseLanguage(Lang::En));
    assert_eq!(back.settings.language, Some(Lang::En));
}
