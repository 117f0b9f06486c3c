//! One drawn piece of the body figure: what the views (`front`, `back`) draw and the
//! figure puts together.

use super::View;

/// What a piece of the figure is, which decides its CSS class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Bare skin.
    Skin,
    /// Skin in shadow (ears, the far side of a limb).
    SkinShade,
    /// Hair on the back of the head.
    Hair,
    /// Shorts.
    Cloth,
    /// A thin line drawn over skin: spine, creases, muscle hints (stroke only).
    Crease,
    /// A thin line drawn over cloth: seams, hems (stroke only).
    Seam,
}

impl PartKind {
    /// The BEM modifier used as the CSS class suffix.
    pub fn class(self) -> &'static str {
        match self {
            PartKind::Skin => "skin",
            PartKind::SkinShade => "skin-shade",
            PartKind::Hair => "hair",
            PartKind::Cloth => "cloth",
            PartKind::Crease => "crease",
            PartKind::Seam => "seam",
        }
    }
}

/// One drawn piece of the figure (not a zone).
#[derive(Clone, Debug, PartialEq)]
pub struct FigurePart {
    pub kind: PartKind,
    pub d: String,
    /// The panel it belongs to; parts of an outer-leg panel are clipped to it.
    pub view: View,
}
