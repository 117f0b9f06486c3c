//! Set-up illustrations: how to lie on the roller for each position.

use leptos::prelude::*;

use crate::domain::content::position_text;
use crate::domain::routine::Position;
use crate::domain::zone::Side;

/// A flat drawing of the position, with its description as the accessible name.
#[component]
pub fn PositionPicture(
    /// Which position to draw.
    position: Position,
) -> impl IntoView {
    let label = position_text(position);
    let (body, mirror) = match position {
        Position::SidePlank(side) => (SIDE_PLANK, side == Side::Right),
        Position::FaceUp => (FACE_UP, false),
    };
    let transform = if mirror {
        "translate(240 0) scale(-1 1)"
    } else {
        ""
    };
    view! {
        <figure class="picture">
            <svg class="picture__svg" viewBox="0 0 240 120" role="img" aria-label=label>
                <rect class="picture__floor" x="0" y="104" width="240" height="4" rx="2" />
                <g transform=transform inner_html=body></g>
            </svg>
            <figcaption class="picture__caption">{label}</figcaption>
        </figure>
    }
}

/// Side plank: forearm down, roller under the outer thigh, top foot planted in front.
const SIDE_PLANK: &str = r#"
<ellipse class="picture__roller" cx="112" cy="92" rx="13" ry="13"/>
<ellipse class="picture__roller-end" cx="112" cy="92" rx="5" ry="13"/>
<path class="picture__limb" d="M56 102 L62 72" stroke-width="10"/>
<path class="picture__torso" d="M62 66 C80 60 98 70 110 78" stroke-width="22"/>
<path class="picture__limb" d="M110 80 L196 98" stroke-width="15"/>
<path class="picture__limb picture__limb--far" d="M112 74 C140 60 150 70 160 98" stroke-width="12"/>
<circle class="picture__head" cx="46" cy="52" r="13"/>
<path class="picture__zone" d="M122 83 L170 93" stroke-width="6"/>
"#;

/// Face up: roller across the back below the shoulder blades, arms hugging, feet flat.
const FACE_UP: &str = r#"
<ellipse class="picture__roller" cx="82" cy="92" rx="13" ry="13"/>
<ellipse class="picture__roller-end" cx="82" cy="92" rx="5" ry="13"/>
<circle class="picture__head" cx="42" cy="66" r="13"/>
<path class="picture__torso" d="M58 74 C80 78 110 86 132 94" stroke-width="24"/>
<path class="picture__limb" d="M132 94 L166 66 L186 102" stroke-width="14"/>
<path class="picture__limb picture__limb--far" d="M66 72 C84 62 100 64 98 78" stroke-width="9"/>
<path class="picture__zone" d="M64 78 L104 86" stroke-width="6"/>
"#;
