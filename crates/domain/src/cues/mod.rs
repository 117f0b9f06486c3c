//! Which cues (beeps, buzzes, flashes, spoken lines) a session calls for, and when.
//!
//! Two views of one cue stream, for the platform layer:
//! - [`scheduled`]: the time-driven cues still ahead of `now` in the current phase, with
//!   exact times, so audio can be scheduled on the audio clock (exact even when timers
//!   are throttled).
//! - [`cues_between`]: the cues a transition calls for: those caused by the event itself
//!   ([`Cue::HoldStart`], [`Cue::SessionDone`]) and the time-driven ones crossed since the
//!   previous state. A layer that already scheduled the time-driven ones ahead plays only
//!   the cues where [`Cue::is_timed`] is false.

use serde::{Deserialize, Serialize};

use crate::record::EpochMs;
use crate::routine::{Card, Position};
use crate::session::{Event, Hold, PassInfo, Session};
use crate::zone::{Side, Zone};

pub use crate::i18n::{Arg, Line};

/// Time-driven cues older than this when noticed are dropped: after a locked phone, a
/// burst of stale beeps would only confuse.
pub const STALE_MS: u64 = 2_000;

/// One cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "cue", content = "n", rename_all = "kebab-case")]
pub enum Cue {
    /// A pass ends and the next one starts: turn around.
    PassTurn,
    /// A hot-spot hold has started.
    HoldStart,
    /// 3, 2, 1 before a hold (or the get-ready countdown) ends.
    HoldCountdown(u8),
    /// A hold or a timed card has run out.
    PhaseEnd,
    /// The session has finished.
    SessionDone,
}

impl Cue {
    /// Whether the cue comes from time passing (and so appears in [`scheduled`]).
    pub fn is_timed(&self) -> bool {
        matches!(self, Cue::PassTurn | Cue::HoldCountdown(_) | Cue::PhaseEnd)
    }
}

/// The 3-2-1 before `deadline`.
fn countdown(deadline: EpochMs) -> impl Iterator<Item = (Cue, EpochMs)> {
    (1..=3u8).rev().map(move |n| {
        (
            Cue::HoldCountdown(n),
            deadline.saturating_sub(u64::from(n) * 1000),
        )
    })
}

/// The time-driven cues after `now` up to the end of the current hold or timed card,
/// in time order. Empty while paused, on manual cards and once finished.
pub fn scheduled(session: &Session, now: EpochMs) -> Vec<(Cue, EpochMs)> {
    if session.is_paused() || session.is_finished() {
        return Vec::new();
    }
    let Some(deadline) = session.deadline() else {
        return Vec::new();
    };
    let mut cues: Vec<(Cue, EpochMs)> = Vec::new();
    if let Some(hold) = &session.hold {
        let start = hold.found_at;
        cues.extend(countdown(deadline).filter(|&(_, t)| t > start));
    } else {
        match session.card() {
            Card::GetReady(_) => cues.extend(countdown(deadline)),
            Card::Roll(zone) => {
                let dose = session.settings.for_zone(zone);
                let pass_ms = dose.pass_ms().max(1);
                let passes = u64::from(dose.passes_per_side);
                let since = deadline.saturating_sub(passes * pass_ms);
                cues.extend((1..passes).map(|k| (Cue::PassTurn, since + k * pass_ms)));
            }
            _ => {}
        }
    }
    cues.push((Cue::PhaseEnd, deadline));
    cues.retain(|&(_, t)| t > now);
    crate::order::sort_by_key(&mut cues, |&(_, t)| t);
    cues
}

/// The cues for the transition `before` → `after`, the latter seen at `now`. `since` is
/// when the app last looked: a tick that completes nothing leaves the session untouched,
/// so the caller remembers its own last observation time.
pub fn cues_between(before: &Session, after: &Session, since: EpochMs, now: EpochMs) -> Vec<Cue> {
    if after.is_finished() {
        return if before.is_finished() {
            Vec::new()
        } else {
            vec![Cue::SessionDone]
        };
    }
    let mut cues = Vec::new();
    // Replay the time that passed since `before`, phase by phase, as `apply` did.
    let mut s = before.clone();
    for _ in 0..=s.plan.len().saturating_mul(2) {
        let from = s.latest.max(since);
        cues.extend(
            scheduled(&s, from)
                .into_iter()
                .filter(|&(_, t)| t <= now && t.saturating_add(STALE_MS) >= now),
        );
        match s.deadline() {
            Some(due) if due <= now && !s.is_finished() => s = s.apply(Event::Tick { now: due }),
            _ => break,
        }
    }
    let mut cues: Vec<Cue> = cues.into_iter().map(|(cue, _)| cue).collect();
    let found = |s: &Session| s.hold.as_ref().map(|h| h.found_at);
    if after.is_holding() && found(after) != found(before) {
        cues.push(Cue::HoldStart);
    }
    cues.dedup();
    cues
}

/// A short sentence for a screen reader's polite live region and for speech, on a
/// change of phase only (a new card, a hold starting or ending, a new pass) — never
/// once a second. `since` as for [`cues_between`]. Said in the chosen language
/// ([`Line::render`]) at the moment it is said.
pub fn announcement(
    before: &Session,
    after: &Session,
    since: EpochMs,
    now: EpochMs,
) -> Option<Line> {
    if let Some(finish) = after.finished {
        return (!before.is_finished()).then(|| {
            if finish.completed {
                Line::t("Session complete")
            } else {
                Line::t("Session ended")
            }
        });
    }
    if after.index != before.index {
        return Some(card_line(after.card()));
    }
    let found = |s: &Session| s.hold.as_ref().map(|h| h.found_at);
    if found(after) != found(before) {
        if let Some(hold) = &after.hold {
            return Some(hold_line(hold));
        }
    }
    let pass = after.pass(now)?;
    let was = before.pass(before.latest.max(since));
    if before.is_holding() && !after.is_holding() {
        return Some(Line::tf("Hold done. Pass {n} of {of}", pass_numbers(pass)));
    }
    (was.map(|p| p.number) != Some(pass.number) && !after.is_holding()).then(|| pass_line(pass))
}

/// "Pass 2 of 4": said, shown after the screen was off, and on the lock screen.
pub(crate) fn pass_line(pass: PassInfo) -> Line {
    Line::tf("Pass {n} of {of}", pass_numbers(pass))
}

fn pass_numbers(pass: PassInfo) -> Vec<(&'static str, Arg)> {
    vec![
        ("n", Arg::Number(u64::from(pass.number))),
        ("of", Arg::Number(u64::from(pass.of))),
    ]
}

/// "Hot spot hold, 30 seconds": said when a hold starts, and after the screen was off.
pub(crate) fn hold_line(hold: &Hold) -> Line {
    Line::tf(
        "Hot spot hold, {secs} seconds",
        vec![("secs", Arg::Number(hold.duration_ms.div_ceil(1000)))],
    )
}

/// What to say when a card comes up.
pub(crate) fn card_line(card: Card) -> Line {
    let side = |side: Side| vec![("side", Arg::Key(side.word()))];
    let zone = |zone: Zone| vec![("zone", Arg::Key(zone.phrase()))];
    match card {
        Card::Safety => Line::t("Read the safety notes"),
        Card::PainBefore => Line::t("Rate your pain before you start"),
        Card::Setup(Position::SidePlank(s)) => Line::tf("Side plank on your {side} side", side(s)),
        Card::Setup(Position::FaceUp) => Line::t("Lie face up on the roller"),
        Card::Setup(Position::SeatedGlute(s)) => {
            Line::tf("Sit on the roller for your {side} glutes", side(s))
        }
        Card::Setup(Position::SeatedLeg(s)) => {
            Line::tf("Sit with the roller under your {side} leg", side(s))
        }
        Card::Setup(Position::Prone(s)) => {
            Line::tf("Lie face down, roller under your {side} thigh", side(s))
        }
        Card::Setup(Position::SideLying(s)) => {
            Line::tf("Lie on your {side} side, arm overhead", side(s))
        }
        Card::SwitchSide(s) => Line::tf("Switch to the {side} side", side(s)),
        Card::GetReady(z) => Line::tf("Get ready to roll the {zone}", zone(z)),
        Card::Roll(z) => Line::tf("Roll the {zone}", zone(z)),
        Card::Breathe => Line::t("Breathe deeply"),
        Card::PainAfter => Line::t("Rate your pain now"),
        Card::Summary => Line::t("Session complete"),
    }
}

pub mod catch_up;
pub mod now_playing;
pub mod reaction;

#[cfg(test)]
mod tests;
