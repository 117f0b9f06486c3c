//! Unknot: a foam-rolling coach for people with back pain.
//!
//! `domain` is pure Rust (routine content, the session state machine, time maths,
//! storage schema, diagram geometry); `platform` is the only code that touches the
//! browser; `ui` holds the Leptos components.

pub mod domain;
pub mod platform;
pub mod ui;

pub use ui::app::App;
