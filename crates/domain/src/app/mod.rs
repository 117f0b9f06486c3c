//! The whole app's state and its one reducer: every change the UI makes goes
//! through [`reduce`]. Saving, ticking and cues react to the result elsewhere.
//!
//! The parts point one way: `reduce` → `navigation`, `import_file`, `routine_actions`, `plan_actions`
//! → `state` → `route` (each [`Screen`] and its address).

mod action;
mod import_file;
pub mod navigation;
pub mod persist;
pub mod plan_actions;
mod reduce;
pub mod route;
pub mod routine_actions;
mod state;

pub use action::Action;
pub use plan_actions::PlanAction;
pub use reduce::reduce;
pub use route::Screen;
pub use routine_actions::{unique_name, RoutineAction};
pub use state::AppState;

#[cfg(test)]
mod tests;
