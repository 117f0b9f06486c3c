//! Pure domain logic: no leptos, no web-sys. Everything here is tested natively.

pub mod content;
pub mod record;
pub mod settings;
pub mod zone;
pub mod clock;
pub mod routine;
pub mod geometry;
pub mod session;
pub mod store;
pub mod cues;
pub mod app;
pub mod ticking;
pub mod progress;
pub mod cue_plan;
