//! Golden files for the added zones: records and settings that name glutes, hamstrings,
//! calves, hip flexors and lats load unchanged (no migration, no write) in the current
//! format, and export → import → export gives the identical file.
#![cfg(not(target_arch = "wasm32"))]
use serde_json::Value;

use crate::support::fixture;
use unknot_domain::store::*;
use unknot_domain::zone::Zone;

const NOW: u64 = 1_795_510_800_000; // 2026-11-24 09:00 UTC
const ID: &str = "1795246200000-m0re";

fn stored() -> MemoryKv {
    MemoryKv::from_entries([
        (
            SETTINGS_KEY.to_string(),
            fixture("v2-settings-more-zones.json"),
        ),
        (session_key(ID), fixture("v2-record-more-zones.json")),
        (session_key("1795159800000-k3f9"), fixture("v2-record.json")),
    ])
}

#[test]
fn records_and_settings_with_new_zones_load_without_any_write() {
    let kv = stored();
    let before = kv.snapshot();
    let loaded = load(&kv, NOW);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert!(loaded.backups.is_empty());
    assert_eq!(kv.snapshot(), before, "nothing rewritten");
    assert_eq!(loaded.history.len(), 2);
    let record = loaded.history.iter().find(|r| r.id == ID).unwrap();
    assert_eq!(record.zones.len(), 12);
    assert!(Zone::MORE.iter().all(|z| record.zones.contains(z)));
    let spots: Vec<Zone> = record.hot_spots.iter().map(|h| h.zone).collect();
    assert_eq!(
        spots,
        [
            Zone::GlutesLeft,
            Zone::CalvesRight,
            Zone::HipFlexorLeft,
            Zone::LatsRight
        ]
    );
    assert_eq!(record.hot_spots[3].tenderness, Some(8));
    assert_eq!(
        loaded.settings.zones,
        [
            Zone::ItBandLeft,
            Zone::HipFlexorLeft,
            Zone::HipFlexorRight,
            Zone::GlutesLeft,
            Zone::GlutesRight,
            Zone::CalvesRight,
            Zone::LatsLeft,
            Zone::UpperBack,
        ]
    );
    // The record as stored is the record as written back: byte-for-byte the same JSON.
    let json = |t: &str| serde_json::from_str::<Value>(t).unwrap();
    assert_eq!(
        json(&before[&session_key(ID)]),
        json(&fixture("v2-record-more-zones.json"))
    );
}

#[test]
fn new_zones_survive_export_and_import() {
    let loaded = load(&stored(), NOW);
    let text = export(&loaded.settings, Some(NOW - 1), &loaded.history, &[], NOW);
    for key in [
        "glutes-left",
        "hamstrings-right",
        "calves-left",
        "hip-flexor-right",
        "lats-right",
    ] {
        assert!(
            text.contains(&format!("\"{key}\"")),
            "{key} missing from the export"
        );
    }
    let fresh = MemoryKv::new();
    let report = import(&text, &[]).unwrap();
    assert_eq!(report.added.len(), 2);
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    apply_import(&fresh, &report, NOW).unwrap();
    save_settings(&fresh, report.settings_in_file.as_ref().unwrap(), NOW).unwrap();
    save_safety(&fresh, report.safety_acknowledged_at.unwrap()).unwrap();
    let again = load(&fresh, NOW);
    assert_eq!(again.history, loaded.history);
    assert_eq!(again.settings, loaded.settings);
    let text2 = export(
        &again.settings,
        again.safety_acknowledged_at,
        &again.history,
        &again.backups,
        NOW,
    );
    assert_eq!(text2, text);
}
