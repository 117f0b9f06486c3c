//! Property tests: decoding never panics and never loses the raw string; merging is
//! idempotent and order-free; export and import round-trip any valid history.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::{TestSession, NOW};
use crate::record::{HotSpot, RoutineKind, SessionRecord, ZonePasses};
use crate::settings::Settings;
use crate::store::decode::{decode_history_v1, decode_record, decode_safety, decode_settings};
use crate::store::*;
use crate::zone::Zone;

/// Says whether a raw string is fully usable under some key.
type Usable = fn(&str) -> bool;

/// Every key whose value `load` decodes, with whether `raw` is fully usable there.
fn keys_under_test() -> Vec<(String, Usable)> {
    vec![
        (SETTINGS_KEY.into(), |raw| decode_settings(raw).is_ok()),
        (SAFETY_KEY.into(), |raw| decode_safety(raw).is_ok()),
        (session_key("p1"), |raw| decode_record(raw, "p1").is_ok()),
        (V1_HISTORY_KEY.into(), |raw| {
            matches!(decode_history_v1(raw), Ok((_, 0)))
        }),
    ]
}

/// The raw string is either usable, still under its key, or kept byte-for-byte.
fn not_lost(kv: &MemoryKv, key: &str, raw: &str, usable: bool) -> bool {
    usable
        || kv.get(key).ok().flatten().as_deref() == Some(raw)
        || backups(kv)
            .iter()
            .any(|b| b.raw == raw && b.original_key() == Some(key))
}

fn check_all_keys(raw: &str) -> Result<(), TestCaseError> {
    for (key, usable) in keys_under_test() {
        let kv = MemoryKv::from_entries([(key.as_str(), raw)]);
        let loaded = load(&kv, NOW);
        prop_assert!(
            not_lost(&kv, &key, raw, usable(raw)),
            "lost {raw:?} under {key}"
        );
        let again = load(&kv, NOW + 1);
        prop_assert_eq!(
            loaded.backups.len(),
            again.backups.len(),
            "no pile of copies"
        );
    }
    let kv = MemoryKv::from_entries([(ACTIVE_KEY, raw)]);
    let active = load_active::<TestSession>(&kv, NOW);
    prop_assert!(not_lost(
        &kv,
        ACTIVE_KEY,
        raw,
        matches!(active, Ok(Some(_)))
    ));
    let _ = import(raw, &[]);
    Ok(())
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "[a-z:\\-]{0,12}".prop_map(Value::from),
        prop::sample::select(vec!["upper-back", "lower-back", "it-band-left", "full"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "v",
                    "id",
                    "settings",
                    "record",
                    "session",
                    "sessions",
                    "acknowledged_at",
                    "started_at",
                    "ended_at",
                    "zones",
                    "completed",
                    "hot_spots",
                    "pos",
                    "hold",
                    "app",
                    "x"
                ])
                .prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Envelopes with plausible versions and payload names around arbitrary content.
fn envelope_value() -> impl Strategy<Value = Value> {
    (
        prop_oneof![
            Just(json!(1)),
            Just(json!(2)),
            Just(json!(3)),
            Just(json!(0)),
            Just(json!(-1)),
            Just(json!("2")),
            Just(json!(1.5)),
            Just(json!(u64::MAX))
        ],
        prop::sample::select(vec![
            "settings",
            "acknowledged_at",
            "record",
            "session",
            "sessions",
        ]),
        json_value(),
    )
        .prop_map(|(v, field, payload)| json!({"v": v, field: payload}))
}

fn record_strategy() -> impl Strategy<Value = SessionRecord> {
    let rollable: Vec<Zone> = Zone::ALL.into_iter().filter(|z| z.rollable()).collect();
    let zone = prop::sample::select(rollable);
    (
        "[a-z0-9]{1,4}",
        0u64..4_000_000_000_000,
        0u64..10_000_000,
        prop::collection::vec(zone.clone(), 0..4),
        any::<bool>(),
        prop::collection::vec(
            (zone.clone(), 0u8..6).prop_map(|(zone, passes)| ZonePasses { zone, passes }),
            0..3,
        ),
        prop::collection::vec(
            (zone, 0.0f32..=1.0, any::<u32>(), prop::option::of(0u8..=10)).prop_map(
                |(zone, position, held, tenderness)| HotSpot {
                    zone,
                    position,
                    found_at: u64::from(held),
                    held_ms: u64::from(held),
                    tenderness,
                },
            ),
            0..3,
        ),
        (
            prop::option::of(0u8..=10),
            prop::option::of(0u8..=10),
            ".{0,20}",
            any::<u32>(),
        ),
    )
        .prop_map(
            |(
                id,
                started_at,
                length,
                zones,
                completed,
                passes,
                hot_spots,
                (pain_before, pain_after, note, active),
            )| SessionRecord {
                id,
                started_at,
                ended_at: started_at + length,
                routine: if completed {
                    RoutineKind::Full
                } else {
                    RoutineKind::Custom
                },
                zones,
                completed,
                passes,
                hot_spots,
                pain_before,
                pain_after,
                note,
                active_ms: u64::from(active),
                routine_used: None,
                skipped: Vec::new(),
                rolled_ms: 0,
            },
        )
}

fn ids(records: &[SessionRecord]) -> Vec<String> {
    records.iter().map(|r| r.id.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic_or_get_lost(raw in ".{0,80}") {
        check_all_keys(&raw)?;
    }

    #[test]
    fn arbitrary_json_never_panics_or_gets_lost(value in prop_oneof![json_value(), envelope_value()]) {
        check_all_keys(&value.to_string())?;
    }

    #[test]
    fn truncated_or_altered_records_are_never_lost(r in record_strategy(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let good = json!({"v": 3, "record": r}).to_string();
        let at = cut.index(good.len() + 1);
        let truncated: String = good.chars().take(at).collect();
        check_all_keys(&truncated)?;
        let mut altered = good.into_bytes();
        if !altered.is_empty() {
            let i = cut.index(altered.len());
            altered[i] = byte;
        }
        check_all_keys(&String::from_utf8_lossy(&altered))?;
    }

    #[test]
    fn merge_is_idempotent_and_order_free(a in prop::collection::vec(record_strategy(), 0..8), b in prop::collection::vec(record_strategy(), 0..8)) {
        let ab = merge(&a, &b);
        prop_assert_eq!(&merge(&ab, &b), &ab);
        prop_assert_eq!(&merge(&ab, &ab), &ab);
        prop_assert_eq!(&merge(&ab, &[]), &ab);
        let mut ids_ab = ids(&ab);
        let mut ids_ba = ids(&merge(&b, &a));
        crate::order::sort(&mut ids_ab);
        crate::order::sort(&mut ids_ba);
        prop_assert_eq!(&ids_ab, &ids_ba);
        let mut all: Vec<String> = ids(&a).into_iter().chain(ids(&b)).collect();
        crate::order::sort(&mut all);
        all.dedup();
        prop_assert_eq!(ids_ab, all);
    }

    #[test]
    fn export_then_import_round_trips(records in prop::collection::vec(record_strategy(), 0..8), ack in prop::option::of(any::<u64>())) {
        let history = merge(&records, &[]);
        let text = export(&Settings::default(), ack, &history, &[], NOW);
        let report = import(&text, &[]).unwrap();
        prop_assert!(report.rejected.is_empty(), "{:?}", report.rejected);
        prop_assert_eq!(&report.added, &history);
        let kv = MemoryKv::new();
        apply_import(&kv, &report, NOW).unwrap();
        let loaded = load(&kv, NOW);
        prop_assert_eq!(export(&Settings::default(), ack, &loaded.history, &loaded.backups, NOW), text);
        let again = import(&export(&Settings::default(), ack, &history, &[], NOW), &loaded.history).unwrap();
        prop_assert!(again.added.is_empty());
        prop_assert_eq!(again.already_present, history.len());
    }
}
