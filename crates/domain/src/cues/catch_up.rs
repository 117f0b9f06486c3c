//! What to tell a person who looks at the screen again after it was off. A locked phone
//! stops the page's timers and its sound; the session's deadlines kept time, but the
//! cues that fell due meanwhile were never heard. Playing them late, all at once, would
//! only confuse, so one line says what happened and where the session is now.

use crate::cues::{card_line, hold_line, pass_line, Arg, Line};
use crate::record::EpochMs;
use crate::routine::Card;
use crate::session::{Event, Session};

/// The line for a session that was `then` when the page went out of sight at `hidden_at`
/// and is `seen` (perhaps not yet ticked) at `now`, when it shows again: `None` when
/// nothing turned meanwhile (same card, same pass, same hold), or it was paused or is over.
pub fn catch_up(then: &Session, hidden_at: EpochMs, seen: &Session, now: EpochMs) -> Option<Line> {
    if then.is_paused() || then.is_finished() {
        return None;
    }
    // The ticker may not have ticked yet when the page shows: look at the session as the
    // next tick will make it.
    let current = seen.clone().apply(Event::Tick { now });
    if current.is_finished() {
        return None;
    }
    let what = what_ended(then, &current, hidden_at, now)?;
    let where_now = match (&current.hold, current.pass(now)) {
        (Some(hold), _) => hold_line(hold),
        (None, Some(pass)) => pass_line(pass),
        _ => card_line(current.card()),
    };
    Some(Line::tf(
        "While the screen was off: {what}. Now: {now}.",
        vec![("what", Arg::line(what)), ("now", Arg::line(where_now))],
    ))
}

/// What ran out between the two looks, said as the part of the session that ended.
fn what_ended(then: &Session, current: &Session, hidden_at: EpochMs, now: EpochMs) -> Option<Line> {
    let found = |s: &Session| s.hold.as_ref().map(|h| h.found_at);
    if then.is_holding() && found(then) != found(current) {
        return Some(Line::t("the hold ended"));
    }
    if current.index != then.index {
        return Some(match then.card() {
            Card::GetReady(_) => Line::t("the countdown ended"),
            Card::Roll(zone) => Line::tf(
                "rolling the {zone} ended",
                vec![("zone", Arg::Key(zone.phrase()))],
            ),
            Card::Breathe => Line::t("the breathing ended"),
            _ => Line::t("that step ended"),
        });
    }
    let before = then.pass(hidden_at)?.number;
    let after = current.pass(now)?.number;
    let gone = after.checked_sub(before).filter(|&n| n > 0)?;
    Some(Line::tn(
        "{n} pass went by|{n} passes went by",
        i64::from(gone),
        vec![],
    ))
}

#[cfg(test)]
mod tests;
