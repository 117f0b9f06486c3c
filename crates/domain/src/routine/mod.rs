//! Routines: the plan of cards a session shows ([`plan`]), and saved routines: the model
//! and its dose bounds, validation, presets, fitting a routine into the minutes a person
//! has, sharing by link, calendar reminders. (Their actions are `app::routine_actions`.)

mod base64url;
pub mod dose;
pub mod fit;
pub mod ics;
pub mod model;
pub mod plan;
pub mod presets;
pub mod share;

#[cfg(test)]
pub(crate) mod tests;

pub use dose::{Dose, ZoneDose, MAX_ROLL_SECS, MIN_ROLL_SECS};
pub use fit::{fit, routine_minutes, steps_ms, FitPlan, FIT_MINUTES};
pub use model::{
    clean_name, muscle, other_side, shown_name, Routine, RoutineError, Step, ARTICLE_ID,
    ARTICLE_NAME, MAX_NAME_CHARS,
};
pub use plan::{
    plan, plan_in_order, Card, Position, BREATH_IN_MS, BREATH_MS, BREATH_OUT_MS, ROLL_ORDER,
};
pub use presets::{Preset, PRESETS};
pub use share::{ShareError, Shared};
