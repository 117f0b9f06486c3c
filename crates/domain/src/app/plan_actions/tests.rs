use super::*;
use crate::app::{reduce, Action};
use crate::progress::dates::day_start;
use crate::record::SessionRecord;
use crate::routine::routine_minutes;
use crate::settings::Settings;
use crate::weekly::{LoadFelt, PainCompared};

const OFFSET: i32 = 60;
/// Monday 7 December 2026, local day number.
const MONDAY: i64 = 20_794;

fn at(day: i64, hour: u64) -> EpochMs {
    day_start(day, OFFSET) + hour * 3_600_000
}

fn act(state: AppState, a: PlanAction) -> AppState {
    reduce(state, Action::Plan(a))
}

fn with_plan() -> AppState {
    let state = AppState {
        safety_acknowledged_at: Some(1),
        ..AppState::default()
    };
    act(
        state,
        PlanAction::Begin(WeeklyPlan::default_at(at(MONDAY, 8), MONDAY)),
    )
}

fn start_today(state: AppState, day: i64, id: &str) -> AppState {
    act(
        state,
        PlanAction::StartToday {
            session_id: id.into(),
            now: at(day, 9),
            offset_minutes: OFFSET,
        },
    )
}

/// The session of `state`, rolled to its end with pain ratings, as a record in the history.
fn finish(mut state: AppState, before: u8, after: u8) -> AppState {
    let session = state.session.take().unwrap();
    state.history.push(SessionRecord {
        id: session.id.clone(),
        started_at: session.started_at,
        ended_at: session.started_at + 600_000,
        routine: crate::record::RoutineKind::Full,
        zones: session.settings.zones.clone(),
        completed: true,
        passes: vec![],
        hot_spots: vec![],
        pain_before: Some(before),
        pain_after: Some(after),
        note: String::new(),
        active_ms: 600_000,
        routine_used: session.routine_used.clone(),
        skipped: vec![],
        rolled_ms: 500_000,
    });
    state
}

#[test]
fn today_after_a_flare_is_a_shorter_session() {
    assert!(
        MONDAY
            == crate::progress::dates::LocalDate {
                year: 2026,
                month: 12,
                day: 7
            }
            .to_day()
    );
    let state = with_plan();
    assert_eq!(state.screen, Screen::Home);
    let usual = start_today(state.clone(), MONDAY, "s1");
    let usual_steps = usual
        .session
        .as_ref()
        .unwrap()
        .routine_used
        .clone()
        .unwrap()
        .doses;
    assert!(usual_steps.iter().all(|d| d.dose.passes == 4));
    let state = finish(usual, 3, 6);
    let gentle = start_today(state, MONDAY + 1, "s2");
    let doses = gentle
        .session
        .as_ref()
        .unwrap()
        .routine_used
        .clone()
        .unwrap()
        .doses;
    assert!(doses
        .iter()
        .all(|d| d.dose.passes == 3 && d.dose.hold_secs == 20));
    // Said as Home says a routine's length: fewer minutes than before.
    let minutes = |doses: &[crate::routine::ZoneDose]| {
        let routine = crate::routine::Routine {
            id: "x".into(),
            name: "x".into(),
            steps: doses
                .iter()
                .map(|d| crate::routine::Step {
                    zone: d.zone,
                    dose: d.dose,
                })
                .collect(),
        };
        routine_minutes(&routine, &Settings::default())
    };
    assert!(
        minutes(&doses) < minutes(&usual_steps),
        "{} vs {}",
        minutes(&doses),
        minutes(&usual_steps)
    );
}

#[test]
fn one_check_in_a_week_and_change_keeps_them() {
    let state = with_plan();
    let check_in = |week, pain| CheckIn {
        week,
        at: at(MONDAY + 7, 8),
        pain,
        load: Some(LoadFelt::AboutRight),
    };
    let state = act(
        state,
        PlanAction::CheckIn(check_in(2, Some(PainCompared::Better))),
    );
    let state = act(
        state,
        PlanAction::CheckIn(check_in(2, Some(PainCompared::Worse))),
    );
    let plan = state.plan.clone().unwrap();
    assert_eq!(plan.check_ins.len(), 1);
    assert_eq!(plan.check_ins[0].pain, Some(PainCompared::Better));
    let state = act(
        state,
        PlanAction::Change {
            routine_id: "article".into(),
            per_week: 5,
            weeks: 6,
            weekdays: vec![1, 3],
        },
    );
    let changed = state.plan.clone().unwrap();
    assert_eq!(
        (changed.per_week, changed.weeks, changed.weekdays.clone()),
        (5, 6, vec![1, 3])
    );
    assert_eq!(
        (changed.started_at, changed.check_ins),
        (plan.started_at, plan.check_ins)
    );
    assert_eq!(state.screen, Screen::Plan);
}

#[test]
fn end_plan_can_be_undone_until_the_offer_runs_out() {
    let state = with_plan();
    let plan = state.plan.clone();
    let ended = act(state, PlanAction::End);
    assert_eq!(ended.plan, None);
    assert_eq!(act(ended.clone(), PlanAction::Undo).plan, plan);
    let forgotten = act(ended, PlanAction::ForgetUndo);
    assert_eq!(act(forgotten, PlanAction::Undo).plan, None);
}

#[test]
fn a_missing_routine_says_so_and_starts_nothing() {
    let mut state = with_plan();
    state.plan.as_mut().unwrap().routine_id = "gone".into();
    let state = start_today(state, MONDAY, "s1");
    assert!(state.session.is_none());
    assert_eq!(state.notices.len(), 1);
}
