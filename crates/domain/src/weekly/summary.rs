//! The end of a plan: sessions done against planned week by week, pain before and after
//! in the first week against the last, and the knots that faded or stayed.

use super::calendar::plan_sessions;
use super::WeeklyPlan;
use crate::record::SessionRecord;
use crate::zone::Zone;

/// Average pain ratings of one week's sessions (0–10), where any were given.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WeekPain {
    pub before: Option<f32>,
    pub after: Option<f32>,
}

/// What the plan came to.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Sessions done in each week, week 1 first (planned: `per_week` each).
    pub done_by_week: Vec<u8>,
    pub per_week: u8,
    /// Pain in the first week with ratings, and in the last (the same week when only one
    /// had ratings), with their week numbers (0 when no session was rated).
    pub first: WeekPain,
    pub last: WeekPain,
    pub first_week: u8,
    pub last_week: u8,
    /// Zones with knots in the first half of the plan and none in the second.
    pub faded: Vec<Zone>,
    /// Zones with knots in both halves.
    pub stayed: Vec<Zone>,
}

impl Summary {
    pub fn done(&self) -> u32 {
        self.done_by_week.iter().map(|n| u32::from(*n)).sum()
    }

    pub fn planned(&self) -> u32 {
        u32::from(self.per_week) * self.done_by_week.len() as u32
    }
}

fn mean(values: impl Iterator<Item = u8>) -> Option<f32> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| sum as f32 / n as f32)
}

fn week_pain(sessions: &[(i64, &SessionRecord)], week: i64) -> WeekPain {
    let of_week = || {
        sessions
            .iter()
            .filter(move |(w, _)| *w == week)
            .map(|(_, r)| r)
    };
    WeekPain {
        before: mean(of_week().filter_map(|r| r.pain_before)),
        after: mean(of_week().filter_map(|r| r.pain_after)),
    }
}

/// The zones with a knot in these sessions, in body order.
fn knot_zones<'a>(sessions: impl Iterator<Item = &'a SessionRecord>) -> Vec<Zone> {
    let found: Vec<Zone> = sessions
        .flat_map(|r| r.hot_spots.iter().map(|s| s.zone))
        .collect();
    Zone::ALL
        .into_iter()
        .filter(|z| found.contains(z))
        .collect()
}

/// The summary of a plan from the history (in the person's time zone).
pub fn summary(plan: &WeeklyPlan, history: &[SessionRecord], offset_minutes: i32) -> Summary {
    let sessions = plan_sessions(plan, history, offset_minutes);
    let mut done_by_week = vec![0u8; usize::from(plan.weeks)];
    for (w, _) in &sessions {
        if let Some(n) = done_by_week.get_mut((*w - 1) as usize) {
            *n = n.saturating_add(1);
        }
    }
    let rated: Vec<i64> = sessions
        .iter()
        .filter(|(_, r)| r.pain_before.is_some() || r.pain_after.is_some())
        .map(|(w, _)| *w)
        .collect();
    let (first, last) = match (rated.first(), rated.last()) {
        (Some(f), Some(l)) => (week_pain(&sessions, *f), week_pain(&sessions, *l)),
        _ => (WeekPain::default(), WeekPain::default()),
    };
    let week_number = |w: Option<&i64>| w.map_or(0, |w| u8::try_from(*w).unwrap_or(0));
    let half = i64::from(plan.weeks.div_ceil(2));
    let early = knot_zones(sessions.iter().filter(|(w, _)| *w <= half).map(|(_, r)| *r));
    let late = knot_zones(sessions.iter().filter(|(w, _)| *w > half).map(|(_, r)| *r));
    Summary {
        done_by_week,
        per_week: plan.per_week,
        first,
        last,
        first_week: week_number(rated.first()),
        last_week: week_number(rated.last()),
        faded: early
            .iter()
            .filter(|z| !late.contains(z))
            .copied()
            .collect(),
        stayed: early.iter().filter(|z| late.contains(z)).copied().collect(),
    }
}
