//! The catalogue check: every message the source marks (`t`, `tf`, `tn`, `msg` with a
//! string literal) is listed in `tests/fixtures/i18n-keys.json`, and every language file
//! `public/lang/<code>.json` translates exactly those keys, with the right plural forms and
//! the key's own `{placeholders}`.
//!
//! After adding or changing a message, run with `UNKNOT_I18N_WRITE=1` to rewrite the key
//! list; translators read that list.
#![cfg(not(target_arch = "wasm32"))]
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use unknot_domain::i18n::{Catalogue, Lang};

use crate::i18n_scan::{keys_in, placeholders};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    unknot::domain::order::sort(&mut entries);
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every key the source marks, each with the first file that marks it.
fn source_keys() -> BTreeMap<String, String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("crates/domain/src"), &mut files);
    let mut keys = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        for key in keys_in(&text) {
            keys.entry(key).or_insert_with(|| name.clone());
        }
    }
    keys
}

#[test]
fn the_key_list_is_in_step_with_the_source() {
    let keys: Vec<String> = source_keys().into_keys().collect();
    assert!(keys.len() > 100, "only {} keys found", keys.len());
    let path = root().join("tests/fixtures/i18n-keys.json");
    let fresh = serde_json::to_string_pretty(&keys).unwrap() + "\n";
    if std::env::var_os("UNKNOT_I18N_WRITE").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    let stored_keys: Vec<String> = serde_json::from_str(&stored).unwrap_or_default();
    let added: Vec<_> = keys.iter().filter(|k| !stored_keys.contains(k)).collect();
    let gone: Vec<_> = stored_keys.iter().filter(|k| !keys.contains(k)).collect();
    assert!(
        stored == fresh,
        "tests/fixtures/i18n-keys.json is stale (run with UNKNOT_I18N_WRITE=1)\n\
         new in the source: {added:#?}\nno longer in the source: {gone:#?}"
    );
}

#[test]
fn every_key_is_a_well_formed_message() {
    for (key, file) in source_keys() {
        assert!(!key.trim().is_empty(), "{file}: an empty key");
        assert_eq!(key.trim(), key, "{file}: {key:?} has spaces at an end");
        if let Some((one, other)) = key.split_once('|') {
            assert!(
                !other.contains('|'),
                "{file}: {key:?} has more than two forms"
            );
            for form in [one, other] {
                assert!(
                    placeholders(form).contains("n"),
                    "{file}: plural form {form:?} lacks {{n}}"
                );
            }
        }
    }
}

/// The CLDR cardinal categories a language file gives each plural key.
fn plural_categories(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En | Lang::De | Lang::Es | Lang::Fr | Lang::Pt => &["one", "other"],
    }
}

/// What is wrong with one language file, in words; empty when it is complete.
fn problems(lang: Lang, keys: &BTreeMap<String, String>) -> Vec<String> {
    let name = format!("public/lang/{}.json", lang.code());
    let Ok(text) = std::fs::read_to_string(root().join(&name)) else {
        return vec![format!("{name} is missing")];
    };
    if let Err(e) = Catalogue::parse(lang, &text) {
        return vec![format!("{name}: {e}")];
    }
    let file: Value = serde_json::from_str(&text).unwrap();
    let Some(messages) = file["messages"].as_object() else {
        return vec![format!("{name}: no \"messages\" object")];
    };
    let mut out = Vec::new();
    for key in keys.keys() {
        let Some(value) = messages.get(key) else {
            out.push(format!("{name}: missing {key:?}"));
            continue;
        };
        let wanted = placeholders(key.split_once('|').map_or(key.as_str(), |(_, o)| o))
            .into_iter()
            .chain(placeholders(key.split_once('|').map_or("", |(o, _)| o)))
            .collect::<BTreeSet<_>>();
        let forms: Vec<(&str, &str)> = if key.contains('|') {
            let Some(obj) = value.as_object() else {
                out.push(format!(
                    "{name}: {key:?} is plural, so its value is an object"
                ));
                continue;
            };
            let cats = plural_categories(lang);
            for cat in obj.keys() {
                if !cats.contains(&cat.as_str()) {
                    out.push(format!("{name}: {key:?} has a form {cat:?}"));
                }
            }
            cats.iter()
                .filter_map(|cat| match obj.get(*cat).and_then(Value::as_str) {
                    Some(s) => Some((*cat, s)),
                    None => {
                        out.push(format!("{name}: {key:?} lacks its {cat:?} form"));
                        None
                    }
                })
                .collect()
        } else {
            match value.as_str() {
                Some(s) => vec![("text", s)],
                None => {
                    out.push(format!("{name}: {key:?} should be plain text"));
                    continue;
                }
            }
        };
        for (cat, form) in forms {
            if form.trim().is_empty() {
                out.push(format!("{name}: {key:?} ({cat}) is empty"));
            }
            let got = placeholders(form);
            if got != wanted {
                out.push(format!(
                    "{name}: {key:?} ({cat}) has placeholders {got:?}, the key has {wanted:?}"
                ));
            }
        }
    }
    for key in messages.keys() {
        if !keys.contains_key(key) {
            out.push(format!("{name}: {key:?} is no longer in the source"));
        }
    }
    out
}

#[test]
fn every_language_file_translates_every_key() {
    let keys = source_keys();
    let mut all = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        all.extend(problems(lang, &keys));
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
}
