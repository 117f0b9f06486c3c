//! Files in and out: a download of generated text, and reading a picked file.

use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be written or read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum FileError {
    #[error("this browser cannot save files here ({0})")]
    Download(String),
    #[error("the file could not be read ({0})")]
    Read(String),
}

impl FileError {
    /// What the browser said, without the sentence around it.
    pub fn detail(&self) -> &str {
        match self {
            FileError::Download(detail) | FileError::Read(detail) => detail,
        }
    }
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "unknown error".into())
}

/// Offers `text` as a download named `file_name` (JSON).
pub fn download(file_name: &str, text: &str) -> Result<(), FileError> {
    download_as(file_name, "application/json", text)
}

/// Offers `text` as a download named `file_name` of type `mime`.
pub fn download_as(file_name: &str, mime: &str, text: &str) -> Result<(), FileError> {
    let window = super::window().ok_or_else(|| FileError::Download("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| FileError::Download("no document".into()))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| FileError::Download(describe(e)))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|e| FileError::Download(describe(e)))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| FileError::Download(describe(e)))?
        .dyn_into()
        .map_err(|_| FileError::Download("not an anchor".into()))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Give the browser time to start the download before the blob URL goes away.
    crate::platform::clock::after(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}

/// The text of a file the person picked.
pub async fn read_text(file: &web_sys::File) -> Result<String, FileError> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| FileError::Read(describe(e)))?;
    text.as_string()
        .ok_or_else(|| FileError::Read("not text".into()))
}

/// The file picked in the `<input type="file">` that fired `event`, if any. The input is
/// cleared, so the same file can be picked again later.
pub fn take_chosen(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}
