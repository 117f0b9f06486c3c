//! The domain's native integration tests, one binary: golden storage files, messages in
//! every language, the safety review file. `cargo test -p unknot-domain` runs them with
//! the unit tests; no browser, no Leptos.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod i18n_messages;
mod language_settings;
mod routines_golden;
mod safety_review;
mod store_golden;
mod store_more_zones;
