use super::*;
use crate::progress::test_support::{first_day, fixture, record_on};
use crate::record::HotSpot;

#[test]
fn fixture_hottest_spot() {
    let top = hottest(&fixture(), 8, Bins::Fifths).unwrap();
    assert_eq!(
        (top.zone, top.bin, top.sessions, top.window),
        (Zone::ItBandRight, 3, 6, 8)
    );
    assert_eq!(
        top.describe(),
        "Right IT band, two thirds down: 6 of the last 8 sessions"
    );
    assert_eq!(top.trend, Trend::Easing);
    assert!(top.slope.unwrap() < -0.3);
    assert_eq!(top.position(), 0.7);
}

#[test]
fn fixture_ranking_and_heat() {
    let map = knot_map(&fixture(), 8, Bins::Fifths);
    let rows: Vec<(Zone, usize, u32, Trend)> = map
        .iter()
        .map(|s| (s.zone, s.bin, s.sessions, s.trend))
        .collect();
    assert_eq!(
        rows,
        vec![
            (Zone::ItBandRight, 3, 6, Trend::Easing),
            (Zone::ItBandLeft, 1, 3, Trend::Steady),
            (Zone::ShoulderBladeLeft, 2, 2, Trend::Unknown),
        ]
    );
    assert_eq!(
        map[1].describe(),
        "Left IT band, a third of the way down: 3 of the last 8 sessions"
    );
    assert_eq!(
        map[2].describe(),
        "Left shoulder blade, halfway up: 2 of the last 8 sessions"
    );
    assert_eq!(
        heat(&map),
        vec![
            (Zone::ItBandRight, 0.7, 0.75),
            (Zone::ItBandLeft, 0.3, 0.375),
            (Zone::ShoulderBladeLeft, 0.5, 0.25)
        ]
    );
    // Over the whole history the right IT band still leads.
    let all = knot_map(&fixture(), 100, Bins::Thirds);
    assert_eq!(
        (all[0].zone, all[0].bin, all[0].window),
        (Zone::ItBandRight, 2, 30)
    );
    assert_eq!(
        all[0].describe(),
        "Right IT band, near the knee: 18 of the last 30 sessions"
    );
}

#[test]
fn bins_and_words() {
    assert_eq!(Bins::Thirds.bin_of(0.0), 0);
    assert_eq!(Bins::Thirds.bin_of(0.34), 1);
    assert_eq!(Bins::Thirds.bin_of(1.0), 2);
    assert_eq!(Bins::Fifths.bin_of(0.66), 3);
    assert_eq!(Bins::Fifths.bin_of(-1.0), 0);
    assert_eq!(Bins::Fifths.bin_of(f32::NAN), 0);
    assert_eq!(Bins::Fifths.centre(4), 0.9);
    assert_eq!(Bins::Thirds.phrase(Zone::QuadLeft, 0), "near the hip");
    assert_eq!(
        Bins::Fifths.phrase(Zone::UpperBack, 4),
        "near the base of the neck"
    );
}

#[test]
fn several_spots_in_one_bin_count_one_session_at_the_highest_tenderness() {
    let mut history = Vec::new();
    for (i, t) in [6u8, 5, 4].into_iter().enumerate() {
        let mut r = record_on(first_day() + i as i64, 8, true);
        let hs = |position, tenderness| HotSpot {
            zone: Zone::QuadRight,
            position,
            found_at: 0,
            held_ms: 20_000,
            tenderness: Some(tenderness),
        };
        r.hot_spots = vec![hs(0.1, 1), hs(0.15, t)];
        history.push(r);
    }
    let map = knot_map(&history, 8, Bins::Fifths);
    assert_eq!(map.len(), 1);
    assert_eq!((map[0].sessions, map[0].window), (3, 3));
    assert_eq!(map[0].slope, Some(-1.0));
    assert_eq!(
        map[0].describe(),
        "Right quadriceps, just below the hip: 3 of the last 3 sessions"
    );
    history.truncate(1);
    assert_eq!(
        knot_map(&history, 8, Bins::Fifths)[0].describe(),
        "Right quadriceps, just below the hip: your last session"
    );
    assert!(knot_map(&[], 8, Bins::Fifths).is_empty());
}

#[test]
fn slope_by_least_squares() {
    assert_eq!(slope(&[(0.0, 1.0), (1.0, 3.0), (2.0, 5.0)]), Some(2.0));
    assert_eq!(slope(&[(0.0, 1.0), (1.0, 1.0)]), Some(0.0));
    assert_eq!(slope(&[(1.0, 1.0), (1.0, 4.0)]), None);
    assert_eq!(slope(&[(1.0, 1.0)]), None);
}
