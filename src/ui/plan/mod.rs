//! The weekly plan: Home's card that leads with today ([`card`]), the weekly check-in,
//! the setup form, the plan's screen and its end-of-plan summary. The rules live in
//! `domain::weekly`; this is how they look.

mod card;
mod check_in;
mod screen;
mod setup;
mod summary;

pub use card::{PlanCard, StartPlanCard};
pub use screen::PlanScreen;
pub use setup::PlanSetup;

use leptos::prelude::*;

use crate::domain::app::routine_actions::find;
use crate::domain::app::{Action, PlanAction};
use crate::domain::routine::{routine_minutes, shown_name};
use crate::domain::weekly::{today, Today};
use crate::platform::clock;
use crate::ui::i18n::{tf, with_catalogue};
use crate::ui::store::Store;

/// What the plan's views show: the plan today, and its routine's name as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanNow {
    pub today: Today,
    pub routine_name: String,
    /// Whole minutes today's session takes (`About N min`).
    pub minutes: u64,
}

impl PlanNow {
    /// "About 6 min".
    pub fn length(&self) -> String {
        tf("About {min} min", &[("min", &self.minutes.to_string())])
    }
}

/// The running plan now, `None` without a plan or when its routine is gone. Follows the
/// state and the store's clock.
pub fn use_plan_now(store: Store) -> Memo<Option<PlanNow>> {
    let offset = clock::utc_offset_minutes();
    Memo::new(move |_| {
        let now = store.now.get();
        store.state.with(|s| {
            let plan = s.plan.as_ref()?;
            let routine = find(s, &plan.routine_id)?;
            let today = today(plan, &routine, &s.history, now, offset);
            Some(PlanNow {
                minutes: routine_minutes(&today.routine, &s.settings),
                routine_name: with_catalogue(|c| shown_name(&routine.id, &routine.name, c)),
                today,
            })
        })
    })
}

/// How long `Undo` is offered after `End plan`.
const UNDO_MS: u32 = 8_000;

/// `End plan`, with its undo offer running out after a while.
fn end_plan(store: Store) {
    store.dispatch(Action::Plan(PlanAction::End));
    clock::after(UNDO_MS, move || {
        store.dispatch(Action::Plan(PlanAction::ForgetUndo))
    });
}

/// "Week 2 of 4".
pub fn week_words(week: u8, weeks: u8) -> String {
    tf(
        "Week {week} of {weeks}",
        &[("week", &week.to_string()), ("weeks", &weeks.to_string())],
    )
}

/// "1 of 3 this week".
pub fn count_words(done: u8, per_week: u8) -> String {
    tf(
        "{done} of {n} this week",
        &[("done", &done.to_string()), ("n", &per_week.to_string())],
    )
}
