//! Pure domain logic: no leptos, no web-sys. Everything here is tested natively.

pub mod content;
pub mod record;
pub mod settings;
pub mod zone;
pub mod clock;
pub mod routine;
pub mod session;
pub mod store;
pub mod cues;
pub mod geometry;
pub mod progress;
