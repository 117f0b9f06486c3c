//! Where the person is in the plan: the week, the sessions this week, a rest day, a
//! missed week, the check-in due. Weeks run from the plan's first day and move on with
//! the calendar, sessions or not.

use super::{WeeklyPlan, WEEK_DAYS};
use crate::progress::dates::{local_day, weekday, DayNumber};
use crate::record::SessionRecord;

/// The plan week a day falls in: 1 on the first day; 0 before it; past `weeks` after it.
pub fn week_of(plan: &WeeklyPlan, day: DayNumber) -> i64 {
    if day < plan.start_day {
        0
    } else {
        (day - plan.start_day) / WEEK_DAYS + 1
    }
}

/// Where the person is on `today`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// The plan week, 1 ..= `weeks` (the last one once the plan is over).
    pub week: u8,
    pub weeks: u8,
    /// Sessions rolled this plan week.
    pub done_this_week: u8,
    pub per_week: u8,
    /// Sessions rolled in each week so far, week 1 first.
    pub done_by_week: Vec<u8>,
    /// Days chosen and today is not one of them, or this week's sessions are all done.
    pub rest_day: bool,
    /// Last week had fewer sessions than planned (never in week 1).
    pub behind: bool,
    /// The plan's weeks are over.
    pub finished: bool,
    /// A new week (2 and up) without its check-in yet.
    pub check_in_due: bool,
}

/// Whether a finished session counts toward the plan: something was rolled.
pub(crate) fn counts(record: &SessionRecord) -> bool {
    record.completed || record.rolled_ms > 0 || !record.passes.is_empty()
}

/// The sessions of the plan, each with its plan week (1-based), oldest first.
pub(crate) fn plan_sessions<'a>(
    plan: &WeeklyPlan,
    history: &'a [SessionRecord],
    offset_minutes: i32,
) -> Vec<(i64, &'a SessionRecord)> {
    history
        .iter()
        .filter(|r| r.started_at >= plan.started_at && counts(r))
        .map(|r| (week_of(plan, local_day(r.started_at, offset_minutes)), r))
        .filter(|(w, _)| (1..=i64::from(plan.weeks)).contains(w))
        .collect()
}

/// The plan on `today` (a local day), from the history in the same time zone.
pub fn status(
    plan: &WeeklyPlan,
    history: &[SessionRecord],
    today: DayNumber,
    offset_minutes: i32,
) -> Status {
    let current = week_of(plan, today).max(1);
    let finished = current > i64::from(plan.weeks);
    let week = current.min(i64::from(plan.weeks)) as u8;
    let mut done_by_week = vec![0u8; usize::from(week)];
    for (w, _) in plan_sessions(plan, history, offset_minutes) {
        if let Some(n) = done_by_week.get_mut((w - 1) as usize) {
            *n = n.saturating_add(1);
        }
    }
    let done_this_week = done_by_week.last().copied().unwrap_or(0);
    let day_chosen = plan.weekdays.is_empty() || plan.weekdays.contains(&(weekday(today) as u8));
    let behind = week > 1 && done_by_week[usize::from(week) - 2] < plan.per_week;
    Status {
        week,
        weeks: plan.weeks,
        done_this_week,
        per_week: plan.per_week,
        done_by_week,
        rest_day: !finished && (!day_chosen || done_this_week >= plan.per_week),
        behind,
        finished,
        check_in_due: !finished && week > 1 && plan.check_in(week).is_none(),
    }
}
