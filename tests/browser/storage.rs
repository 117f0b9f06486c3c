//! `localStorage` through `platform::storage`: round trips, error mapping, backups of
//! corrupt values made by `load`, and the `storage` event listener.

use std::cell::RefCell;
use std::rc::Rc;

use unknot::domain::store::{self, KeyValue, StoreError, SETTINGS_KEY};
use unknot::platform::storage::{self, StorageChange};
use wasm_bindgen_test::wasm_bindgen_test;

const NOW: u64 = 1_795_510_800_000;

/// Real `localStorage` with every Unknot key removed.
fn fresh() -> storage::LocalStorage {
    let ls = storage::open().expect("localStorage in the test browser");
    for key in ls.keys().unwrap() {
        if key.starts_with(store::PREFIX) {
            ls.remove(&key).unwrap();
        }
    }
    ls
}

#[wasm_bindgen_test]
fn local_storage_round_trips() {
    let ls = fresh();
    assert_eq!(ls.get("unknot:test").unwrap(), None);
    ls.set("unknot:test", "héllo \u{1F600} \"quoted\"").unwrap();
    assert_eq!(
        ls.get("unknot:test").unwrap().as_deref(),
        Some("héllo \u{1F600} \"quoted\"")
    );
    assert!(ls.keys().unwrap().contains(&"unknot:test".to_string()));
    ls.remove("unknot:test").unwrap();
    ls.remove("unknot:test").unwrap();
    assert_eq!(ls.get("unknot:test").unwrap(), None);
}

#[wasm_bindgen_test]
fn saved_data_is_read_back_through_a_new_handle() {
    let ls = fresh();
    let settings = unknot::domain::settings::Settings {
        hold_secs: 20,
        ..Default::default()
    };
    store::save_settings(&ls, &settings, NOW).unwrap();
    store::save_safety(&ls, NOW).unwrap();
    let again = store::load(&storage::open().unwrap(), NOW);
    assert_eq!(again.settings, settings);
    assert_eq!(again.safety_acknowledged_at, Some(NOW));
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    fresh();
}

#[wasm_bindgen_test]
fn a_corrupt_value_in_real_storage_is_backed_up_by_load() {
    let ls = fresh();
    let raw = "{\"v\":2,\"settings\":{\"hold_secs\":3";
    ls.set(SETTINGS_KEY, raw).unwrap();
    let loaded = store::load(&ls, NOW);
    assert!(loaded.notices[0].text.contains("could not be read"));
    assert_eq!(ls.get(SETTINGS_KEY).unwrap(), None);
    let kept = store::backups(&ls);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].raw, raw);
    assert_eq!(ls.get(&kept[0].key).unwrap().as_deref(), Some(raw));
    // A second start does not pile up another copy.
    store::load(&ls, NOW + 1);
    assert_eq!(store::backups(&ls).len(), 1);
    fresh();
}

#[wasm_bindgen_test]
fn a_full_storage_reports_quota_exceeded() {
    let ls = fresh();
    // Far above any browser's localStorage quota (5–10 MB).
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(ls.set("unknot:huge", &huge), Err(StoreError::QuotaExceeded));
    assert_eq!(ls.get("unknot:huge").unwrap(), None);
}

fn dispatch_storage_event(key: &str) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(Some("new"));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
fn the_storage_listener_reports_changes_until_dropped() {
    let seen: Rc<RefCell<Vec<StorageChange>>> = Rc::default();
    let sink = seen.clone();
    let listener = storage::on_storage_change(move |change| sink.borrow_mut().push(change));
    dispatch_storage_event("unknot:session:abc");
    assert_eq!(
        seen.borrow().as_slice(),
        [StorageChange {
            key: Some("unknot:session:abc".into()),
            new_value: Some("new".into()),
        }]
    );
    drop(listener);
    dispatch_storage_event("unknot:settings");
    assert_eq!(seen.borrow().len(), 1, "no calls after drop");
}

#[wasm_bindgen_test]
async fn persistence_can_be_requested_without_failing() {
    // Headless browsers may grant or refuse; either answer is fine, an exception is not.
    let answer = storage::request_persistence().await;
    let navigator = wasm_bindgen::JsValue::from(web_sys::window().unwrap().navigator());
    if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        // WebKitGTK's automation browser has no StorageManager: a plain value, no throw.
        assert!(
            matches!(answer, Err(StoreError::Unavailable { .. })),
            "{answer:?}"
        );
        return;
    }
    assert!(answer.is_ok(), "{answer:?}");
    assert!(storage::is_persisted().await.is_ok());
}
