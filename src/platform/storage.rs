//! `localStorage` as a [`KeyValue`], the `storage` event from other tabs, and the request
//! for persistent storage. Every JavaScript exception becomes a [`StoreError`].

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::record::EpochMs;
use crate::domain::store::{export_file_name_at_offset, KeyValue, StoreError};

/// The browser's `localStorage`.
#[derive(Clone, Debug)]
pub struct LocalStorage {
    storage: web_sys::Storage,
}

/// Opens `localStorage`. Fails with [`StoreError::Unavailable`] when there is no window,
/// storage is `null`, or reading it throws (blocked cookies, some private windows).
pub fn open() -> Result<LocalStorage, StoreError> {
    let window = super::window().ok_or_else(|| StoreError::Unavailable {
        detail: "no window".into(),
    })?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(LocalStorage { storage }),
        Ok(None) => Err(StoreError::Unavailable {
            detail: "localStorage is null".into(),
        }),
        Err(e) => Err(match to_store_error(&e) {
            StoreError::Failed { detail } => StoreError::Unavailable { detail },
            other => other,
        }),
    }
}

/// Reads a property of a thrown value as a string, if it has one.
fn property(err: &JsValue, name: &str) -> Option<String> {
    if !err.is_object() {
        return None;
    }
    js_sys::Reflect::get(err, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
}

/// Maps a thrown `DOMException` (or anything else) to a [`StoreError`].
fn to_store_error(err: &JsValue) -> StoreError {
    let name = property(err, "name").unwrap_or_default();
    let message = property(err, "message")
        .or_else(|| err.as_string())
        .unwrap_or_default();
    let code = if err.is_object() {
        js_sys::Reflect::get(err, &JsValue::from_str("code"))
            .ok()
            .and_then(|v| v.as_f64())
    } else {
        None
    };
    let detail = format!("{name}: {message}");
    match name.as_str() {
        // Firefox used its own name; old engines only set the legacy code 22.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        _ if code == Some(22.0) => StoreError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => StoreError::Unavailable { detail },
        _ => StoreError::Failed { detail },
    }
}

impl KeyValue for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(|e| to_store_error(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage
            .set_item(key, value)
            .map_err(|e| to_store_error(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage
            .remove_item(key)
            .map_err(|e| to_store_error(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let len = self.storage.length().map_err(|e| to_store_error(&e))?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            // Another tab may remove keys while we count: a missing one is skipped.
            if let Some(key) = self.storage.key(i).map_err(|e| to_store_error(&e))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Another tab changed `localStorage`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageChange {
    /// The key that changed; `None` when the other tab cleared everything.
    pub key: Option<String>,
    /// Its new value; `None` when it was removed.
    pub new_value: Option<String>,
}

/// Keeps a `storage` event listener alive; dropping it removes the listener.
pub struct StorageListener {
    window: Option<web_sys::Window>,
    closure: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        if let (Some(window), Some(closure)) = (&self.window, &self.closure) {
            // Nothing to do if removal fails: the page is going away anyway.
            let _ = window
                .remove_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
    }
}

/// Calls `callback` whenever another tab of the same origin writes storage (the browser
/// does not send the event to the tab that wrote). Without a window this listens to
/// nothing, and the returned handle is still safe to keep and drop.
pub fn on_storage_change(callback: impl Fn(StorageChange) + 'static) -> StorageListener {
    let Some(window) = super::window() else {
        return StorageListener {
            window: None,
            closure: None,
        };
    };
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Ok(event) = event.dyn_into::<web_sys::StorageEvent>() {
            callback(StorageChange {
                key: event.key(),
                new_value: event.new_value(),
            });
        }
    });
    let added = window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .is_ok();
    StorageListener {
        window: added.then_some(window),
        closure: Some(closure),
    }
}

/// `navigator.storage`, if this browser (and a secure context) offers it.
fn storage_manager() -> Result<web_sys::StorageManager, StoreError> {
    let window = super::window().ok_or_else(|| StoreError::Unavailable {
        detail: "no window".into(),
    })?;
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !present {
        return Err(StoreError::Unavailable {
            detail: "navigator.storage is missing".into(),
        });
    }
    Ok(navigator.storage())
}

/// Asks the browser not to evict Unknot's data (`navigator.storage.persist()`). `Ok(true)`
/// when granted; `Ok(false)` when the browser said no (it may decide by itself).
pub async fn request_persistence() -> Result<bool, StoreError> {
    let promise = storage_manager()?
        .persist()
        .map_err(|e| to_store_error(&e))?;
    let granted = JsFuture::from(promise)
        .await
        .map_err(|e| to_store_error(&e))?;
    Ok(granted.as_bool().unwrap_or(false))
}

/// Whether storage is already persistent (`navigator.storage.persisted()`).
pub async fn is_persisted() -> Result<bool, StoreError> {
    let promise = storage_manager()?
        .persisted()
        .map_err(|e| to_store_error(&e))?;
    let persisted = JsFuture::from(promise)
        .await
        .map_err(|e| to_store_error(&e))?;
    Ok(persisted.as_bool().unwrap_or(false))
}

/// The export file name with the date where the person is (`unknot-YYYY-MM-DD.json`).
pub fn local_export_file_name(now: EpochMs) -> String {
    let at = js_sys::Date::new(&JsValue::from_f64(now as f64));
    // getTimezoneOffset is minutes *behind* UTC, and always a whole number of minutes.
    let offset = -(at.get_timezone_offset() as i32);
    export_file_name_at_offset(now, offset)
}
