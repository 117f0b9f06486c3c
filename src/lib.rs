//! Unknot: a foam-rolling coach for people with back pain.
//!
//! The pure domain is its own crate, `unknot-domain` (routine content, the session state
//! machine, time maths, storage schema, diagram geometry), re-exported here as [`domain`];
//! `platform` is the only code that touches the browser; `ui` holds the Leptos components.

// The host renders the opening screens to HTML (ui::prerender): its view types nest deep.
#![cfg_attr(not(target_arch = "wasm32"), recursion_limit = "256")]

pub use unknot_domain as domain;
pub mod platform;
pub mod ui;

pub use ui::app::App;
