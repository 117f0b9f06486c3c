//! What this week's advice does to the routine's doses, inside the limits: 3–5 passes,
//! 15–45 s holds, ≤ 120 s and ≥ 30 s of rolling per muscle (SPEC §6; `settings::PASSES`,
//! `settings::HOLD_SECS`, `routine::MAX_ROLL_SECS`, `routine::MIN_ROLL_SECS`).

use super::advice::{Advice, Raise};
use crate::routine::{Dose, Routine, Step, MAX_ROLL_SECS};
use crate::settings::{HOLD_SECS, PASSES};

/// Seconds a gentler week takes off each hot-spot hold: Unknot's own cautious step, a
/// third of the usual 30 s hold, never below the 15 s minimum.
pub const GENTLER_HOLD_SECS: u8 = 10;

/// The dose with one pass more, if that stays inside the limits.
pub(super) fn more_pass(dose: Dose) -> Option<Dose> {
    let more = Dose {
        passes: dose.passes.checked_add(1)?,
        ..dose
    };
    (more.passes <= *PASSES.end() && more.roll_secs() <= MAX_ROLL_SECS && more.is_safe())
        .then_some(more)
}

/// The dose of a gentler week: one pass fewer and holds 10 s shorter, never below the
/// limits (and never below 30 s of rolling: the pace slows instead).
pub fn gentler(dose: Dose) -> Dose {
    Dose {
        passes: dose.passes.saturating_sub(1).max(*PASSES.start()),
        hold_secs: dose
            .hold_secs
            .saturating_sub(GENTLER_HOLD_SECS)
            .max(*HOLD_SECS.start()),
        ..dose
    }
    .clamped()
}

/// The routine to roll today: the plan's routine with this week's advice applied.
pub fn todays_routine(routine: &Routine, advice: &Advice) -> Routine {
    let mut out = routine.clone();
    match advice {
        Advice::Gentler { left_out, .. } => {
            if let Some(zone) = left_out {
                if out.steps.len() > 1 {
                    out.steps.retain(|s| s.zone != *zone);
                }
            }
            for step in &mut out.steps {
                step.dose = gentler(step.dose);
            }
        }
        Advice::SeeClinician { .. } => {
            for step in &mut out.steps {
                step.dose = gentler(step.dose);
            }
        }
        Advice::More(Raise::Pass) => {
            for step in &mut out.steps {
                if let Some(more) = more_pass(step.dose) {
                    step.dose = more;
                }
            }
        }
        Advice::More(Raise::Zone(zone)) => {
            let dose = out.steps.first().map(|s| s.dose).unwrap_or_default();
            out.steps.push(Step {
                zone: *zone,
                dose: gentler(dose),
            });
        }
        Advice::AsPlanned { .. } | Advice::AtTheMost => {}
    }
    out
}
