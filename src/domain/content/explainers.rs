//! The longer "why" texts: short paragraphs the person can open from any card.

use super::Explainer;

/// Why rolling the thighs and upper back helps a sore back.
pub const WHY: Explainer = Explainer {
    title: "Why roll for back pain?",
    body: &[
        "Most back pain starts with muscle imbalance: some muscles get tight, others go weak.",
        "Desk jobs, manual labour and sedentary days all feed that imbalance.",
        "The muscles that hold your spine up are the most prone to it.",
        "Over time your body stops settling back into its natural positions. That is when it aches.",
        "The chain runs upward. A tight IT band and stiff quadriceps tighten the hips.",
        "Tight hips then tug on the low back.",
        "Stretching and regular exercise help. The foam roller is the tool most people forget.",
        "A foam roller is a stiff foam cylinder, like a firm pool noodle.",
        "Lean on it and it presses tension out of the muscle.",
        "It is self-massage, so expect it to hurt a little and relax you at once.",
    ],
};

/// Knots: what they are, how to find one, what to do on it.
pub const TRIGGER_POINT: Explainer = Explainer {
    title: "Knots and trigger points",
    body: &[
        "A knot, or trigger point, is a small spot in the muscle that is hard or intensely sore.",
        "You will know one when the pressure suddenly feels extreme in one small place.",
        "Stop rolling and rest on it for 15–45 s.",
        "Breathe deep and slow. Each long breath out is when the tension lets go.",
        "Tap Hot spot to start the hold. Tap Released when it softens.",
    ],
};

/// Why the lower back is off limits, and what to do for it instead.
pub const LOWER_BACK: Explainer = Explainer {
    title: "Why not the lower back",
    body: &[
        "Your lower back is the lumbar spine. No ribs or shoulder blades shield it.",
        "Clinicians advise against rolling it: a roller there could push the lumbar spine into a harmful position.",
        "That is caution from experience, not a proven harm. We follow it.",
        "Work the mid and upper back instead: keep the roller above your lowest ribs.",
        "To ease the low back, free the hips: roll the glutes, IT band, quadriceps and hip flexors.",
        "Still tight down low? Lie on your back and hug your knees gently to your chest instead.",
    ],
};

/// How much rolling is enough: the evidence, in plain words.
pub const DOSE: Explainer = Explainer {
    title: "How much rolling is enough?",
    body: &[
        "Reviews of foam-rolling studies suggest about 30–120 s on each muscle.",
        "Roll slowly. Around 10 s for one pass works better than a quick scrub.",
        "Moderate pressure is enough: about 6 on a 0–10 discomfort scale does as well as more.",
        "Each zone gets your passes times your seconds per pass, plus any hot-spot holds.",
    ],
};

/// The breathing finish and the sign-off.
pub const FINISH: Explainer = Explainer {
    title: "Finish with deep breaths",
    body: &[
        "Roll off and lie on your back, knees bent, feet flat.",
        "Breathe in through your nose for 4 s.",
        "Breathe out through your mouth for 6 s.",
        "Let each breath out sink your back into the floor.",
        "Done. Your back got real care today. See you next time.",
    ],
};
