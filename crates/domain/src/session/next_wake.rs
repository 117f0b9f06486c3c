//! When the display next needs the clock: the ticker sleeps until exactly then.

use crate::record::EpochMs;
use crate::session::Session;

/// Milliseconds until the whole-second countdown next changes (or the current
/// hold/card ends), or `None` when nothing runs (no session, paused, manual card, done).
pub fn next_wake(session: Option<&Session>, now: EpochMs) -> Option<u64> {
    let session = session?;
    if session.is_paused() || session.is_finished() {
        return None;
    }
    let left = session.remaining_ms(now)?;
    if left == 0 {
        return Some(0);
    }
    let shown = left.div_ceil(1000);
    Some(left - (shown - 1) * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RoutineKind;
    use crate::session::Event;
    use crate::settings::Settings;

    fn rolling(now: EpochMs) -> Session {
        let s = Session::start(
            "t".into(),
            Settings::default(),
            RoutineKind::Full,
            true,
            now,
        );
        // PainBefore, Setup → GetReady (timed)
        s.apply(Event::Next { now }).apply(Event::Next { now })
    }

    #[test]
    fn wakes_exactly_when_the_shown_second_changes() {
        let s = rolling(1_000_000);
        // 5 s get-ready: shows 5 until 4 s are left.
        assert_eq!(next_wake(Some(&s), 1_000_000), Some(1_000));
        assert_eq!(next_wake(Some(&s), 1_000_300), Some(700));
        assert_eq!(next_wake(Some(&s), 1_004_999), Some(1));
    }

    #[test]
    fn sleeps_while_paused_or_on_manual_cards() {
        let s = rolling(0);
        assert_eq!(
            next_wake(Some(&s.clone().apply(Event::Pause { now: 10 })), 20),
            None
        );
        let manual = Session::start("t".into(), Settings::default(), RoutineKind::Full, true, 0);
        assert_eq!(next_wake(Some(&manual), 5), None);
        assert_eq!(next_wake(None, 5), None);
    }
}
