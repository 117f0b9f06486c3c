//! A plan for the weeks: a routine rolled a few times a week for a block of weeks, with a
//! weekly check-in, and a load that adapts to pain in the open.
//!
//! Where the numbers come from (also said on the `How much rolling is enough?` card):
//! - 30–120 s per muscle, 1–3 sets, a few sessions a week: reviews of foam rolling
//!   (SPEC §6).
//! - 12 sessions over 4 weeks improved lumbar mobility and pain threshold in healthy
//!   adults, with effects up to 6 months (SPEC §6).
//! - Soft-tissue work for chronic low back pain helps most as part of a package with
//!   exercise (NICE guideline NG59, 2016).
//! - The dose limits the rules never leave: 3–5 passes, 15–45 s holds, ≤ 120 s per muscle
//!   (SPEC §6; `settings::PASSES`, `settings::HOLD_SECS`, `routine::MAX_ROLL_SECS`).
//!
//! Everything here is derived from the plan, its check-ins and the history, so what the
//! plan card says after a reload, in another tab or after an import is the same.

mod adapt;
mod advice;
mod calendar;
mod dose;
mod summary;

#[cfg(test)]
mod tests;

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use crate::i18n::msg;
use crate::progress::dates::{local_day, DayNumber};
use crate::record::{EpochMs, SessionRecord};
use crate::routine::{Routine, ARTICLE_ID};

pub use adapt::{advice, FLARE_RISE, HIGH_PAIN};
pub use advice::{Advice, Raise};
pub use calendar::{status, week_of, Status};
pub use dose::{gentler, todays_routine};
pub use summary::{summary, Summary, WeekPain};

/// The plan at a moment: where the person is, this week's advice, and today's session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Today {
    pub status: Status,
    pub advice: Advice,
    /// The plan's routine with the advice applied: what `Start today's session` rolls.
    pub routine: Routine,
}

/// The plan at `now`, with its routine (`routine`, as saved) and the history, in the
/// person's time zone.
pub fn today(
    plan: &WeeklyPlan,
    routine: &Routine,
    history: &[SessionRecord],
    now: EpochMs,
    offset_minutes: i32,
) -> Today {
    let day = local_day(now, offset_minutes);
    let advice = advice(plan, routine, history, day, offset_minutes);
    Today {
        status: status(plan, history, day, offset_minutes),
        routine: todays_routine(routine, &advice),
        advice,
    }
}

/// Sessions a week a plan may ask for (a few a week: SPEC §6).
pub const PER_WEEK: RangeInclusive<u8> = 2..=5;
/// Weeks a plan may last (the article's study ran 4).
pub const WEEKS: RangeInclusive<u8> = 2..=8;
/// Days in a plan week.
pub const WEEK_DAYS: i64 = 7;

/// Long weekday names, Monday first, as message keys.
pub const WEEKDAY_NAMES: [&str; 7] = [
    msg("Monday"),
    msg("Tuesday"),
    msg("Wednesday"),
    msg("Thursday"),
    msg("Friday"),
    msg("Saturday"),
    msg("Sunday"),
];

/// The plan the person keeps: one at a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyPlan {
    /// The routine rolled (`article` for the back-pain routine).
    pub routine_id: String,
    /// Sessions a week, [`PER_WEEK`].
    pub per_week: u8,
    /// Length in weeks, [`WEEKS`].
    pub weeks: u8,
    /// Chosen days of the week, Monday = 0 … Sunday = 6; empty when any day will do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekdays: Vec<u8>,
    pub started_at: EpochMs,
    /// The local day the plan started: week 1 runs from it for seven days.
    pub start_day: DayNumber,
    /// One per week from week 2 on, answered or skipped.
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
}

/// The weekly check-in: two questions, each may be left unanswered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The plan week it was made in (2 and up).
    pub week: u8,
    pub at: EpochMs,
    /// Back pain compared with the start of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<PainCompared>,
    /// Last week's load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load: Option<LoadFelt>,
}

impl CheckIn {
    /// Skipped: neither question answered.
    pub fn skipped(&self) -> bool {
        self.pain.is_none() && self.load.is_none()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PainCompared {
    Better,
    Same,
    Worse,
}

impl PainCompared {
    pub const ALL: [PainCompared; 3] = [
        PainCompared::Better,
        PainCompared::Same,
        PainCompared::Worse,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PainCompared::Better => msg("Better"),
            PainCompared::Same => msg("Same"),
            PainCompared::Worse => msg("Worse"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LoadFelt {
    TooMuch,
    AboutRight,
    TooLittle,
}

impl LoadFelt {
    pub const ALL: [LoadFelt; 3] = [LoadFelt::TooMuch, LoadFelt::AboutRight, LoadFelt::TooLittle];

    pub fn label(self) -> &'static str {
        match self {
            LoadFelt::TooMuch => msg("Too much"),
            LoadFelt::AboutRight => msg("About right"),
            LoadFelt::TooLittle => msg("Too little"),
        }
    }
}

impl WeeklyPlan {
    /// A new plan from the setup form's choices, every number inside its bounds.
    pub fn new(
        routine_id: &str,
        per_week: u8,
        weeks: u8,
        weekdays: &[u8],
        now: EpochMs,
        today: DayNumber,
    ) -> WeeklyPlan {
        WeeklyPlan {
            routine_id: routine_id.to_string(),
            per_week,
            weeks,
            weekdays: weekdays.to_vec(),
            started_at: now,
            start_day: today,
            check_ins: Vec::new(),
        }
        .clamped()
    }

    /// The default plan: the back-pain routine, 3 a week for 4 weeks.
    pub fn default_at(now: EpochMs, today: DayNumber) -> WeeklyPlan {
        WeeklyPlan::new(ARTICLE_ID, 3, 4, &[], now, today)
    }

    /// Numbers in their bounds, weekdays in order and unique, at most one check-in a week
    /// (the first kept), and only for weeks a plan can have (2–8). No sorting: each sort
    /// instantiated for a type costs the wasm a few kilobytes, and both lists are tiny.
    pub fn clamped(mut self) -> WeeklyPlan {
        self.per_week = self.per_week.clamp(*PER_WEEK.start(), *PER_WEEK.end());
        self.weeks = self.weeks.clamp(*WEEKS.start(), *WEEKS.end());
        self.weekdays = (0..7).filter(|d| self.weekdays.contains(d)).collect();
        let mut seen = Vec::new();
        self.check_ins.retain(|c| {
            let first = (2..=*WEEKS.end()).contains(&c.week) && !seen.contains(&c.week);
            seen.push(c.week);
            first
        });
        self
    }

    /// The check-ins in week order.
    pub fn check_ins_by_week(&self) -> impl Iterator<Item = &CheckIn> + '_ {
        (2..=*WEEKS.end()).filter_map(move |week| self.check_in(week))
    }

    /// The check-in of a week, if made.
    pub fn check_in(&self, week: u8) -> Option<&CheckIn> {
        self.check_ins.iter().find(|c| c.week == week)
    }

    /// This plan after an import brought `other`: the same plan (same start) gains the
    /// check-ins it lacks; a different plan leaves this one as it is.
    pub fn merged(mut self, other: WeeklyPlan) -> WeeklyPlan {
        if other.started_at == self.started_at {
            for check_in in other.check_ins {
                if self.check_in(check_in.week).is_none() {
                    self.check_ins.push(check_in);
                }
            }
        }
        self.clamped()
    }

    /// The plan's last local day.
    pub fn last_day(&self) -> DayNumber {
        self.start_day + i64::from(self.weeks) * WEEK_DAYS - 1
    }
}
