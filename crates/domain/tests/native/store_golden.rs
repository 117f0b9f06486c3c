//! Golden files for the storage format: every earlier format migrates to exactly the
//! current one, the export file is stable, and hostile values are kept, never lost.
//! Set `UPDATE_GOLDENS=1` to rewrite `export-v3.json` after a deliberate format change.
#![cfg(not(target_arch = "wasm32"))]

use crate::support::{fixture, json};
use unknot_domain::store::*;

const NOW: u64 = 1_795_510_800_000; // 2026-11-24 09:00 UTC
const ACK: u64 = 1_793_520_000_000;

/// A saved routine with its own order and doses.
fn golden_routine() -> unknot_domain::routine::Routine {
    serde_json::from_value(json(&fixture("v3-routine.json"))["routine"].clone()).unwrap()
}

/// A plan with one check-in, as a device might hold it.
fn golden_plan() -> unknot_domain::weekly::WeeklyPlan {
    use unknot_domain::weekly::*;
    let mut plan = WeeklyPlan::new("article", 3, 4, &[0, 2, 4], NOW - 8 * 86_400_000, 20_407);
    plan.check_ins.push(CheckIn {
        week: 2,
        at: NOW - 86_400_000,
        pain: Some(PainCompared::Better),
        load: Some(LoadFelt::AboutRight),
    });
    plan
}

/// The store after format 1 history, settings and safety answer were migrated.
fn migrated() -> (MemoryKv, Loaded) {
    let kv = MemoryKv::from_entries([
        (V1_HISTORY_KEY.to_string(), fixture("v1-history.json")),
        (SETTINGS_KEY.to_string(), fixture("v1-settings.json")),
        (
            SAFETY_KEY.to_string(),
            format!("{{\"v\":1,\"acknowledged_at\":{ACK}}}"),
        ),
    ]);
    let loaded = load(&kv, NOW);
    (kv, loaded)
}

#[test]
fn v1_history_is_split_into_one_key_per_session() {
    let (kv, loaded) = migrated();
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(loaded.history.len(), 3);
    let stored = kv.snapshot();
    assert!(
        !stored.contains_key(V1_HISTORY_KEY),
        "old key removed after the new ones"
    );
    let first = &stored[&session_key("1795159800000-k3f9")];
    assert_eq!(json(first), json(&fixture("v3-record.json")));
    for record in &loaded.history {
        assert!(stored.contains_key(&session_key(&record.id)));
    }
    let custom = &loaded.history[1];
    assert_eq!(custom.routine, unknot_domain::record::RoutineKind::Custom);
    assert_eq!((custom.pain_before, custom.pain_after), (Some(4), None));
    assert_eq!(custom.active_ms, 240_000);
}

#[test]
fn v1_settings_and_safety_become_current() {
    let (kv, loaded) = migrated();
    let stored = kv.snapshot();
    assert_eq!(
        json(&stored[SETTINGS_KEY]),
        json(&fixture("v3-settings.json"))
    );
    assert_eq!(loaded.settings.hold_secs, 40);
    assert!(!loaded.settings.cues.sound);
    assert_eq!(loaded.safety_acknowledged_at, Some(ACK));
    assert_eq!(
        json(&stored[SAFETY_KEY]),
        json(&format!("{{\"v\":3,\"acknowledged_at\":{ACK}}}"))
    );
}

#[test]
fn v2_values_are_read_without_any_write() {
    let kv = MemoryKv::from_entries([
        (SETTINGS_KEY.to_string(), fixture("v2-settings.json")),
        (session_key("1795159800000-k3f9"), fixture("v2-record.json")),
    ]);
    let before = kv.snapshot();
    let loaded = load(&kv, NOW);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(kv.snapshot(), before);
    assert_eq!(loaded.history.len(), 1);
    assert_eq!(loaded.history[0].hot_spots[0].position, 0.35);
}

#[test]
fn export_matches_the_golden_file_and_round_trips() {
    let (_, loaded) = migrated();
    let routines = vec![golden_routine()];
    let text = export_with_routines(
        &loaded.settings,
        loaded.safety_acknowledged_at,
        &loaded.history,
        &routines,
        Some(&golden_plan()),
        &[],
        NOW,
    );
    let path = format!(
        "{}/tests/fixtures/export-v3.json",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_GOLDENS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert_eq!(text, fixture("export-v3.json"));
    assert_eq!(export_file_name(NOW), "unknot-2026-11-24.json");

    // Export → clear → import → export gives the identical file.
    let fresh = MemoryKv::new();
    let report = import(&text, &[]).unwrap();
    apply_import(&fresh, &report, NOW).unwrap();
    save_settings(&fresh, report.settings_in_file.as_ref().unwrap(), NOW).unwrap();
    save_safety(&fresh, report.safety_acknowledged_at.unwrap()).unwrap();
    assert_eq!(report.routines, routines);
    for routine in &report.routines {
        save_routine(&fresh, routine, NOW).unwrap();
    }
    assert_eq!(report.plan, Some(golden_plan()));
    save_plan(&fresh, report.plan.as_ref().unwrap(), NOW).unwrap();
    let again = load(&fresh, NOW);
    assert_eq!(again.routines, routines);
    assert_eq!(again.plan, Some(golden_plan()));
    let text2 = export_with_routines(
        &again.settings,
        again.safety_acknowledged_at,
        &again.history,
        &again.routines,
        again.plan.as_ref(),
        &again.backups,
        NOW,
    );
    assert_eq!(text2, text);
}

#[test]
fn v1_export_imports_with_the_bad_session_listed() {
    let report = import(&fixture("export-v1.json"), &[]).unwrap();
    assert_eq!(report.format, 1);
    assert_eq!(report.added.len(), 2);
    assert_eq!(report.added[0].hot_spots[0].position, 0.35);
    assert_eq!(report.rejected.len(), 1);
    assert!(report.rejected[0]
        .item
        .to_string()
        .contains("bad-lower-back"));
    assert!(report.rejected[0].reason.to_string().contains("lower back"));
    assert_eq!(report.settings_in_file.as_ref().unwrap().hold_secs, 20);
    assert_eq!(report.safety_acknowledged_at, Some(ACK));
}

/// Loads `raw` under `key` twice and checks what became of it.
fn hostile(key: &str, name: &str) -> (MemoryKv, Loaded) {
    let raw = fixture(name);
    let kv = MemoryKv::from_entries([(key.to_string(), raw.clone())]);
    let loaded = load(&kv, NOW);
    let again = load(&kv, NOW + 1);
    assert_eq!(again.backups.len(), 1, "one copy per distinct content");
    assert_eq!(loaded.backups.len(), 1);
    assert_eq!(loaded.backups[0].raw, raw, "kept byte-for-byte");
    assert_eq!(loaded.backups[0].original_key(), Some(key));
    (kv, loaded)
}

#[test]
fn corrupt_settings_are_moved_to_a_backup() {
    let (kv, loaded) = hostile(SETTINGS_KEY, "corrupt.json");
    assert_eq!(
        loaded.settings,
        unknot_domain::settings::Settings::default()
    );
    assert!(loaded.notices[0].text.contains("could not be read"));
    assert!(kv.get(SETTINGS_KEY).unwrap().is_none());
    save_settings(&kv, &loaded.settings, NOW).unwrap();
}

#[test]
fn foreign_settings_are_moved_to_a_backup() {
    let (kv, loaded) = hostile(SETTINGS_KEY, "foreign-shape.json");
    assert!(loaded.notices[0].text.contains("could not be read"));
    assert!(kv.get(SETTINGS_KEY).unwrap().is_none());
}

#[test]
fn too_new_settings_are_left_untouched() {
    let (kv, loaded) = hostile(SETTINGS_KEY, "too-new.json");
    assert!(loaded.notices[0].text.contains("newer version"));
    assert_eq!(kv.get(SETTINGS_KEY).unwrap(), Some(fixture("too-new.json")));
    let refused = save_settings(&kv, &loaded.settings, NOW);
    assert!(matches!(
        refused,
        Err(StoreError::TooNew { version: 4, .. })
    ));
    assert_eq!(kv.get(SETTINGS_KEY).unwrap(), Some(fixture("too-new.json")));
}

#[test]
fn hostile_sessions_and_history_are_kept() {
    for name in ["corrupt.json", "foreign-shape.json", "too-new.json"] {
        let (_, loaded) = hostile(&session_key("x1"), name);
        assert!(loaded.history.is_empty());
        assert_eq!(loaded.notices.len(), 1, "{name}: {:?}", loaded.notices);
        let (_, loaded) = hostile(V1_HISTORY_KEY, name);
        assert!(loaded.history.is_empty());
        assert_eq!(loaded.notices.len(), 1, "{name}: {:?}", loaded.notices);
    }
}

#[test]
fn hostile_files_are_refused_by_import() {
    assert!(matches!(
        import(&fixture("corrupt.json"), &[]),
        Err(ImportError::NotJson { .. })
    ));
    assert_eq!(
        import(&fixture("foreign-shape.json"), &[]),
        Err(ImportError::NotUnknot)
    );
    assert_eq!(
        import(&fixture("too-new.json"), &[]),
        Err(ImportError::NotUnknot)
    );
    let newer = fixture("export-v3.json").replacen("\"v\": 3", "\"v\": 4", 1);
    assert_eq!(import(&newer, &[]), Err(ImportError::TooNew { version: 4 }));
}
