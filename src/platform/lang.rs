//! The device's languages and the language files (`lang/<code>.json`, beside the page).

use thiserror::Error;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, Window};

/// The cache in which the page hands the worker its copies on a first visit (read and
/// deleted by public/sw.js; the wasm goes the same way, crates/postbuild/js/hand-over.js).
const HANDOFF_CACHE: &str = "unknot-handoff";

/// Why a language file could not be had.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No network and no copy in the service worker's cache (offline before it was cached).
    #[error("it could not be downloaded (offline?)")]
    Unreachable,
    /// The server answered, but not with the file.
    #[error("the server answered {0}")]
    Status(u16),
    /// The answer could not be read as text.
    #[error("it could not be read")]
    Unreadable,
}

/// The device's preferred languages, most wanted first (`navigator.languages`, or
/// `navigator.language` in a browser without the list).
pub fn device_languages() -> Vec<String> {
    let Some(navigator) = super::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// The URL of a language file, relative to the document, so the app works under any
/// sub-path (the service worker precaches the same relative URL).
pub fn file_url(code: &str) -> String {
    format!("lang/{code}.json")
}

/// Downloads the language file of `code` (from the service worker's cache when it has it).
pub async fn fetch_file(code: &str) -> Result<String, FetchError> {
    let window = super::window().ok_or(FetchError::Unreachable)?;
    let answer = JsFuture::from(window.fetch_with_str(&file_url(code)))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: Response = answer.dyn_into().map_err(|_| FetchError::Unreadable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    hand_over(&window, &file_url(code), &response);
    let text = response.text().map_err(|_| FetchError::Unreadable)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Unreadable)
}

/// On a visit no worker controls yet (the first), puts a copy of the file into the
/// hand-off cache: the worker's install, which precaches the device's language, takes it
/// instead of downloading the file a second time. Best effort: without it the worker
/// downloads the file itself.
fn hand_over(window: &Window, url: &str, response: &Response) {
    if window.navigator().service_worker().controller().is_some() {
        return;
    }
    let (Ok(caches), Ok(copy)) = (window.caches(), response.clone()) else {
        return;
    };
    let url = url.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(cache) = JsFuture::from(caches.open(HANDOFF_CACHE)).await {
            let cache: Cache = cache.unchecked_into();
            let _ = JsFuture::from(cache.put_with_str(&url, &copy)).await;
        }
    });
}

/// Puts the shown language on `<html lang>`, for screen readers, hyphenation and fonts.
pub fn set_document_lang(code: &str) {
    crate::platform::page::set_root_attribute("lang", Some(code));
}

/// Sets the page's title (the browser tab, the app switcher).
pub fn set_document_title(title: &str) {
    if let Some(document) = super::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}
