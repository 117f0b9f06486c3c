//! The text of each step-by-step card, with the person's own numbers filled in.

use super::{CardText, BREATH_IN_SECS, BREATH_OUT_SECS, EASE_OFF};
use crate::domain::routine::{Card, Position};
use crate::domain::settings::{Settings, BREATHS, HOLD_SECS, PASSES, SECS_PER_PASS};
use crate::domain::zone::{Side, Zone};

/// Safety line for the thigh cards: muscle only.
const THIGH_SAFETY: &str = "Roll on muscle only: keep the roller off the knee and the hip bone.";
/// Safety line for the back cards: never the lumbar spine.
const BACK_SAFETY: &str = "Keep the roller above the lower back. Never roll the lumbar spine.";

/// Everything a card shows, given the person's settings.
pub fn card_text(card: Card, settings: &Settings) -> CardText {
    let n = Numbers::from(
        &card
            .zone()
            .map_or_else(|| settings.clone(), |z| settings.for_zone(z)),
    );
    match card {
        Card::Safety => safety(),
        Card::PainBefore => text(
            "How is your back right now?",
            &[
                "Rate your back pain from 0 (none) to 10 (worst).",
                "Go with your first answer. It is only for your own trend.",
            ],
            vec!["Pain 0–10".into()],
            Some("New, severe pain or pain after a fall? See a clinician before you roll."),
        ),
        Card::Setup(Position::SidePlank(side)) => setup_side_plank(side, &n),
        Card::Setup(Position::FaceUp) => setup_face_up(&n),
        Card::Setup(other) => super::more::setup(other, &n).unwrap_or_else(|| setup_face_up(&n)),
        Card::SwitchSide(side) => CardText {
            title: format!("Switch to the {} side", side.word()),
            steps: vec![
                "Roll off the roller and turn over.".into(),
                format!(
                    "Now the other side: set up the same way under your {} thigh.",
                    side.word()
                ),
                "Same path, same slow pace, same passes.".into(),
            ],
            numbers: vec![n.passes()],
            safety: Some("Move slowly as you turn: the roller can slip."),
        },
        Card::GetReady(zone) => get_ready(zone, &n),
        Card::Roll(zone) => roll(zone, &n),
        Card::Breathe => CardText {
            title: "Breathe it out".into(),
            steps: vec![
                "Roll off and lie on your back, knees bent, feet flat.".into(),
                format!("Breathe in through your nose for {BREATH_IN_SECS} s."),
                format!("Breathe out through your mouth for {BREATH_OUT_SECS} s."),
                "Let your back sink into the floor with each breath out.".into(),
            ],
            numbers: vec![
                format!(
                    "{} deep breaths ({}–{})",
                    n.breaths,
                    BREATHS.start(),
                    BREATHS.end()
                ),
                format!("{BREATH_IN_SECS} s in, {BREATH_OUT_SECS} s out"),
            ],
            safety: Some("Feeling light-headed? Breathe normally for a moment."),
        },
        Card::PainAfter => text(
            "How is your back now?",
            &[
                "Rate your back pain again, 0 to 10.",
                "Some tenderness in the muscle is normal. It should settle within a day or two.",
            ],
            vec!["Pain 0–10".into()],
            Some("Worse tomorrow, or pain spreading down a leg? Stop rolling and see a clinician."),
        ),
        Card::Summary => text(
            "Well done",
            &[
                "Thighs rolled, upper back rolled, breath slowed.",
                "Your back got real care today. See you next time.",
            ],
            Vec::new(),
            None,
        ),
    }
}

/// The dose as time for Settings: the seconds each zone gets and the evidence range.
pub fn dose_line(settings: &Settings) -> String {
    let n = Numbers::from(settings);
    format!(
        "Each zone gets {} s ({} passes × {} s), plus any holds. Studies suggest about 30–120 s per muscle.",
        u32::from(n.passes) * u32::from(n.pass_secs),
        n.passes,
        n.pass_secs
    )
}

/// The person's numbers, clamped to the article's ranges so a card never shows nonsense.
pub(super) struct Numbers {
    passes: u8,
    hold: u8,
    pass_secs: u8,
    get_ready: u8,
    breaths: u8,
}

impl From<&Settings> for Numbers {
    fn from(s: &Settings) -> Self {
        let clamp = |v: u8, r: std::ops::RangeInclusive<u8>| v.clamp(*r.start(), *r.end());
        Numbers {
            passes: clamp(s.passes_per_side, PASSES),
            hold: clamp(s.hold_secs, HOLD_SECS),
            pass_secs: clamp(s.secs_per_pass, SECS_PER_PASS),
            get_ready: s.get_ready_secs,
            breaths: clamp(s.breaths, BREATHS),
        }
    }
}

impl Numbers {
    pub(super) fn passes(&self) -> String {
        format!(
            "{} passes ({}–{} a side)",
            self.passes,
            PASSES.start(),
            PASSES.end()
        )
    }

    pub(super) fn hold(&self) -> String {
        format!(
            "Hold {} s ({}–{} s)",
            self.hold,
            HOLD_SECS.start(),
            HOLD_SECS.end()
        )
    }

    fn pace(&self) -> String {
        format!("{} s per pass, slow", self.pass_secs)
    }

    /// The dose as time: the seconds a zone gets from the passes alone.
    pub(super) fn dose(&self) -> String {
        format!(
            "{} s a zone: {} passes × {} s, plus holds",
            u32::from(self.passes) * u32::from(self.pass_secs),
            self.passes,
            self.pass_secs
        )
    }
}

fn text(
    title: &str,
    steps: &[&str],
    numbers: Vec<String>,
    safety: Option<&'static str>,
) -> CardText {
    CardText {
        title: title.into(),
        steps: steps.iter().map(|s| s.to_string()).collect(),
        numbers,
        safety,
    }
}

fn safety() -> CardText {
    let mut steps = Vec::new();
    for group in super::SAFETY_GROUPS {
        steps.extend(group.items.iter().map(|i| i.to_string()));
    }
    CardText {
        title: "Before you roll".into(),
        steps,
        numbers: Vec::new(),
        safety: Some(EASE_OFF),
    }
}

fn setup_side_plank(side: Side, n: &Numbers) -> CardText {
    let w = side.word();
    CardText {
        title: format!("Set up: {w} IT band"),
        steps: vec![
            format!("Lie on your {w} side with the roller under your outer thigh."),
            "Turn the roller perpendicular to your body: across the leg, not along it.".into(),
            format!("Prop up on your {w} forearm into a side plank."),
            "Stack your feet for more pressure. Put your top foot down in front for less.".into(),
        ],
        numbers: vec![n.passes(), n.hold(), n.dose()],
        safety: Some(THIGH_SAFETY),
    }
}

fn setup_face_up(n: &Numbers) -> CardText {
    CardText {
        title: "Set up: upper back".into(),
        steps: vec![
            "Sit down with the roller behind you, perpendicular to your body.".into(),
            "Lie back onto it, 1–2 inches below your shoulder blades.".into(),
            "Hug yourself to spread your shoulder blades and smooth out the back.".into(),
            "Bend your knees, plant your feet and lift your hips a little.".into(),
        ],
        numbers: vec![
            "Roller 1–2 inches below the shoulder blades".into(),
            n.hold(),
        ],
        safety: Some(BACK_SAFETY),
    }
}

fn get_ready(zone: Zone, n: &Numbers) -> CardText {
    let (start, _) = zone.path_ends();
    let (pose, safety) = match zone {
        Zone::ItBandLeft | Zone::ItBandRight => {
            ("Side plank, roller under your outer thigh.", THIGH_SAFETY)
        }
        Zone::UpperBack => ("Face up, arms hugged, feet planted.", BACK_SAFETY),
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
            ("Keep the hug and get ready to tilt.", BACK_SAFETY)
        }
        other => match super::more::ready(other) {
            Some(words) => words,
            None => return roll(zone, n),
        },
    };
    CardText {
        title: format!("Get ready: {}", zone.phrase()),
        steps: vec![pose.into(), format!("Start {start}.")],
        numbers: vec![format!("Starting in {} s", n.get_ready)],
        safety: Some(safety),
    }
}

fn roll(zone: Zone, n: &Numbers) -> CardText {
    let timed = vec![n.passes(), n.hold(), n.pace(), n.dose()];
    let side = zone.side().map(Side::word).unwrap_or("");
    if let Some(text) = super::more::roll(zone, timed.clone()) {
        return text;
    }
    match zone {
        Zone::ItBandLeft | Zone::ItBandRight => CardText {
            title: format!("Roll your {side} IT band"),
            steps: vec![
                "Roll slowly along the outside of the thigh.".into(),
                "Go from just under the hip bone down to the top of the knee, then back.".into(),
                "Lean forward now and then to put the quadriceps to work too.".into(),
                "Hit a spot of extreme pressure? That is a trigger point. Tap Hot spot.".into(),
                "Stay on it and breathe deep until it eases.".into(),
            ],
            numbers: timed,
            safety: Some(THIGH_SAFETY),
        },
        Zone::UpperBack => CardText {
            title: "Roll your upper back".into(),
            steps: vec![
                "Push with your feet to roll back and forth.".into(),
                "Travel between the bottom of your shoulder blades and the base of your neck."
                    .into(),
                "Keep your arms hugged across your chest.".into(),
                "It should feel like a back rub. If it does not, ease off.".into(),
            ],
            numbers: timed,
            safety: Some(BACK_SAFETY),
        },
        Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => CardText {
            title: format!("Tilt {side}"),
            steps: vec![
                format!("Keep the hug and tilt a little to your {side}."),
                format!("Roll short strokes over the muscle around your {side} shoulder blade."),
                "Hunt for trigger points around your shoulders. Hold each one and breathe.".into(),
            ],
            numbers: timed,
            safety: Some(BACK_SAFETY),
        },
        _ => CardText {
            title: "Not the lower back".into(),
            steps: vec![
                "Do not roll here.".into(),
                "Work the mid and upper back instead.".into(),
                "Loosen the hips through the IT band, quadriceps and glutes.".into(),
            ],
            numbers: Vec::new(),
            safety: Some(BACK_SAFETY),
        },
    }
}
