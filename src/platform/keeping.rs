//! What this device remembers about keeping the data (issue 26): when it was last
//! exported, and that Home already said storage may be deleted. Device memory like the
//! install offer's "Not now", outside the `unknot:` keys the store owns (and exports).
//! Best effort: without storage both simply read as never.

use crate::domain::record::EpochMs;

/// The last export's time, epoch milliseconds as decimal text.
const LAST_EXPORT_KEY: &str = "unknot-ui:last-export";
/// Present once Home has shown that the browser may delete the data.
const EVICTION_NOTICE_KEY: &str = "unknot-ui:eviction-notice";

fn local_storage() -> Option<web_sys::Storage> {
    super::window()?.local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

fn write(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// When the data was last exported on this device; `None` if never (or unreadable).
pub fn last_export() -> Option<EpochMs> {
    read(LAST_EXPORT_KEY)?.trim().parse().ok()
}

/// Remembers an export made at `at`.
pub fn remember_export(at: EpochMs) {
    write(LAST_EXPORT_KEY, &at.to_string());
}

/// Whether Home already showed the eviction notice on this device.
pub fn eviction_notice_shown() -> bool {
    read(EVICTION_NOTICE_KEY).is_some()
}

/// Remembers that Home showed the eviction notice.
pub fn remember_eviction_notice() {
    write(EVICTION_NOTICE_KEY, "shown");
}
