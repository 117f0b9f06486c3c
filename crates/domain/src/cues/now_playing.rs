//! What the lock screen and the notification shade show for a session (the Media
//! Session's "now playing"): the step is the title, and the pass or the hold is the line
//! under it. Said in the chosen language when shown.

use crate::cues::{pass_line, Arg, Line};
use crate::record::EpochMs;
use crate::session::Session;

/// The line under the step's name at `now`: the hold and its length, the pass, the step
/// in the routine, or "Paused". `None` once the session is over.
pub fn now_playing_detail(session: &Session, now: EpochMs) -> Option<Line> {
    if session.is_finished() {
        return None;
    }
    if session.is_paused() {
        return Some(Line::t("Paused"));
    }
    if let Some(hold) = &session.hold {
        return Some(Line::tf(
            "Hot spot {secs} s",
            vec![("secs", Arg::Number(hold.duration_ms.div_ceil(1000)))],
        ));
    }
    if let Some(pass) = session.pass(now) {
        return Some(pass_line(pass));
    }
    Some(Line::tf(
        "Step {n} of {of}",
        vec![
            ("n", Arg::Number(session.index as u64 + 1)),
            ("of", Arg::Number(session.plan.len() as u64)),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalogue;
    use crate::record::RoutineKind;
    use crate::routine::Card;
    use crate::session::Event;
    use crate::settings::Settings;
    use crate::zone::Zone;

    const T0: EpochMs = 1_700_000_000_000;

    fn said(s: &Session, now: EpochMs) -> Option<String> {
        now_playing_detail(s, now).map(|l| l.render(&Catalogue::english()))
    }

    #[test]
    fn the_line_follows_the_pass_the_hold_and_a_pause() {
        let mut s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
        assert!(said(&s, T0).is_some_and(|l| l.starts_with("Step 1 of ")));
        while s.card() != Card::Roll(Zone::ItBandLeft) {
            s = s.apply(Event::Next { now: T0 });
        }
        assert_eq!(said(&s, T0 + 1_000).as_deref(), Some("Pass 1 of 4"));
        assert_eq!(said(&s, T0 + 12_000).as_deref(), Some("Pass 2 of 4"));
        let holding = s.clone().apply(Event::HotSpot { now: T0 + 12_000 });
        assert_eq!(
            said(&holding, T0 + 13_000).as_deref(),
            Some("Hot spot 30 s")
        );
        let paused = s.apply(Event::Pause { now: T0 + 14_000 });
        assert_eq!(said(&paused, T0 + 20_000).as_deref(), Some("Paused"));
    }
}
