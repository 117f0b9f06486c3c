//! A pause-able stopwatch for one card or one hold.
//!
//! Elapsed time is always derived from a stored anchor and the `now` passed in, never
//! counted by ticks, so a throttled tab, a locked phone or a reload cannot make it drift.

use serde::{Deserialize, Serialize};

use crate::record::EpochMs;

/// Time on one card or hold. Elapsed is derived from a stored anchor, never counted by ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Stopwatch {
    /// Counting: elapsed is `now - since`.
    Running { since: EpochMs },
    /// Frozen at `elapsed` milliseconds.
    Paused { elapsed: u64 },
}

impl Stopwatch {
    /// A clock that starts counting at `now`.
    pub fn start(now: EpochMs) -> Stopwatch {
        Stopwatch::Running { since: now }
    }

    /// A clock frozen at zero (e.g. on a finished session's summary).
    pub fn stopped() -> Stopwatch {
        Stopwatch::Paused { elapsed: 0 }
    }

    /// Milliseconds counted so far. A `now` before the anchor counts as zero, never negative.
    pub fn elapsed(&self, now: EpochMs) -> u64 {
        match *self {
            Stopwatch::Running { since } => now.saturating_sub(since),
            Stopwatch::Paused { elapsed } => elapsed,
        }
    }

    /// Freezes the clock at its elapsed time. Pausing a paused clock changes nothing.
    pub fn pause(self, now: EpochMs) -> Stopwatch {
        match self {
            Stopwatch::Running { .. } => Stopwatch::Paused {
                elapsed: self.elapsed(now),
            },
            paused => paused,
        }
    }

    /// Counts on from where it was frozen. Resuming a running clock changes nothing.
    pub fn resume(self, now: EpochMs) -> Stopwatch {
        match self {
            // Re-anchoring keeps elapsed exact: at `now` it reads the frozen value again.
            Stopwatch::Paused { elapsed } => Stopwatch::Running {
                since: now.saturating_sub(elapsed),
            },
            running => running,
        }
    }

    /// Whether the clock is counting.
    pub fn is_running(&self) -> bool {
        matches!(self, Stopwatch::Running { .. })
    }

    /// When a running clock reaches `duration_ms`; `None` while paused (it never will).
    pub fn deadline(&self, duration_ms: u64) -> Option<EpochMs> {
        match *self {
            Stopwatch::Running { since } => Some(since.saturating_add(duration_ms)),
            Stopwatch::Paused { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_clock_counts_from_its_anchor() {
        let c = Stopwatch::start(1_000);
        assert!(c.is_running());
        assert_eq!(c.elapsed(1_000), 0);
        assert_eq!(c.elapsed(4_500), 3_500);
        assert_eq!(c.deadline(10_000), Some(11_000));
    }

    #[test]
    fn a_paused_clock_is_frozen_and_resumes_where_it_stopped() {
        let c = Stopwatch::start(1_000).pause(3_000);
        assert!(!c.is_running());
        assert_eq!(c.elapsed(3_000), 2_000);
        assert_eq!(c.elapsed(99_000), 2_000);
        assert_eq!(c.deadline(10_000), None);
        let r = c.resume(50_000);
        assert_eq!(r.elapsed(50_000), 2_000);
        assert_eq!(r.elapsed(51_000), 3_000);
        assert_eq!(r.deadline(10_000), Some(58_000));
    }

    #[test]
    fn pause_and_resume_are_idempotent() {
        let p = Stopwatch::start(0).pause(5);
        assert_eq!(p.pause(100), p);
        let r = Stopwatch::start(7);
        assert_eq!(r.resume(100), r);
    }

    #[test]
    fn time_before_the_anchor_saturates() {
        let c = Stopwatch::start(10_000);
        assert_eq!(c.elapsed(5_000), 0);
        assert_eq!(c.pause(5_000), Stopwatch::Paused { elapsed: 0 });
        assert_eq!(Stopwatch::start(u64::MAX).deadline(10), Some(u64::MAX));
        assert_eq!(Stopwatch::Paused { elapsed: 50 }.resume(10).elapsed(10), 10);
    }

    #[test]
    fn serde_uses_a_state_tag() {
        let json = serde_json::to_string(&Stopwatch::start(42)).unwrap();
        assert_eq!(json, r#"{"state":"running","since":42}"#);
        let back: Stopwatch = serde_json::from_str(r#"{"state":"paused","elapsed":7}"#).unwrap();
        assert_eq!(back, Stopwatch::Paused { elapsed: 7 });
    }
}
