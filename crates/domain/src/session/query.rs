//! Read-only views of a session at a given `now`, for the UI and the cue layer.
//!
//! Queries never catch up (only events do): between ticks, a deadline that has passed
//! reads as 0 ms left. A `now` earlier than the session's latest time reads as that time.

use super::{BreathInfo, PassInfo, Session};
use crate::record::EpochMs;
use crate::routine::{Card, BREATH_IN_MS, BREATH_MS, BREATH_OUT_MS};

/// A fraction `part / whole` in 0..=1 (a zero whole counts as done).
fn fraction(part: u64, whole: u64) -> f32 {
    if whole == 0 {
        1.0
    } else {
        (part.min(whole) as f64 / whole as f64) as f32
    }
}

/// Where the passes are after `elapsed` ms of `passes` passes of `pass_ms` each.
pub(crate) fn pass_at(elapsed: u64, passes: u8, pass_ms: u64) -> PassInfo {
    let of = passes.max(1);
    let pass_ms = pass_ms.max(1);
    let done = elapsed / pass_ms;
    let (number, along) = if done >= u64::from(of) {
        (of, 1.0)
    } else {
        // `done < of <= u8::MAX`, so the cast is exact.
        (done as u8 + 1, fraction(elapsed % pass_ms, pass_ms))
    };
    let outward = number % 2 == 1;
    PassInfo {
        number,
        of,
        outward,
        position: if outward { along } else { 1.0 - along },
    }
}

/// Where a breathing pacer of `breaths` breaths is after `elapsed` ms.
pub(crate) fn breath_at(elapsed: u64, breaths: u8) -> BreathInfo {
    let of = breaths.max(1);
    let elapsed = elapsed.min(u64::from(of) * BREATH_MS);
    let number = (elapsed / BREATH_MS).min(u64::from(of) - 1) as u8 + 1;
    let within = elapsed - u64::from(number - 1) * BREATH_MS;
    let inhaling = within < BREATH_IN_MS;
    let phase_progress = if inhaling {
        fraction(within, BREATH_IN_MS)
    } else {
        fraction(within - BREATH_IN_MS, BREATH_OUT_MS)
    };
    BreathInfo {
        number,
        of,
        inhaling,
        phase_progress,
    }
}

impl Session {
    /// The current card.
    pub fn card(&self) -> Card {
        self.plan.get(self.index).copied().unwrap_or(Card::Summary)
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    pub fn is_holding(&self) -> bool {
        self.hold.is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.finished.is_some()
    }

    /// `now`, but never earlier than the latest time the session has seen.
    fn at(&self, now: EpochMs) -> EpochMs {
        now.max(self.latest)
    }

    /// How long the current thing lasts: the hold if holding, else the timed card.
    pub fn duration_ms(&self) -> Option<u64> {
        match &self.hold {
            Some(hold) => Some(hold.duration_ms),
            None => self.card().duration_ms(&self.settings),
        }
    }

    /// When the current thing runs out, if it is running (not paused, not manual).
    pub fn deadline(&self) -> Option<EpochMs> {
        if self.is_finished() {
            return None;
        }
        match &self.hold {
            Some(hold) => hold.clock.deadline(hold.duration_ms),
            None => self
                .card()
                .duration_ms(&self.settings)
                .and_then(|d| self.clock.deadline(d)),
        }
    }

    /// Time left on the hold if holding, else on the timed card; `None` on manual cards.
    pub fn remaining_ms(&self, now: EpochMs) -> Option<u64> {
        let now = self.at(now);
        let elapsed = match &self.hold {
            Some(hold) => hold.clock.elapsed(now),
            None => self.clock.elapsed(now),
        };
        self.duration_ms().map(|d| d.saturating_sub(elapsed))
    }

    /// Whole seconds left, rounded up: 12.2 s left shows 13, and 0 only when time is up.
    pub fn remaining_secs(&self, now: EpochMs) -> Option<u64> {
        self.remaining_ms(now).map(|ms| ms.div_ceil(1000))
    }

    /// How far through the hold or timed card, 0..=1; 0 on manual cards.
    pub fn progress(&self, now: EpochMs) -> f32 {
        match (self.duration_ms(), self.remaining_ms(now)) {
            (Some(d), Some(left)) => fraction(d - left.min(d), d),
            _ => 0.0,
        }
    }

    /// The pass under way on a Roll card (frozen where the hold started while holding).
    pub fn pass(&self, now: EpochMs) -> Option<PassInfo> {
        match self.card() {
            Card::Roll(zone) if !self.is_finished() => Some(pass_at(
                self.clock.elapsed(self.at(now)),
                self.settings.dose(zone).passes,
                self.settings.for_zone(zone).pass_ms(),
            )),
            _ => None,
        }
    }

    /// The breath under way on the Breathe card.
    pub fn breath(&self, now: EpochMs) -> Option<BreathInfo> {
        match self.card() {
            Card::Breathe => Some(breath_at(
                self.clock.elapsed(self.at(now)),
                self.settings.breaths,
            )),
            _ => None,
        }
    }

    /// A breathing pacer for the hold in progress (as many breaths as fit in it).
    pub fn hold_breath(&self, now: EpochMs) -> Option<BreathInfo> {
        let hold = self.hold.as_ref()?;
        let breaths = u8::try_from(hold.duration_ms.div_ceil(BREATH_MS)).unwrap_or(u8::MAX);
        Some(breath_at(hold.clock.elapsed(self.at(now)), breaths))
    }

    /// Active time so far: finished cards and holds, plus the current card and hold.
    pub fn elapsed_active(&self, now: EpochMs) -> u64 {
        let now = self.at(now);
        let hold = self.hold.as_ref().map_or(0, |h| h.clock.elapsed(now));
        self.active_ms
            .saturating_add(self.clock.elapsed(now))
            .saturating_add(hold)
    }

    /// Paused time so far, the current pause included.
    pub fn paused_total(&self, now: EpochMs) -> u64 {
        let span = self
            .paused_at
            .map_or(0, |since| self.at(now).saturating_sub(since));
        self.paused_ms.saturating_add(span)
    }

    /// True if the plan had no Safety card or the person moved past it with Next.
    pub fn safety_acknowledged(&self) -> bool {
        self.safety_passed || !self.plan.contains(&Card::Safety)
    }
}
