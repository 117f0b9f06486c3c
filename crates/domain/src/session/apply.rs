//! The reducer: (session, event) → next session.

use super::{Event, Finish, Hold, Session, EXTEND_MS, MAX_HOLD_MS};
use crate::record::{EpochMs, HotSpot, ZonePasses};
use crate::routine::Card;
use crate::session::stopwatch::Stopwatch;

/// Ratings are 0–10; anything above is taken as 10.
fn rating(value: u8) -> u8 {
    value.min(10)
}

impl Event {
    /// The time the event happened, for events that carry one.
    pub fn now(&self) -> Option<EpochMs> {
        match *self {
            Event::Tick { now }
            | Event::Next { now }
            | Event::Back { now }
            | Event::Pause { now }
            | Event::Resume { now }
            | Event::TogglePause { now }
            | Event::HotSpot { now }
            | Event::Released { now }
            | Event::Extend { now }
            | Event::End { now } => Some(now),
            Event::Tenderness { .. } | Event::Pain { .. } => None,
        }
    }
}

impl Session {
    /// The next state after `event`. Never panics; events that make no sense for the
    /// current state (a hot spot on a set-up card, anything after the end but a pain
    /// rating on the summary) leave the session as it was.
    pub fn apply(mut self, event: Event) -> Session {
        if self.is_finished() {
            if let (Event::Pain { value }, Card::Summary) = (event, self.card()) {
                self.pain_after = value.map(rating);
            }
            return self;
        }
        if let Event::Tick { now } = event {
            // A tick that completes nothing leaves the session untouched (not even
            // `latest`), so the app neither re-renders nor re-saves it every second.
            // `is_due` is exactly "something ran out" (pacing.rs and props.rs check it
            // against catching up on a copy and comparing), so no copy is needed here.
            if self.is_due(now) {
                self.latest = self.latest.max(now);
                self.catch_up(self.latest);
            }
            return self;
        }
        if let Some(now) = event.now() {
            self.latest = self.latest.max(now);
            self.catch_up(self.latest);
            if self.is_finished() {
                return self;
            }
        }
        let now = self.latest;
        match event {
            Event::Tick { .. } => {}
            Event::Next { .. } => {
                self.resume(now);
                self.end_hold(now);
                self.leave_card(now);
                if self.card() == Card::Safety {
                    self.safety_passed = true;
                }
                self.enter(self.index.saturating_add(1), now, true);
            }
            Event::Back { .. } => {
                self.resume(now);
                self.end_hold(now);
                // Going back means "again": the passes will be recorded when it is left.
                let elapsed = self.clock.elapsed(now);
                self.active_ms = self.active_ms.saturating_add(elapsed);
                if let Card::Roll(_) = self.card() {
                    self.rolled_ms = self.rolled_ms.saturating_add(elapsed);
                }
                self.enter(self.index.saturating_sub(1), now, true);
            }
            Event::Pause { .. } => self.pause(now),
            Event::Resume { .. } => self.resume(now),
            Event::TogglePause { .. } if self.is_paused() => self.resume(now),
            Event::TogglePause { .. } => self.pause(now),
            Event::HotSpot { .. } => self.start_hold(now),
            Event::Released { .. } => self.end_hold(now),
            Event::Extend { .. } => {
                if let Some(hold) = self.hold.as_mut() {
                    let cap = MAX_HOLD_MS.max(hold.duration_ms);
                    hold.duration_ms = hold.duration_ms.saturating_add(EXTEND_MS).min(cap);
                }
            }
            Event::Tenderness { value } => self.rate_hold(rating(value)),
            Event::Pain { value } => match self.card() {
                Card::PainBefore => self.pain_before = value.map(rating),
                Card::PainAfter | Card::Summary => self.pain_after = value.map(rating),
                _ => {}
            },
            Event::End { .. } => {
                self.resume(now);
                self.end_hold(now);
                self.leave_card(now);
                // Past the last card: `enter` lands on the summary and finishes.
                self.enter(self.plan.len(), now, false);
            }
        }
        self
    }

    /// Completes whatever ran out before `now`, each at its own deadline, through timed
    /// cards, stopping at the first manual card. Nothing runs out while paused.
    pub(super) fn catch_up(&mut self, now: EpochMs) {
        // Each round ends a hold or leaves a card, so this ends; the bound is a backstop.
        for _ in 0..=self.plan.len().saturating_mul(2) {
            if self.is_paused() || self.is_finished() {
                return;
            }
            if let Some(hold) = &self.hold {
                match hold.clock.deadline(hold.duration_ms) {
                    Some(due) if due <= now => {
                        self.end_hold(due);
                        continue;
                    }
                    _ => return,
                }
            }
            let due =
                (self.card().duration_ms(&self.settings)).and_then(|d| self.clock.deadline(d));
            match due {
                Some(due) if due <= now => {
                    self.leave_card(due);
                    self.enter(self.index.saturating_add(1), due, true);
                }
                _ => return,
            }
        }
    }

    /// Moves to card `index` at `at`; past the end or onto the summary, the session finishes.
    fn enter(&mut self, index: usize, at: EpochMs, completed: bool) {
        let last = self.plan.len().saturating_sub(1);
        self.index = index.min(last);
        self.hold_ended_at = None;
        if index > last || self.card() == Card::Summary {
            self.finished = Some(Finish { at, completed });
            self.clock = Stopwatch::stopped();
        } else {
            self.clock = Stopwatch::start(at);
        }
    }

    /// Books the current card's time and, on a Roll card, its completed passes.
    fn leave_card(&mut self, at: EpochMs) {
        let elapsed = self.clock.elapsed(at);
        self.active_ms = self.active_ms.saturating_add(elapsed);
        if let Card::Roll(zone) = self.card() {
            self.rolled_ms = self.rolled_ms.saturating_add(elapsed);
            let dose = self.settings.for_zone(zone);
            let done = elapsed / dose.pass_ms().max(1);
            let passes = u8::try_from(done)
                .unwrap_or(u8::MAX)
                .min(dose.passes_per_side);
            match self.passes.iter_mut().find(|p| p.zone == zone) {
                Some(entry) => entry.passes = passes,
                None => self.passes.push(ZonePasses { zone, passes }),
            }
        }
    }

    fn pause(&mut self, now: EpochMs) {
        if self.is_paused() {
            return;
        }
        self.paused_at = Some(now);
        self.clock = self.clock.pause(now);
        if let Some(hold) = self.hold.as_mut() {
            hold.clock = hold.clock.pause(now);
        }
    }

    fn resume(&mut self, now: EpochMs) {
        let Some(since) = self.paused_at.take() else {
            return;
        };
        self.paused_ms = self.paused_ms.saturating_add(now.saturating_sub(since));
        // During a hold only the hold counts on; the passes wait for it to end.
        match self.hold.as_mut() {
            Some(hold) => hold.clock = hold.clock.resume(now),
            None => self.clock = self.clock.resume(now),
        }
    }

    fn start_hold(&mut self, now: EpochMs) {
        let Card::Roll(zone) = self.card() else {
            return;
        };
        if self.is_paused() || self.is_holding() {
            return;
        }
        let position = self.pass(now).map_or(0.0, |p| p.position);
        self.clock = self.clock.pause(now);
        self.hold = Some(Hold {
            zone,
            position,
            found_at: now,
            clock: Stopwatch::start(now),
            duration_ms: self.settings.for_zone(zone).hold_ms().min(MAX_HOLD_MS),
            tenderness: None,
        });
    }

    /// Ends the hold at `at` (its deadline, or earlier when released) and records it.
    fn end_hold(&mut self, at: EpochMs) {
        let Some(hold) = self.hold.take() else {
            return;
        };
        let held_ms = hold.clock.elapsed(at).min(hold.duration_ms);
        self.active_ms = self.active_ms.saturating_add(held_ms);
        self.rolled_ms = self.rolled_ms.saturating_add(held_ms);
        self.hold_ended_at = Some(at);
        self.hot_spots.push(HotSpot {
            zone: hold.zone,
            position: hold.position,
            found_at: hold.found_at,
            held_ms,
            tenderness: hold.tenderness,
        });
        if !self.is_paused() {
            self.clock = self.clock.resume(at);
        }
    }

    /// Rates the hold; right after one ends on this card, rates that hot spot instead,
    /// so a rating given as the hold runs out is not lost.
    fn rate_hold(&mut self, value: u8) {
        if let Some(hold) = self.hold.as_mut() {
            hold.tenderness = Some(value);
        } else if let Card::Roll(zone) = self.card() {
            if let Some(spot) = self.hot_spots.last_mut().filter(|s| s.zone == zone) {
                spot.tenderness = Some(value);
            }
        }
    }
}
