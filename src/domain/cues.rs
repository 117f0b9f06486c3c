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

use crate::domain::record::EpochMs;
use crate::domain::routine::{Card, Position};
use crate::domain::session::{Event, Session};

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
            Card::Roll(_) => {
                let pass_ms = session.settings.pass_ms().max(1);
                let passes = u64::from(session.settings.passes_per_side);
                let since = deadline.saturating_sub(passes * pass_ms);
                cues.extend((1..passes).map(|k| (Cue::PassTurn, since + k * pass_ms)));
            }
            _ => {}
        }
    }
    cues.push((Cue::PhaseEnd, deadline));
    cues.retain(|&(_, t)| t > now);
    cues.sort_by_key(|&(_, t)| t);
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
/// once a second. `since` as for [`cues_between`].
pub fn announcement(
    before: &Session,
    after: &Session,
    since: EpochMs,
    now: EpochMs,
) -> Option<String> {
    if let Some(finish) = after.finished {
        return (!before.is_finished()).then(|| {
            if finish.completed {
                "Session complete".to_string()
            } else {
                "Session ended".to_string()
            }
        });
    }
    if after.index != before.index {
        return Some(card_line(after.card()));
    }
    let found = |s: &Session| s.hold.as_ref().map(|h| h.found_at);
    if found(after) != found(before) {
        if let Some(hold) = &after.hold {
            return Some(format!(
                "Hot spot hold, {} seconds",
                hold.duration_ms.div_ceil(1000)
            ));
        }
    }
    let pass = after.pass(now)?;
    let was = before.pass(before.latest.max(since));
    if before.is_holding() && !after.is_holding() {
        return Some(format!("Hold done. Pass {} of {}", pass.number, pass.of));
    }
    (was.map(|p| p.number) != Some(pass.number) && !after.is_holding())
        .then(|| format!("Pass {} of {}", pass.number, pass.of))
}

/// What to say when a card comes up.
fn card_line(card: Card) -> String {
    match card {
        Card::Safety => "Read the safety notes".to_string(),
        Card::PainBefore => "Rate your pain before you start".to_string(),
        Card::Setup(Position::SidePlank(side)) => {
            format!("Side plank on your {} side", side.word())
        }
        Card::Setup(Position::FaceUp) => "Lie face up on the roller".to_string(),
        Card::SwitchSide(side) => format!("Switch to the {} side", side.word()),
        Card::GetReady(zone) => format!("Get ready to roll the {}", zone.phrase()),
        Card::Roll(zone) => format!("Roll the {}", zone.phrase()),
        Card::Breathe => "Breathe deeply".to_string(),
        Card::PainAfter => "Rate your pain now".to_string(),
        Card::Summary => "Session complete".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::RoutineKind;
    use crate::domain::settings::Settings;
    use crate::domain::zone::{Side, Zone};
    use Event::*;

    const T0: EpochMs = 1_700_000_000_000;

    /// On Roll(left IT band) since `T0`: 4 passes of 10 s, 30 s holds.
    fn rolling() -> Session {
        let mut s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
        while s.card() != Card::Roll(Zone::ItBandLeft) {
            s = s.apply(Next { now: T0 });
        }
        s
    }

    /// One observation by the app: the cues and words between the last one (`s.latest`,
    /// the time the app last looked) and `now`. Quiet ticks leave a session untouched, so
    /// the app remembers when it last looked; here that is `latest` on the returned value.
    fn step(s: &Session, e: Event, now: EpochMs) -> (Vec<Cue>, Option<String>, Session) {
        let mut after = s.clone().apply(e);
        let out = (
            cues_between(s, &after, s.latest, now),
            announcement(s, &after, s.latest, now),
        );
        after.latest = after.latest.max(now);
        (out.0, out.1, after)
    }

    /// The app looked at `s` at `t` and nothing changed.
    fn seen(mut s: Session, t: EpochMs) -> Session {
        s = s.apply(Tick { now: t });
        s.latest = s.latest.max(t);
        s
    }

    #[test]
    fn scheduled_on_a_roll_lists_the_pass_turns_and_the_end() {
        let s = rolling();
        assert_eq!(
            scheduled(&s, T0 + 10_000),
            vec![
                (Cue::PassTurn, T0 + 20_000),
                (Cue::PassTurn, T0 + 30_000),
                (Cue::PhaseEnd, T0 + 40_000),
            ]
        );
    }

    #[test]
    fn scheduled_during_a_hold_counts_down_three_two_one() {
        let s = rolling().apply(HotSpot { now: T0 + 5_000 });
        let end = T0 + 35_000;
        assert_eq!(
            scheduled(&s, T0 + 5_000),
            vec![
                (Cue::HoldCountdown(3), end - 3_000),
                (Cue::HoldCountdown(2), end - 2_000),
                (Cue::HoldCountdown(1), end - 1_000),
                (Cue::PhaseEnd, end),
            ]
        );
        assert_eq!(scheduled(&s, end - 1_500).len(), 2);
        assert!(scheduled(&s.apply(Pause { now: T0 + 6_000 }), T0 + 6_000).is_empty());
    }

    #[test]
    fn scheduled_is_empty_on_manual_cards_and_counts_into_rolling() {
        let s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
        assert!(scheduled(&s, T0).is_empty());
        let s = s.apply(Next { now: T0 }).apply(Next { now: T0 });
        assert_eq!(s.card(), Card::GetReady(Zone::ItBandLeft));
        let cues: Vec<Cue> = scheduled(&s, T0).into_iter().map(|(c, _)| c).collect();
        assert_eq!(cues[0], Cue::HoldCountdown(3));
        assert_eq!(cues[3], Cue::PhaseEnd);
    }

    #[test]
    fn a_hot_spot_starts_a_hold_cue_and_announces_its_length() {
        let (cues, said, _) = step(&rolling(), HotSpot { now: T0 + 1_000 }, T0 + 1_000);
        assert_eq!(cues, vec![Cue::HoldStart]);
        assert_eq!(said.as_deref(), Some("Hot spot hold, 30 seconds"));
    }

    #[test]
    fn ticks_report_the_time_driven_cues_they_cross() {
        let s = seen(rolling(), T0 + 9_800);
        let (cues, said, s) = step(&s, Tick { now: T0 + 10_200 }, T0 + 10_200);
        assert_eq!(cues, vec![Cue::PassTurn]);
        assert_eq!(said.as_deref(), Some("Pass 2 of 4"));
        let (cues, said, _) = step(&s, Tick { now: T0 + 10_700 }, T0 + 10_700);
        assert!(cues.is_empty() && said.is_none(), "nothing per second");

        let s = seen(rolling().apply(HotSpot { now: T0 }), T0 + 26_900);
        let (cues, _, s) = step(&s, Tick { now: T0 + 27_100 }, T0 + 27_100);
        assert_eq!(cues, vec![Cue::HoldCountdown(3)]);
        let (cues, _, s) = step(&s, Tick { now: T0 + 28_100 }, T0 + 28_100);
        assert_eq!(cues, vec![Cue::HoldCountdown(2)]);
        let (cues, said, _) = step(&s, Tick { now: T0 + 30_100 }, T0 + 30_100);
        assert_eq!(cues, vec![Cue::HoldCountdown(1), Cue::PhaseEnd]);
        assert_eq!(said.as_deref(), Some("Hold done. Pass 1 of 4"));
    }

    #[test]
    fn a_timed_card_running_out_ends_the_phase_and_names_the_next_card() {
        let s = seen(rolling(), T0 + 39_900);
        let (cues, said, _) = step(&s, Tick { now: T0 + 40_300 }, T0 + 40_300);
        assert_eq!(cues, vec![Cue::PhaseEnd]);
        assert_eq!(said.as_deref(), Some("Switch to the right side"));
    }

    #[test]
    fn stale_cues_after_a_long_gap_are_dropped_but_the_new_card_is_announced() {
        let (cues, said, after) = step(&rolling(), Tick { now: T0 + 600_000 }, T0 + 600_000);
        assert!(cues.is_empty(), "{cues:?}");
        assert_eq!(after.card(), Card::SwitchSide(Side::Right));
        assert_eq!(said.as_deref(), Some("Switch to the right side"));
    }

    #[test]
    fn skipping_early_makes_no_sound_but_is_announced() {
        let (cues, said, after) = step(&rolling(), Next { now: T0 + 5_000 }, T0 + 5_000);
        assert!(cues.is_empty());
        assert_eq!(said.as_deref(), Some("Switch to the right side"));
        let (_, said, _) = step(&after, Next { now: T0 + 6_000 }, T0 + 6_000);
        assert_eq!(said.as_deref(), Some("Get ready to roll the right IT band"));
        let (_, said, _) = step(&rolling(), Back { now: T0 }, T0);
        assert_eq!(said.as_deref(), Some("Get ready to roll the left IT band"));
    }

    #[test]
    fn the_first_roll_and_the_breathing_are_announced() {
        let s = rolling().apply(Back { now: T0 });
        let (_, said, _) = step(&s, Tick { now: T0 + 5_000 }, T0 + 5_000);
        assert_eq!(said.as_deref(), Some("Roll the left IT band"));
        let mut s = rolling();
        while s.card() != Card::Roll(Zone::ShoulderBladeRight) {
            s = s.apply(Next { now: T0 });
        }
        let (_, said, _) = step(&s, Next { now: T0 }, T0);
        assert_eq!(said.as_deref(), Some("Breathe deeply"));
    }

    #[test]
    fn finishing_sounds_once() {
        let (cues, said, done) = step(&rolling(), End { now: T0 + 1 }, T0 + 1);
        assert_eq!(cues, vec![Cue::SessionDone]);
        assert_eq!(said.as_deref(), Some("Session ended"));
        let (cues, said, _) = step(&done, Tick { now: T0 + 9 }, T0 + 9);
        assert!(cues.is_empty() && said.is_none());
        let mut s = rolling();
        while s.card() != Card::PainAfter {
            s = s.apply(Next { now: T0 });
        }
        let (cues, said, _) = step(&s, Next { now: T0 }, T0);
        assert_eq!(
            (cues, said.as_deref()),
            (vec![Cue::SessionDone], Some("Session complete"))
        );
    }

    #[test]
    fn only_time_driven_cues_are_timed() {
        assert!(Cue::PassTurn.is_timed() && Cue::HoldCountdown(1).is_timed());
        assert!(Cue::PhaseEnd.is_timed());
        assert!(!Cue::HoldStart.is_timed() && !Cue::SessionDone.is_timed());
    }
}
