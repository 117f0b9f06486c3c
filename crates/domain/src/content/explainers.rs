//! The longer "why" texts: short paragraphs the person can open from any card.

use super::Explainer;
use crate::i18n::msg;

/// Why rolling the thighs and upper back helps a sore back.
pub const WHY: Explainer = Explainer {
    title: msg("Why roll for back pain?"),
    body: &[
        msg("Most back pain starts with muscle imbalance: some muscles get tight, others go weak."),
        msg("Desk jobs, manual labour and sedentary days all feed that imbalance."),
        msg("The muscles that hold your spine up are the most prone to it."),
        msg("Over time your body stops settling back into its natural positions. That is when it aches."),
        msg("The chain runs upward. A tight IT band and stiff quadriceps tighten the hips."),
        msg("Tight hips then tug on the low back."),
        msg("Stretching and regular exercise help. The foam roller is the tool most people forget."),
        msg("A foam roller is a stiff foam cylinder, like a firm pool noodle."),
        msg("Lean on it and it presses tension out of the muscle."),
        msg("It is self-massage, so expect it to hurt a little and relax you at once."),
    ],
};

/// Knots: what they are, how to find one, what to do on it.
pub const TRIGGER_POINT: Explainer = Explainer {
    title: msg("Knots and trigger points"),
    body: &[
        msg("A knot, or trigger point, is a small spot in the muscle that is hard or intensely sore."),
        msg("You will know one when the pressure suddenly feels extreme in one small place."),
        msg("Stop rolling and rest on it for 15–45 s."),
        msg("Breathe deep and slow. Each long breath out is when the tension lets go."),
        msg("Tap Hot spot to start the hold. Tap Released when it softens."),
    ],
};

/// Why the lower back is off limits, and what to do for it instead.
pub const LOWER_BACK: Explainer = Explainer {
    title: msg("Why not the lower back"),
    body: &[
        msg("Your lower back is the lumbar spine. No ribs or shoulder blades shield it."),
        msg("Clinicians advise against rolling it: a roller there could push the lumbar spine into a harmful position."),
        msg("That is caution from experience, not a proven harm. We follow it."),
        msg("Work the mid and upper back instead: keep the roller above your lowest ribs."),
        msg("To ease the low back, free the hips: roll the glutes, IT band, quadriceps and hip flexors."),
        msg("Still tight down low? Lie on your back and hug your knees gently to your chest instead."),
    ],
};

/// How much rolling is enough: the evidence, in plain words.
pub const DOSE: Explainer = Explainer {
    title: msg("How much rolling is enough?"),
    body: &[
        msg("Reviews of foam-rolling studies suggest about 30–120 s on each muscle, in 1–3 sets."),
        msg("Most studies roll a few times a week for about 4 weeks."),
        msg("In healthy adults, 12 sessions over 4 weeks improved lower-back mobility and pain threshold."),
        msg("The gains lasted up to 6 months."),
        msg("For lasting low back pain, NICE guideline NG59 says soft-tissue care helps most alongside exercise."),
        msg("Roll alongside exercise, not instead of it."),
        msg("Roll slowly. Around 10 s for one pass works better than a quick scrub."),
        msg(
            "Moderate pressure is enough: about 6 on a 0–10 discomfort scale does as well as more.",
        ),
        msg("Each zone gets your passes times your seconds per pass, plus any hot-spot holds."),
    ],
};

/// The breathing finish and the sign-off.
pub const FINISH: Explainer = Explainer {
    title: msg("Finish with deep breaths"),
    body: &[
        msg("Roll off and lie on your back, knees bent, feet flat."),
        msg("Breathe in through your nose for 4 s."),
        msg("Breathe out through your mouth for 6 s."),
        msg("Let each breath out sink your back into the floor."),
        msg("Done. Your back got real care today. See you next time."),
    ],
};
