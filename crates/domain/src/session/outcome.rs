//! What a session leaves behind, told honestly: no record when nothing was rolled, zones
//! left before their time listed as skipped, and "complete" only when every zone was.

use super::{Session, ROLLED_MIN_MS};
use crate::record::{EpochMs, SessionRecord};
use crate::routine::Card;
use crate::zone::Zone;

/// How long the "How tender was it?" row stays after a hold ends, unless answered.
pub const TENDERNESS_ASK_MS: u64 = 8_000;

impl Session {
    /// Time rolled so far: finished Roll cards and holds, plus the current ones.
    pub fn rolled_at(&self, now: EpochMs) -> u64 {
        let now = now.max(self.latest);
        let hold = self.hold.as_ref().map_or(0, |h| h.clock.elapsed(now));
        let card = match self.card() {
            Card::Roll(_) => self.clock.elapsed(now),
            _ => 0,
        };
        self.rolled_ms.saturating_add(card).saturating_add(hold)
    }

    /// True once the person has rolled for at least [`ROLLED_MIN_MS`] (finished parts).
    pub fn rolled_something(&self) -> bool {
        self.rolled_ms >= ROLLED_MIN_MS
    }

    /// The zones of the plan, in order.
    pub fn planned_zones(&self) -> Vec<Zone> {
        self.plan
            .iter()
            .filter_map(|card| match card {
                Card::Roll(zone) => Some(*zone),
                _ => None,
            })
            .collect()
    }

    /// Planned zones not rolled in full: left before their time, or never reached.
    pub fn skipped_zones(&self) -> Vec<Zone> {
        self.planned_zones()
            .into_iter()
            .filter(|zone| {
                let full = self.settings.for_zone(*zone).passes_per_side;
                !self
                    .passes
                    .iter()
                    .any(|p| p.zone == *zone && p.passes >= full)
            })
            .collect()
    }

    /// The history entry, once the session has finished, if anything was rolled: a
    /// session ended (or skipped through) before rolling is not kept.
    pub fn record(&self) -> Option<SessionRecord> {
        let finish = self.finished?;
        if !self.rolled_something() {
            return None;
        }
        let zones = self
            .planned_zones()
            .into_iter()
            .filter(|zone| {
                self.passes.iter().any(|p| p.zone == *zone && p.passes > 0)
                    || self.hot_spots.iter().any(|h| h.zone == *zone)
            })
            .collect();
        let skipped = self.skipped_zones();
        Some(SessionRecord {
            id: self.id.clone(),
            started_at: self.started_at,
            ended_at: finish.at,
            routine: self.routine,
            zones,
            completed: finish.completed && skipped.is_empty(),
            passes: self.passes.clone(),
            hot_spots: self.hot_spots.clone(),
            pain_before: self.pain_before,
            pain_after: self.pain_after,
            note: String::new(),
            active_ms: self.active_ms,
            skipped,
            rolled_ms: self.rolled_ms,
            routine_used: self.routine_used.clone(),
        })
    }

    /// Whether to ask "How tender was it?" now: a hold ended on this card less than
    /// [`TENDERNESS_ASK_MS`] ago and has no rating yet. Never during a hold.
    pub fn asks_tenderness(&self, now: EpochMs) -> bool {
        let (Card::Roll(zone), Some(ended)) = (self.card(), self.hold_ended_at) else {
            return false;
        };
        let now = now.max(self.latest);
        !self.is_holding()
            && !self.is_finished()
            && now < ended.saturating_add(TENDERNESS_ASK_MS)
            && self
                .hot_spots
                .last()
                .is_some_and(|spot| spot.zone == zone && spot.tenderness.is_none())
    }
}
