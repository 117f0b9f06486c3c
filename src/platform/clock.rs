//! Wall-clock time for events: the only place the app reads the clock.

use crate::domain::record::EpochMs;

/// Epoch milliseconds now, from `Date.now()` (follows the page's clock, which tests can control).
pub fn now() -> EpochMs {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as EpochMs
    } else {
        0
    }
}

/// The person's offset from UTC in minutes (east positive), for calendar days.
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
