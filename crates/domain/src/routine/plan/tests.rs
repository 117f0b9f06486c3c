//! The routine plan's tests.

use super::*;
use Side::{Left, Right};
use Zone::*;

#[test]
fn the_full_routine_follows_the_article() {
    let cards = plan(&Zone::FULL_ROUTINE, false);
    assert_eq!(
        cards,
        vec![
            Card::PainBefore,
            Card::Setup(Position::SidePlank(Left)),
            Card::GetReady(ItBandLeft),
            Card::Roll(ItBandLeft),
            Card::SwitchSide(Right),
            Card::GetReady(ItBandRight),
            Card::Roll(ItBandRight),
            Card::Setup(Position::FaceUp),
            Card::GetReady(UpperBack),
            Card::Roll(UpperBack),
            Card::GetReady(ShoulderBladeLeft),
            Card::Roll(ShoulderBladeLeft),
            Card::GetReady(ShoulderBladeRight),
            Card::Roll(ShoulderBladeRight),
            Card::Breathe,
            Card::PainAfter,
            Card::Summary,
        ]
    );
    assert_eq!(plan(&Zone::FULL_ROUTINE, true)[0], Card::Safety);
    assert_eq!(plan(&Zone::FULL_ROUTINE, true)[1..], cards[..]);
}

#[test]
fn custom_sets_drop_the_lower_back_and_duplicates_and_keep_roll_order() {
    let cards = plan(
        &[UpperBack, LowerBack, QuadRight, ItBandRight, UpperBack],
        false,
    );
    assert_eq!(
        cards,
        vec![
            Card::PainBefore,
            Card::Setup(Position::SidePlank(Right)),
            Card::GetReady(ItBandRight),
            Card::Roll(ItBandRight),
            Card::Setup(Position::Prone(Right)),
            Card::GetReady(QuadRight),
            Card::Roll(QuadRight),
            Card::Setup(Position::FaceUp),
            Card::GetReady(UpperBack),
            Card::Roll(UpperBack),
            Card::Breathe,
            Card::PainAfter,
            Card::Summary,
        ]
    );
}

#[test]
fn quads_and_hip_flexors_share_the_prone_position_of_their_side() {
    let cards = plan(
        &[HipFlexorRight, QuadLeft, QuadRight, ShoulderBladeRight],
        false,
    );
    assert_eq!(
        cards[1..11],
        [
            Card::Setup(Position::Prone(Left)),
            Card::GetReady(QuadLeft),
            Card::Roll(QuadLeft),
            Card::Setup(Position::Prone(Right)),
            Card::GetReady(QuadRight),
            Card::Roll(QuadRight),
            Card::GetReady(HipFlexorRight),
            Card::Roll(HipFlexorRight),
            Card::Setup(Position::FaceUp),
            Card::GetReady(ShoulderBladeRight),
        ]
    );
}

#[test]
fn every_zone_alone_is_set_up_then_rolled() {
    for zone in Zone::ALL.into_iter().filter(|z| z.rollable()) {
        let pos = Position::of(zone).unwrap();
        if pos != Position::FaceUp {
            assert_eq!(pos.side(), zone.side(), "{zone:?}");
        }
        assert_eq!(
            plan(&[zone], false),
            vec![
                Card::PainBefore,
                Card::Setup(pos),
                Card::GetReady(zone),
                Card::Roll(zone),
                Card::Breathe,
                Card::PainAfter,
                Card::Summary,
            ],
            "{zone:?}"
        );
    }
}

#[test]
fn every_rollable_zone_has_a_place_in_the_roll_order() {
    for zone in Zone::ALL {
        assert_eq!(ROLL_ORDER.contains(&zone), zone.rollable(), "{zone:?}");
    }
    let all = plan(&Zone::ALL, false);
    let rolled: Vec<Zone> = all
        .iter()
        .filter_map(|c| matches!(c, Card::Roll(_)).then(|| c.zone()).flatten())
        .collect();
    assert_eq!(rolled, ROLL_ORDER.to_vec());
    // Each position is set up once: the order keeps a position's zones together.
    let setups = all
        .iter()
        .filter(|c| matches!(c, Card::Setup(_) | Card::SwitchSide(_)));
    assert_eq!(setups.count(), Position::ALL.len());
}

#[test]
fn any_order_is_kept_as_given() {
    let cards = plan_in_order(
        &[LatsRight, GlutesLeft, LatsRight, LowerBack, CalvesLeft],
        false,
    );
    let rolled: Vec<Zone> = cards
        .iter()
        .filter_map(|c| match c {
            Card::Roll(z) => Some(*z),
            _ => None,
        })
        .collect();
    assert_eq!(rolled, vec![LatsRight, GlutesLeft, CalvesLeft]);
    assert_eq!(cards[1], Card::Setup(Position::SideLying(Right)));
    assert!(cards.contains(&Card::Setup(Position::SeatedLeg(Left))));
}

#[test]
fn position_keys_are_unique() {
    for p in Position::ALL {
        assert_eq!(
            Position::ALL.iter().filter(|q| q.key() == p.key()).count(),
            1
        );
    }
    assert_eq!(Position::SeatedGlute(Left).key(), "seated-glute-left");
}

#[test]
fn no_rollable_zone_leaves_just_the_bookends() {
    let expected = vec![
        Card::PainBefore,
        Card::Breathe,
        Card::PainAfter,
        Card::Summary,
    ];
    assert_eq!(plan(&[LowerBack], false), expected);
    assert_eq!(plan(&[], false), expected);
}

#[test]
fn timed_cards_take_their_durations_from_settings() {
    let s = Settings {
        passes_per_side: 4,
        secs_per_pass: 10,
        get_ready_secs: 5,
        breaths: 6,
        ..Settings::default()
    };
    assert_eq!(Card::GetReady(UpperBack).duration_ms(&s), Some(5_000));
    assert_eq!(Card::Roll(UpperBack).duration_ms(&s), Some(40_000));
    assert_eq!(Card::Breathe.duration_ms(&s), Some(60_000));
    for manual in [
        Card::Safety,
        Card::PainBefore,
        Card::Setup(Position::FaceUp),
        Card::SwitchSide(Left),
        Card::PainAfter,
        Card::Summary,
    ] {
        assert_eq!(manual.duration_ms(&s), None);
        assert!(!manual.is_timed());
    }
}

#[test]
fn cards_serialize_with_a_tag() {
    let json = serde_json::to_string(&Card::Setup(Position::SidePlank(Left))).unwrap();
    assert_eq!(json, r#"{"card":"setup","of":{"side-plank":"left"}}"#);
    assert_eq!(
        serde_json::to_string(&Card::Breathe).unwrap(),
        r#"{"card":"breathe"}"#
    );
    for card in plan(&Zone::ALL, true) {
        let back: Card = serde_json::from_str(&serde_json::to_string(&card).unwrap()).unwrap();
        assert_eq!(back, card);
    }
}
