//! Leptos components, one per file; each has its stylesheet in `style/`.

pub mod address;
pub mod announcer;
pub mod app;
pub mod body_diagram;
pub mod cues;
pub mod data;
pub mod explainer;
pub mod home;
pub mod i18n;
pub mod illustration;
pub mod install_hint;
pub mod nav;
pub mod notices;
pub mod persist;
pub mod player;
pub mod progress;
pub mod resume;
pub mod routines;
pub mod safety;
pub mod screen_on_hint;
pub mod settings;
pub mod store;
pub mod theme;
pub mod ticker;
pub mod update_banner;
