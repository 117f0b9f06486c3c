//! Native tests for routines: validation, presets, the time-fitting planner, the share
//! link and calendar files.

// Property tests use proptest, a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod fit;
mod ics;
mod model;
#[cfg(not(target_arch = "wasm32"))]
mod share;

use super::{Dose, Routine, Step};
use crate::zone::Zone;

/// A routine over `zones` with one dose.
pub(crate) fn routine(id: &str, name: &str, zones: &[Zone], dose: Dose) -> Routine {
    Routine {
        id: id.into(),
        name: name.into(),
        steps: zones.iter().map(|&zone| Step { zone, dose }).collect(),
    }
}

/// Every rollable zone this build knows.
pub(crate) fn rollable() -> Vec<Zone> {
    Zone::ALL.into_iter().filter(|z| z.rollable()).collect()
}
