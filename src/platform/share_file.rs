//! A file offered the platform's way: the share sheet (Web Share API with files) where the
//! browser has it, so a phone can send it to mail or messages; a download elsewhere.
//!
//! Reached through `Reflect`: web-sys has `share` and `canShare` only behind its unstable
//! flag. The share starts in the tap's own task (it needs the tap's user activation); only
//! its answer is awaited.

use std::future::Future;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::files::{download_as, FileError};

/// What became of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offered {
    /// The share sheet took it.
    Shared,
    /// It was downloaded (no share sheet, or the share failed).
    Downloaded,
    /// The person closed the share sheet: nothing went wrong, nothing to say.
    Cancelled,
}

/// Offers `text` as a file named `file_name` of type `mime`: shared with `title` when the
/// browser can share files, else downloaded. A share that fails for any reason but the
/// person cancelling (`AbortError`) falls back to the download.
pub fn share_or_download(
    file_name: &str,
    mime: &str,
    title: &str,
    text: &str,
) -> impl Future<Output = Result<Offered, FileError>> {
    let asked = start_share(file_name, mime, title, text);
    let (name, mime, text) = (file_name.to_owned(), mime.to_owned(), text.to_owned());
    async move {
        if let Some(promise) = asked {
            match JsFuture::from(promise).await {
                Ok(_) => return Ok(Offered::Shared),
                Err(e) if error_name(&e).as_deref() == Some("AbortError") => {
                    return Ok(Offered::Cancelled)
                }
                Err(_) => {}
            }
        }
        download_as(&name, &mime, &text).map(|()| Offered::Downloaded)
    }
}

/// `navigator.share({files, title})` when `navigator.canShare({files})` says yes.
fn start_share(file_name: &str, mime: &str, title: &str, text: &str) -> Option<Promise> {
    let window = super::window()?;
    let navigator = JsValue::from(window.navigator());
    let share = method(&navigator, "share")?;
    let can_share = method(&navigator, "canShare")?;
    let file = new_file(&JsValue::from(window), file_name, mime, text)?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    if !can_share.call1(&navigator, &data).ok()?.is_truthy() {
        return None;
    }
    Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    share
        .call1(&navigator, &data)
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// `new File([text], name, {type: mime})`.
fn new_file(window: &JsValue, file_name: &str, mime: &str, text: &str) -> Option<JsValue> {
    let make = method(window, "File")?;
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &mime.into()).ok()?;
    let parts = Array::of1(&JsValue::from_str(text));
    let args = Array::of3(&parts, &file_name.into(), &options);
    Reflect::construct(&make, &args).ok()
}

/// The `name` of a rejected promise's error (`AbortError`, `NotAllowedError`…).
fn error_name(e: &JsValue) -> Option<String> {
    Reflect::get(e, &JsValue::from_str("name"))
        .ok()?
        .as_string()
}
