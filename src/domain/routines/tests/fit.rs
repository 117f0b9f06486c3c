use proptest::prelude::*;

use super::rollable;
use crate::domain::routines::*;
use crate::domain::settings::Settings;
use crate::domain::zone::Zone;

fn any_dose() -> impl Strategy<Value = Dose> {
    (0u8..=30, 0u8..=40, 0u8..=90).prop_map(|(passes, secs_per_pass, hold_secs)| Dose {
        passes,
        secs_per_pass,
        hold_secs,
    })
}

fn any_routine() -> impl Strategy<Value = Routine> {
    let zones = rollable();
    (
        Just(zones.clone()).prop_shuffle(),
        1..=zones.len(),
        proptest::collection::vec(any_dose(), zones.len()),
    )
        .prop_map(|(zones, n, doses)| Routine {
            id: "r".into(),
            name: "Any".into(),
            steps: zones[..n]
                .iter()
                .zip(doses)
                .map(|(&zone, dose)| Step { zone, dose })
                .collect(),
        })
}

fn any_settings() -> impl Strategy<Value = Settings> {
    (3u8..=10, 3u8..=10).prop_map(|(get_ready_secs, breaths)| Settings {
        get_ready_secs,
        breaths,
        ..Settings::default()
    })
}

proptest! {
    #[test]
    fn the_plan_fits_keeps_the_minimum_and_the_order(
        routine in any_routine(),
        minutes in 0u8..=40,
        settings in any_settings(),
    ) {
        let plan = fit(&routine, minutes, &settings);
        prop_assert!(FIT_MINUTES.contains(&plan.minutes));
        // Never over the minutes.
        prop_assert!(plan.total_ms <= u64::from(plan.minutes) * 60_000);
        prop_assert_eq!(plan.total_ms, steps_ms(&plan.steps, &settings));
        // Never below the evidence's minimum, never above the routine's own dose.
        for step in &plan.steps {
            prop_assert!(step.dose.roll_secs() >= MIN_ROLL_SECS);
            prop_assert!(step.dose.is_safe());
            let was = routine.steps.iter().find(|s| s.zone == step.zone).unwrap().dose.clamped();
            prop_assert!(step.dose.passes <= was.passes);
            prop_assert_eq!(step.dose.secs_per_pass, was.secs_per_pass);
            prop_assert_eq!(step.dose.hold_secs, was.hold_secs);
        }
        // The routine's order is kept: the plan is a subsequence of it.
        let order: Vec<Zone> = routine.zones();
        let positions: Vec<usize> = plan
            .steps
            .iter()
            .map(|s| order.iter().position(|z| *z == s.zone).unwrap())
            .collect();
        prop_assert!(positions.windows(2).all(|w| w[0] < w[1]));
        // Every zone is either kept or reported as left out.
        prop_assert_eq!(plan.steps.len() + plan.dropped.len(), routine.steps.len());
        // Something always fits in five minutes or more.
        prop_assert!(!plan.steps.is_empty());
        // Both sides of a muscle stay or go together.
        for dropped in &plan.dropped {
            prop_assert!(plan.steps.iter().all(|s| muscle(s.zone) != muscle(*dropped)));
        }
    }

    #[test]
    fn a_routine_that_fits_is_left_alone(routine in any_routine(), settings in any_settings()) {
        let plan = fit(&routine, 30, &settings);
        if steps_ms(&routine.clone().tidied().steps, &settings) <= 30 * 60_000 {
            prop_assert!(plan.unchanged());
        }
    }
}

#[test]
fn fewer_passes_come_before_fewer_zones_and_the_plan_says_what_it_dropped() {
    let s = Settings::default();
    let dose = Dose {
        passes: 5,
        secs_per_pass: 20,
        hold_secs: 30,
    };
    let routine = super::routine(
        "r",
        "Long",
        &[
            Zone::ItBandLeft,
            Zone::ItBandRight,
            Zone::QuadLeft,
            Zone::QuadRight,
            Zone::UpperBack,
        ],
        dose,
    );
    assert_eq!(
        fit(&routine, 30, &s).summary(),
        "Fits your 30 minutes as it is."
    );
    // 5 × (5 + 100 s) + 50 s = 9 min 35 s: 8 minutes takes passes away only.
    let plan = fit(&routine, 8, &s);
    assert!(plan.dropped.is_empty(), "{plan:?}");
    assert!(!plan.fewer_passes.is_empty());
    assert!(
        plan.summary().contains("Fewer passes"),
        "{}",
        plan.summary()
    );
    // 5 minutes: at 3 passes each it is 5 × 65 + 50 = 6 min 15 s, so a muscle goes — the
    // quadriceps first, being outside the article's routine.
    let plan = fit(&routine, 5, &s);
    assert_eq!(plan.dropped, vec![Zone::QuadLeft, Zone::QuadRight]);
    assert!(plan
        .summary()
        .contains("Left out to fit: left quadriceps, right quadriceps"));
    assert_eq!(plan.steps[0].zone, Zone::ItBandLeft);
}
