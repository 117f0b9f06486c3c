use super::{record, NOW};
use crate::settings::Settings;
use crate::store::*;

fn envelope(r: &crate::record::SessionRecord) -> String {
    serde_json::json!({"v": 3, "record": r}).to_string()
}

#[test]
fn an_empty_store_gives_defaults_and_writes_nothing() {
    let kv = MemoryKv::new();
    let loaded = load(&kv, NOW);
    assert_eq!(loaded, Loaded::default());
    assert!(kv.snapshot().is_empty(), "the probe is removed again");
}

#[test]
fn a_store_that_throws_still_loads_defaults_with_a_notice() {
    let loaded = load(&MemoryKv::failing(), NOW);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.notices.len(), 1);
    assert!(loaded.notices[0].text.contains("not keeping data"));
}

#[test]
fn a_full_store_is_still_read_and_says_it_is_full() {
    let r = record("a", 1000);
    let kv = MemoryKv::from_entries([(session_key("a"), envelope(&r))]);
    kv.set_quota(Some(0));
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.history, vec![r]);
    assert!(
        loaded.notices[0].text.contains("full"),
        "{:?}",
        loaded.notices
    );
}

#[test]
fn out_of_range_settings_are_clamped_with_a_notice() {
    let raw = r#"{"v":2,"settings":{"hold_secs":90,"passes_per_side":1}}"#;
    let kv = MemoryKv::from_entries([(SETTINGS_KEY, raw)]);
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.settings.hold_secs, 45);
    assert_eq!(loaded.settings.passes_per_side, 3);
    assert_eq!(loaded.notices.len(), 1);
    assert!(
        loaded.notices[0]
            .text
            .contains("hold time (seconds) 90 → 45"),
        "{}",
        loaded.notices[0]
    );
}

#[test]
fn history_is_sorted_by_start_time() {
    let kv = MemoryKv::new();
    for (id, at) in [("c", 30), ("a", 20), ("b", 10)] {
        save_record(&kv, &record(id, at), NOW).unwrap();
    }
    let ids: Vec<String> = load(&kv, NOW).history.into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["b", "a", "c"]);
}

const V1_ONE_BAD: &str = r#"{"v":1,"sessions":[
  {"id":"ok","started_at":10,"ended_at":20,"zones":["upper-back"],"completed":true,"hot_spots":[{"zone":"upper-back","pos":50,"found_at":12,"held_ms":1000}]},
  {"id":"bad","started_at":10,"ended_at":20,"zones":["upper-back"],"completed":true,"hot_spots":[{"zone":"upper-back","pos":250,"found_at":12,"held_ms":1000}]},
  "not a session"
]}"#;

#[test]
fn v1_history_with_bad_entries_keeps_a_copy_of_the_old_key() {
    let kv = MemoryKv::from_entries([(V1_HISTORY_KEY, V1_ONE_BAD)]);
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.history.len(), 1);
    assert_eq!(loaded.history[0].hot_spots[0].position, 0.5);
    assert!(kv.get(V1_HISTORY_KEY).unwrap().is_none());
    assert_eq!(loaded.backups.len(), 1);
    assert_eq!(loaded.backups[0].raw, V1_ONE_BAD);
    assert_eq!(loaded.backups[0].original_key(), Some(V1_HISTORY_KEY));
    assert_eq!(loaded.backups[0].kept_at(), Some(NOW));
    assert!(loaded.notices[0]
        .text
        .contains("2 saved sessions from an older version"));
}

#[test]
fn v1_history_keeps_its_old_key_until_every_new_key_is_written() {
    let v1 = r#"{"v":1,"sessions":[
      {"id":"a","started_at":1,"ended_at":2,"zones":[],"completed":true,"note":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
      {"id":"b","started_at":3,"ended_at":4,"zones":[],"completed":true,"note":"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}]}"#;
    let kv = MemoryKv::from_entries([(V1_HISTORY_KEY, v1)]);
    // Room for the old key and one new key, not two.
    kv.set_quota(Some(v1.len() + V1_HISTORY_KEY.len() + 250));
    let loaded = load(&kv, NOW);
    assert_eq!(
        loaded.history.len(),
        2,
        "shown even though not all were stored"
    );
    assert_eq!(kv.get(V1_HISTORY_KEY).unwrap().as_deref(), Some(v1));
    assert!(loaded
        .notices
        .iter()
        .any(|n| n.text.contains("old copy was left in place")));

    kv.set_quota(None);
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.history.len(), 2);
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert!(kv.get(V1_HISTORY_KEY).unwrap().is_none());
}

#[test]
fn v1_migration_leaves_a_session_key_another_tab_wrote() {
    let mut theirs = record("ok", 10);
    theirs.note = "written by the other tab".into();
    let kv = MemoryKv::from_entries([
        (V1_HISTORY_KEY.to_string(), V1_ONE_BAD.to_string()),
        (session_key("ok"), envelope(&theirs)),
    ]);
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.history, vec![theirs]);
}

#[test]
fn an_unreadable_value_with_no_room_for_a_copy_is_left_in_place() {
    let raw = "{\"v\":2,\"record\":";
    let key = session_key("x");
    let kv = MemoryKv::from_entries([(key.as_str(), raw)]);
    kv.set_quota(Some(key.len() + raw.len()));
    let loaded = load(&kv, NOW);
    assert!(
        loaded.notices.iter().any(|n| n.text.contains("no room")),
        "{:?}",
        loaded.notices
    );
    assert_eq!(kv.get(&key).unwrap().as_deref(), Some(raw));
    // And a later write to that key refuses rather than overwrite it.
    let refused = save_record(&kv, &record("x", 1), NOW);
    assert_eq!(refused, Err(StoreError::QuotaExceeded));
    assert_eq!(kv.get(&key).unwrap().as_deref(), Some(raw));
}

#[test]
fn a_record_under_the_wrong_key_is_set_aside() {
    let kv = MemoryKv::from_entries([(session_key("other"), envelope(&record("a", 1)))]);
    let loaded = load(&kv, NOW);
    assert!(loaded.history.is_empty());
    assert_eq!(loaded.backups.len(), 1);
}

#[test]
fn different_unreadable_contents_each_get_a_copy() {
    let kv = MemoryKv::from_entries([(SETTINGS_KEY, "{oops")]);
    load(&kv, NOW);
    kv.set(SETTINGS_KEY, "{oops again").unwrap();
    load(&kv, NOW); // same millisecond: the second copy gets a suffix
    kv.set(SETTINGS_KEY, "{oops").unwrap();
    let loaded = load(&kv, NOW + 5);
    let raws: Vec<&str> = loaded.backups.iter().map(|b| b.raw.as_str()).collect();
    assert_eq!(raws, ["{oops", "{oops again"]);
    assert_eq!(loaded.backups[1].kept_at(), Some(NOW));
    assert!(loaded.backups[1].key.ends_with("-2"));
}

#[test]
fn loading_twice_writes_nothing_the_second_time() {
    let kv = MemoryKv::from_entries([
        (SETTINGS_KEY, "garbage"),
        (V1_HISTORY_KEY, V1_ONE_BAD),
        (SAFETY_KEY, r#"{"v":9,"acknowledged_at":1}"#),
    ]);
    load(&kv, NOW);
    let after_first = kv.snapshot();
    load(&kv, NOW + 1000);
    assert_eq!(kv.snapshot(), after_first);
}

#[test]
fn keys_are_classified_for_storage_events() {
    assert_eq!(KeyKind::of(SETTINGS_KEY), KeyKind::Settings);
    assert_eq!(
        KeyKind::of("unknot:session:abc"),
        KeyKind::Session("abc".into())
    );
    assert_eq!(
        KeyKind::of("unknot:backup:unknot:settings:5"),
        KeyKind::Backup
    );
    assert_eq!(KeyKind::of(PROBE_KEY), KeyKind::Probe);
    assert_eq!(KeyKind::of("unknot:future"), KeyKind::OtherUnknot);
    assert_eq!(KeyKind::of("theme"), KeyKind::Foreign);
}

#[test]
fn other_apps_keys_are_ignored() {
    let kv = MemoryKv::from_entries([("theme", "dark"), ("unknot:future-thing", "{")]);
    let loaded = load(&kv, NOW);
    assert!(loaded.notices.is_empty());
    assert_eq!(kv.snapshot().len(), 2);
}

#[test]
fn the_plan_is_read_kept_aside_when_unreadable_and_left_for_a_newer_version() {
    use crate::weekly::WeeklyPlan;
    let plan = WeeklyPlan::default_at(1_000, 0);
    let kv = MemoryKv::new();
    save_plan(&kv, &plan, NOW).unwrap();
    assert_eq!(KeyKind::of(PLAN_KEY), KeyKind::Plan);
    assert_eq!(load(&kv, NOW).plan, Some(plan.clone()));
    assert_eq!(read_plan(&kv), Some(plan));

    // Unreadable: moved to a backup key, byte for byte, with a notice; no plan shown.
    let kv =
        MemoryKv::from_entries([(PLAN_KEY.to_string(), "{\"v\":3,\"plan\":{oops".to_string())]);
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.plan, None);
    assert!(
        loaded.notices[0]
            .text
            .contains("Your plan could not be read"),
        "{:?}",
        loaded.notices
    );
    assert_eq!(loaded.backups.len(), 1);
    assert_eq!(loaded.backups[0].raw, "{\"v\":3,\"plan\":{oops");
    assert_eq!(kv.get(PLAN_KEY).unwrap(), None);

    // From a newer version: left where it is.
    let newer = "{\"v\":9,\"plan\":{}}".to_string();
    let kv = MemoryKv::from_entries([(PLAN_KEY.to_string(), newer.clone())]);
    let loaded = load(&kv, NOW);
    assert_eq!(loaded.plan, None);
    assert_eq!(kv.get(PLAN_KEY).unwrap(), Some(newer));
    assert!(
        loaded.notices[0].text.contains("newer version"),
        "{:?}",
        loaded.notices
    );
}
