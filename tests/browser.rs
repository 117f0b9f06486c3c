//! Browser tests: components mounted into a real page in headless Chromium and clicked.
//!
//! Run by `cargo xtask test` (or `cargo test --target wasm32-unknown-unknown --test
//! browser` with CHROMEDRIVER set). Each module lives in `tests/browser/<name>.rs`
//! and is registered below with `#[path = "browser/<name>.rs"] mod <name>;` (this file is
//! a crate root, so a bare `mod x;` would look for `tests/x.rs`). Shared helpers are in
//! `support`. Add new modules at the end, after a blank line: rustfmt sorts only
//! adjacent `mod` items, so separated entries stay where they are put.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "browser/support.rs"]
mod support;

#[path = "browser/home.rs"]
mod home;

#[path = "browser/storage.rs"]
mod storage;

#[path = "browser/diagram.rs"]
mod diagram;

#[path = "browser/progress.rs"]
mod progress;

#[path = "browser/player.rs"]
mod player;

#[path = "browser/pwa.rs"]
mod pwa;

#[path = "browser/device.rs"]
mod device;
#[path = "browser/shell.rs"]
mod shell;
#[path = "browser/zones.rs"]
mod zones;

#[path = "browser/language.rs"]
mod language;
