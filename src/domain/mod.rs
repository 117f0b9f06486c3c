//! Pure domain logic: no leptos, no web-sys. Everything here is tested natively.

pub mod app;
pub mod clock;
pub mod content;
pub mod cue_plan;
pub mod cues;
pub mod geometry;
pub mod i18n;
pub mod importing;
pub mod install;
pub mod navigation;
pub mod progress;
pub mod record;
pub mod route;
pub mod routine;
pub mod routines;
pub mod session;
pub mod settings;
pub mod store;
pub mod ticking;
pub mod zone;
