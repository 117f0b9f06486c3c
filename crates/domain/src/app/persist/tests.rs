//! What to save, from real changes made through the reducer.

use super::*;
use crate::app::{reduce, Action, RoutineAction};
use crate::record::RoutineKind;
use crate::routine::{Card, Dose, Step};
use crate::session::Event;
use crate::store::{load, MemoryKv};
use crate::zone::Zone;

const T0: EpochMs = 1_800_000_000_000;

fn acknowledged() -> AppState {
    reduce(AppState::default(), Action::AcknowledgeSafety { now: T0 })
}

/// A session started at `T0`, rolling its first zone (so ending it leaves a record).
fn start(state: AppState) -> AppState {
    let mut state = reduce(
        state,
        Action::Start {
            id: "s-1".into(),
            now: T0,
            full: true,
        },
    );
    while !matches!(
        state.session.as_ref().map(Session::card),
        Some(Card::Roll(_))
    ) {
        state = reduce(state, Action::Session(Event::Next { now: T0 }));
    }
    state
}

fn end(state: AppState, now: EpochMs) -> AppState {
    reduce(state, Action::Session(Event::End { now }))
}

fn routine() -> Routine {
    Routine {
        id: "r-1".into(),
        name: "Thighs".into(),
        steps: vec![Step {
            zone: Zone::ItBandLeft,
            dose: Dose::default(),
        }],
    }
}

fn kinds(writes: &[Write]) -> Vec<&'static str> {
    writes
        .iter()
        .map(|w| match w {
            Write::Settings(_) => "settings",
            Write::Safety(_) => "safety",
            Write::Active(_) => "active",
            Write::ClearActive => "clear active",
            Write::Record(_) => "record",
            Write::RemoveRecord(_) => "remove record",
            Write::Routine(_) => "routine",
            Write::RemoveRoutine(_) => "remove routine",
            Write::Plan(_) => "plan",
            Write::RemovePlan => "remove plan",
            Write::Backups(_) => "backups",
        })
        .collect()
}

#[test]
fn an_unchanged_state_writes_nothing() {
    let state = start(acknowledged());
    assert!(writes(&state, &state.clone()).is_empty());
}

#[test]
fn the_safety_answer_is_written_once() {
    let before = AppState::default();
    let after = acknowledged();
    assert_eq!(writes(&before, &after), [Write::Safety(T0)]);
    let again = reduce(after.clone(), Action::AcknowledgeSafety { now: T0 + 5 });
    assert!(writes(&after, &again).is_empty());
}

#[test]
fn a_session_is_kept_while_it_runs_then_its_record_replaces_it() {
    let before = acknowledged();
    let running = start(before.clone());
    assert_eq!(kinds(&writes(&before, &running)), ["active"]);
    let ended = end(running.clone(), T0 + 30_000);
    assert_eq!(kinds(&writes(&running, &ended)), ["clear active", "record"]);
    assert!(first_finished(&running, &writes(&running, &ended)) == ended.history[0].completed);
}

#[test]
fn pain_rated_on_the_summary_rewrites_only_the_record() {
    let ended = end(start(acknowledged()), T0 + 30_000);
    let rated = reduce(
        ended.clone(),
        Action::Session(Event::Pain { value: Some(3) }),
    );
    let w = writes(&ended, &rated);
    assert_eq!(kinds(&w), ["record"]);
    assert!(matches!(&w[0], Write::Record(r) if r.pain_after == Some(3)));
}

#[test]
fn undoing_end_session_takes_the_record_back_and_keeps_the_session() {
    let ended = end(start(acknowledged()), T0 + 30_000);
    let undone = reduce(ended.clone(), Action::UndoEnd { now: T0 + 31_000 });
    assert_eq!(kinds(&writes(&ended, &undone)), ["active", "remove record"]);
}

#[test]
fn a_routine_is_written_when_saved_and_removed_when_deleted() {
    let before = acknowledged();
    let saved = reduce(
        before.clone(),
        Action::Routine(RoutineAction::Save(routine())),
    );
    assert_eq!(writes(&before, &saved), [Write::Routine(routine())]);
    let deleted = reduce(
        saved.clone(),
        Action::Routine(RoutineAction::Delete("r-1".into())),
    );
    assert_eq!(
        writes(&saved, &deleted),
        [Write::RemoveRoutine("r-1".into())]
    );
}

#[test]
fn changed_settings_are_written() {
    let before = acknowledged();
    let after = reduce(before.clone(), Action::ToggleZone(Zone::UpperBack));
    assert_eq!(kinds(&writes(&before, &after)), ["settings"]);
}

#[test]
fn what_is_written_is_what_loads_again() {
    let kv = MemoryKv::new();
    let acknowledged = acknowledged();
    let with_routine = reduce(
        acknowledged.clone(),
        Action::Routine(RoutineAction::Save(routine())),
    );
    let running = start(with_routine.clone());
    let ended = end(running.clone(), T0 + 30_000);
    let changed = reduce(ended.clone(), Action::ToggleZone(Zone::UpperBack));
    let steps = [acknowledged, with_routine, running, ended, changed];
    let mut last = AppState::default();
    for next in steps {
        assert!(apply(&kv, &writes(&last, &next), T0).is_empty());
        last = next;
    }
    let loaded = load(&kv, T0 + 60_000);
    assert_eq!(loaded.settings, last.settings);
    assert_eq!(loaded.safety_acknowledged_at, Some(T0));
    assert_eq!(loaded.history, last.history);
    assert_eq!(loaded.history[0].routine, RoutineKind::Full);
    assert_eq!(loaded.routines, last.routines);
}

#[test]
fn the_plan_is_written_when_it_changes_and_removed_when_it_ends() {
    use crate::app::{reduce, Action, PlanAction};
    use crate::weekly::WeeklyPlan;
    let state = start(acknowledged());
    let begun = reduce(
        state.clone(),
        Action::Plan(PlanAction::Begin(WeeklyPlan::default_at(1, 0))),
    );
    assert_eq!(kinds(&writes(&state, &begun)), ["plan"]);
    let ended = reduce(begun.clone(), Action::Plan(PlanAction::End));
    assert_eq!(kinds(&writes(&begun, &ended)), ["remove plan"]);
    let undone = reduce(ended.clone(), Action::Plan(PlanAction::Undo));
    assert_eq!(kinds(&writes(&ended, &undone)), ["plan"]);
    assert_eq!(undone.plan, begun.plan);
}
