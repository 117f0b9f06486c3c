//! Golden files for format 3: saved routines (one key each) and the format 2 → 3
//! migration of session records.
#![cfg(not(target_arch = "wasm32"))]

use crate::support::{fixture, json};
use unknot_domain::record::RoutineKind;
use unknot_domain::routine::{Routine, ARTICLE_ID};
use unknot_domain::store::*;

const NOW: u64 = 1_795_510_800_000;
const ROUTINE_ID: &str = "r-1795510800000-0a1b2c3d";

fn routine() -> Routine {
    serde_json::from_value(json(&fixture("v3-routine.json"))["routine"].clone()).unwrap()
}

#[test]
fn a_routine_is_stored_under_its_own_key_exactly_as_the_golden_file() {
    let kv = MemoryKv::new();
    save_routine(&kv, &routine(), NOW).unwrap();
    let stored = kv.snapshot();
    assert_eq!(stored.len(), 1);
    let raw = &stored[&routine_key(ROUTINE_ID)];
    assert!(routine_key(ROUTINE_ID).starts_with("unknot:routine:"));
    assert_eq!(json(raw), json(&fixture("v3-routine.json")));
    let loaded = load(&kv, NOW);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(loaded.routines, vec![routine()]);
    assert_eq!(read_routines(&kv), vec![routine()]);
    remove_routine(&kv, ROUTINE_ID, NOW).unwrap();
    assert!(kv.snapshot().is_empty());
}

#[test]
fn a_format_2_record_reads_as_format_3_without_any_write() {
    let kv =
        MemoryKv::from_entries([(session_key("1795159800000-k3f9"), fixture("v2-record.json"))]);
    let before = kv.snapshot();
    let loaded = load(&kv, NOW);
    assert_eq!(kv.snapshot(), before, "format 2 stays until rewritten");
    let expected: unknot_domain::record::SessionRecord =
        serde_json::from_value(json(&fixture("v3-record.json"))["record"].clone()).unwrap();
    assert_eq!(loaded.history[0], expected);
    let used = loaded.history[0].routine_used.as_ref().unwrap();
    assert_eq!(used.id, ARTICLE_ID);
    // A record of picked zones names no routine.
    let mut custom = loaded.history[0].clone();
    custom.routine = RoutineKind::Custom;
    custom.routine_used = None;
    assert_eq!(record_v2_to_v3(custom.clone()), custom);
}

#[test]
fn a_format_3_record_is_written_with_its_routine() {
    let kv = MemoryKv::new();
    let record: unknot_domain::record::SessionRecord =
        serde_json::from_value(json(&fixture("v3-record.json"))["record"].clone()).unwrap();
    save_record(&kv, &record, NOW).unwrap();
    assert_eq!(
        json(&kv.snapshot()[&session_key(&record.id)]),
        json(&fixture("v3-record.json"))
    );
}

#[test]
fn unreadable_routines_are_kept_and_never_overwritten_when_newer() {
    let key = routine_key("r1");
    for (raw, newer) in [
        ("{\"v\":3,\"routine\":".to_string(), false),
        ("{\"v\":2,\"routine\":{}}".to_string(), false),
        (
            "{\"v\":3,\"routine\":{\"id\":\"r1\",\"name\":\"X\",\"steps\":[{\"zone\":\"lower-back\",\"dose\":{\"passes\":3,\"secs_per_pass\":10,\"hold_secs\":20}}]}}".to_string(),
            false,
        ),
        (
            "{\"v\":3,\"routine\":{\"id\":\"other\",\"name\":\"X\",\"steps\":[{\"zone\":\"upper-back\",\"dose\":{\"passes\":3,\"secs_per_pass\":10,\"hold_secs\":20}}]}}".to_string(),
            false,
        ),
        ("{\"v\":4,\"routine\":{\"future\":true}}".to_string(), true),
    ] {
        let kv = MemoryKv::from_entries([(key.clone(), raw.clone())]);
        let loaded = load(&kv, NOW);
        assert!(loaded.routines.is_empty(), "{raw}");
        assert_eq!(loaded.notices.len(), 1, "{raw}");
        assert!(loaded.notices[0].text.contains("routine"), "{raw}");
        assert_eq!(loaded.backups.len(), 1);
        assert_eq!(loaded.backups[0].raw, raw);
        assert_eq!(kv.get(&key).unwrap().is_some(), newer, "{raw}");
        if newer {
            assert!(save_routine(&kv, &Routine { id: "r1".into(), ..routine() }, NOW).is_err());
            assert_eq!(kv.get(&key).unwrap(), Some(raw));
        }
    }
}

#[test]
fn an_import_carries_routines_and_lists_bad_ones() {
    let text = r#"{"app":"unknot","v":3,"sessions":[],"routines":[
        {"id":"r1","name":"Fine","steps":[{"zone":"upper-back","dose":{"passes":9,"secs_per_pass":1,"hold_secs":99}}]},
        {"id":"r2","name":"Sneaky","steps":[{"zone":"lower-back","dose":{"passes":3,"secs_per_pass":10,"hold_secs":20}}]},
        {"id":"bad id","name":"Id","steps":[{"zone":"upper-back","dose":{"passes":3,"secs_per_pass":10,"hold_secs":20}}]},
        {"id":"r1","name":"Again","steps":[{"zone":"upper-back","dose":{"passes":3,"secs_per_pass":10,"hold_secs":20}}]},
        7
    ]}"#;
    let report = import(text, &[]).unwrap();
    assert_eq!(report.routines.len(), 1);
    let dose = report.routines[0].steps[0].dose;
    assert_eq!(
        (dose.passes, dose.secs_per_pass, dose.hold_secs),
        (5, 6, 45)
    );
    assert_eq!(report.rejected.len(), 4, "{:?}", report.rejected);
    assert!(report.rejected[0].reason.to_string().contains("lower back"));
    assert!(report
        .summary()
        .to_string()
        .contains("1 routine in the file"));
    assert!(matches!(
        import(r#"{"app":"unknot","v":3,"sessions":[],"routines":{}}"#, &[]),
        Err(ImportError::Shape { .. })
    ));
}

#[test]
fn a_format_2_export_still_imports_with_its_records_migrated() {
    let report = import(&fixture("export-v2.json"), &[]).unwrap();
    assert_eq!(report.format, 2);
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert!(report.routines.is_empty());
    let full = report
        .added
        .iter()
        .find(|r| r.routine == RoutineKind::Full)
        .unwrap();
    assert_eq!(full.routine_used.as_ref().unwrap().id, ARTICLE_ID);
}
