use crate::app::unique_name;
use crate::app::RoutineAction;
use crate::app::{reduce, Action, AppState, Screen};
use crate::record::RoutineKind;
use crate::routine::tests::routine;
use crate::routine::Card;
use crate::routine::*;
use crate::zone::Zone;

fn act(state: AppState, a: RoutineAction) -> AppState {
    reduce(state, Action::Routine(a))
}

fn two_zones() -> Routine {
    routine(
        "r1",
        "Evening",
        &[Zone::UpperBack, Zone::ItBandRight],
        Dose {
            passes: 3,
            secs_per_pass: 12,
            hold_secs: 20,
        },
    )
}

#[test]
fn saving_deleting_and_undoing() {
    let state = act(AppState::default(), RoutineAction::Save(two_zones()));
    assert_eq!(state.routines, vec![two_zones()]);
    assert_eq!(state.screen, Screen::Home);
    let state = act(state, RoutineAction::Delete("r1".into()));
    assert!(state.routines.is_empty());
    let state = act(state, RoutineAction::Undo);
    assert_eq!(state.routines, vec![two_zones()]);
    assert_eq!(state.routine_undo, None);
    let state = act(state, RoutineAction::Delete("r1".into()));
    let state = act(state, RoutineAction::ForgetUndo("r1".into()));
    let state = act(state, RoutineAction::Undo);
    assert!(state.routines.is_empty());
    // The article's routine is never stored, so it cannot be deleted.
    let state = act(state, RoutineAction::Delete(ARTICLE_ID.into()));
    assert_eq!(state.routine_undo, None);
}

#[test]
fn an_invalid_routine_is_not_saved_and_says_why() {
    let mut bad = two_zones();
    bad.steps.push(Step {
        zone: Zone::LowerBack,
        dose: Dose::default(),
    });
    let state = act(AppState::default(), RoutineAction::Save(bad));
    assert!(state.routines.is_empty());
    assert!(state.notices[0].to_string().contains("lower back"));
}

#[test]
fn starting_a_routine_follows_its_order_and_doses_and_is_recorded() {
    let mut state = act(AppState::default(), RoutineAction::Save(two_zones()));
    state.safety_acknowledged_at = Some(1);
    let state = act(
        state,
        RoutineAction::Start {
            routine_id: "r1".into(),
            session_id: "s".into(),
            now: 1_000,
            minutes: None,
        },
    );
    assert_eq!(state.screen, Screen::Session);
    let session = state.session.unwrap();
    let rolls: Vec<Card> = session
        .plan
        .iter()
        .filter(|c| matches!(c, Card::Roll(_)))
        .copied()
        .collect();
    assert_eq!(
        rolls,
        vec![Card::Roll(Zone::UpperBack), Card::Roll(Zone::ItBandRight)]
    );
    assert_eq!(
        Card::Roll(Zone::UpperBack).duration_ms(&session.settings),
        Some(36_000)
    );
    let used = session.routine_used.clone().unwrap();
    assert_eq!((used.id.as_str(), used.name.as_str()), ("r1", "Evening"));
    assert_eq!(used.doses.len(), 2);
    assert_eq!(session.routine, RoutineKind::Custom);
}

#[test]
fn the_articles_routine_starts_as_the_full_routine() {
    let state = act(
        AppState::default(),
        RoutineAction::Start {
            routine_id: ARTICLE_ID.into(),
            session_id: "s".into(),
            now: 1_000,
            minutes: None,
        },
    );
    let session = state.session.unwrap();
    assert_eq!(session.routine, RoutineKind::Full);
    assert_eq!(
        session.plan,
        crate::routine::plan(&Zone::FULL_ROUTINE, true)
    );
}

#[test]
fn merging_adds_by_id_and_renames_clashes() {
    let state = act(AppState::default(), RoutineAction::Save(two_zones()));
    let mut same_name = two_zones();
    same_name.id = "r2".into();
    let mut changed_here = two_zones();
    changed_here.steps.pop();
    let state = act(state, RoutineAction::Merge(vec![same_name, changed_here]));
    assert_eq!(state.routines.len(), 2);
    assert_eq!(state.routines[0], two_zones());
    assert_eq!(state.routines[1].name, "Evening (2)");
    assert_eq!(
        unique_name("Back pain: IT bands and upper back", &[]),
        "Back pain: IT bands and upper back (2)"
    );
}
