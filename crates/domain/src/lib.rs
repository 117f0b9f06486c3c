//! Unknot's pure domain: no leptos, no wasm-bindgen, no web-sys (this crate does not depend on them). Everything here is tested natively.

pub mod app;
pub mod content;
pub mod cues;
pub mod geometry;
pub mod i18n;
pub mod install_offer;
pub mod keeping;
pub mod order;
pub mod progress;
pub mod record;
pub mod routine;
pub mod session;
pub mod settings;
pub mod store;
pub mod weekly;
pub mod zone;
