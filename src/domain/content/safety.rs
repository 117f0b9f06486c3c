//! A careful physio's safety rules, shown on the first-run screen and the safety card.

/// Stop at once if any of these happens.
pub const SAFETY_STOP: &[&str] = &[
    "Stop at once if you feel sharp or stabbing pain.",
    "Stop if pain is radiating down a leg or an arm, or feels electric.",
    "Stop if you feel numbness or tingling anywhere.",
    "Keep off joints and bone: not the knee, not the hip bone, not the spine itself.",
    "Stop and sit up slowly if you feel dizzy or light-headed.",
];

/// Do not roll at all with any of these.
pub const SAFETY_SKIP: &[&str] = &[
    "Skip any area with an open wound or broken skin.",
    "Skip anywhere near a fracture or a bone that is still healing.",
    "Skip tissue that is inflamed, hot or swollen.",
    "Do not roll at all if you have DVT or any other blood clot: pressure could move it.",
    "Do not roll if back pain comes with fever, or with trouble controlling bladder or bowels. Get medical help first.",
];

/// Check with a clinician before the first session with any of these.
pub const SAFETY_ASK_FIRST: &[&str] = &[
    "Ask your doctor or physio first if you have osteoporosis.",
    "Ask your doctor or midwife first if you are pregnant.",
    "Ask your doctor or physio first if you have a known disc problem, such as a bulging or herniated disc.",
];

/// The tolerance rule that goes with every rolling card.
pub const EASE_OFF: &str =
    "Firm, achy pressure is fine. If you hold your breath or tense up, ease off.";
