//! A routine inside a link, with no server: `#/routines/add/<payload>`.
//!
//! Payload, format 1: `1.<name>.<step>.<step>…` where `<name>` is the UTF-8 name in
//! base64url and each `<step>` is `<zone key>_<passes>_<secs per pass>_<hold secs>`,
//! e.g. `1.RGVzaw.upper-back_3_10_20`. Only `A–Z a–z 0–9 - _ .` appear, so the payload
//! survives copying, chat apps and URL parsing unchanged.
//!
//! A link is input from a stranger: it is length-limited, every part is checked, doses
//! are clamped to the safe bounds, and the lower back is refused.

use super::base64url;
use super::dose::Dose;
use super::model::{clean_name, Routine, Step, MAX_NAME_CHARS, MAX_STEPS};
use crate::i18n::{msg, Catalogue, Tr};
use crate::zone::Zone;

/// The format version this build writes and reads.
pub const SHARE_VERSION: u32 = 1;
/// The route a shared routine opens, followed by the payload.
pub const ADD_ROUTE: &str = "#/routines/add/";
/// Longest payload accepted, in bytes: generous for the largest routine, far below
/// anything that could slow the page.
pub const MAX_PAYLOAD_CHARS: usize = 1_500;

/// A routine received by link, before it gets an id of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub name: String,
    pub steps: Vec<Step>,
}

impl Shared {
    /// The routine to keep, with a fresh id.
    pub fn into_routine(self, id: String) -> Routine {
        Routine {
            id,
            name: self.name,
            steps: self.steps,
        }
    }
}

/// Why a link cannot be used. Nothing is changed when this happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    TooNew,
    /// Damaged, with what is wrong (a message key).
    Malformed(&'static str),
    LowerBack,
}

impl ShareError {
    /// The problem in the language of `tr`.
    pub fn words_in(&self, tr: &Catalogue) -> String {
        match self {
            ShareError::Empty => tr.t("This link is empty: there is no routine in it."),
            ShareError::TooLong => tr.t("This link is too long to be an Unknot routine."),
            ShareError::TooNew => tr.t("This link was made by a newer version of Unknot. Update the app, then open the link again."),
            ShareError::Malformed(why) => tr.tf(
                "This link is damaged or not an Unknot routine ({why}).",
                &[("why", &tr.t(why))],
            ),
            ShareError::LowerBack => tr.t(
                "This link asks to roll the lower back, which Unknot never does, so it was not added.",
            ),
        }
    }
}

/// In English.
impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words_in(&Catalogue::english()))
    }
}

impl std::error::Error for ShareError {}

/// The payload for a routine (doses clamped first, so a link always carries safe doses).
pub fn encode(routine: &Routine) -> String {
    let mut out = format!(
        "{SHARE_VERSION}.{}",
        base64url::encode(clean_name(&routine.name).as_bytes())
    );
    for step in &routine.steps {
        let d = step.dose.clamped();
        out.push_str(&format!(
            ".{}_{}_{}_{}",
            step.zone.key(),
            d.passes,
            d.secs_per_pass,
            d.hold_secs
        ));
    }
    out
}

/// The whole link: the app's address (without any fragment) plus the route and payload.
pub fn link(app_address: &str, routine: &Routine) -> String {
    let base = app_address.split('#').next().unwrap_or(app_address);
    format!("{base}{ADD_ROUTE}{}", encode(routine))
}

fn zone_from_key(key: &str) -> Option<Zone> {
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return None;
    }
    serde_json::from_value(serde_json::Value::String(key.to_string())).ok()
}

fn number(text: &str) -> Result<u8, ShareError> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::Malformed(msg(
            "a dose is not a small whole number",
        )));
    }
    let n: u16 = text
        .parse()
        .map_err(|_| ShareError::Malformed(msg("a dose is not a number")))?;
    Ok(u8::try_from(n).unwrap_or(u8::MAX))
}

fn step(text: &str) -> Result<Step, ShareError> {
    let mut parts = text.split('_');
    let (Some(key), Some(p), Some(s), Some(h), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(ShareError::Malformed(msg(
            "a zone is not written the expected way",
        )));
    };
    let zone = zone_from_key(key).ok_or(ShareError::Malformed(msg(
        "it names a zone Unknot does not know",
    )))?;
    if !zone.rollable() {
        return Err(ShareError::LowerBack);
    }
    let dose = Dose {
        passes: number(p)?,
        secs_per_pass: number(s)?,
        hold_secs: number(h)?,
    }
    .clamped();
    Ok(Step { zone, dose })
}

/// The payload in what a person pasted into `Add from a link`: a whole shared link (the
/// text after `#/routines/add/`, percent-decoded as the address bar would), or that text
/// on its own. Surrounding spaces and a line break from the copy are dropped; what is
/// left goes to [`decode`], so a pasted link and an opened one give the same messages.
pub fn payload_in(pasted: &str) -> String {
    const MARK: &str = "#/routines/add/";
    let text = pasted.trim();
    match text.find(MARK) {
        Some(at) => {
            let tail = &text[at + MARK.len()..];
            let tail = tail.strip_suffix('/').unwrap_or(tail);
            crate::app::route::decode(tail).unwrap_or_else(|| tail.to_string())
        }
        None => text.to_string(),
    }
}

/// Reads a payload. Every way it can be wrong gives a [`ShareError`]; nothing panics.
pub fn decode(payload: &str) -> Result<Shared, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong);
    }
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    let mut parts = payload.split('.');
    let version = parts.next().unwrap_or_default();
    if version.is_empty() || version.len() > 6 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::Malformed(msg("it has no version number")));
    }
    match version.parse::<u32>() {
        Ok(SHARE_VERSION) => {}
        Ok(v) if v > SHARE_VERSION => return Err(ShareError::TooNew),
        _ => return Err(ShareError::Malformed(msg("its version number is unknown"))),
    }
    let raw_name = parts
        .next()
        .ok_or(ShareError::Malformed(msg("it has no name")))?;
    let bytes =
        base64url::decode(raw_name).ok_or(ShareError::Malformed(msg("its name is garbled")))?;
    let text =
        String::from_utf8(bytes).map_err(|_| ShareError::Malformed(msg("its name is garbled")))?;
    let name = clean_name(&text);
    if name.is_empty() {
        return Err(ShareError::Malformed(msg("it has no name")));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ShareError::Malformed(msg("its name is too long")));
    }
    let mut steps: Vec<Step> = Vec::new();
    for part in parts {
        if steps.len() == MAX_STEPS {
            return Err(ShareError::Malformed(msg("it has too many zones")));
        }
        let step = step(part)?;
        if steps.iter().any(|s| s.zone == step.zone) {
            return Err(ShareError::Malformed(msg("it lists a zone twice")));
        }
        steps.push(step);
    }
    if steps.is_empty() {
        return Err(ShareError::Malformed(msg("it has no zones")));
    }
    Ok(Shared { name, steps })
}
