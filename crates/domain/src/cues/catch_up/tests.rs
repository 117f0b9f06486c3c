use super::*;
use crate::i18n::Catalogue;
use crate::record::RoutineKind;
use crate::settings::Settings;
use crate::zone::Zone;

const T0: EpochMs = 1_700_000_000_000;
const S: EpochMs = 1_000;

/// On Roll(left IT band) since `T0`: 4 passes of 10 s, 30 s holds.
fn rolling() -> Session {
    let mut s = Session::start("c".into(), Settings::default(), RoutineKind::Full, true, T0);
    while s.card() != Card::Roll(Zone::ItBandLeft) {
        s = s.apply(Event::Next { now: T0 });
    }
    s
}

fn said(line: Option<Line>) -> Option<String> {
    line.map(|l| l.render(&Catalogue::english()))
}

#[test]
fn passes_that_went_by_while_the_screen_was_off_are_counted_and_the_pass_named() {
    let s = rolling();
    assert_eq!(
        said(catch_up(&s, T0 + 5 * S, &s, T0 + 25 * S)).as_deref(),
        Some("While the screen was off: 2 passes went by. Now: Pass 3 of 4.")
    );
    assert_eq!(
        said(catch_up(&s, T0 + 5 * S, &s, T0 + 15 * S)).as_deref(),
        Some("While the screen was off: 1 pass went by. Now: Pass 2 of 4.")
    );
}

#[test]
fn a_hold_that_ended_while_the_screen_was_off_is_told_with_the_pass_it_went_back_to() {
    let holding = rolling().apply(Event::HotSpot { now: T0 + 5 * S });
    let line = said(catch_up(&holding, T0 + 10 * S, &holding, T0 + 40 * S)).unwrap();
    assert!(
        line.starts_with("While the screen was off: the hold ended. Now: Pass "),
        "{line}"
    );
}

#[test]
fn a_card_that_ran_out_is_named_and_the_next_card_said() {
    let s = rolling();
    // 4 passes of 10 s end at +40 s; the next card (switch side or set-up) waits.
    let line = said(catch_up(&s, T0 + 35 * S, &s, T0 + 60 * S)).unwrap();
    assert!(
        line.starts_with("While the screen was off: rolling the left IT band ended. Now: "),
        "{line}"
    );
    assert!(!line.contains("Pass"), "{line}");
}

#[test]
fn nothing_is_said_when_nothing_turned_or_the_session_was_paused() {
    let s = rolling();
    assert_eq!(catch_up(&s, T0 + S, &s, T0 + 3 * S), None);
    let paused = s.apply(Event::Pause { now: T0 + 2 * S });
    assert_eq!(catch_up(&paused, T0 + 2 * S, &paused, T0 + 90 * S), None);
}

#[test]
fn the_session_seen_already_ticked_gives_the_same_line() {
    let s = rolling();
    let ticked = s.clone().apply(Event::Tick { now: T0 + 25 * S });
    assert_eq!(
        catch_up(&s, T0 + 5 * S, &ticked, T0 + 25 * S),
        catch_up(&s, T0 + 5 * S, &s, T0 + 25 * S)
    );
}
