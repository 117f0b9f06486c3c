//! Saved data: the storage schema, its migrations, reading with backups of whatever cannot
//! be read, small atomic writes, and export/import.
//!
//! Everything is written against [`KeyValue`], so it runs natively in tests (with
//! [`MemoryKv`]) and over `localStorage` in the browser (`platform::storage`).
//!
//! Keys (format 3): `unknot:settings`, `unknot:safety`, `unknot:active`, one
//! `unknot:session:<id>` per finished session, one `unknot:routine:<id>` per saved routine,
//! `unknot:plan` for the weekly plan,
//! and `unknot:backup:<key>:<ms>` for values kept byte-for-byte because they could not be
//! read. Every value is an envelope `{"v":3,…}`. Format 1 kept all history in
//! `unknot:history`; [`load`] migrates it. Format 2 values are read as they are and
//! converted in memory (see `migrate`).

mod backup;
mod decode;
mod import;
mod kv;
mod load;
mod merge;
mod migrate;
mod notice;
mod plan;
mod routines;
mod save;
mod schema;
mod transfer;
mod validate;

#[cfg(test)]
mod tests;

pub use backup::backups;
pub use import::{
    apply_import, import, keep_backups, ImportError, ImportReport, Rejected, MAX_IMPORT_BYTES,
};
pub use kv::{KeyValue, MemoryKv, StoreError};
pub use load::{check_writable, load, Loaded};
pub use merge::{merge, sort_history};
pub use migrate::{record_v1_to_v2, record_v2_to_v3, settings_v1_to_v2};
pub use notice::Notice;
pub use plan::{read_plan, remove_plan, save_plan};
pub use routines::{read_routines, remove_routine, routine_key, save_routine};
pub use save::{
    clear_active, load_active, read_history, read_record, read_safety, read_settings,
    remove_record, save_active, save_record, save_safety, save_settings,
};
pub use schema::{
    session_key, Backup, KeyKind, V1HotSpot, V1Pain, V1Record, V1Settings, ACTIVE_KEY,
    BACKUP_PREFIX, CURRENT_VERSION, PLAN_KEY, PREFIX, PROBE_KEY, ROUTINE_PREFIX, SAFETY_KEY,
    SESSION_PREFIX, SETTINGS_KEY, V1_HISTORY_KEY,
};
pub use transfer::{
    export, export_file_name, export_file_name_at_offset, export_with_routines, APP_NAME,
};
pub use validate::validate_record;
