//! The report for a physio (`#/report`): what the person did over a period and how their
//! back felt, worked out from the history alone. A self-care log, not a diagnosis: the
//! screen says so, and nothing here interprets the numbers for the reader.

use crate::progress::dates::{local_day, DayNumber};
use crate::record::{SessionRecord, ZonePasses};
use crate::routine::Dose;
use crate::weekly::{WeeklyPlan, FLARE_RISE, HIGH_PAIN};
use crate::zone::Zone;

/// The periods to choose from, in weeks; `None` is the whole history.
pub const PERIODS: [Option<u8>; 5] = [Some(2), Some(4), Some(8), Some(12), None];
/// The period shown first: about a month, what a physio's follow-up usually covers.
pub const DEFAULT_WEEKS: u8 = 4;

/// One zone's part of the period.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneTotal {
    pub zone: Zone,
    /// Sessions that rolled it.
    pub sessions: usize,
    /// Passes rolled, all sessions together.
    pub passes: u32,
    /// Time on it: passes at their planned pace (the default pace where the record has
    /// no dose) plus the hot-spot holds, in whole seconds.
    pub secs: u64,
    /// Hot spots held on it.
    pub hot_spots: usize,
    /// The median hold, in whole seconds, if it had hot spots.
    pub typical_hold_secs: Option<u64>,
}

/// A session whose pain says "flare": the plan's definition (pain before of 7 or more, or
/// after at least 2 above before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlareNote {
    pub day: DayNumber,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// The report's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The period, first and last day (today) included.
    pub first_day: DayNumber,
    pub last_day: DayNumber,
    /// The sessions in the period, oldest first.
    pub sessions: Vec<SessionRecord>,
    /// Sessions the plan asked for in the period's weeks, when a plan runs.
    pub planned: Option<u32>,
    /// Sessions ended before their end.
    pub ended_early: usize,
    /// Each zone rolled, in body order.
    pub zones: Vec<ZoneTotal>,
    pub flares: Vec<FlareNote>,
}

/// The report for the `weeks` before today (`None`: the whole history) seen at `today`.
pub fn report(
    history: &[SessionRecord],
    plan: Option<&WeeklyPlan>,
    weeks: Option<u8>,
    today: DayNumber,
    offset_minutes: i32,
) -> Report {
    let day = |r: &SessionRecord| local_day(r.started_at, offset_minutes);
    let first_day = match weeks {
        Some(w) => today - i64::from(w) * 7 + 1,
        None => history.iter().map(day).min().unwrap_or(today).min(today),
    };
    let mut sessions: Vec<SessionRecord> = history
        .iter()
        .filter(|r| (first_day..=today).contains(&day(r)))
        .cloned()
        .collect();
    crate::order::sort_by_key(&mut sessions, |r| r.started_at);
    let flares = sessions
        .iter()
        .filter(|r| is_flare(r))
        .map(|r| FlareNote {
            day: day(r),
            before: r.pain_before,
            after: r.pain_after,
        })
        .collect();
    Report {
        first_day,
        last_day: today,
        planned: plan.map(|p| planned(p, first_day, today)),
        ended_early: sessions.iter().filter(|r| !r.completed).count(),
        zones: zone_totals(&sessions),
        flares,
        sessions,
    }
}

fn is_flare(r: &SessionRecord) -> bool {
    r.pain_before.is_some_and(|b| b >= HIGH_PAIN)
        || matches!((r.pain_before, r.pain_after), (Some(b), Some(a)) if a >= b.saturating_add(FLARE_RISE))
}

/// The plan's sessions for each of its weeks that overlap the period and have begun.
fn planned(plan: &WeeklyPlan, first_day: DayNumber, today: DayNumber) -> u32 {
    (0..i64::from(plan.weeks))
        .map(|w| plan.start_day + w * 7)
        .filter(|&start| start <= today && start + 6 >= first_day)
        .map(|_| u32::from(plan.per_week))
        .sum()
}

fn zone_totals(sessions: &[SessionRecord]) -> Vec<ZoneTotal> {
    let mut totals: Vec<ZoneTotal> = Vec::new();
    let mut holds: Vec<(Zone, u64)> = Vec::new();
    for record in sessions {
        for &ZonePasses { zone, passes } in &record.passes {
            let pace = record
                .routine_used
                .as_ref()
                .and_then(|u| u.doses.iter().find(|d| d.zone == zone))
                .map_or(Dose::default().secs_per_pass, |d| d.dose.secs_per_pass);
            let total = entry(&mut totals, zone);
            total.sessions += 1;
            total.passes += u32::from(passes);
            total.secs += u64::from(passes) * u64::from(pace);
        }
        for spot in &record.hot_spots {
            let secs = spot.held_ms / 1000;
            let total = entry(&mut totals, spot.zone);
            total.hot_spots += 1;
            total.secs += secs;
            holds.push((spot.zone, secs));
        }
    }
    for total in &mut totals {
        let mut mine: Vec<u64> = holds
            .iter()
            .filter(|(z, _)| *z == total.zone)
            .map(|&(_, s)| s)
            .collect();
        crate::order::sort(&mut mine);
        total.typical_hold_secs = mine.get(mine.len() / 2).copied();
    }
    crate::order::sort_by_key(&mut totals, |t| Zone::ALL.iter().position(|z| *z == t.zone));
    totals
}

fn entry(totals: &mut Vec<ZoneTotal>, zone: Zone) -> &mut ZoneTotal {
    let at = match totals.iter().position(|t| t.zone == zone) {
        Some(at) => at,
        None => {
            totals.push(ZoneTotal {
                zone,
                sessions: 0,
                passes: 0,
                secs: 0,
                hot_spots: 0,
                typical_hold_secs: None,
            });
            totals.len() - 1
        }
    };
    &mut totals[at]
}

#[cfg(test)]
mod tests;
