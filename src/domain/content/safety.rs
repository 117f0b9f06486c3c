//! A careful physio's safety rules, shown on the first-run screen, the Safety screen,
//! the in-session safety card and again when a pain-before rating is 7 or more.
//!
//! Grouped the way a physio asks: what stops a session, which signs mean "see a
//! clinician before rolling", where never to roll, and what to ask about first.

use crate::domain::i18n::msg;

/// A titled list of short items: one idea per group, readable at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyGroup {
    /// A stable key for CSS classes and test ids.
    pub key: &'static str,
    /// The heading, which the items complete ("Stop at once if …").
    pub title: &'static str,
    pub items: &'static [&'static str],
}

/// Stop at once if any of these happens.
pub const SAFETY_STOP: &[&str] = &[
    msg("Sharp or stabbing pain."),
    msg("Pain that shoots down a leg or an arm."),
    msg("Tingling or numbness."),
    msg("Dizziness: sit up slowly."),
    msg("The roller on bone: the knee, the hip bone or the spine."),
];

/// Red flags that come with the back pain itself: see a clinician before rolling.
pub const RED_FLAGS_PAIN: &[&str] = &[
    msg("Numbness in the saddle area (groin, buttocks, inner thighs)."),
    msg("New bladder or bowel trouble."),
    msg("Leg weakness that keeps getting worse."),
    msg("A fever."),
    msg("Severe pain at night."),
];

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
    msg("Take blood thinners."),
    msg("Are pregnant."),
    msg("Have osteoporosis."),
    msg("Have a disc problem, such as a herniated disc."),
];

/// Every group, in the order a person reads them before a first session.
pub const SAFETY_GROUPS: [SafetyGroup; 5] = [
    SafetyGroup {
        key: "stop",
        title: msg("Stop at once if you feel"),
        items: SAFETY_STOP,
    },
    SafetyGroup {
        key: "red-flags",
        title: msg("See a clinician before rolling if your back pain comes with"),
        items: RED_FLAGS_PAIN,
    },
    SafetyGroup {
        key: "history",
        title: msg("Also see a clinician first if you have"),
        items: RED_FLAGS_HISTORY,
    },
    SafetyGroup {
        key: "skip",
        title: msg("Never roll over"),
        items: SAFETY_SKIP,
    },
    SafetyGroup {
        key: "ask",
        title: msg("Ask a clinician first if you"),
        items: SAFETY_ASK_FIRST,
    },
];

/// The red flags and contraindications shown again when pain before is 7 or more.
pub const RED_FLAG_GROUPS: [SafetyGroup; 4] = [
    SAFETY_GROUPS[1],
    SAFETY_GROUPS[2],
    SAFETY_GROUPS[3],
    SAFETY_GROUPS[4],
];

/// A pain-before rating at or above this shows the red flags again before rolling.
pub const RED_FLAG_PAIN: u8 = 7;

/// The tolerance rule that goes with every rolling card.
pub const EASE_OFF: &str =
    msg("Firm, achy pressure is fine. If you hold your breath or tense up, ease off.");

/// Whether the red flags must be shown again now: the pain before rolling was rated
/// [`RED_FLAG_PAIN`] or more, the person has moved past the pain check, and nothing has
/// been rolled yet (the current card is the first set-up, get-ready or roll).
pub fn red_flags_due(
    plan: &[crate::domain::routine::Card],
    index: usize,
    pain_before: Option<u8>,
) -> bool {
    use crate::domain::routine::Card;
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
