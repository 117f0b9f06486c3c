//! Unique ids for sessions: start time plus browser randomness.

use crate::domain::record::EpochMs;

/// An id unique across devices, so imports merge without duplicates.
pub fn session_id(now: EpochMs) -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("s-{now}-{random:08x}")
}
