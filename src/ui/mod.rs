//! Leptos components, one per file; each has its stylesheet in `style/`.

pub mod app;
pub mod home;
