//! The seeded history in `tests/fixtures/history-30.json` and how it was made.
//!
//! 30 sessions on 28 days over the six weeks Mon 3 Feb – Sun 16 Mar 2025, seen by a
//! person in UTC+1 on Sunday 16 March at noon. The numbers are chosen so tests can
//! assert them exactly:
//! - streaks: current 3 (Thu 13 – Sat 15 Mar, today not rolled yet), longest 7
//!   (Mon 17 – Sun 23 Feb), 28 days rolled; two sessions on Wed 19 Feb and Fri 14 Mar;
//! - three sessions ended early (no pain after), three not rated at all: 27 "before"
//!   points and 24 "after" points, an average change of exactly −2.0, lower after in
//!   23 of 24;
//! - the last 8 sessions: right IT band two thirds down in 6 (tenderness 7 7 6 6 5 4,
//!   easing), left IT band a third down in 3 (4 4 4, steady), left shoulder blade
//!   halfway up in 2;
//! - Fri 28 Feb's session starts at 00:20 local time, 23:20 UTC the day before.

use crate::progress::dates::{day_start, DayNumber, LocalDate};
use crate::record::{EpochMs, HotSpot, RoutineKind, SessionRecord, ZonePasses};
use crate::zone::Zone;

/// The person's offset in the fixture: UTC+1.
pub const OFFSET: i32 = 60;
/// Monday 3 February 2025, the first day of the fixture.
pub fn first_day() -> DayNumber {
    LocalDate {
        year: 2025,
        month: 2,
        day: 3,
    }
    .to_day()
}
/// Sunday 16 March 2025, 12:00 local time.
pub const FIXTURE_TODAY: EpochMs = 1_742_122_800_000;

const FIXTURE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/history-30.json"
);

/// The fixture, read from disk.
pub fn fixture() -> Vec<SessionRecord> {
    let text = std::fs::read_to_string(FIXTURE_PATH).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A bare session on a day (day number) at a local hour.
pub fn record_on(day: DayNumber, hour: u64, completed: bool) -> SessionRecord {
    let start = day_start(day, OFFSET) + hour * 3_600_000;
    SessionRecord {
        id: format!("{start}"),
        started_at: start,
        ended_at: start + 600_000,
        routine: RoutineKind::Full,
        zones: Zone::FULL_ROUTINE.to_vec(),
        completed,
        passes: vec![],
        hot_spots: vec![],
        pain_before: None,
        pain_after: None,
        note: String::new(),
        active_ms: 540_000,
        routine_used: None,
        skipped: Vec::new(),
        rolled_ms: 0,
    }
}

fn spot(zone: Zone, position: f32, tenderness: u8) -> (Zone, f32, u8) {
    (zone, position, tenderness)
}

/// Builds the fixture (see the module docs for the design).
pub fn generate() -> Vec<SessionRecord> {
    // (day index from Mon 3 Feb, local minutes after midnight).
    let rolled: [usize; 28] = [
        0, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 22, 23, 25, 26, 28, 29, 31, 33,
        36, 38, 39, 40,
    ];
    let mut starts: Vec<(usize, u64)> = Vec::new();
    for &d in &rolled {
        let minutes = if d == 25 { 20 } else { 7 * 60 + 30 };
        starts.push((d, minutes));
        if d == 16 || d == 39 {
            starts.push((d, 19 * 60));
        }
    }
    let partial = [5, 17, 26];
    let unrated = [2, 11, 20];
    let mut rated = 0usize;
    starts
        .iter()
        .enumerate()
        .map(|(k, &(d, minutes))| {
            let start = day_start(first_day() + d as DayNumber, OFFSET) + minutes * 60_000;
            let active = (9 + (k as u64 % 4)) * 60_000;
            let zones: Vec<Zone> = if k == 9 || k == 21 {
                vec![
                    Zone::ItBandLeft,
                    Zone::ItBandRight,
                    Zone::QuadLeft,
                    Zone::QuadRight,
                ]
            } else {
                Zone::FULL_ROUTINE.to_vec()
            };
            let completed = !partial.contains(&k);
            let before = (!unrated.contains(&k)).then(|| 7 - (k / 8) as u8);
            let after = match (before, completed) {
                (Some(b), true) => {
                    let change = match rated {
                        0 => 4,
                        23 => 0,
                        j => [2, 3, 1, 2][j % 4],
                    };
                    rated += 1;
                    Some(b - change)
                }
                _ => None,
            };
            let mut spots: Vec<(Zone, f32, u8)> = Vec::new();
            if k < 22 {
                if k % 3 != 2 {
                    spots.push(spot(Zone::ItBandRight, 0.68, 8));
                }
                if k % 5 == 0 {
                    spots.push(spot(Zone::UpperBack, 0.4, 3));
                }
            } else {
                let right = [
                    (22, 0.62, 7),
                    (23, 0.66, 7),
                    (25, 0.7, 6),
                    (26, 0.68, 6),
                    (28, 0.72, 5),
                    (29, 0.64, 4),
                ];
                if let Some(&(_, p, t)) = right.iter().find(|r| r.0 == k) {
                    spots.push(spot(Zone::ItBandRight, p, t));
                }
                if [23, 26, 29].contains(&k) {
                    spots.push(spot(Zone::ItBandLeft, 0.3, 4));
                }
                match k {
                    24 => spots.push(spot(Zone::ShoulderBladeLeft, 0.5, 3)),
                    27 => spots.push(spot(Zone::ShoulderBladeLeft, 0.52, 5)),
                    _ => {}
                }
            }
            // Left side first, as the routine rolls it.
            crate::order::sort_by_key(&mut spots, |s| s.0);
            SessionRecord {
                id: format!("{start}-{:04x}", (k * 7919) % 65_536),
                started_at: start,
                ended_at: start + active + 60_000,
                routine: if zones.len() == 4 {
                    RoutineKind::Custom
                } else {
                    RoutineKind::Full
                },
                passes: zones
                    .iter()
                    .map(|&zone| ZonePasses { zone, passes: 4 })
                    .collect(),
                hot_spots: spots
                    .iter()
                    .enumerate()
                    .map(|(i, &(zone, position, t))| HotSpot {
                        zone,
                        position,
                        found_at: start + 60_000 * (i as u64 + 1),
                        held_ms: 30_000,
                        tenderness: Some(t),
                    })
                    .collect(),
                zones,
                completed,
                pain_before: before,
                pain_after: after,
                note: String::new(),
                active_ms: active,
                routine_used: None,
                skipped: Vec::new(),
                rolled_ms: 0,
            }
        })
        .collect()
}

#[test]
fn the_fixture_file_is_what_the_generator_makes() {
    let json = serde_json::to_string_pretty(&generate()).unwrap() + "\n";
    if std::env::var_os("UNKNOT_WRITE_FIXTURE").is_some() {
        std::fs::write(FIXTURE_PATH, &json).unwrap();
    }
    assert_eq!(std::fs::read_to_string(FIXTURE_PATH).unwrap(), json);
    assert_eq!(fixture().len(), 30);
    assert_eq!(
        day_start(first_day() + 41, OFFSET) + 12 * 3_600_000,
        FIXTURE_TODAY
    );
}
