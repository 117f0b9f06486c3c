//! Words for the zones beyond the article's routine: glutes, hamstrings, calves, the
//! quadriceps and hip flexor face down, and the lats. Each zone has a position, a path
//! between two landmarks, how to change the pressure, and its own safety line.

use super::numbers::Numbers;
use super::{CardText, SafetyRule};
use crate::i18n::{msg, Catalogue, Tr};
use crate::routine::Position;
use crate::zone::{Side, Zone};

/// Glutes: stay on muscle, off the tailbone and the low back; a zing means a nerve.
pub const GLUTE_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Stay on the buttock: off the tailbone and the lower back. A zing down the leg means move.",
));
/// Hamstrings and calves: the back of the knee holds nerves and vessels.
pub const KNEE_BACK_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Roll around the back of the knee, not on it: ease off well before the crease.",
));
/// Calves: a swollen, hot calf may be a clot.
pub const CALF_SAFETY: SafetyRule = SafetyRule::clinician(msg(
    "Red, hot or swollen calf? Do not roll: it can be a clot. Keep off the back of the knee.",
));
/// Hip flexor: roll around the bony point, never on it; a pulse or tingling means move.
pub const HIP_FRONT_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Roll around the front of the hip bone, not on it. Feel a pulse or tingling? Move outwards.",
));
/// Lats: muscle between armpit and waist only.
pub const LATS_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Stay between the armpit and the waist, off the lower back. Tingling in the arm means move.",
));
/// Quadriceps face down: off the kneecap and the hip bone, and a long low back.
pub const QUAD_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Keep the roller off the kneecap and the hip bone, and your lower back long.",
));

/// The set-up card for one of the added positions; `None` for the article's own.
pub(super) fn setup(position: Position, n: &Numbers) -> Option<CardText> {
    let tr = n.tr;
    let (title, steps, safety): (String, Vec<String>, SafetyRule) = match position {
        Position::SeatedGlute(side) => {
            let w = tr.t(side.word());
            let side = [("side", w.as_str())];
            (
                tr.tf("Set up: {side} glutes", &side),
                vec![
                    tr.t("Sit on the roller, hands on the floor behind you."),
                    tr.tf("Cross your {side} ankle over your other knee.", &side),
                    tr.tf(
                        "Lean onto your {side} buttock so the roller sits under it.",
                        &side,
                    ),
                    tr.t("Lean further for more pressure. Press into your hands for less."),
                ],
                GLUTE_SAFETY,
            )
        }
        Position::SeatedLeg(side) => {
            let w = tr.t(side.word());
            let side = [("side", w.as_str())];
            (
                tr.tf("Set up: {side} leg, seated", &side),
                vec![
                    tr.tf("Sit with the roller under the back of your {side} thigh.", &side),
                    tr.t("Hands on the floor behind you, fingers pointing to your feet."),
                    tr.t("Lift your hips so your weight rests on the roller."),
                    tr.t("Cross the other leg on top for more pressure. Keep that foot down for less."),
                ],
                KNEE_BACK_SAFETY,
            )
        }
        Position::Prone(side) => {
            let w = tr.t(side.word());
            let side = [("side", w.as_str())];
            (
                tr.tf("Set up: {side} thigh, face down", &side),
                vec![
                    tr.t("Lie face down, propped on your forearms."),
                    tr.tf(
                        "Put the roller across the front of your {side} thigh.",
                        &side,
                    ),
                    tr.t("Bend the other knee out to the side and lean on it for less pressure."),
                    tr.t("Straighten the other leg for more pressure."),
                    tr.t("Tighten your belly a little so your lower back does not sag."),
                ],
                HIP_FRONT_SAFETY,
            )
        }
        Position::SideLying(side) => {
            let w = tr.t(side.word());
            let side = [("side", w.as_str())];
            (
                tr.tf("Set up: {side} lats", &side),
                vec![
                    tr.tf(
                        "Lie on your {side} side, {side} arm stretched above your head.",
                        &side,
                    ),
                    tr.t("Put the roller under your side just below the armpit, across the body."),
                    tr.t("Bend your top knee and plant that foot in front to steer."),
                    tr.t("Turn a little towards the floor for more pressure, upwards for less."),
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
        safety: Some(safety.line(tr)),
    })
}

/// The short pose line and safety line for a get-ready card.
pub(super) fn ready(zone: Zone) -> Option<(&'static str, SafetyRule)> {
    Some(match zone {
        Zone::GlutesLeft | Zone::GlutesRight => (
            msg("Seated on the roller, ankle over knee, lean in."),
            GLUTE_SAFETY,
        ),
        Zone::HamstringsLeft | Zone::HamstringsRight => (
            msg("Seated, hips up, roller under the thigh."),
            KNEE_BACK_SAFETY,
        ),
        Zone::CalvesLeft | Zone::CalvesRight => (
            msg("Seated, hips up, slide the roller under the calf."),
            CALF_SAFETY,
        ),
        Zone::QuadLeft | Zone::QuadRight => (
            msg("Face down on your forearms, roller under the thigh."),
            QUAD_SAFETY,
        ),
        Zone::HipFlexorLeft | Zone::HipFlexorRight => (
            msg("Face down, roller just below the front of the hip."),
            HIP_FRONT_SAFETY,
        ),
        Zone::LatsLeft | Zone::LatsRight => (
            msg("On your side, arm overhead, roller under the armpit."),
            LATS_SAFETY,
        ),
        _ => return None,
    })
}

/// The rolling card for one of the added zones.
pub(super) fn roll(zone: Zone, timed: Vec<String>, tr: &Catalogue) -> Option<CardText> {
    let w = tr.t(zone.side().map(Side::word).unwrap_or(""));
    let side = [("side", w.as_str())];
    let (title, steps, safety): (String, [&str; 3], SafetyRule) = match zone {
        Zone::GlutesLeft | Zone::GlutesRight => (
            tr.tf("Roll your {side} glutes", &side),
            [
                msg("Roll short, slow strokes over the thick muscle of the buttock."),
                msg("Go from the top of the buttock down to the crease under it, then back."),
                msg("Found a tender spot? Tap Hot spot and breathe into it."),
            ],
            GLUTE_SAFETY,
        ),
        Zone::HamstringsLeft | Zone::HamstringsRight => (
            tr.tf("Roll your {side} hamstrings", &side),
            [
                msg("Push with your hands to roll along the back of the thigh."),
                msg("From the crease under the buttock to just above the knee, then back."),
                msg("Turn the leg in and out a little to reach both edges."),
            ],
            KNEE_BACK_SAFETY,
        ),
        Zone::CalvesLeft | Zone::CalvesRight => (
            tr.tf("Roll your {side} calf", &side),
            [
                msg("Slide the roller down under your calf and lift your hips."),
                msg("From just below the knee to just above the ankle, then back."),
                msg("On a tender spot, point and flex the foot slowly."),
            ],
            CALF_SAFETY,
        ),
        Zone::QuadLeft | Zone::QuadRight => (
            tr.tf("Roll your {side} quadriceps", &side),
            [
                msg("Pull with your forearms to roll along the front of the thigh."),
                msg("Roll from under the hip bone down to the top of the kneecap, then back."),
                msg("Go slowly. Stop on any hot spot and breathe deep."),
            ],
            QUAD_SAFETY,
        ),
        Zone::HipFlexorLeft | Zone::HipFlexorRight => (
            tr.tf("Roll your {side} hip flexor", &side),
            [
                msg("Start just below and outside the bony point at the front of your hip."),
                msg("Roll short strokes about a hand's width down the thigh, then back."),
                msg("Tip a little to the outside to reach the muscle beside the bone."),
            ],
            HIP_FRONT_SAFETY,
        ),
        Zone::LatsLeft | Zone::LatsRight => (
            tr.tf("Roll your {side} lats", &side),
            [
                msg("Push with your top foot to roll along the side of your back."),
                msg("From the bottom of your ribs up to just below the armpit, then back."),
                msg("Keep the arm long overhead and your breath slow."),
            ],
            LATS_SAFETY,
        ),
        _ => return None,
    };
    Some(CardText {
        title,
        steps: steps.iter().map(|s| tr.t(s)).collect(),
        numbers: timed,
        safety: Some(safety.line(tr)),
    })
}
