//! The app crate's native tests, one binary: every message key the source uses is in every
//! language file with the same placeholders, and the glossary's words are kept. (The
//! domain's own tests are `cargo test -p unknot-domain`; the browser's are `tests/browser`.)
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod i18n_catalogue;
mod i18n_glossary;
mod i18n_scan;
