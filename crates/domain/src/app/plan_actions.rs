//! The weekly plan's actions: start, change, end with undo, the check-in, another tab's
//! copy, and starting today's session with this week's advice applied.

use super::route::Screen;
use super::routine_actions::{find, start_routine};
use super::state::AppState;
use crate::i18n::Line;
use crate::record::EpochMs;
use crate::weekly::{today, CheckIn, WeeklyPlan};

/// Everything that changes the weekly plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    /// `Start plan`: the one plan from now on (one at a time: it replaces a plan that
    /// ended, as `Start another block` asks), then Home.
    Begin(WeeklyPlan),
    /// `Change plan`: the routine, sessions a week, weeks and days change; the start and
    /// the check-ins stay. Then the plan's screen.
    Change {
        routine_id: String,
        per_week: u8,
        weeks: u8,
        weekdays: Vec<u8>,
    },
    /// `End plan`: gone, but kept for `Undo` for a while.
    End,
    Undo,
    /// The undo offer ran out.
    ForgetUndo,
    /// The plan as stored now (another tab changed it).
    Replace(Option<WeeklyPlan>),
    /// The weekly check-in, answered or skipped (both answers `None`).
    CheckIn(CheckIn),
    /// `Start today's session`: the plan's routine with this week's advice.
    StartToday {
        session_id: String,
        now: EpochMs,
        offset_minutes: i32,
    },
}

/// Applies one plan action to the app state.
pub fn reduce_plan(state: &mut AppState, action: PlanAction) {
    match action {
        PlanAction::Begin(plan) => {
            state.plan = Some(plan.clamped());
            state.plan_undo = None;
            state.screen = Screen::Home;
        }
        PlanAction::Change {
            routine_id,
            per_week,
            weeks,
            weekdays,
        } => {
            if let Some(plan) = state.plan.take() {
                state.plan = Some(
                    WeeklyPlan {
                        routine_id,
                        per_week,
                        weeks,
                        weekdays,
                        ..plan
                    }
                    .clamped(),
                );
            }
            state.screen = Screen::Plan;
        }
        PlanAction::End => {
            if let Some(plan) = state.plan.take() {
                state.plan_undo = Some(plan);
            }
        }
        PlanAction::Undo => {
            if state.plan.is_none() {
                state.plan = state.plan_undo.take();
            }
        }
        PlanAction::ForgetUndo => state.plan_undo = None,
        PlanAction::Replace(plan) => state.plan = plan,
        PlanAction::CheckIn(check_in) => {
            // The first answer of a week stands (`clamped` keeps the first).
            if let Some(mut plan) = state.plan.take() {
                plan.check_ins.push(check_in);
                state.plan = Some(plan.clamped());
            }
        }
        PlanAction::StartToday {
            session_id,
            now,
            offset_minutes,
        } => {
            let Some(plan) = state.plan.clone() else {
                return;
            };
            let Some(routine) = find(state, &plan.routine_id) else {
                state.notices.push(Line::t(
                    "The plan's routine is no longer here. Change the plan to pick another.",
                ));
                return;
            };
            let today = today(&plan, &routine, &state.history, now, offset_minutes);
            start_routine(state, today.routine, session_id, now, None);
        }
    }
}

#[cfg(test)]
mod tests;
