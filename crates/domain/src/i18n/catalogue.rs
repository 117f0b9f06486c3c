//! One language's messages, and how a key becomes text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::Lang;

/// A translated message: plain text, or the plural forms of a `"one|other"` key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Text with `{placeholders}`.
    Text(String),
    /// CLDR cardinal forms; `other` is required.
    Plural {
        /// The form for `Lang::is_one` counts.
        one: Option<String>,
        /// Every other count.
        other: String,
    },
}

/// Why a language file could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CatalogueError {
    /// The file is not the JSON shape of a language file.
    #[error("the language file could not be read: {0}")]
    Malformed(String),
    /// The file is for another language than the one asked for.
    #[error("the language file is for {found}, not {expected}")]
    WrongLanguage {
        /// The code asked for.
        expected: &'static str,
        /// The code the file names.
        found: String,
    },
}

// Read by hand rather than `#[serde(untagged)]`, which buffers every value before trying
// each variant and costs the wasm several kilobytes for what is a string or a map.
impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
        struct MessageVisitor;
        impl<'de> Visitor<'de> for MessageVisitor {
            type Value = Message;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or an object of plural forms with \"other\"")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Message, E> {
                Ok(Message::Text(text.to_owned()))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Message, E> {
                Ok(Message::Text(text))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Message, A::Error> {
                let (mut one, mut other) = (None, None);
                while let Some(category) = map.next_key::<String>()? {
                    let form: String = map.next_value()?;
                    // Categories Unknot's languages never use for integers are ignored.
                    match category.as_str() {
                        "one" => one = Some(form),
                        "other" => other = Some(form),
                        _ => {}
                    }
                }
                let other = other.ok_or_else(|| de::Error::missing_field("other"))?;
                Ok(Message::Plural { one, other })
            }
        }
        deserializer.deserialize_any(MessageVisitor)
    }
}

#[derive(Deserialize)]
struct File {
    lang: String,
    messages: BTreeMap<String, Message>,
}

/// The messages of one language. A key missing from it shows in English.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalogue {
    lang: Lang,
    messages: BTreeMap<String, Message>,
}

impl Catalogue {
    /// English: no file, every key is its own text.
    pub fn english() -> Catalogue {
        Catalogue::default()
    }

    /// Reads a language file (`{"lang": "de", "messages": {...}}`) for `lang`.
    pub fn parse(lang: Lang, json: &str) -> Result<Catalogue, CatalogueError> {
        let file: File =
            serde_json::from_str(json).map_err(|e| CatalogueError::Malformed(e.to_string()))?;
        if file.lang != lang.code() {
            return Err(CatalogueError::WrongLanguage {
                expected: lang.code(),
                found: file.lang,
            });
        }
        Ok(Catalogue {
            lang,
            messages: file.messages,
        })
    }

    /// The language these messages are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue has its own text for `key`.
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// The text of a plain key (English when the catalogue lacks it).
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        match self.messages.get(key) {
            Some(Message::Text(t)) => t,
            _ => key,
        }
    }

    /// The text of a plain key with its placeholders filled.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The form of a `"one|other"` key for `n`, with `{n}` and `args` filled.
    pub fn plural(&self, key: &str, n: i64, args: &[(&str, &str)]) -> String {
        let one = self.lang.is_one(n);
        let template = match self.messages.get(key) {
            Some(Message::Plural { one: Some(o), .. }) if one => o.as_str(),
            Some(Message::Plural { other, .. }) => other.as_str(),
            _ => {
                // English, or a key this file lacks: the key's own forms, English rules.
                let (en_one, en_other) = key.split_once('|').unwrap_or((key, key));
                if n == 1 {
                    en_one
                } else {
                    en_other
                }
            }
        };
        let count = n.to_string();
        let mut all: Vec<(&str, &str)> = vec![("n", &count)];
        all.extend_from_slice(args);
        fill(template, &all)
    }
}

/// Replaces each `{name}` in `template` with its value; unknown names stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
