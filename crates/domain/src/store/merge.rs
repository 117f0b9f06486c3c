//! Combining histories: by session id, never twice, the copy already here wins.

use std::collections::BTreeMap;

use crate::record::SessionRecord;

/// The union of two histories by id, sorted by start time (then id). When both have a
/// session with the same id, the one in `existing` is kept (and the first one within a
/// list). Merging is idempotent, and the resulting set of ids does not depend on order.
pub fn merge(existing: &[SessionRecord], incoming: &[SessionRecord]) -> Vec<SessionRecord> {
    let mut by_id: BTreeMap<&str, &SessionRecord> = BTreeMap::new();
    for record in existing.iter().chain(incoming) {
        by_id.entry(record.id.as_str()).or_insert(record);
    }
    let mut out: Vec<SessionRecord> = by_id.into_values().cloned().collect();
    sort_history(&mut out);
    out
}

/// Sorts by start time, then id, so every list of sessions has one order.
pub fn sort_history(records: &mut [SessionRecord]) {
    crate::order::sort_by(records, |a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.id.cmp(&b.id))
    });
}
