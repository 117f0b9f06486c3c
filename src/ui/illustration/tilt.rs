//! The tilt inset: the trunk seen from the feet, tipping onto one shoulder blade and back
//! at the pass's pace (still, tipped, when motion is off).

use leptos::prelude::*;

use crate::domain::zone::Side;

/// A small view from the feet: the roller as a bar, the trunk tipping towards `side`.
#[component]
pub(super) fn TiltInset(
    /// Which way the person tips. Seen from the feet, their left is on the viewer's left.
    side: Side,
) -> impl IntoView {
    let (angle, low_x) = match side {
        Side::Left => (-16.0, 18.0),
        Side::Right => (16.0, 62.0),
    };
    let (arrow, tip_x, dir) = match side {
        Side::Left => ("M 54 10 Q 40 2 26 10", 26.0, -1.0),
        Side::Right => ("M 26 10 Q 40 2 54 10", 54.0, 1.0),
    };
    let tip = format!(
        "M {tip_x} 10 L {} 4 L {} 13 Z",
        tip_x - 3.0 * dir,
        tip_x - 7.0 * dir
    );
    view! {
        <svg class="pose__tilt" viewBox="0 0 80 62" aria-hidden="true">
            <rect class="pose__inset-card" x="0" y="0" width="80" height="62" rx="8" />
            <rect class="pose__roller-body" x="8" y="46" width="64" height="10" rx="5" />
            <g class="pose__tilt-body" style:--tilt=format!("{angle}deg")>
                <ellipse class="pose__trunk-end" cx="40" cy="36" rx="24" ry="9" />
                <circle class="pose__head" cx="40" cy="20" r="7" />
            </g>
            <circle class="pose__target-dot" cx=low_x cy="41" r="4" />
            <path class="pose__arrow-curve" d=arrow />
            <path class="pose__arrow-head" d=tip />
        </svg>
    }
}
