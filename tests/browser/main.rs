//! Browser tests: components mounted into a real page in headless Chromium and clicked.
//!
//! Run by `cargo xtask test` (or `cargo test --target wasm32-unknown-unknown --test
//! browser` with CHROMEDRIVER set). Each module is
//! `tests/browser/<name>.rs`, declared below; shared helpers are in `support`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod device;
mod diagram;
mod home;
mod language;
mod player;
mod progress;
mod pwa;
mod shell;
mod storage;
mod zones;
