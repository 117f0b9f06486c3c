//! Native tests of the store. Golden files for the formats live in
//! `crates/domain/tests/native/store_golden.rs`.

use crate::record::{HotSpot, RoutineKind, SessionRecord, ZonePasses};
use crate::zone::Zone;

mod load;
#[cfg(not(target_arch = "wasm32"))]
mod props;
mod save;
mod transfer;

const NOW: u64 = 1_795_510_800_000;

/// A small valid record.
fn record(id: &str, started_at: u64) -> SessionRecord {
    SessionRecord {
        id: id.to_string(),
        started_at,
        ended_at: started_at + 600_000,
        routine: RoutineKind::Full,
        zones: Zone::FULL_ROUTINE.to_vec(),
        completed: true,
        passes: vec![ZonePasses {
            zone: Zone::ItBandLeft,
            passes: 4,
        }],
        hot_spots: vec![HotSpot {
            zone: Zone::UpperBack,
            position: 0.25,
            found_at: started_at + 60_000,
            held_ms: 30_000,
            tenderness: Some(6),
        }],
        pain_before: Some(5),
        pain_after: Some(2),
        note: "felt good".into(),
        active_ms: 540_000,
        routine_used: None,
        skipped: Vec::new(),
        rolled_ms: 0,
    }
}

/// A stand-in for the session type written elsewhere: the store is generic over it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct TestSession {
    step: u32,
    deadline: u64,
}
