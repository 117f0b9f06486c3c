//! "I have N minutes": turns a routine into a plan that fits — fewer passes first, then
//! fewer zones by a stated priority — and never gives a zone less than the minimum.
//!
//! Time counted: each zone's get-ready countdown and rolling, each change of position,
//! and the breathing finish (`steps_ms`, the same measure as Home's length). Holds on a
//! knot come on top, only when the person finds one.

use std::ops::RangeInclusive;

use super::dose::{ZoneDose, MIN_ROLL_SECS};
use super::model::{muscle, Routine, Step};
use crate::i18n::{Catalogue, Tr};
use crate::routine::plan_in_order;
use crate::session::{length_minutes, plan_length_ms};
use crate::settings::Settings;
use crate::zone::Zone;

/// The minutes a person can ask for.
pub const FIT_MINUTES: RangeInclusive<u8> = 5..=30;

/// A routine made to fit, and what was changed to fit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FitPlan {
    /// The steps kept, in the routine's order, with their (maybe fewer) passes.
    pub steps: Vec<Step>,
    /// The minutes asked for (clamped to [`FIT_MINUTES`]).
    pub minutes: u8,
    /// The planned time, in milliseconds.
    pub total_ms: u64,
    /// Zones that lost passes: (zone, passes before, passes now).
    pub fewer_passes: Vec<(Zone, u8, u8)>,
    /// Zones left out, in the routine's order.
    pub dropped: Vec<Zone>,
}

/// Planned time of `steps`, rolled in their order at their doses, with the settings'
/// get-ready countdown and breathing finish: the cards a session over them shows,
/// measured like Home's length ([`plan_length_ms`]), set-ups and side switches included.
pub fn steps_ms(steps: &[Step], settings: &Settings) -> u64 {
    let zones: Vec<Zone> = steps.iter().map(|s| s.zone).collect();
    let settings = Settings {
        doses: steps
            .iter()
            .map(|s| ZoneDose {
                zone: s.zone,
                dose: s.dose,
            })
            .collect(),
        ..settings.clone()
    };
    plan_length_ms(&plan_in_order(&zones, false), &settings)
}

/// Whole minutes a routine takes, said the way Home says its length ([`length_minutes`]).
pub fn routine_minutes(routine: &Routine, settings: &Settings) -> u64 {
    length_minutes(steps_ms(&routine.steps, settings))
}

/// The order muscles are left out when time is short: muscles outside the article's
/// routine first, then the article's own; within each, the later in the routine first.
pub fn drop_order(steps: &[Step]) -> Vec<&'static str> {
    let mut muscles: Vec<&'static str> = Vec::new();
    for step in steps {
        let m = muscle(step.zone);
        if !muscles.contains(&m) {
            muscles.push(m);
        }
    }
    let in_article = |m: &&str| Zone::FULL_ROUTINE.iter().any(|z| muscle(*z) == *m);
    let mut order: Vec<&'static str> = muscles
        .iter()
        .rev()
        .filter(|m| !in_article(m))
        .copied()
        .collect();
    order.extend(muscles.iter().rev().filter(|m| in_article(m)));
    order
}

/// Takes passes away, one at a time from the zone with the most to spare (the later one
/// on a tie), until the steps fit in `budget_ms`; `None` if they cannot.
fn lighten(mut steps: Vec<Step>, budget_ms: u64, settings: &Settings) -> Option<Vec<Step>> {
    while steps_ms(&steps, settings) > budget_ms {
        let spare = |s: &Step| s.dose.passes.saturating_sub(s.dose.min_passes());
        let (i, _) = steps
            .iter()
            .enumerate()
            .filter(|(_, s)| spare(s) > 0)
            .max_by_key(|(i, s)| (spare(s), *i))?;
        steps[i].dose.passes -= 1;
    }
    Some(steps)
}

/// Fits `routine` into `minutes` (clamped to 5–30).
pub fn fit(routine: &Routine, minutes: u8, settings: &Settings) -> FitPlan {
    let minutes = minutes.clamp(*FIT_MINUTES.start(), *FIT_MINUTES.end());
    let budget_ms = u64::from(minutes) * 60_000;
    let original: Vec<Step> = routine
        .steps
        .iter()
        .filter(|s| s.zone.rollable())
        .map(|s| Step {
            zone: s.zone,
            dose: s.dose.clamped(),
        })
        .collect();
    let order = drop_order(&original);
    let mut steps = Vec::new();
    for k in 0..=order.len() {
        let left_out = &order[..k];
        let kept: Vec<Step> = original
            .iter()
            .filter(|s| !left_out.contains(&muscle(s.zone)))
            .copied()
            .collect();
        if let Some(fitted) = lighten(kept, budget_ms, settings) {
            steps = fitted;
            break;
        }
    }
    let fewer_passes = steps
        .iter()
        .filter_map(|s| {
            let was = original.iter().find(|o| o.zone == s.zone)?;
            (was.dose.passes != s.dose.passes).then_some((s.zone, was.dose.passes, s.dose.passes))
        })
        .collect();
    let dropped = original
        .iter()
        .map(|s| s.zone)
        .filter(|z| !steps.iter().any(|s| s.zone == *z))
        .collect();
    FitPlan {
        total_ms: steps_ms(&steps, settings),
        steps,
        minutes,
        fewer_passes,
        dropped,
    }
}

impl FitPlan {
    /// Whether the plan is the routine unchanged.
    pub fn unchanged(&self) -> bool {
        self.fewer_passes.is_empty() && self.dropped.is_empty()
    }

    /// What the plan did, in plain words (English).
    pub fn summary(&self) -> String {
        self.summary_in(&Catalogue::english())
    }

    /// What the plan did, in the language of `tr`.
    pub fn summary_in(&self, tr: &Catalogue) -> String {
        let mins = length_minutes(self.total_ms).to_string();
        let minutes = self.minutes.to_string();
        if self.unchanged() {
            return tr.tf(
                "Fits your {minutes} minutes as it is.",
                &[("minutes", &minutes)],
            );
        }
        let mut parts = vec![tr.tf(
            "Fitted to your {minutes} minutes (about {about}; holds on knots add a little).",
            &[("minutes", &minutes), ("about", &mins)],
        )];
        if !self.fewer_passes.is_empty() {
            let list: Vec<String> = self
                .fewer_passes
                .iter()
                .map(|(z, from, to)| format!("{} {from} → {to}", tr.t(z.phrase())))
                .collect();
            parts.push(tr.tf("Fewer passes: {list}.", &[("list", &list.join(", "))]));
        }
        if !self.dropped.is_empty() {
            let list: Vec<String> = self.dropped.iter().map(|z| tr.t(z.phrase())).collect();
            parts.push(tr.tf(
                "Left out to fit: {list}. Every zone kept still gets at least {secs} s.",
                &[
                    ("list", &list.join(", ")),
                    ("secs", &MIN_ROLL_SECS.to_string()),
                ],
            ));
        }
        parts.join(" ")
    }
}
