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

/// Runs `f` once after `ms` milliseconds. The callback frees itself when it runs, so
/// a steady ticker does not leak; a timer that cannot be set is skipped (the next
/// event or visibility change wakes the app anyway).
pub fn after(ms: u32, f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(window) = super::window() else {
        return;
    };
    let callback = Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        callback.unchecked_ref(),
        ms.min(i32::MAX as u32) as i32,
    );
}

/// A planned call that is cancelled when dropped (gloo-timers' `Timeout`): keep it for as
/// long as the call is still wanted.
pub struct Timer {
    _timeout: gloo_timers::callback::Timeout,
}

/// Calls `f` once after `ms` milliseconds, unless the returned [`Timer`] is dropped first.
pub fn timer(ms: u32, f: impl FnOnce() + 'static) -> Timer {
    Timer {
        _timeout: gloo_timers::callback::Timeout::new(ms, f),
    }
}
