//! The glossary check (`docs/glossary.json`): each language says one idea with one word.
//! Where an English key names the roller, a hot spot or trigger point, a pass, a hold or
//! a session, its translation uses the chosen term; no banned variant appears in a
//! language file; French keeps its typography (a no-break space before `:` `;` `?` `!`
//! and inside « », one apostrophe).
#![cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

/// Each message of a language file as (key, every form of its text joined).
fn messages(code: &str) -> Vec<(String, String)> {
    let file = read(&format!("public/lang/{code}.json"));
    file["messages"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(key, text)| {
            let text = match text {
                Value::String(s) => s.clone(),
                Value::Object(forms) => forms
                    .values()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("\n"),
                other => panic!("{code}: {key}: unexpected {other}"),
            };
            (key.clone(), text)
        })
        .collect()
}

/// Whether `word` occurs in `text` as a whole word (letters on neither side), any case.
fn has_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    text.match_indices(&word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        edge(before) && edge(after)
    })
}

/// `text` with every `{placeholder}` taken out.
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the English `word` (or its plural) is in `key`.
fn names(key: &str, word: &str) -> bool {
    has_word(key, word) || has_word(key, &format!("{word}s")) || has_word(key, &format!("{word}es"))
}

#[test]
fn every_language_uses_its_chosen_term_for_each_idea() {
    let glossary = read("docs/glossary.json");
    let except: Vec<&str> = glossary["except"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let mut problems = Vec::new();
    for (code, lang) in glossary["languages"].as_object().unwrap() {
        let all = messages(code);
        for term in lang["terms"].as_array().unwrap() {
            let (en, stem) = (term["en"].as_str().unwrap(), term["stem"].as_str().unwrap());
            let mut used = 0;
            for (key, text) in &all {
                if !names(key, en) || except.contains(&key.as_str()) {
                    continue;
                }
                used += 1;
                if !text.to_lowercase().contains(&stem.to_lowercase()) {
                    problems.push(format!(
                        "{code}: {key:?} names {en:?} but says {text:?}, not {:?}",
                        term["use"].as_str().unwrap()
                    ));
                }
            }
            assert!(
                used > 0,
                "{code}: no key names {en:?}: the glossary is stale"
            );
        }
        for banned in lang["banned"].as_array().unwrap() {
            let banned = banned.as_str().unwrap();
            for (key, text) in &all {
                // A `{placeholder}` is a name in the code, not a word of the language.
                let words = if banned.contains('{') {
                    text.clone()
                } else {
                    without_placeholders(text)
                };
                let found = if banned.chars().all(char::is_alphanumeric) {
                    has_word(&words, banned)
                } else {
                    words.contains(banned)
                };
                if found {
                    problems.push(format!(
                        "{code}: {key:?} uses the banned {banned:?}: {text:?}"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn french_keeps_its_typography() {
    const NBSP: char = '\u{a0}';
    let mut problems = Vec::new();
    for (key, text) in messages("fr") {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // `:` in a time or an address (12:30, https://) is not punctuation.
            let colon_in_word = c == ':' && after.is_some_and(|a| a == '/' || a.is_ascii_digit());
            let needs_space = matches!(c, ':' | ';' | '?' | '!' | '»') && !colon_in_word;
            if needs_space && before != Some(NBSP) {
                problems.push(format!(
                    "{key:?}: no no-break space before {c:?} in {text:?}"
                ));
            }
            if c == '«' && after != Some(NBSP) {
                problems.push(format!("{key:?}: no no-break space after « in {text:?}"));
            }
            if c == '\'' {
                problems.push(format!(
                    "{key:?}: a straight apostrophe in {text:?} (use ’)"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
