//! The session state machine: one value ([`Session`]), one event type ([`Event`]) and
//! one reducer ([`Session::apply`]).
//!
//! Time enters only through the `now` carried by events. Every event first catches the
//! session up to its `now` (finishing holds and timed cards at their deadlines), so a
//! locked phone or a reload lands exactly where the clock says.
//!
//! Time accounting, the invariant the property tests check: at any `now` (not before
//! [`Session::latest`]), with `end` = the finish time once finished, else `now`,
//!
//! ```text
//! elapsed_active(now) + paused_ms + current pause span == end - started_at
//! ```
//!
//! Time spent in a hot-spot hold counts as active: the person is working on the card.

mod apply;
mod beat;
mod length;
pub mod next_wake;
mod outcome;
mod pacing;
mod query;
pub mod stopwatch;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::record::{EpochMs, HotSpot, RoutineKind, RoutineUsed, ZonePasses};
use crate::routine::{plan, Card};
use crate::settings::Settings;
use crate::zone::Zone;
use stopwatch::Stopwatch;

pub use beat::{Beat, BeatKind};
pub use length::{length_minutes, length_words, plan_length_ms, routine_length_ms, MANUAL_CARD_MS};
pub use outcome::TENDERNESS_ASK_MS;
pub use pacing::BreathRhythm;

/// How long "+10 s" adds to a hold.
pub const EXTEND_MS: u64 = 10_000;
/// The longest a hold may last, however often it is extended (the article's 45 s).
pub const MAX_HOLD_MS: u64 = 45_000;

/// Less rolling than this and a session is not kept: nothing was really rolled.
pub const ROLLED_MIN_MS: u64 = 1_000;

/// A hot spot being held: the passes are frozen while it runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hold {
    pub zone: Zone,
    /// Where along the path the roller stopped, 0.0 to 1.0.
    pub position: f32,
    pub found_at: EpochMs,
    /// Time held so far (frozen while the session is paused).
    pub clock: Stopwatch,
    /// How long the hold lasts; "+10 s" raises it up to [`MAX_HOLD_MS`].
    pub duration_ms: u64,
    /// How tender it feels, 0–10, if the person said.
    pub tenderness: Option<u8>,
}

/// How and when a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finish {
    pub at: EpochMs,
    /// False when the person ended it early.
    pub completed: bool,
}

/// A session in progress (or just finished). Serializable so a reload resumes it exactly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub started_at: EpochMs,
    /// The settings in force, already clamped.
    pub settings: Settings,
    pub routine: RoutineKind,
    pub plan: Vec<Card>,
    /// The current card, an index into `plan`.
    pub index: usize,
    /// Time on the current card; passes and countdowns run on it (frozen during a hold).
    pub clock: Stopwatch,
    pub hold: Option<Hold>,
    /// When the current pause began.
    pub paused_at: Option<EpochMs>,
    pub hot_spots: Vec<HotSpot>,
    pub passes: Vec<ZonePasses>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    /// Time on finished cards and finished holds, pauses excluded.
    pub active_ms: u64,
    /// Total time of finished pauses.
    pub paused_ms: u64,
    pub finished: Option<Finish>,
    /// The latest `now` seen. An event from an earlier time is treated as happening at
    /// this time, so a clock that jumps back can never make time run backwards.
    #[serde(default)]
    pub latest: EpochMs,
    /// Whether the Safety card was passed with Next.
    #[serde(default)]
    pub safety_passed: bool,
    /// The saved routine this session follows, if it was started from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routine_used: Option<RoutineUsed>,
    /// Time spent rolling (on Roll cards, holds included), finished cards only, pauses
    /// excluded. A session with less than [`ROLLED_MIN_MS`] of it leaves no record.
    #[serde(default)]
    pub rolled_ms: u64,
    /// When the last hold on the current card ended (for the tenderness question).
    #[serde(default)]
    pub hold_ended_at: Option<EpochMs>,
}

/// Everything that can happen to a session.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    /// Time passes (the UI's timer, or the page becoming visible again).
    Tick {
        now: EpochMs,
    },
    /// Leave the current card for the next one (skip, or acknowledge a manual card).
    Next {
        now: EpochMs,
    },
    /// Go to the previous card, which restarts.
    Back {
        now: EpochMs,
    },
    Pause {
        now: EpochMs,
    },
    Resume {
        now: EpochMs,
    },
    TogglePause {
        now: EpochMs,
    },
    /// Start holding a hot spot where the roller is now (Roll cards only).
    HotSpot {
        now: EpochMs,
    },
    /// End the hold early.
    Released {
        now: EpochMs,
    },
    /// Add [`EXTEND_MS`] to the hold, within [`MAX_HOLD_MS`].
    Extend {
        now: EpochMs,
    },
    /// Rate the current hold (or the hot spot just finished on this card), clamped to 0–10.
    Tenderness {
        value: u8,
    },
    /// On PainBefore sets `pain_before`; on PainAfter or Summary sets `pain_after` (0–10).
    Pain {
        value: Option<u8>,
    },
    /// Stop the session early; it is kept as not completed.
    End {
        now: EpochMs,
    },
}

/// Where the person is in the passes of a Roll card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PassInfo {
    /// Which pass, 1-based.
    pub number: u8,
    pub of: u8,
    /// True when rolling from the start of the path to its end.
    pub outward: bool,
    /// Where the roller is, 0.0 (start of the path) to 1.0 (end).
    pub position: f32,
}

/// Where the person is in a breathing pacer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreathInfo {
    /// Which breath, 1-based.
    pub number: u8,
    pub of: u8,
    pub inhaling: bool,
    /// 0.0 to 1.0 through the current in- or out-breath.
    pub phase_progress: f32,
}

impl Session {
    /// A new session at its first card. Settings are clamped first; the Safety card is
    /// included unless the person has already acknowledged it.
    pub fn start(
        id: String,
        settings: Settings,
        routine: RoutineKind,
        safety_acknowledged: bool,
        now: EpochMs,
    ) -> Session {
        let (settings, _) = settings.clamped();
        let plan = plan(&settings.zones, !safety_acknowledged);
        Session {
            id,
            started_at: now,
            settings,
            routine,
            plan,
            index: 0,
            clock: Stopwatch::start(now),
            hold: None,
            paused_at: None,
            hot_spots: Vec::new(),
            passes: Vec::new(),
            pain_before: None,
            pain_after: None,
            active_ms: 0,
            paused_ms: 0,
            finished: None,
            latest: now,
            safety_passed: false,
            routine_used: None,
            rolled_ms: 0,
            hold_ended_at: None,
        }
    }
}
