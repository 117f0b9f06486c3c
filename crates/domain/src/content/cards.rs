//! The text of each step-by-step card, with the person's own numbers filled in.

use super::numbers::Numbers;
use super::{CardText, SafetyRule, BREATH_IN_SECS, BREATH_OUT_SECS, EASE_OFF};
use crate::i18n::{msg, Catalogue, Tr};
use crate::routine::{Card, Position};
use crate::settings::{Settings, BREATHS};
use crate::zone::{Side, Zone};

/// Safety line for the thigh cards: muscle only.
const THIGH_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Roll on muscle only: keep the roller off the knee and the hip bone.",
));
/// Safety line for the back cards: never the lumbar spine.
const BACK_SAFETY: SafetyRule = SafetyRule::stop(msg(
    "Keep the roller above the lower back. Never roll the lumbar spine.",
));

/// Everything a card shows, given the person's settings, in English (the keys).
pub fn card_text(card: Card, settings: &Settings) -> CardText {
    card_text_in(card, settings, &Catalogue::english())
}

/// Everything a card shows, given the person's settings, in the language of `tr`.
pub fn card_text_in(card: Card, settings: &Settings, tr: &Catalogue) -> CardText {
    let n = Numbers::from(
        tr,
        &card
            .zone()
            .map_or_else(|| settings.clone(), |z| settings.for_zone(z)),
    );
    match card {
        Card::Safety => safety(tr),
        Card::PainBefore => text(
            tr,
            msg("How is your back right now?"),
            &[
                msg("Rate your back pain from 0 (none) to 10 (worst)."),
                msg("Go with your first answer. It is only for your own trend."),
            ],
            vec![tr.t("Pain 0–10")],
            Some(SafetyRule::clinician(msg(
                "New, severe pain or pain after a fall? See a clinician before you roll.",
            ))),
        ),
        Card::Setup(Position::SidePlank(side)) => setup_side_plank(side, &n),
        Card::Setup(Position::FaceUp) => setup_face_up(&n),
        Card::Setup(other) => super::more::setup(other, &n).unwrap_or_else(|| setup_face_up(&n)),
        Card::SwitchSide(side) => {
            let side = tr.t(side.word());
            CardText {
                title: tr.tf("Switch to the {side} side", &[("side", &side)]),
                steps: vec![
                    tr.t("Roll off the roller and turn over."),
                    tr.tf(
                        "Now the other side: set up the same way under your {side} thigh.",
                        &[("side", &side)],
                    ),
                    tr.t("Same path, same slow pace, same passes."),
                ],
                numbers: vec![n.passes()],
                safety: Some(
                    SafetyRule::stop(msg("Roller slipping as you turn? Stop, sit up and set it back."))
                        .line(tr),
                ),
            }
        }
        Card::GetReady(zone) => get_ready(zone, &n),
        Card::Roll(zone) => roll(zone, &n),
        Card::Breathe => {
            let (inhale, exhale) = (BREATH_IN_SECS.to_string(), BREATH_OUT_SECS.to_string());
            let secs = [("in", inhale.as_str()), ("out", exhale.as_str())];
            CardText {
                title: tr.t("Breathe it out"),
                steps: vec![
                    tr.t("Roll off and lie on your back, knees bent, feet flat."),
                    tr.tf("Breathe in through your nose for {in} s.", &secs),
                    tr.tf("Breathe out through your mouth for {out} s.", &secs),
                    tr.t("Let your back sink into the floor with each breath out."),
                ],
                numbers: vec![
                    tr.tf(
                        "{n} deep breaths ({min}–{max})",
                        &[
                            ("n", &n.breaths.to_string()),
                            ("min", &BREATHS.start().to_string()),
                            ("max", &BREATHS.end().to_string()),
                        ],
                    ),
                    tr.tf("{in} s in, {out} s out", &secs),
                ],
                safety: Some(
                    SafetyRule::stop(msg("Feeling dizzy? Stop, sit up slowly and breathe normally."))
                        .line(tr),
                ),
            }
        }
        Card::PainAfter => text(
            tr,
            msg("How is your back now?"),
            &[
                msg("Rate your back pain again, 0 to 10."),
                msg("Some tenderness in the muscle is normal. It should settle within a day or two."),
            ],
            vec![tr.t("Pain 0–10")],
            Some(SafetyRule::clinician(msg(
                "Worse tomorrow, or pain spreading down a leg? Stop rolling and see a clinician.",
            ))),
        ),
        Card::Summary => text(
            tr,
            msg("Well done"),
            &[
                msg("Thighs rolled, upper back rolled, breath slowed."),
                msg("Your back got real care today. See you next time."),
            ],
            Vec::new(),
            None,
        ),
    }
}

/// The dose as time for Settings: the seconds each zone gets and the evidence range.
pub fn dose_line(settings: &Settings, tr: &Catalogue) -> String {
    let n = Numbers::from(tr, settings);
    tr.tf(
        "Each zone gets {secs} s ({passes} passes × {pass} s), plus any holds. Studies suggest about 30–120 s per muscle.",
        &[
            ("secs", &(u32::from(n.passes) * u32::from(n.pass_secs)).to_string()),
            ("passes", &n.passes.to_string()),
            ("pass", &n.pass_secs.to_string()),
        ],
    )
}

fn text(
    tr: &Catalogue,
    title: &str,
    steps: &[&str],
    numbers: Vec<String>,
    safety: Option<SafetyRule>,
) -> CardText {
    CardText {
        title: tr.t(title),
        steps: steps.iter().map(|s| tr.t(s)).collect(),
        numbers,
        safety: safety.map(|s| s.line(tr)),
    }
}

fn safety(tr: &Catalogue) -> CardText {
    let mut steps = Vec::new();
    for level in super::SAFETY_LEVELS {
        steps.extend(level.items().map(|i| tr.t(i)));
    }
    steps.push(tr.t(EASE_OFF));
    CardText {
        title: tr.t("Before you roll"),
        steps,
        numbers: Vec::new(),
        safety: None,
    }
}

fn setup_side_plank(side: Side, n: &Numbers) -> CardText {
    let tr = n.tr;
    let w = tr.t(side.word());
    let side = [("side", w.as_str())];
    CardText {
        title: tr.tf("Set up: {side} IT band", &side),
        steps: vec![
            tr.tf(
                "Lie on your {side} side with the roller under your outer thigh.",
                &side,
            ),
            tr.t("Turn the roller perpendicular to your body: across the leg, not along it."),
            tr.tf("Prop up on your {side} forearm into a side plank.", &side),
            tr.t("Stack your feet for more pressure. Put your top foot down in front for less."),
        ],
        numbers: vec![n.passes(), n.hold(), n.dose()],
        safety: Some(THIGH_SAFETY.line(tr)),
    }
}

fn setup_face_up(n: &Numbers) -> CardText {
    let tr = n.tr;
    CardText {
        title: tr.t("Set up: upper back"),
        steps: vec![
            tr.t("Sit down with the roller behind you, perpendicular to your body."),
            tr.t("Lie back onto it, 1–2 inches below your shoulder blades."),
            tr.t("Hug yourself to spread your shoulder blades and smooth out the back."),
            tr.t("Bend your knees, plant your feet and lift your hips a little."),
        ],
        numbers: vec![
            tr.t("Roller 1–2 inches below the shoulder blades"),
            n.hold(),
        ],
        safety: Some(BACK_SAFETY.line(tr)),
    }
}

fn get_ready(zone: Zone, n: &Numbers) -> CardText {
    let tr = n.tr;
    let (start, _) = zone.path_ends();
    let (pose, safety) = match zone {
        Zone::ItBandLeft | Zone::ItBandRight => (
            msg("Side plank, roller under your outer thigh."),
            THIGH_SAFETY,
        ),
        Zone::UpperBack => (msg("Face up, arms hugged, feet planted."), BACK_SAFETY),
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
            (msg("Keep the hug and get ready to tilt."), BACK_SAFETY)
        }
        other => match super::more::ready(other) {
            Some(words) => words,
            None => return roll(zone, n),
        },
    };
    CardText {
        title: tr.tf("Get ready: {zone}", &[("zone", &tr.t(zone.phrase()))]),
        steps: vec![
            tr.t(pose),
            tr.tf("Start {start}.", &[("start", &tr.t(start))]),
        ],
        numbers: vec![tr.tf(
            "Starting in {secs} s",
            &[("secs", &n.get_ready.to_string())],
        )],
        safety: Some(safety.line(tr)),
    }
}

fn roll(zone: Zone, n: &Numbers) -> CardText {
    let tr = n.tr;
    let timed = vec![n.passes(), n.hold(), n.pace(), n.dose()];
    let w = tr.t(zone.side().map(Side::word).unwrap_or(""));
    let side = [("side", w.as_str())];
    if let Some(text) = super::more::roll(zone, timed.clone(), tr) {
        return text;
    }
    match zone {
        Zone::ItBandLeft | Zone::ItBandRight => CardText {
            title: tr.tf("Roll your {side} IT band", &side),
            steps: vec![
                tr.t("Roll slowly along the outside of the thigh."),
                tr.t("Go from just under the hip bone down to the top of the knee, then back."),
                tr.t("Lean forward now and then to put the quadriceps to work too."),
                tr.t("Hit a spot of extreme pressure? That is a trigger point. Tap Hot spot."),
                tr.t("Stay on it and breathe deep until it eases."),
            ],
            numbers: timed,
            safety: Some(THIGH_SAFETY.line(tr)),
        },
        Zone::UpperBack => CardText {
            title: tr.t("Roll your upper back"),
            steps: vec![
                tr.t("Push with your feet to roll back and forth."),
                tr.t(
                    "Travel between the bottom of your shoulder blades and the base of your neck.",
                ),
                tr.t("Keep your arms hugged across your chest."),
                tr.t("It should feel like a back rub. If it does not, ease off."),
            ],
            numbers: timed,
            safety: Some(BACK_SAFETY.line(tr)),
        },
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => CardText {
            title: tr.tf("Tilt {side}", &side),
            steps: vec![
                tr.tf("Keep the hug and tilt a little to your {side}.", &side),
                tr.tf(
                    "Roll short strokes over the muscle around your {side} shoulder blade.",
                    &side,
                ),
                tr.t("Hunt for trigger points around your shoulders. Hold each one and breathe."),
            ],
            numbers: timed,
            safety: Some(BACK_SAFETY.line(tr)),
        },
        _ => CardText {
            title: tr.t("Not the lower back"),
            steps: vec![
                tr.t("Do not roll here."),
                tr.t("Work the mid and upper back instead."),
                tr.t("Loosen the hips through the IT band, quadriceps and glutes."),
            ],
            numbers: Vec::new(),
            safety: Some(BACK_SAFETY.line(tr)),
        },
    }
}
