//! The one number the player shows big, and the ring around it, so that both always
//! talk about the same thing as the words beside them: the pass while rolling, the hold
//! while holding, the breath (in or out) while breathing, the countdown before a zone.

use super::Session;
use crate::record::EpochMs;
use crate::routine::{Card, BREATH_IN_MS, BREATH_MS};

/// What the big number counts down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BeatKind {
    /// The current pass of a Roll card.
    Pass,
    /// A hot-spot hold.
    Hold,
    /// Breathing in, on the breathing card.
    BreatheIn,
    /// Breathing out, on the breathing card.
    BreatheOut,
    /// The whole card (get ready).
    Card,
}

/// The big number: whole seconds left (rounded up) and how far through, 0..=1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Beat {
    pub kind: BeatKind,
    pub secs: u64,
    pub progress: f32,
}

/// `left` ms of a `whole` ms stretch, as a beat.
fn beat(kind: BeatKind, left: u64, whole: u64) -> Beat {
    let whole = whole.max(1);
    let left = left.min(whole);
    Beat {
        kind,
        secs: left.div_ceil(1000),
        progress: ((whole - left) as f64 / whole as f64) as f32,
    }
}

impl Session {
    /// The beat at `now`; `None` on manual cards and once finished.
    pub fn beat(&self, now: EpochMs) -> Option<Beat> {
        if self.is_finished() {
            return None;
        }
        let now = now.max(self.latest);
        if let Some(hold) = &self.hold {
            let left = hold.duration_ms.saturating_sub(hold.clock.elapsed(now));
            return Some(beat(BeatKind::Hold, left, hold.duration_ms));
        }
        let elapsed = self.clock.elapsed(now);
        match self.card() {
            Card::Roll(zone) => {
                let dose = self.settings.for_zone(zone);
                let pass_ms = dose.pass_ms().max(1);
                let total = pass_ms * u64::from(dose.passes_per_side.max(1));
                if elapsed >= total {
                    return Some(beat(BeatKind::Pass, 0, pass_ms));
                }
                Some(beat(BeatKind::Pass, pass_ms - elapsed % pass_ms, pass_ms))
            }
            Card::Breathe => {
                let total = BREATH_MS * u64::from(self.settings.breaths.max(1));
                if elapsed >= total {
                    return Some(beat(BeatKind::BreatheOut, 0, BREATH_MS - BREATH_IN_MS));
                }
                let within = elapsed % BREATH_MS;
                Some(if within < BREATH_IN_MS {
                    beat(BeatKind::BreatheIn, BREATH_IN_MS - within, BREATH_IN_MS)
                } else {
                    let out = BREATH_MS - BREATH_IN_MS;
                    beat(BeatKind::BreatheOut, BREATH_MS - within, out)
                })
            }
            card => {
                let whole = card.duration_ms(&self.settings)?;
                Some(beat(BeatKind::Card, whole.saturating_sub(elapsed), whole))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::tests::{rolling, session, skip_to, T0};
    use crate::session::Event::*;

    #[test]
    fn rolling_counts_the_pass_not_the_zone() {
        let s = rolling();
        let at = |ms| s.beat(T0 + ms).map(|b| (b.kind, b.secs));
        assert_eq!(at(0), Some((BeatKind::Pass, 10)));
        assert_eq!(at(1), Some((BeatKind::Pass, 10)));
        assert_eq!(at(9_001), Some((BeatKind::Pass, 1)));
        assert_eq!(at(10_000), Some((BeatKind::Pass, 10)), "pass 2 starts full");
        assert_eq!(s.beat(T0 + 15_000).map(|b| b.progress), Some(0.5));
        let held = s.apply(HotSpot { now: T0 + 12_000 });
        let b = held.beat(T0 + 22_000).expect("a hold");
        assert_eq!((b.kind, b.secs), (BeatKind::Hold, 20));
    }

    #[test]
    fn breathing_counts_each_breath_in_and_out() {
        let s = skip_to(session(true), Card::Breathe, T0);
        let at = |ms| s.beat(T0 + ms).map(|b| (b.kind, b.secs));
        assert_eq!(at(0), Some((BeatKind::BreatheIn, 4)));
        assert_eq!(at(3_500), Some((BeatKind::BreatheIn, 1)));
        assert_eq!(at(4_000), Some((BeatKind::BreatheOut, 6)));
        assert_eq!(at(10_000), Some((BeatKind::BreatheIn, 4)));
    }

    #[test]
    fn get_ready_counts_the_card_and_manual_cards_have_no_beat() {
        let s = skip_to(
            session(true),
            Card::GetReady(crate::zone::Zone::ItBandLeft),
            T0,
        );
        assert_eq!(
            s.beat(T0 + 1_500).map(|b| (b.kind, b.secs)),
            Some((BeatKind::Card, 4))
        );
        assert_eq!(session(true).beat(T0), None);
    }
}
