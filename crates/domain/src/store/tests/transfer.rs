use super::{record, NOW};
use crate::progress::dates::LocalDate;
use crate::settings::Settings;
use crate::store::*;

fn file(sessions: serde_json::Value) -> String {
    serde_json::json!({"app": "unknot", "v": 3, "exported_at": 1, "settings": {}, "sessions": sessions})
        .to_string()
}

#[test]
fn file_names_carry_the_date() {
    assert_eq!(export_file_name(0), "unknot-1970-01-01.json");
    assert_eq!(export_file_name(NOW), "unknot-2026-11-24.json");
    assert_eq!(
        export_file_name(1_709_164_800_000),
        "unknot-2024-02-29.json"
    );
    assert_eq!(export_file_name(951_868_800_000), "unknot-2000-03-01.json");
    // 2026-11-24 02:00 UTC is still the 23rd in New York (UTC−5).
    let early = NOW - 7 * 3_600_000;
    assert_eq!(
        export_file_name_at_offset(early, -300),
        "unknot-2026-11-23.json"
    );
    assert_eq!(
        export_file_name_at_offset(early, 0),
        "unknot-2026-11-24.json"
    );
}

#[test]
fn the_date_maths_agrees_with_counting_days() {
    let (mut y, mut m, mut d) = (1970_i32, 1_u8, 1_u8);
    for days in 0..=120_000 {
        let date = LocalDate::from_day(days);
        assert_eq!((date.year, date.month, date.day), (y, m, d), "day {days}");
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let len = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        d += 1;
        if d > len {
            d = 1;
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
    }
}

#[test]
fn bad_files_are_refused_with_a_clear_error() {
    assert_eq!(import("", &[]), Err(ImportError::Empty));
    assert_eq!(import("  \n", &[]), Err(ImportError::Empty));
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    let err = import(&huge, &[]).unwrap_err();
    assert!(err.to_string().contains("at most 5 MB"), "{err}");
    assert!(matches!(
        import("{\"app\":", &[]),
        Err(ImportError::NotJson { .. })
    ));
    assert_eq!(import("[1,2]", &[]), Err(ImportError::NotUnknot));
    assert_eq!(
        import(r#"{"app":"other","v":2,"sessions":[]}"#, &[]),
        Err(ImportError::NotUnknot)
    );
    assert_eq!(
        import(r#"{"app":"unknot","v":9,"sessions":[]}"#, &[]),
        Err(ImportError::TooNew { version: 9 })
    );
    for (text, words) in [
        (r#"{"app":"unknot","sessions":[]}"#, "no version"),
        (
            r#"{"app":"unknot","v":0,"sessions":[]}"#,
            "version number is 0",
        ),
        (r#"{"app":"unknot","v":2}"#, "no list of sessions"),
        (r#"{"app":"unknot","v":2,"sessions":{}}"#, "not a list"),
        (
            r#"{"app":"unknot","v":2,"sessions":[],"backups":7}"#,
            "not a list",
        ),
    ] {
        let err = import(text, &[]).unwrap_err();
        assert!(matches!(err, ImportError::Shape { .. }), "{text}");
        assert!(err.to_string().contains(words), "{err}");
        assert!(err.to_string().ends_with('.'), "one sentence: {err}");
    }
}

#[test]
fn import_merges_by_id_and_lists_what_it_refused() {
    let here = vec![record("a", 1)];
    let mut bad_pain = record("p", 5);
    bad_pain.pain_after = Some(11);
    let mut conflict = record("b", 2);
    conflict.note = "different".into();
    let text = file(serde_json::json!([
        record("a", 1),
        record("b", 2),
        record("b", 2),
        conflict,
        bad_pain,
        {"id": "z", "started_at": 1},
        {"id": "lb", "started_at": 1, "ended_at": 2, "zones": ["lower-back"], "completed": true},
        {"id": "", "started_at": 1, "ended_at": 2, "zones": [], "completed": true},
        {"id": "far", "started_at": 1, "ended_at": 2, "zones": [], "completed": true,
         "hot_spots": [{"zone": "upper-back", "position": 1.5, "found_at": 1, "held_ms": 1}]},
        7
    ]));
    let report = import(&text, &here).unwrap();
    assert_eq!(report.added, vec![record("b", 2)]);
    assert_eq!(report.already_present, 2);
    let reasons: Vec<(String, String)> = report
        .rejected
        .iter()
        .map(|r| (r.item.to_string(), r.reason.to_string()))
        .collect();
    assert_eq!(reasons.len(), 7, "{reasons:#?}");
    assert!(reasons[0].0.contains("id b") && reasons[0].1.contains("same id"));
    assert!(reasons[1].1.contains("pain rating above 10"));
    assert!(reasons[2].0.contains("id z") && reasons[2].1.contains("unexpected shape"));
    assert!(reasons[3].1.contains("lower back"));
    assert!(reasons[4].1.contains("no id"));
    assert!(reasons[5].1.contains("outside its zone"));
    assert_eq!(reasons[6].0, "session 10");
    let summary = report.summary().to_string();
    assert!(
        summary.starts_with("Added 1 session. 2 were already here. 7 could not be imported"),
        "{summary}"
    );
}

#[test]
fn importing_writes_only_through_apply() {
    let kv = MemoryKv::new();
    let report = import(&file(serde_json::json!([record("a", 1)])), &[]).unwrap();
    assert!(kv.snapshot().is_empty());
    apply_import(&kv, &report, NOW).unwrap();
    assert_eq!(read_history(&kv), vec![record("a", 1)]);
    assert_eq!(report.settings_in_file, Some(Settings::default()));
}

#[test]
fn the_round_trip_keeps_backups_and_odd_settings() {
    let kv = MemoryKv::from_entries([
        (SETTINGS_KEY.to_string(), "{broken".to_string()),
        (session_key("q"), "also broken".to_string()),
    ]);
    save_record(&kv, &record("a", 7), NOW).unwrap();
    save_safety(&kv, 55).unwrap();
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.backups.len(), 2);
    let text = export(
        &loaded.settings,
        loaded.safety_acknowledged_at,
        &loaded.history,
        &loaded.backups,
        NOW,
    );

    let fresh = MemoryKv::new();
    let report = import(&text, &[]).unwrap();
    assert!(report.rejected.is_empty());
    apply_import(&fresh, &report, NOW + 1).unwrap();
    save_safety(&fresh, report.safety_acknowledged_at.unwrap()).unwrap();
    let again = load(&fresh, NOW + 2);
    let text2 = export(
        &again.settings,
        again.safety_acknowledged_at,
        &again.history,
        &again.backups,
        NOW,
    );
    assert_eq!(text2, text);

    // Importing the same file again adds nothing.
    let twice = import(&text, &again.history).unwrap();
    assert!(twice.added.is_empty());
    assert_eq!(twice.already_present, 1);
    apply_import(&fresh, &twice, NOW + 3).unwrap();
    assert_eq!(backups(&fresh).len(), 2);
}

#[test]
fn a_backup_entry_may_only_name_a_backup_key() {
    let text = r#"{"app":"unknot","v":2,"sessions":[],"backups":[
        {"key":"unknot:settings","raw":"{}"},
        {"key":"unknot:backup:unknot:settings:1","raw":"x"},
        {"key":"unknot:backup:nocolon","raw":"x"},
        {"raw":"x"}]}"#;
    let report = import(text, &[]).unwrap();
    assert_eq!(report.backups.len(), 1);
    assert_eq!(report.rejected.len(), 3);
    assert!(report.rejected[0]
        .reason
        .to_string()
        .contains("not a backup"));
}

#[test]
fn a_byte_order_mark_and_bad_settings_do_not_stop_an_import() {
    let text = format!(
        "\u{feff}{}",
        r#"{"app":"unknot","v":2,"settings":{"zones":["elbow"]},"safety_acknowledged_at":"soon","sessions":[]}"#
    );
    let report = import(&text, &[]).unwrap();
    assert_eq!(report.settings_in_file, None);
    let items: Vec<String> = report.rejected.iter().map(|r| r.item.to_string()).collect();
    assert_eq!(items, ["settings", "safety note answer"]);
}

#[test]
fn settings_in_a_file_are_clamped() {
    let text = r#"{"app":"unknot","v":2,"settings":{"breaths":99},"sessions":[]}"#;
    let report = import(text, &[]).unwrap();
    assert_eq!(report.settings_in_file.map(|s| s.breaths), Some(10));
    assert_eq!(report.settings_adjusted.len(), 1);
}
