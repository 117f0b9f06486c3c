//! What a running session needs to be woken for, and what it does not.
//!
//! The player is woken once a second; most of those ticks complete nothing, and most of
//! what is on screen does not change with them. [`Session::is_due`] says without copying
//! the session whether a tick changes it at all, and [`Session::breath_rhythm`] gives the
//! breathing pacer's rhythm as a value that stays the same for as long as the breathing
//! runs, so a pacer drawn from it needs nothing from the ticks.

use super::Session;
use crate::record::EpochMs;
use crate::routine::{Card, BREATH_MS};
use crate::session::stopwatch::Stopwatch;

/// The breathing pacer's rhythm while it runs: in for `BREATH_IN_MS`, out for
/// `BREATH_OUT_MS`, `breaths` times, the first breath starting at `since`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BreathRhythm {
    /// The wall-clock time the first breath began (pauses already taken out).
    pub since: EpochMs,
    /// How many breaths are paced.
    pub breaths: u8,
}

impl BreathRhythm {
    /// How far into the rhythm `now` is, in ms (0 before it started).
    pub fn elapsed(&self, now: EpochMs) -> u64 {
        now.saturating_sub(self.since)
    }
}

impl Session {
    /// Whether a tick at `now` changes the session: the hold or the timed card has run
    /// out. When it is not due, `apply(Tick { now })` returns the session unchanged.
    pub fn is_due(&self, now: EpochMs) -> bool {
        !self.is_paused()
            && self
                .deadline()
                .is_some_and(|due| due <= now.max(self.latest))
    }

    /// The rhythm of the breathing paced now (the hold's, or the Breathe card's), while
    /// its clock runs; `None` when paused, finished or nothing is paced. It depends on
    /// no `now`: it is the same on every tick of one stretch of breathing.
    pub fn breath_rhythm(&self) -> Option<BreathRhythm> {
        if self.is_paused() || self.is_finished() {
            return None;
        }
        let (clock, breaths) = match (&self.hold, self.card()) {
            (Some(hold), _) => (
                hold.clock,
                u8::try_from(hold.duration_ms.div_ceil(BREATH_MS)).unwrap_or(u8::MAX),
            ),
            (None, Card::Breathe) => (self.clock, self.settings.breaths.max(1)),
            (None, _) => return None,
        };
        match clock {
            Stopwatch::Running { since } => Some(BreathRhythm { since, breaths }),
            Stopwatch::Paused { .. } => None,
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::routine::BREATH_IN_MS;
    use crate::session::tests::{rolling, session, skip_to, T0};
    use crate::session::Event::{self, *};

    /// `apply(Tick)` as it was before `is_due`: catch up on a copy, compare. The
    /// oracle `is_due` (and the tick in `apply`) is checked against.
    pub(in crate::session) fn tick_by_copy(s: &Session, now: EpochMs) -> Session {
        let mut after = s.clone();
        after.latest = after.latest.max(now);
        after.catch_up(after.latest);
        let mut same = after.clone();
        same.latest = s.latest;
        if same == *s {
            s.clone()
        } else {
            after
        }
    }

    #[test]
    fn a_tick_is_due_exactly_when_it_changes_the_session() {
        let held = rolling().apply(HotSpot { now: T0 + 12_000 });
        let paused = held.clone().apply(Pause { now: T0 + 15_000 });
        let breathing = skip_to(session(true), Card::Breathe, T0);
        for s in [rolling(), held, paused, breathing] {
            for now in (T0..T0 + 130_000).step_by(250) {
                let by_copy = tick_by_copy(&s, now);
                assert_eq!(s.is_due(now), by_copy != s, "at +{} ms", now - T0);
                assert_eq!(s.clone().apply(Tick { now }), by_copy);
            }
        }
    }

    #[test]
    fn the_holds_rhythm_is_the_same_on_every_tick_and_matches_its_breaths() {
        let s = rolling().apply(HotSpot { now: T0 + 12_000 });
        let rhythm = s.breath_rhythm().expect("a hold paces breathing");
        assert_eq!(
            rhythm,
            BreathRhythm {
                since: T0 + 12_000,
                breaths: 3
            }
        );
        for ms in (0..30_000).step_by(500) {
            let now = T0 + 12_000 + ms;
            // A tick that completes nothing leaves the rhythm (and the session) alone...
            let ticked = s.clone().apply(Tick { now });
            assert_eq!(ticked.breath_rhythm(), Some(rhythm));
            // ...and the words' phase follows from it.
            let within = rhythm.elapsed(now) % BREATH_MS;
            let breath = s.hold_breath(now).expect("a hold's breath");
            assert_eq!(breath.inhaling, within < BREATH_IN_MS, "at +{ms} ms");
        }
    }

    #[test]
    fn a_pause_stops_the_rhythm_and_a_resume_restarts_it_where_it_was() {
        let s = rolling().apply(HotSpot { now: T0 + 12_000 });
        let paused = s.apply(Pause { now: T0 + 19_000 });
        assert_eq!(paused.breath_rhythm(), None);
        let resumed = paused.apply(Resume { now: T0 + 60_000 });
        // 7 s had been held: the rhythm resumes 7 s in (out-breath, 3 s of it done).
        let rhythm = resumed.breath_rhythm().expect("running again");
        assert_eq!(rhythm.elapsed(T0 + 60_000), 7_000);
        assert!(!resumed.hold_breath(T0 + 60_000).expect("held").inhaling);
    }

    #[test]
    fn the_breathe_card_paces_its_breaths_and_other_cards_nothing() {
        let s = skip_to(session(true), Card::Breathe, T0);
        assert_eq!(
            s.breath_rhythm(),
            Some(BreathRhythm {
                since: T0,
                breaths: 5
            })
        );
        assert_eq!(rolling().breath_rhythm(), None);
        let ended = s.apply(Event::End { now: T0 + 1_000 });
        assert_eq!(ended.breath_rhythm(), None);
    }
}
