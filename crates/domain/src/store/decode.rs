//! Turning raw stored strings into values, with a plain-words reason when that fails.
//! Nothing here panics on any input and nothing here writes.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::i18n::{Arg, Line};
use crate::record::{EpochMs, SessionRecord};
use crate::settings::Settings;

use super::migrate::{record_v1_to_v2, record_v2_to_v3, settings_v1_to_v2};
use super::schema::{V1Record, V1Settings, CURRENT_VERSION};
use super::validate::validate_record;

/// Why a stored string cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// Not JSON at all (truncated, garbled).
    Corrupt(Line),
    /// JSON, but not a shape this version wrote.
    Foreign(Line),
    /// Written by a newer version: leave it where it is.
    TooNew(u64),
}

impl Unreadable {
    /// The reason in plain words.
    pub(crate) fn reason(&self) -> Line {
        match self {
            Unreadable::Corrupt(r) | Unreadable::Foreign(r) => r.clone(),
            Unreadable::TooNew(v) => Line::tf(
                "it is in format {version}, newer than this version",
                vec![("version", Arg::Number(*v))],
            ),
        }
    }
}

/// A decoded value and whether it came from an older format.
pub(crate) struct Decoded<T> {
    pub value: T,
    pub migrated: bool,
}

/// Reads `{"v":N,…}`: the version and the remaining fields.
pub(crate) fn envelope(raw: &str) -> Result<(u64, Map<String, Value>), Unreadable> {
    let value: Value = serde_json::from_str(raw)
        .map_err(|_| Unreadable::Corrupt(Line::t("it is not valid JSON")))?;
    let Value::Object(mut map) = value else {
        return Err(Unreadable::Foreign(Line::t("it is not a JSON object")));
    };
    let version = match map.remove("v") {
        Some(v) => v
            .as_u64()
            .ok_or_else(|| Unreadable::Foreign(Line::t("its version is not a whole number")))?,
        None => return Err(Unreadable::Foreign(Line::t("it has no version number"))),
    };
    if version == 0 {
        return Err(Unreadable::Foreign(Line::t(
            "it has version 0, which never existed",
        )));
    }
    if version > CURRENT_VERSION {
        return Err(Unreadable::TooNew(version));
    }
    Ok((version, map))
}

/// Takes one field out of an envelope and deserializes it.
pub(crate) fn field<T: DeserializeOwned>(
    map: &mut Map<String, Value>,
    name: &str,
) -> Result<T, Unreadable> {
    let field = || vec![("field", Arg::Text(name.to_string()))];
    let value = map
        .remove(name)
        .ok_or_else(|| Unreadable::Foreign(Line::tf("it has no “{field}” field", field())))?;
    serde_json::from_value(value).map_err(|_| {
        Unreadable::Foreign(Line::tf(
            "its “{field}” field has an unexpected shape",
            field(),
        ))
    })
}

/// `unknot:settings`, format 1 or 2. Not clamped yet.
pub(crate) fn decode_settings(raw: &str) -> Result<Decoded<Settings>, Unreadable> {
    let (version, mut map) = envelope(raw)?;
    if version == 1 {
        let old: V1Settings = field(&mut map, "settings")?;
        Ok(Decoded {
            value: settings_v1_to_v2(old),
            migrated: true,
        })
    } else {
        Ok(Decoded {
            value: field(&mut map, "settings")?,
            migrated: false,
        })
    }
}

/// `unknot:safety`: the same shape in formats 1 and 2.
pub(crate) fn decode_safety(raw: &str) -> Result<Decoded<EpochMs>, Unreadable> {
    let (version, mut map) = envelope(raw)?;
    Ok(Decoded {
        value: field(&mut map, "acknowledged_at")?,
        migrated: version < CURRENT_VERSION,
    })
}

/// `unknot:session:<id>` (format 2 only: format 1 had no per-session keys).
pub(crate) fn decode_record(raw: &str, id_in_key: &str) -> Result<SessionRecord, Unreadable> {
    let (version, mut map) = envelope(raw)?;
    if version < 2 {
        return Err(Unreadable::Foreign(Line::t(
            "format 1 never stored sessions one per key",
        )));
    }
    let record: SessionRecord = field(&mut map, "record")?;
    let record = if version == 2 {
        record_v2_to_v3(record)
    } else {
        record
    };
    if record.id != id_in_key {
        return Err(Unreadable::Foreign(Line::t(
            "the session inside has a different id from its key",
        )));
    }
    validate_record(&record).map_err(Unreadable::Foreign)?;
    Ok(record)
}

/// `unknot:active` (format 2 only: format 1 did not keep the session in progress).
pub(crate) fn decode_active<T: DeserializeOwned>(raw: &str) -> Result<T, Unreadable> {
    let (version, mut map) = envelope(raw)?;
    if version < 2 {
        return Err(Unreadable::Foreign(Line::t(
            "format 1 never stored a session in progress",
        )));
    }
    field(&mut map, "session")
}

/// `unknot:history` (format 1 only): the readable records, converted, and how many
/// entries could not be used.
pub(crate) fn decode_history_v1(raw: &str) -> Result<(Vec<SessionRecord>, usize), Unreadable> {
    let (version, mut map) = envelope(raw)?;
    if version != 1 {
        return Err(Unreadable::Foreign(Line::tf(
            "format {version} never stored history in one key",
            vec![("version", Arg::Number(version))],
        )));
    }
    let entries: Vec<Value> = field(&mut map, "sessions")?;
    let mut good = Vec::new();
    let mut bad = 0;
    for entry in entries {
        match decode_v1_record_value(entry) {
            Ok(r) => good.push(r),
            Err(_) => bad += 1,
        }
    }
    Ok((good, bad))
}

/// One format 1 record as a validated format 2 record.
pub(crate) fn decode_v1_record_value(value: Value) -> Result<SessionRecord, Line> {
    let old: V1Record = serde_json::from_value(value).map_err(|_| unexpected_shape())?;
    let record = record_v2_to_v3(record_v1_to_v2(old));
    validate_record(&record)?;
    Ok(record)
}

/// One format 2 or 3 record (`format`) as a validated format 3 record.
pub(crate) fn decode_v2_record_value(value: Value, format: u64) -> Result<SessionRecord, Line> {
    let record: SessionRecord = serde_json::from_value(value).map_err(|_| unexpected_shape())?;
    let record = if format == 2 {
        record_v2_to_v3(record)
    } else {
        record
    };
    validate_record(&record)?;
    Ok(record)
}

/// The reason for an entry the parser could not read (its own words are not for people).
pub(crate) fn unexpected_shape() -> Line {
    Line::t("it has an unexpected shape")
}
