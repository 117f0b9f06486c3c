//! Tests of the zone list: names, keys, sides and the no-roll zone.

use super::*;

#[test]
fn only_the_lower_back_is_off_limits() {
    let off: Vec<_> = Zone::ALL.iter().filter(|z| !z.rollable()).collect();
    assert_eq!(off, vec![&Zone::LowerBack]);
    assert!(Zone::FULL_ROUTINE.iter().all(|z| z.rollable()));
}

#[test]
fn every_zone_has_a_unique_name_and_key_and_a_mirror_twin() {
    for zone in Zone::ALL {
        assert_eq!(zone.mirror().mirror(), zone);
        assert_eq!(zone.mirror().side(), zone.side().map(Side::other));
        assert_eq!(
            Zone::ALL
                .iter()
                .filter(|z| z.label() == zone.label())
                .count(),
            1
        );
        assert_eq!(
            Zone::ALL.iter().filter(|z| z.key() == zone.key()).count(),
            1
        );
        if let Some(side) = zone.side() {
            assert!(
                zone.label().ends_with(&format!(", {}", side.word())),
                "{zone:?}"
            );
            assert!(zone.phrase().starts_with(side.word()), "{zone:?}");
        }
    }
    for zone in Zone::MORE {
        assert!(Zone::ALL.contains(&zone) && zone.rollable());
        let (from, to) = zone.path_ends();
        assert!(!from.is_empty() && !to.is_empty() && from != to);
    }
}

#[test]
fn new_zones_use_the_contract_names() {
    let names: Vec<_> = Zone::MORE.iter().map(|z| z.label()).collect();
    assert_eq!(
        names,
        [
            "Glutes, left",
            "Glutes, right",
            "Hamstrings, left",
            "Hamstrings, right",
            "Calves, left",
            "Calves, right",
            "Hip flexor, left",
            "Hip flexor, right",
            "Lats, left",
            "Lats, right",
        ]
    );
}

#[test]
fn keys_round_trip_through_serde() {
    for zone in Zone::ALL {
        let json = serde_json::to_string(&zone).unwrap();
        assert_eq!(json, format!("\"{}\"", zone.key()));
        assert_eq!(serde_json::from_str::<Zone>(&json).unwrap(), zone);
    }
}
