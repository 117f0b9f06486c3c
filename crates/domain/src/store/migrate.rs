//! Explicit conversions from format 1 to format 2, value by value.
//!
//! Format 1 → 2:
//! - settings: `hold` → `hold_secs`; flat `sound`/`voice`/`vibration` → `cues`
//!   (`flash` off, `keep_awake` on, as the defaults); `get_ready_secs` gets its default.
//! - history: the single `unknot:history` key is split into one `unknot:session:<id>`
//!   key per record (see `load`); in each record `pain.before/after` → `pain_before/after`,
//!   hot spot `pos` (whole percent) → `position` (0.0–1.0), `active_secs` → `active_ms`,
//!   and the routine kind is derived (`full` when the zones are exactly the full routine).
//!
//! Format 2 → 3:
//! - routines are new: one `unknot:routine:<id>` key each (nothing to convert);
//! - records gain `routine_used` (which saved routine and doses a session used); a format 2
//!   record of the full routine gets the article's routine (`article`, no doses recorded),
//!   a record of picked zones gets none. Settings keep their shape.

use crate::record::{HotSpot, RoutineKind, RoutineUsed, SessionRecord};
use crate::routine::{ARTICLE_ID, ARTICLE_NAME};
use crate::settings::{Cues, Settings};
use crate::zone::Zone;

use super::schema::{V1HotSpot, V1Record, V1Settings};

/// Format 1 settings as format 2 settings (not yet clamped).
pub fn settings_v1_to_v2(old: V1Settings) -> Settings {
    let defaults = Settings::default();
    Settings {
        passes_per_side: old.passes_per_side,
        hold_secs: old.hold,
        secs_per_pass: old.secs_per_pass,
        get_ready_secs: defaults.get_ready_secs,
        breaths: old.breaths,
        zones: old.zones,
        cues: Cues {
            sound: old.sound,
            voice: old.voice,
            vibration: old.vibration,
            ..Cues::default()
        },
        theme: old.theme,
        doses: Vec::new(),
        language: None,
        animate_drawings: defaults.animate_drawings,
    }
}

fn hot_spot_v1_to_v2(old: V1HotSpot) -> HotSpot {
    HotSpot {
        zone: old.zone,
        // Whole percent to a fraction; values above 100 stay above 1.0 so validation
        // reports them instead of hiding them.
        position: f32::from(old.pos) / 100.0,
        found_at: old.found_at,
        held_ms: old.held_ms,
        tenderness: old.tenderness,
    }
}

/// A format 1 record as a format 2 record (not yet validated).
pub fn record_v1_to_v2(old: V1Record) -> SessionRecord {
    let routine = if old.zones == Zone::FULL_ROUTINE {
        RoutineKind::Full
    } else {
        RoutineKind::Custom
    };
    SessionRecord {
        id: old.id,
        started_at: old.started_at,
        ended_at: old.ended_at,
        routine,
        zones: old.zones,
        completed: old.completed,
        passes: old.passes,
        hot_spots: old.hot_spots.into_iter().map(hot_spot_v1_to_v2).collect(),
        pain_before: old.pain.before,
        pain_after: old.pain.after,
        note: old.note,
        active_ms: old.active_secs.saturating_mul(1000),
        routine_used: None,
        skipped: Vec::new(),
        rolled_ms: 0,
    }
}

/// A format 2 record as a format 3 record: the full routine becomes the article's routine.
pub fn record_v2_to_v3(mut record: SessionRecord) -> SessionRecord {
    if record.routine == RoutineKind::Full && record.routine_used.is_none() {
        record.routine_used = Some(RoutineUsed {
            id: ARTICLE_ID.to_string(),
            name: ARTICLE_NAME.to_string(),
            doses: Vec::new(),
            minutes: None,
        });
    }
    record
}
