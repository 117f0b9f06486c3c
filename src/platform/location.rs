//! The page's address, the clipboard and the Web Share API: what sharing a routine needs.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The app's address without its fragment, for links that open the app.
pub fn app_address() -> String {
    let href = super::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Drops the fragment from the address without a reload or a new history entry, so a
/// shared link's payload is not acted on again by a reload.
pub fn forget_hash() {
    let Some(window) = super::window() else {
        return;
    };
    let history = js_sys::Reflect::get(&window, &JsValue::from_str("history")).ok();
    let replace = history.as_ref().and_then(|h| {
        js_sys::Reflect::get(h, &JsValue::from_str("replaceState"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    if let (Some(history), Some(replace)) = (history, replace) {
        let _ = replace.call3(
            &history,
            &JsValue::NULL,
            &JsValue::from_str(""),
            &JsValue::from_str(&app_address()),
        );
    }
}

fn navigator_method(object: &str, method: &str) -> Option<(JsValue, js_sys::Function)> {
    let navigator: JsValue = super::window()?.navigator().into();
    let target = if object.is_empty() {
        navigator
    } else {
        js_sys::Reflect::get(&navigator, &JsValue::from_str(object)).ok()?
    };
    if target.is_undefined() || target.is_null() {
        return None;
    }
    let f = js_sys::Reflect::get(&target, &JsValue::from_str(method))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((target, f))
}

/// Copies `text` to the clipboard; `false` if the browser refused or cannot.
pub async fn copy_text(text: &str) -> bool {
    let Some((clipboard, write)) = navigator_method("clipboard", "writeText") else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    match promise.dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}

/// Whether the Web Share API is there (mostly phones).
pub fn can_share() -> bool {
    navigator_method("", "share").is_some()
}

/// Offers a link to the system share sheet; `false` if dismissed or unavailable.
pub async fn share_link(title: &str, url: &str) -> bool {
    let Some((navigator, share)) = navigator_method("", "share") else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
    let _ = js_sys::Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
    let Ok(promise) = share.call1(&navigator, &data) else {
        return false;
    };
    match promise.dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}
