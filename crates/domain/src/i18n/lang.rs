//! The languages Unknot speaks, and which one a device asks for.

use serde::{Deserialize, Deserializer, Serialize};

/// A language of the interface and the spoken cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, built into the app.
    #[default]
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Portuguese (Brazilian usage).
    Pt,
}

impl Lang {
    /// Every language, in the order the `Language` select lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::Pt];

    /// The BCP 47 primary tag: `<html lang>`, the file name, the voice match.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// The language's name in itself, as the `Language` select shows it (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
        }
    }

    /// The language of a tag such as `de-AT` or `pt_BR` (case-insensitive primary subtag).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language of a device's preference list (`navigator.languages`),
    /// English when none is supported.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
            .unwrap_or_default()
    }

    /// Whether `n` takes the `one` form (CLDR cardinal rules for integers).
    pub fn is_one(self, n: i64) -> bool {
        match self {
            Lang::En | Lang::De | Lang::Es => n == 1,
            Lang::Fr | Lang::Pt => n == 0 || n == 1,
        }
    }
}

/// Reads a saved language choice leniently: a code this version does not know (written
/// by a newer one), or a value of the wrong type, means "follow the device", so the rest
/// of the settings still load.
pub fn lenient_lang<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Lang>, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(value.as_str().and_then(Lang::from_tag))
}
