//! Addresses: each [`Screen`] as a hash route (`#/settings`, `#/progress/<id>`), and back.
//!
//! Hash routes need no server rewrites, so the same build works at any sub-path of a
//! static host and offline. A screen that carries a value (a session id, later a shared
//! routine) keeps it in one path segment, percent-encoded, so any text survives the trip
//! through the address bar. Adding a screen is one variant of [`Screen`], one arm in
//! [`parse`] and one in [`format`].

use crate::i18n::msg;

/// Which screen is showing: the route. Each has an address (below).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Home,
    Safety,
    Session,
    Settings,
    Progress,
    /// One past session's summary, by id.
    Past(String),
    /// The routine builder, empty (`#/routines/new`).
    RoutineNew,
    /// The routine builder on a saved routine, by id (`#/routines/edit/<id>`).
    RoutineEdit(String),
    /// The weekly plan: where it stands, its advice, its end (`#/plan`).
    Plan,
    /// Starting or changing the plan (`#/plan/setup`).
    PlanSetup,
    /// A routine received by link, with its payload (`#/routines/add/<payload>`).
    RoutineAdd(String),
    /// The one-page report for a physio (`#/report`).
    Report,
}

/// What the person sees when an address names no screen of Unknot.
pub const UNKNOWN_ADDRESS: &str =
    msg("That address is not a page of Unknot, so here is the home screen instead.");

/// The hash route of a screen, always starting with `#/`.
pub fn format(screen: &Screen) -> String {
    match screen {
        Screen::Home => "#/".into(),
        Screen::Progress => "#/progress".into(),
        Screen::Past(id) => format!("#/progress/{}", encode(id)),
        Screen::Settings => "#/settings".into(),
        Screen::Safety => "#/safety".into(),
        Screen::Session => "#/session".into(),
        Screen::RoutineNew => "#/routines/new".into(),
        Screen::Plan => "#/plan".into(),
        Screen::PlanSetup => "#/plan/setup".into(),
        Screen::Report => "#/report".into(),
        Screen::RoutineEdit(id) => format!("#/routines/edit/{}", encode(id)),
        Screen::RoutineAdd(payload) => format!("#/routines/add/{}", encode(payload)),
    }
}

/// The screen a location hash names (`""`, `"#"` and `"#/"` are Home), or `None` for an
/// address Unknot does not know. A trailing slash is ignored.
pub fn parse(hash: &str) -> Option<Screen> {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    let segments: Vec<String> = if path.is_empty() {
        Vec::new()
    } else {
        path.split('/').map(decode).collect::<Option<_>>()?
    };
    let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
    Some(match parts.as_slice() {
        [] => Screen::Home,
        ["progress"] => Screen::Progress,
        ["progress", id] if !id.is_empty() => Screen::Past((*id).to_string()),
        ["settings"] => Screen::Settings,
        ["safety"] => Screen::Safety,
        ["session"] => Screen::Session,
        ["routines", "new"] => Screen::RoutineNew,
        ["plan"] => Screen::Plan,
        ["plan", "setup"] => Screen::PlanSetup,
        ["report"] => Screen::Report,
        ["routines", "edit", id] if !id.is_empty() => Screen::RoutineEdit((*id).to_string()),
        ["routines", "add", payload] => Screen::RoutineAdd((*payload).to_string()),
        _ => return None,
    })
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`] (and any other valid percent-encoding); `None` when an escape is
/// broken or the bytes are not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_screen() -> Vec<Screen> {
        vec![
            Screen::Home,
            Screen::Progress,
            Screen::Past("s-1800000000000-abc".into()),
            Screen::Past("a/b c%d#é?".into()),
            Screen::Settings,
            Screen::Safety,
            Screen::Session,
            Screen::RoutineNew,
            Screen::Plan,
            Screen::PlanSetup,
            Screen::Report,
            Screen::RoutineEdit("r-1800000000000-abc".into()),
            Screen::RoutineAdd("1.TXkgYmFjaw.upper-back_3_10_30".into()),
        ]
    }

    #[test]
    fn every_screen_survives_the_round_trip() {
        for screen in every_screen() {
            let hash = format(&screen);
            assert!(hash.starts_with("#/"), "{hash}");
            assert_eq!(parse(&hash), Some(screen), "{hash}");
        }
    }

    #[test]
    fn the_addresses_are_the_documented_ones() {
        assert_eq!(format(&Screen::Home), "#/");
        assert_eq!(format(&Screen::Settings), "#/settings");
        assert_eq!(format(&Screen::Past("s-1".into())), "#/progress/s-1");
        assert_eq!(parse(""), Some(Screen::Home));
        assert_eq!(parse("#"), Some(Screen::Home));
        assert_eq!(parse("#/settings/"), Some(Screen::Settings));
        assert_eq!(parse("#settings"), Some(Screen::Settings));
    }

    #[test]
    fn ids_are_percent_encoded_into_one_segment() {
        let hash = format(&Screen::Past("a/b c%d#é?".into()));
        assert_eq!(hash, "#/progress/a%2Fb%20c%25d%23%C3%A9%3F");
        assert_eq!(hash.matches('/').count(), 2, "the id stays one segment");
        // Browsers may leave some characters raw; those decode too.
        assert_eq!(parse("#/progress/é x"), Some(Screen::Past("é x".into())));
    }

    #[test]
    fn unknown_and_broken_addresses_name_no_screen() {
        for hash in [
            "#/nowhere",
            "#/settings/more",
            "#/progress/",
            "#/progress/%",
            "#/progress/%zz",
            "#/progress/%C3",
            "#/Session",
        ] {
            let found = parse(hash);
            // "#/progress/" is Progress with a trailing slash, the rest are unknown.
            if hash == "#/progress/" {
                assert_eq!(found, Some(Screen::Progress));
            } else {
                assert_eq!(found, None, "{hash}");
            }
        }
    }

    #[test]
    fn decode_accepts_lower_case_escapes_and_rejects_short_ones() {
        assert_eq!(decode("%c3%a9").as_deref(), Some("é"));
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("plain"), Some("plain".into()));
    }
}
