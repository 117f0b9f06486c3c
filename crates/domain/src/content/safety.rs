//! A careful physio's safety rules, shown on the first-run screen, the Safety screen,
//! the in-session safety card and again when a pain-before rating is 7 or more.
//!
//! Sorted by how urgent the danger is, most urgent first: signs of a squeezed nerve at
//! the base of the spine (cauda equina syndrome) are an emergency; some feelings stop a
//! session at once; everything else means "see a clinician before rolling". Each card's
//! own safety line carries one of the same levels.

use crate::i18n::{msg, Tr};

/// How urgent a safety rule is, and so how it is worded and drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Urgency {
    /// Go to an emergency department or call the local emergency number; do not roll.
    Emergency,
    /// Stop the session at once.
    Stop,
    /// Ask a doctor or physiotherapist before rolling.
    Clinician,
}

impl Urgency {
    /// A stable key for CSS classes and test ids.
    pub const fn key(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::Stop => "stop",
            Urgency::Clinician => "clinician",
        }
    }

    /// The level's heading.
    pub const fn title(self) -> &'static str {
        match self {
            Urgency::Emergency => msg("Get emergency help now, do not roll"),
            Urgency::Stop => msg("Stop now"),
            Urgency::Clinician => msg("See a clinician first"),
        }
    }

    /// What to do, in one sentence under the heading.
    pub const fn lead(self) -> &'static str {
        match self {
            Urgency::Emergency => msg(
                "Signs of a squeezed spinal nerve. Go to an emergency department or call your local emergency number.",
            ),
            Urgency::Stop => msg("Stop rolling at once if you feel any of these."),
            Urgency::Clinician => {
                msg("Ask a doctor or physiotherapist before you roll if any of these apply.")
            }
        }
    }

    /// The short tag in front of a card's safety line.
    pub const fn label(self) -> &'static str {
        match self {
            Urgency::Emergency => msg("Emergency"),
            Urgency::Stop => msg("Stop rule"),
            Urgency::Clinician => msg("See a clinician"),
        }
    }
}

/// A list of short items inside a level, with an optional heading the items complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyGroup {
    /// A stable key for CSS classes and test ids.
    pub key: &'static str,
    /// The heading, if the level holds more than one group ("Never roll over").
    pub title: Option<&'static str>,
    pub items: &'static [&'static str],
}

/// One level of urgency with its groups of signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyLevel {
    pub urgency: Urgency,
    pub groups: &'static [SafetyGroup],
}

impl SafetyLevel {
    /// Every item of the level, in order.
    pub fn items(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.groups.iter().flat_map(|g| g.items.iter().copied())
    }
}

/// Signs of cauda equina syndrome: an emergency, not a reason to roll gently.
/// Source: NICE CKS "Sciatica (lumbar radiculopathy)", red flags; NHS "Cauda equina syndrome".
pub const EMERGENCY_SIGNS: &[&str] = &[
    msg("Numbness in the saddle area (groin, buttocks, inner thighs)."),
    msg("New bladder or bowel trouble."),
    msg("Weakness in one or both legs that keeps getting worse."),
];

/// Stop at once if any of these happens.
pub const SAFETY_STOP: &[&str] = &[
    msg("Sharp or stabbing pain."),
    msg("Pain that shoots down a leg or an arm."),
    msg("Tingling or numbness."),
    msg("Dizziness: sit up slowly."),
    msg("The roller on bone: the knee, the hip bone or the spine."),
];

/// Red flags that come with the back pain itself: see a clinician before rolling.
pub const RED_FLAGS_PAIN: &[&str] = &[msg("A fever."), msg("Severe pain at night.")];

/// Red flags in the person's history: see a clinician before rolling.
pub const RED_FLAGS_HISTORY: &[&str] = &[
    msg("Cancer, now or in the past."),
    msg("Weight loss you cannot explain."),
    msg("A recent fall or accident, or any fall with osteoporosis."),
    msg("Long-term steroids or immune-suppressing medicine."),
];

/// Never roll over any of these.
pub const SAFETY_SKIP: &[&str] = &[
    msg("A fracture or a healing bone."),
    msg("An open wound or a skin infection."),
    msg("Inflamed, hot or swollen tissue."),
    msg("A blood clot (DVT): pressure could move it."),
    msg("A bone infection (osteomyelitis)."),
    msg("Myositis ossificans (bone growing in a bruised muscle)."),
];

/// Check with a clinician before the first session with any of these.
pub const SAFETY_ASK_FIRST: &[&str] = &[
    msg("Take blood thinners: anticoagulants, or antiplatelets such as daily aspirin."),
    msg("Are pregnant."),
    msg("Have osteoporosis."),
    msg("Have a disc problem, such as a herniated disc."),
];

/// Every level, most urgent first: the order a person reads them before a session.
pub const SAFETY_LEVELS: [SafetyLevel; 3] = [
    SafetyLevel {
        urgency: Urgency::Emergency,
        groups: &[SafetyGroup {
            key: "emergency",
            title: None,
            items: EMERGENCY_SIGNS,
        }],
    },
    SafetyLevel {
        urgency: Urgency::Stop,
        groups: &[SafetyGroup {
            key: "stop",
            title: None,
            items: SAFETY_STOP,
        }],
    },
    SafetyLevel {
        urgency: Urgency::Clinician,
        groups: &[
            SafetyGroup {
                key: "red-flags",
                title: Some(msg("With your back pain")),
                items: RED_FLAGS_PAIN,
            },
            SafetyGroup {
                key: "history",
                title: Some(msg("In your history")),
                items: RED_FLAGS_HISTORY,
            },
            SafetyGroup {
                key: "skip",
                title: Some(msg("Never roll over")),
                items: SAFETY_SKIP,
            },
            SafetyGroup {
                key: "ask",
                title: Some(msg("Or if you")),
                items: SAFETY_ASK_FIRST,
            },
        ],
    },
];

/// The lead of the re-ask shown when pain before is [`RED_FLAG_PAIN`] or more.
pub const RED_FLAG_LEAD: &str =
    msg("At {pain} or more out of 10, read these again before you roll.");

/// A card's own safety line: its level and its words (an English key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyRule {
    pub urgency: Urgency,
    pub key: &'static str,
}

impl SafetyRule {
    /// A rule that stops the session.
    pub const fn stop(key: &'static str) -> Self {
        SafetyRule {
            urgency: Urgency::Stop,
            key,
        }
    }

    /// A rule that sends the person to a clinician.
    pub const fn clinician(key: &'static str) -> Self {
        SafetyRule {
            urgency: Urgency::Clinician,
            key,
        }
    }

    /// The line in the language of `tr`.
    pub fn line(self, tr: &impl Tr) -> SafetyLine {
        SafetyLine {
            urgency: self.urgency,
            text: tr.t(self.key),
        }
    }
}

/// A card's safety line, translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafetyLine {
    pub urgency: Urgency,
    pub text: String,
}

/// A pain-before rating at or above this shows the red flags again before rolling.
pub const RED_FLAG_PAIN: u8 = 7;

/// The tolerance rule that goes with every rolling card.
pub const EASE_OFF: &str =
    msg("Firm, achy pressure is fine. If you hold your breath or tense up, ease off.");

/// Whether the red flags must be shown again now: the pain before rolling was rated
/// [`RED_FLAG_PAIN`] or more, the person has moved past the pain check, and nothing has
/// been rolled yet (the current card is the first set-up, get-ready or roll).
pub fn red_flags_due(plan: &[crate::routine::Card], index: usize, pain_before: Option<u8>) -> bool {
    use crate::routine::Card;
    if pain_before.is_none_or(|p| p < RED_FLAG_PAIN) {
        return false;
    }
    let Some(current) = plan.get(index) else {
        return false;
    };
    let before_rolling = matches!(
        current,
        Card::Setup(_) | Card::SwitchSide(_) | Card::GetReady(_) | Card::Roll(_)
    );
    let rolled_already = plan[..index].iter().any(|c| matches!(c, Card::Roll(_)));
    let past_pain_check = plan[..index].contains(&Card::PainBefore);
    before_rolling && past_pain_check && !rolled_already
}
