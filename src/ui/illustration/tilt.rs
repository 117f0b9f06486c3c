//! The tilt inset: the trunk seen from the feet, tipped onto one shoulder blade.

use leptos::prelude::*;

use crate::domain::zone::Side;

/// A small view from the feet: the roller as a bar, the trunk tipped towards `side`.
#[component]
pub(super) fn TiltInset(
    /// Which way the person tips. Seen from the feet, their left is on the viewer's left.
    side: Side,
) -> impl IntoView {
    let (angle, low_x) = match side {
        Side::Left => (-16.0, 236.0),
        Side::Right => (16.0, 280.0),
    };
    let arrow = match side {
        Side::Left => "M 272 12 Q 258 4 244 12",
        Side::Right => "M 244 12 Q 258 4 272 12",
    };
    let (tip_x, dir) = match side {
        Side::Left => (244.0, -1.0),
        Side::Right => (272.0, 1.0),
    };
    let tip = format!(
        "M {tip_x} 12 L {} 6 L {} 15 Z",
        tip_x - 3.0 * dir,
        tip_x - 7.0 * dir
    );
    view! {
        // Moved below the top edge of the drawing's view box.
        <g class="pose__inset" transform="translate(0 32)">
            <rect class="pose__inset-card" x="218" y="2" width="80" height="62" rx="8" />
            <rect class="pose__roller-body" x="226" y="48" width="64" height="10" rx="5" />
            <g transform=format!("rotate({angle} 258 40)")>
                <ellipse class="pose__trunk-end" cx="258" cy="38" rx="24" ry="9" />
                <circle class="pose__head" cx="258" cy="22" r="7" />
            </g>
            <circle class="pose__target-dot" cx=low_x cy="43" r="4" />
            <path class="pose__arrow-curve" d=arrow />
            <path class="pose__arrow-head" d=tip />
        </g>
    }
}
