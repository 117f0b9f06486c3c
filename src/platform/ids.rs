//! Unique ids for what the person makes (sessions, routines): the time plus browser
//! randomness, so imports and other devices merge without duplicates, and safe in
//! storage keys and links.

use crate::domain::record::EpochMs;

/// A session's id (`s-<ms>-<hex>`).
pub fn session_id(now: EpochMs) -> String {
    id("s", now)
}

/// A saved routine's id (`r-<ms>-<hex>`).
pub fn routine_id(now: EpochMs) -> String {
    id("r", now)
}

fn id(kind: &str, now: EpochMs) -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{kind}-{now}-{random:08x}")
}
