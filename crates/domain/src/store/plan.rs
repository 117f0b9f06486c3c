//! The weekly plan in storage, one key: `unknot:plan` → `{"v":3,"plan":{…}}`. The plan
//! joined format 3 as a new key (older builds never read or wrote it), so no migration.

use crate::i18n::Line;
use crate::record::EpochMs;
use crate::weekly::WeeklyPlan;

use super::backup::{remove_guarded, write_guarded};
use super::decode::{envelope, field, unexpected_shape, Unreadable};
use super::kv::{KeyValue, StoreError};
use super::schema::{PlanEnvelope, CURRENT_VERSION, PLAN_KEY};

/// Reads the stored plan; its numbers are put back inside their bounds.
pub(crate) fn decode_plan(raw: &str) -> Result<WeeklyPlan, Unreadable> {
    let (_, mut map) = envelope(raw)?;
    let plan: WeeklyPlan = field(&mut map, "plan")?;
    Ok(plan.clamped())
}

/// The plan inside an export file.
pub(crate) fn decode_plan_value(value: serde_json::Value) -> Result<WeeklyPlan, Line> {
    serde_json::from_value::<WeeklyPlan>(value)
        .map(WeeklyPlan::clamped)
        .map_err(|_| unexpected_shape())
}

/// Saves the plan (an unreadable value in the way is backed up first).
pub fn save_plan(kv: &dyn KeyValue, plan: &WeeklyPlan, now: EpochMs) -> Result<(), StoreError> {
    let text = serde_json::to_string(&PlanEnvelope {
        v: CURRENT_VERSION,
        plan,
    })
    .map_err(|_| StoreError::Invalid {
        reason: Line::t("it could not be written as JSON"),
    })?;
    write_guarded(kv, PLAN_KEY, &text, now)
}

/// Removes the plan (`End plan`).
pub fn remove_plan(kv: &dyn KeyValue, now: EpochMs) -> Result<(), StoreError> {
    remove_guarded(kv, PLAN_KEY, now)
}

/// The stored plan, read without writing anything: for `storage` events. `None` when
/// there is none or it cannot be read (the next load sets it aside).
pub fn read_plan(kv: &dyn KeyValue) -> Option<WeeklyPlan> {
    let raw = kv.get(PLAN_KEY).ok()??;
    decode_plan(&raw).ok()
}
