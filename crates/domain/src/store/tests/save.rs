use super::{record, TestSession, NOW};
use crate::settings::Settings;
use crate::store::*;

#[test]
fn settings_round_trip_and_are_clamped_on_save() {
    let kv = MemoryKv::new();
    let wild = Settings {
        hold_secs: 99,
        ..Settings::default()
    };
    save_settings(&kv, &wild, NOW).unwrap();
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.settings.hold_secs, 45);
    assert!(loaded.notices.is_empty());
    assert_eq!(read_settings(&kv), Some(loaded.settings));
}

#[test]
fn safety_round_trips() {
    let kv = MemoryKv::new();
    save_safety(&kv, 1234).unwrap();
    assert_eq!(load(&kv, NOW).safety_acknowledged_at, Some(1234));
    assert_eq!(read_safety(&kv), Some(1234));
}

#[test]
fn an_invalid_record_is_refused_and_nothing_is_written() {
    let kv = MemoryKv::new();
    let mut bad = record("a", 100);
    bad.ended_at = 50;
    let err = save_record(&kv, &bad, NOW).unwrap_err();
    assert!(matches!(err, StoreError::Invalid { .. }));
    assert!(err.to_string().contains("ends before it starts"));
    assert!(kv.snapshot().is_empty());
}

#[test]
fn two_tabs_writing_history_lose_nothing() {
    let kv = MemoryKv::new();
    // Tab one loaded an empty history, tab two too; each then finishes a session.
    let tab_one = load(&kv, NOW).history;
    let tab_two = load(&kv, NOW).history;
    save_record(&kv, &record("from-one", 1), NOW).unwrap();
    save_record(&kv, &record("from-two", 2), NOW).unwrap();
    assert!(tab_one.is_empty() && tab_two.is_empty());
    let ids: Vec<String> = read_history(&kv).into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["from-one", "from-two"]);
    assert_eq!(read_record(&kv, "from-two"), Some(record("from-two", 2)));
}

#[test]
fn the_active_session_round_trips_and_clears() {
    let kv = MemoryKv::new();
    assert_eq!(load_active::<TestSession>(&kv, NOW), Ok(None));
    let s = TestSession {
        step: 3,
        deadline: 99,
    };
    save_active(&kv, &s, NOW).unwrap();
    assert_eq!(load_active::<TestSession>(&kv, NOW), Ok(Some(s)));
    clear_active(&kv, NOW).unwrap();
    assert_eq!(load_active::<TestSession>(&kv, NOW), Ok(None));
}

#[test]
fn an_unreadable_active_session_is_copied_and_removed() {
    for raw in [
        "{\"v\":2,\"sess",
        r#"{"v":2,"session":{"step":"three"}}"#,
        r#"{"v":1,"session":{}}"#,
    ] {
        let kv = MemoryKv::from_entries([(ACTIVE_KEY, raw)]);
        let err = load_active::<TestSession>(&kv, NOW).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{raw}: {err:?}");
        assert!(Notice::from_error(&err)
            .text
            .contains("could not be resumed"));
        assert_eq!(backups(&kv)[0].raw, raw);
        assert_eq!(load_active::<TestSession>(&kv, NOW), Ok(None));
    }
}

#[test]
fn a_newer_active_session_is_never_overwritten_or_removed() {
    let raw = r#"{"v":4,"session":{"anything":true}}"#;
    let kv = MemoryKv::from_entries([(ACTIVE_KEY, raw)]);
    let err = load_active::<TestSession>(&kv, NOW).unwrap_err();
    assert_eq!(
        err,
        StoreError::TooNew {
            key: ACTIVE_KEY.into(),
            version: 4
        }
    );
    assert!(Notice::from_error(&err).text.contains("newer version"));
    let s = TestSession {
        step: 1,
        deadline: 2,
    };
    assert!(matches!(
        save_active(&kv, &s, NOW),
        Err(StoreError::TooNew { .. })
    ));
    assert!(matches!(
        clear_active(&kv, NOW),
        Err(StoreError::TooNew { .. })
    ));
    assert_eq!(kv.get(ACTIVE_KEY).unwrap().as_deref(), Some(raw));
    load_active::<TestSession>(&kv, NOW + 1).unwrap_err();
    assert_eq!(backups(&kv).len(), 1, "one copy, not one per attempt");
}

#[test]
fn writing_over_an_unreadable_value_keeps_a_copy_first() {
    let kv = MemoryKv::from_entries([(SETTINGS_KEY, "[1,2")]);
    save_settings(&kv, &Settings::default(), NOW).unwrap();
    assert_eq!(backups(&kv)[0].raw, "[1,2");
    assert_eq!(read_settings(&kv), Some(Settings::default()));
    clear_active(&kv, NOW).unwrap();
}

#[test]
fn storage_failures_come_back_as_errors() {
    let kv = MemoryKv::failing();
    assert!(matches!(
        save_settings(&kv, &Settings::default(), NOW),
        Err(StoreError::Unavailable { .. })
    ));
    assert!(matches!(
        load_active::<TestSession>(&kv, NOW),
        Err(StoreError::Unavailable { .. })
    ));
    assert!(read_history(&kv).is_empty());
    let full = MemoryKv::with_quota(10);
    assert_eq!(
        save_record(&full, &record("a", 1), NOW),
        Err(StoreError::QuotaExceeded)
    );
    assert!(Notice::from_error(&StoreError::QuotaExceeded)
        .text
        .contains("full"));
    assert_eq!(check_writable(&full), Err(StoreError::QuotaExceeded));
}

#[test]
fn reading_for_storage_events_never_writes() {
    let kv = MemoryKv::from_entries([(SETTINGS_KEY, "nope"), ("unknot:session:x", "nope")]);
    let before = kv.snapshot();
    assert_eq!(read_settings(&kv), None);
    assert!(read_history(&kv).is_empty());
    assert_eq!(read_record(&kv, "x"), None);
    assert_eq!(kv.snapshot(), before);
}

#[test]
fn error_texts_are_plain_words() {
    let e = StoreError::TooNew {
        key: SETTINGS_KEY.into(),
        version: 7,
    };
    assert!(e.to_string().contains("newer version of Unknot"));
    let e = StoreError::Unavailable {
        detail: "SecurityError".into(),
    };
    assert!(!e.to_string().contains("SecurityError"));
}

#[test]
fn an_undone_session_is_removed_and_the_others_stay() {
    let kv = MemoryKv::new();
    save_record(&kv, &record("keep", 100), NOW).unwrap();
    save_record(&kv, &record("undone", 200), NOW).unwrap();
    remove_record(&kv, "undone", NOW).unwrap();
    let ids: Vec<_> = read_history(&kv).into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["keep"]);
    // Removing what is not there is not an error.
    remove_record(&kv, "undone", NOW).unwrap();
}
