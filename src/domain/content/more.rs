//! Words for the zones beyond the article's routine: glutes, hamstrings, calves, the
//! quadriceps and hip flexor face down, and the lats. Each zone has a position, a path
//! between two landmarks, how to change the pressure, and its own safety line.

use super::cards::Numbers;
use super::CardText;
use crate::domain::routine::Position;
use crate::domain::zone::{Side, Zone};

/// Glutes: stay on muscle, off the tailbone and the low back; a zing means a nerve.
pub const GLUTE_SAFETY: &str =
    "Stay on the buttock: off the tailbone and the lower back. A zing down the leg means move.";
/// Hamstrings and calves: the back of the knee holds nerves and vessels.
pub const KNEE_BACK_SAFETY: &str =
    "Roll around the back of the knee, not on it: ease off well before the crease.";
/// Calves: a swollen, hot calf may be a clot.
pub const CALF_SAFETY: &str =
    "Skip a swollen, red or hot calf: it can be a clot. Keep off the back of the knee.";
/// Hip flexor: roll around the bony point, never on it; a pulse or tingling means move.
pub const HIP_FRONT_SAFETY: &str =
    "Roll around the front of the hip bone, not on it. Feel a pulse or tingling? Move outwards.";
/// Lats: muscle between armpit and waist only.
pub const LATS_SAFETY: &str =
    "Stay between the armpit and the waist, off the lower back. Tingling in the arm means move.";
/// Quadriceps face down: off the kneecap and the hip bone, and a long low back.
pub const QUAD_SAFETY: &str =
    "Keep the roller off the kneecap and the hip bone, and your lower back long.";

/// The set-up card for one of the added positions; `None` for the article's own.
pub(super) fn setup(position: Position, n: &Numbers) -> Option<CardText> {
    let (title, steps, safety): (String, Vec<String>, &'static str) = match position {
        Position::SeatedGlute(side) => {
            let w = side.word();
            (
                format!("Set up: {w} glutes"),
                vec![
                    "Sit on the roller, hands on the floor behind you.".into(),
                    format!("Cross your {w} ankle over your other knee."),
                    format!("Lean onto your {w} buttock so the roller sits under it."),
                    "Lean further for more pressure. Press into your hands for less.".into(),
                ],
                GLUTE_SAFETY,
            )
        }
        Position::SeatedLeg(side) => {
            let w = side.word();
            (
                format!("Set up: {w} leg, seated"),
                vec![
                    format!("Sit with the roller under the back of your {w} thigh."),
                    "Hands on the floor behind you, fingers pointing to your feet.".into(),
                    "Lift your hips so your weight rests on the roller.".into(),
                    "Cross the other leg on top for more pressure. Keep that foot down for less."
                        .into(),
                ],
                KNEE_BACK_SAFETY,
            )
        }
        Position::Prone(side) => {
            let w = side.word();
            (
                format!("Set up: {w} thigh, face down"),
                vec![
                    "Lie face down, propped on your forearms.".into(),
                    format!("Put the roller across the front of your {w} thigh."),
                    "Bend the other knee out to the side and lean on it for less pressure.".into(),
                    "Straighten the other leg for more pressure.".into(),
                    "Tighten your belly a little so your lower back does not sag.".into(),
                ],
                HIP_FRONT_SAFETY,
            )
        }
        Position::SideLying(side) => {
            let w = side.word();
            (
                format!("Set up: {w} lats"),
                vec![
                    format!("Lie on your {w} side, {w} arm stretched above your head."),
                    "Put the roller under your side just below the armpit, across the body.".into(),
                    "Bend your top knee and plant that foot in front to steer.".into(),
                    "Turn a little towards the floor for more pressure, upwards for less.".into(),
                ],
                LATS_SAFETY,
            )
        }
        Position::SidePlank(_) | Position::FaceUp => return None,
    };
    Some(CardText {
        title,
        steps,
        numbers: vec![n.passes(), n.hold(), n.dose()],
        safety: Some(safety),
    })
}

/// The short pose line and safety line for a get-ready card.
pub(super) fn ready(zone: Zone) -> Option<(&'static str, &'static str)> {
    Some(match zone {
        Zone::GlutesLeft | Zone::GlutesRight => (
            "Seated on the roller, ankle over knee, lean in.",
            GLUTE_SAFETY,
        ),
        Zone::HamstringsLeft | Zone::HamstringsRight => {
            ("Seated, hips up, roller under the thigh.", KNEE_BACK_SAFETY)
        }
        Zone::CalvesLeft | Zone::CalvesRight => (
            "Seated, hips up, slide the roller under the calf.",
            CALF_SAFETY,
        ),
        Zone::QuadLeft | Zone::QuadRight => (
            "Face down on your forearms, roller under the thigh.",
            QUAD_SAFETY,
        ),
        Zone::HipFlexorLeft | Zone::HipFlexorRight => (
            "Face down, roller just below the front of the hip.",
            HIP_FRONT_SAFETY,
        ),
        Zone::LatsLeft | Zone::LatsRight => (
            "On your side, arm overhead, roller under the armpit.",
            LATS_SAFETY,
        ),
        _ => return None,
    })
}

/// The rolling card for one of the added zones.
pub(super) fn roll(zone: Zone, timed: Vec<String>) -> Option<CardText> {
    let w = zone.side().map(Side::word).unwrap_or("");
    let (title, steps, safety): (String, [&str; 3], &'static str) = match zone {
        Zone::GlutesLeft | Zone::GlutesRight => (
            format!("Roll your {w} glutes"),
            [
                "Roll short, slow strokes over the thick muscle of the buttock.",
                "Go from the top of the buttock down to the crease under it, then back.",
                "Found a tender spot? Tap Hot spot and breathe into it.",
            ],
            GLUTE_SAFETY,
        ),
        Zone::HamstringsLeft | Zone::HamstringsRight => (
            format!("Roll your {w} hamstrings"),
            [
                "Push with your hands to roll along the back of the thigh.",
                "From the crease under the buttock to just above the knee, then back.",
                "Turn the leg in and out a little to reach both edges.",
            ],
            KNEE_BACK_SAFETY,
        ),
        Zone::CalvesLeft | Zone::CalvesRight => (
            format!("Roll your {w} calf"),
            [
                "Slide the roller down under your calf and lift your hips.",
                "From just below the knee to just above the ankle, then back.",
                "On a tender spot, point and flex the foot slowly.",
            ],
            CALF_SAFETY,
        ),
        Zone::QuadLeft | Zone::QuadRight => (
            format!("Roll your {w} quadriceps"),
            [
                "Pull with your forearms to roll along the front of the thigh.",
                "Roll from under the hip bone down to the top of the kneecap, then back.",
                "Go slowly. Stop on any hot spot and breathe deep.",
            ],
            QUAD_SAFETY,
        ),
        Zone::HipFlexorLeft | Zone::HipFlexorRight => (
            format!("Roll your {w} hip flexor"),
            [
                "Start just below and outside the bony point at the front of your hip.",
                "Roll short strokes about a hand's width down the thigh, then back.",
                "Tip a little to the outside to reach the muscle beside the bone.",
            ],
            HIP_FRONT_SAFETY,
        ),
        Zone::LatsLeft | Zone::LatsRight => (
            format!("Roll your {w} lats"),
            [
                "Push with your top foot to roll along the side of your back.",
                "From the bottom of your ribs up to just below the armpit, then back.",
                "Keep the arm long overhead and your breath slow.",
            ],
            LATS_SAFETY,
        ),
        _ => return None,
    };
    Some(CardText {
        title,
        steps: steps.iter().map(|s| s.to_string()).collect(),
        numbers: timed,
        safety: Some(safety),
    })
}
