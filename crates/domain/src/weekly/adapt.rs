//! The rules that choose this week's advice, each with the sentence that explains it
//! (what each advice does to the doses is `dose.rs`). They are
//! conservative: a flare makes the next week gentler; only two steady-or-better weeks and
//! a load that felt right (or too little) add anything; worse twice sends the person to a
//! clinician. No rule ever leaves the dose limits (3–5 passes, 15–45 s holds, ≤ 120 s per
//! muscle: SPEC §6), and none raises the dose within two weeks of a flare.

use super::advice::{Advice, Raise};
use super::calendar::{plan_sessions, week_of};
use super::dose::more_pass;
use super::{LoadFelt, PainCompared, WeeklyPlan, WEEKDAY_NAMES, WEEK_DAYS};
use crate::i18n::{Arg, Line};
use crate::progress::dates::{local_day, weekday, DayNumber};
use crate::progress::knot_map;
use crate::progress::Bins;
use crate::record::SessionRecord;
use crate::routine::Routine;
use crate::zone::Zone;

/// Pain after a session this much above pain before is a flare (issue 25's definition:
/// 2 or more points on the 0–10 scale).
pub const FLARE_RISE: u8 = 2;
/// Pain before (or at a check-in week) at this or more is a flare, and twice, a reason to
/// see a clinician (SPEC §6: a pain-before of 7 or more asks the clinician questions).
pub const HIGH_PAIN: u8 = 7;
/// Tenderness (0–10) at which a zone, sore in two sessions of the last two weeks, is left
/// out of a gentler week: Unknot's own cautious choice, the same line as high pain.
pub const SORE_TENDERNESS: u8 = HIGH_PAIN;

/// Something that makes the next sessions gentler, on the day it happened.
struct Flare {
    day: DayNumber,
    why: Line,
}

fn day_name(day: DayNumber) -> Arg {
    Arg::Key(WEEKDAY_NAMES[weekday(day)])
}

/// Every flare since the plan started: the sessions' in order, then the check-ins'.
fn flares(plan: &WeeklyPlan, history: &[SessionRecord], offset_minutes: i32) -> Vec<Flare> {
    let mut out = Vec::new();
    for (_, record) in plan_sessions(plan, history, offset_minutes) {
        let day = local_day(record.started_at, offset_minutes);
        match (record.pain_before, record.pain_after) {
            (Some(before), _) if before >= HIGH_PAIN => out.push(Flare {
                day,
                why: Line::tf(
                    "Gentler this week: your pain was {pain} out of 10 before {day}'s session.",
                    vec![
                        ("pain", Arg::Number(u64::from(before))),
                        ("day", day_name(day)),
                    ],
                ),
            }),
            (Some(before), Some(after)) if after >= before.saturating_add(FLARE_RISE) => {
                out.push(Flare {
                    day,
                    why: Line::tf(
                        "Gentler this week: your back hurt more after {day}'s session.",
                        vec![("day", day_name(day))],
                    ),
                })
            }
            _ => {}
        }
    }
    for check_in in &plan.check_ins {
        let day = local_day(check_in.at, offset_minutes);
        if check_in.pain == Some(PainCompared::Worse) {
            out.push(Flare {
                day,
                why: Line::t("Gentler this week: you said your back is worse than at the start."),
            });
        } else if check_in.load == Some(LoadFelt::TooMuch) {
            out.push(Flare {
                day,
                why: Line::t("Gentler this week: you said last week was too much."),
            });
        }
    }
    out
}

/// Why a clinician should look at this back now, if a reason shows.
fn clinician_reason(
    plan: &WeeklyPlan,
    history: &[SessionRecord],
    offset_minutes: i32,
) -> Option<Line> {
    let answered: Vec<PainCompared> = plan.check_ins_by_week().filter_map(|c| c.pain).collect();
    if answered.len() >= 2 && answered[answered.len() - 2..] == [PainCompared::Worse; 2] {
        return Some(Line::t(
            "Your back has felt worse at two check-ins in a row.",
        ));
    }
    let mut high_weeks: Vec<i64> = plan_sessions(plan, history, offset_minutes)
        .into_iter()
        .filter(|(_, r)| r.pain_before.max(r.pain_after).unwrap_or(0) >= HIGH_PAIN)
        .map(|(w, _)| w)
        .collect();
    high_weeks.dedup();
    (high_weeks.len() >= 2)
        .then(|| Line::t("Your pain has been 7 or more out of 10 in two weeks of the plan."))
}

/// A zone of the routine tender (7+) in two or more sessions of the last two weeks.
fn sore_zone(
    plan: &WeeklyPlan,
    routine: &Routine,
    history: &[SessionRecord],
    today: DayNumber,
    offset_minutes: i32,
) -> Option<Zone> {
    if routine.steps.len() < 2 {
        return None;
    }
    let recent: Vec<&SessionRecord> = plan_sessions(plan, history, offset_minutes)
        .into_iter()
        .map(|(_, r)| r)
        .filter(|r| today - local_day(r.started_at, offset_minutes) < 2 * WEEK_DAYS)
        .collect();
    let mut best: Option<(usize, Zone)> = None;
    for step in &routine.steps {
        let sore = recent
            .iter()
            .filter(|r| {
                r.hot_spots
                    .iter()
                    .any(|s| s.zone == step.zone && s.tenderness.unwrap_or(0) >= SORE_TENDERNESS)
            })
            .count();
        if sore >= 2 && best.is_none_or(|(n, _)| sore > n) {
            best = Some((sore, step.zone));
        }
    }
    best.map(|(_, zone)| zone)
}

/// What a steady fortnight may add to this routine without leaving the limits.
fn raise(routine: &Routine, history: &[SessionRecord]) -> Option<Raise> {
    if routine.steps.iter().any(|s| more_pass(s.dose).is_some()) {
        return Some(Raise::Pass);
    }
    let routine_zones = routine.zones();
    knot_map(history, 12, Bins::Thirds)
        .into_iter()
        .map(|spot| spot.zone)
        .find(|zone| zone.rollable() && !routine_zones.contains(zone))
        .filter(|_| routine.steps.len() < crate::routine::model::MAX_STEPS)
        .map(Raise::Zone)
}

/// This week's advice for the plan on `today`.
pub fn advice(
    plan: &WeeklyPlan,
    routine: &Routine,
    history: &[SessionRecord],
    today: DayNumber,
    offset_minutes: i32,
) -> Advice {
    if let Some(why) = clinician_reason(plan, history, offset_minutes) {
        return Advice::SeeClinician { why };
    }
    // The latest flare (the later in the list when two fall on one day).
    let latest = flares(plan, history, offset_minutes)
        .into_iter()
        .filter(|f| f.day <= today)
        .reduce(|a, b| if b.day >= a.day { b } else { a });
    let since_flare = latest.as_ref().map(|f| today - f.day);
    if let Some(flare) = latest.filter(|_| since_flare < Some(WEEK_DAYS)) {
        return Advice::Gentler {
            why: flare.why.clone(),
            left_out: sore_zone(plan, routine, history, today, offset_minutes),
        };
    }
    let week = week_of(plan, today).clamp(1, i64::from(plan.weeks)) as u8;
    let steady = |week: u8| {
        plan.check_in(week)
            .and_then(|c| c.pain)
            .is_some_and(|p| p != PainCompared::Worse)
    };
    let load_right = plan
        .check_in(week)
        .and_then(|c| c.load)
        .is_some_and(|l| l != LoadFelt::TooMuch);
    let clear_fortnight = since_flare.is_none_or(|d| d >= 2 * WEEK_DAYS);
    if week >= 3 && steady(week) && steady(week - 1) && load_right && clear_fortnight {
        return match raise(routine, history) {
            Some(r) => Advice::More(r),
            None => Advice::AtTheMost,
        };
    }
    Advice::AsPlanned {
        first_week: week == 1,
    }
}
