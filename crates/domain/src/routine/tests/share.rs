use proptest::prelude::*;

use super::{rollable, routine};
use crate::routine::share::{decode, encode, link, ADD_ROUTE, MAX_PAYLOAD_CHARS};
use crate::routine::*;
use crate::zone::Zone;

fn any_name() -> impl Strategy<Value = String> {
    // Any characters, markup and control characters included.
    proptest::collection::vec(any::<char>(), 1..=MAX_NAME_CHARS)
        .prop_map(|c| c.into_iter().collect::<String>())
        .prop_filter("a name with something in it", |n| {
            !clean_name(n).is_empty() && clean_name(n).chars().count() <= MAX_NAME_CHARS
        })
}

fn any_shareable() -> impl Strategy<Value = Routine> {
    let zones = rollable();
    (
        any_name(),
        Just(zones.clone()).prop_shuffle(),
        1..=zones.len(),
        proptest::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), zones.len()),
    )
        .prop_map(|(name, zones, n, doses)| Routine {
            id: "r".into(),
            name,
            steps: zones[..n]
                .iter()
                .zip(doses)
                .map(|(&zone, (p, s, h))| Step {
                    zone,
                    dose: Dose {
                        passes: p,
                        secs_per_pass: s,
                        hold_secs: h,
                    },
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_link_round_trips_with_safe_doses(r in any_shareable()) {
        let payload = encode(&r);
        prop_assert!(payload.len() <= MAX_PAYLOAD_CHARS);
        prop_assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        let back = decode(&payload).unwrap();
        let tidy = r.clone().tidied();
        prop_assert_eq!(&back.name, &tidy.name);
        prop_assert_eq!(&back.steps, &tidy.steps);
        prop_assert!(back.steps.iter().all(|s| s.dose.is_safe() && s.zone.rollable()));
    }

    #[test]
    fn any_text_is_refused_or_gives_a_safe_routine(text in ".{0,400}") {
        check_safe(&text);
    }

    #[test]
    fn mangled_links_are_refused_or_give_a_safe_routine(
        r in any_shareable(),
        cut in any::<prop::sample::Index>(),
        insert in any::<char>(),
        flip in any::<prop::sample::Index>(),
    ) {
        let payload = encode(&r);
        let mut chars: Vec<char> = payload.chars().collect();
        let i = flip.index(chars.len());
        chars[i] = insert;
        check_safe(&chars.iter().collect::<String>());
        check_safe(&payload[..cut.index(payload.len() + 1)]);
    }

    #[test]
    fn out_of_bounds_doses_are_clamped(p in 0u32..100_000, s in 0u32..100_000, h in 0u32..100_000) {
        let payload = format!("1.QQ.upper-back_{p}_{s}_{h}");
        if let Ok(shared) = decode(&payload) {
            prop_assert!(shared.steps[0].dose.is_safe());
        }
    }
}

/// Whatever a stranger sends: an error, or a routine that obeys every rule.
fn check_safe(text: &str) {
    if let Ok(shared) = decode(text) {
        let r = shared.into_routine("x".into());
        assert_eq!(r.validate(&[]), Ok(()), "{text:?}");
        assert!(r
            .steps
            .iter()
            .all(|s| s.dose.is_safe() && s.zone.rollable()));
        assert!(r.name.chars().all(|c| !c.is_control()));
    }
}

#[test]
fn the_payload_is_short_and_readable() {
    let r = routine(
        "r",
        "Desk",
        &[Zone::UpperBack, Zone::ShoulderBladeLeft],
        Dose {
            passes: 3,
            secs_per_pass: 10,
            hold_secs: 20,
        },
    );
    assert_eq!(
        encode(&r),
        "1.RGVzaw.upper-back_3_10_20.shoulder-blade-left_3_10_20"
    );
    let all = routine(
        "r",
        &"n".repeat(MAX_NAME_CHARS),
        &rollable(),
        Dose::default(),
    );
    // Every rollable zone (17) and the longest name: still a few hundred characters.
    assert!(encode(&all).len() < 500, "{}", encode(&all).len());
    assert_eq!(
        link("https://example.org/unknot/#/settings", &r),
        format!("https://example.org/unknot/{ADD_ROUTE}{}", encode(&r))
    );
    // The link's fragment is the app's route to the `Add routine` screen.
    assert_eq!(
        crate::app::route::parse(&format!("{ADD_ROUTE}{}", encode(&r))),
        Some(crate::app::Screen::RoutineAdd(encode(&r)))
    );
}

#[test]
fn hostile_names_stay_characters() {
    let evil = "<img src=x onerror=alert(1)>";
    let r = routine("r", evil, &[Zone::UpperBack], Dose::default());
    let back = decode(&encode(&r)).unwrap();
    assert_eq!(back.name, evil);
    let js = routine(
        "r",
        "javascript:alert(1)//\"'",
        &[Zone::UpperBack],
        Dose::default(),
    );
    assert_eq!(
        decode(&encode(&js)).unwrap().name,
        "javascript:alert(1)//\"'"
    );
}

#[test]
fn every_kind_of_bad_link_is_refused_with_a_reason() {
    let b64 = |s: &str| super::super::base64url::encode(s.as_bytes());
    let long_name = b64(&"x".repeat(MAX_NAME_CHARS + 1));
    let cases: Vec<(String, ShareError)> = vec![
        (String::new(), ShareError::Empty),
        ("x".repeat(MAX_PAYLOAD_CHARS + 1), ShareError::TooLong),
        ("2.QQ.upper-back_3_10_20".into(), ShareError::TooNew),
        ("99999.QQ".into(), ShareError::TooNew),
        ("1.QQ.lower-back_3_10_20".into(), ShareError::LowerBack),
        (
            "1.QQ.upper-back_3_10_20.lower-back_3_10_20".into(),
            ShareError::LowerBack,
        ),
        (
            "0.QQ.upper-back_3_10_20".into(),
            ShareError::Malformed("its version number is unknown"),
        ),
        (
            "v1.QQ.upper-back_3_10_20".into(),
            ShareError::Malformed("it has no version number"),
        ),
        ("1".into(), ShareError::Malformed("it has no name")),
        ("1.QQ".into(), ShareError::Malformed("it has no zones")),
        (
            "1..upper-back_3_10_20".into(),
            ShareError::Malformed("it has no name"),
        ),
        (
            "1.!!.upper-back_3_10_20".into(),
            ShareError::Malformed("its name is garbled"),
        ),
        (
            format!("1.{}.upper-back_3_10_20", b64(" \t ")),
            ShareError::Malformed("it has no name"),
        ),
        (
            format!("1.{long_name}.upper-back_3_10_20"),
            ShareError::Malformed("its name is too long"),
        ),
        (
            "1.QQ.elbow_3_10_20".into(),
            ShareError::Malformed("it names a zone Unknot does not know"),
        ),
        (
            "1.QQ.Upper-Back_3_10_20".into(),
            ShareError::Malformed("it names a zone Unknot does not know"),
        ),
        (
            "1.QQ.upper-back_3_10".into(),
            ShareError::Malformed("a zone is not written the expected way"),
        ),
        (
            "1.QQ.upper-back_3_10_20_1".into(),
            ShareError::Malformed("a zone is not written the expected way"),
        ),
        (
            "1.QQ.upper-back_-3_10_20".into(),
            ShareError::Malformed("a dose is not a small whole number"),
        ),
        (
            "1.QQ.upper-back_3_1e9_20".into(),
            ShareError::Malformed("a dose is not a small whole number"),
        ),
        (
            "1.QQ.upper-back_3_10_20.upper-back_3_10_20".into(),
            ShareError::Malformed("it lists a zone twice"),
        ),
        (
            "1.QQ.upper-back_3_10_20.".into(),
            ShareError::Malformed("a zone is not written the expected way"),
        ),
    ];
    for (payload, expected) in cases {
        assert_eq!(decode(&payload), Err(expected.clone()), "{payload:?}");
        assert!(!expected.to_string().is_empty());
    }
    // Too many zones: more steps than any routine may have.
    let many: String = (0..40).map(|i| format!(".z{i}_3_10_20")).collect();
    assert!(decode(&format!("1.QQ{many}")).is_err());
    assert!(ShareError::TooNew.to_string().contains("newer version"));
}

#[test]
fn huge_doses_are_clamped_not_refused() {
    let shared = decode("1.QQ.upper-back_999_0_255").unwrap();
    assert_eq!(
        shared.steps[0].dose,
        Dose {
            passes: 5,
            secs_per_pass: 6,
            hold_secs: 45
        }
    );
    assert_eq!(shared.name, "A");
}

#[test]
fn a_pasted_link_or_its_tail_gives_the_payload() {
    use crate::routine::share::payload_in;
    let payload = "1.TXkgYmFjaw.upper-back_3_10_30";
    assert_eq!(
        payload_in(&format!(
            "https://example.org/unknot/#/routines/add/{payload}"
        )),
        payload
    );
    assert_eq!(payload_in(&format!("  {payload}\n")), payload);
    assert_eq!(
        payload_in(&format!("http://x/#/routines/add/{payload}/")),
        payload
    );
    // Percent-encoded as some apps copy it.
    assert_eq!(
        payload_in("http://x/#/routines/add/1.TXk%2Egkw"),
        "1.TXk.gkw"
    );
    assert_eq!(payload_in(""), "");
    // Text that is no link stays as it is, and decode says why it cannot be used.
    assert!(crate::routine::share::decode(&payload_in("hello there")).is_err());
}
