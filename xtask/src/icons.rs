//! `cargo xtask icons`: renders every PNG icon from the one SVG source.
//!
//! The PNGs are committed rather than rendered during `trunk build`: the build then only
//! copies `public/`, needs no rasteriser and cannot produce different pixels on another
//! machine. The test [`tests::committed_icons_match_the_svg`] re-renders them and fails
//! when someone edits the SVG and forgets to run `cargo xtask icons`.

use std::fs;
use std::path::Path;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{self, Node, Paint};

use crate::project::Project;

/// The icon source, relative to the repository root.
pub const SOURCE: &str = "public/icons/icon.svg";

/// One PNG made from the source.
#[derive(Clone, Copy, Debug)]
pub struct Icon {
    /// File name, written next to the source.
    pub file: &'static str,
    /// Width and height in pixels.
    pub size: u32,
    /// Full bleed: the plate's colour fills the whole square, so a platform mask
    /// (circle, squircle, iOS's rounded corners) never shows transparent corners.
    pub bleed: bool,
}

/// Every icon the manifest and index.html name.
pub const ICONS: [Icon; 5] = [
    Icon {
        file: "icon-192.png",
        size: 192,
        bleed: false,
    },
    Icon {
        file: "icon-512.png",
        size: 512,
        bleed: false,
    },
    Icon {
        file: "icon-maskable-192.png",
        size: 192,
        bleed: true,
    },
    Icon {
        file: "icon-maskable-512.png",
        size: 512,
        bleed: true,
    },
    Icon {
        file: "apple-touch-icon.png",
        size: 180,
        bleed: true,
    },
];

/// Writes every icon in [`ICONS`] next to the source.
pub fn run(project: &Project) -> Result<(), String> {
    let source = project.root.join(SOURCE);
    let svg = fs::read(&source).map_err(|e| format!("cannot read {}: {e}", source.display()))?;
    let folder = source.parent().unwrap_or(Path::new("."));
    for icon in ICONS {
        let png = render(&svg, icon)?;
        let path = folder.join(icon.file);
        fs::write(&path, &png).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!(
            "icons: wrote {} ({}×{}, {} bytes)",
            path.display(),
            icon.size,
            icon.size,
            png.len()
        );
    }
    Ok(())
}

/// Renders `icon` from the SVG text as PNG bytes.
pub fn render(svg: &[u8], icon: Icon) -> Result<Vec<u8>, String> {
    render_pixmap(svg, icon)?
        .encode_png()
        .map_err(|e| format!("cannot encode {}: {e}", icon.file))
}

fn render_pixmap(svg: &[u8], icon: Icon) -> Result<Pixmap, String> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default())
        .map_err(|e| format!("{SOURCE} is not a valid SVG: {e}"))?;
    let mut pixmap = Pixmap::new(icon.size, icon.size)
        .ok_or_else(|| format!("cannot make a {0}×{0} canvas", icon.size))?;
    if icon.bleed {
        pixmap.fill(plate_colour(&tree)?);
    }
    let scale = icon.size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// The solid fill of the element with id `plate`: the icon's background.
fn plate_colour(tree: &usvg::Tree) -> Result<Color, String> {
    match tree.node_by_id("plate") {
        Some(Node::Path(path)) => match path.fill().map(|f| f.paint()) {
            Some(Paint::Color(c)) => Ok(Color::from_rgba8(c.red, c.green, c.blue, 255)),
            _ => Err(format!("{SOURCE}: #plate needs a solid fill colour")),
        },
        _ => Err(format!(
            "{SOURCE} needs a shape with id=\"plate\" (the background)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        Project::locate().unwrap().root
    }

    #[test]
    fn committed_icons_match_the_svg() {
        let svg = fs::read(root().join(SOURCE)).unwrap();
        let folder = root().join(SOURCE).parent().unwrap().to_path_buf();
        for icon in ICONS {
            let fresh = render_pixmap(&svg, icon).unwrap();
            let committed = fs::read(folder.join(icon.file))
                .ok()
                .and_then(|png| Pixmap::decode_png(&png).ok());
            let Some(committed) = committed else {
                panic!(
                    "{} is missing or unreadable: run `cargo xtask icons`",
                    icon.file
                );
            };
            assert_eq!(
                (committed.width(), committed.height()),
                (icon.size, icon.size),
                "{} has the wrong size",
                icon.file
            );
            // A channel may be off by a rounding step on another CPU; an edit to the
            // SVG changes far more than that.
            let worst = committed
                .data()
                .iter()
                .zip(fresh.data())
                .map(|(a, b)| a.abs_diff(*b))
                .max()
                .unwrap_or(0);
            assert!(
                worst <= 2,
                "{} differs from {SOURCE} (by up to {worst}/255): run `cargo xtask icons` \
                 and commit the PNGs",
                icon.file
            );
        }
    }

    #[test]
    fn full_bleed_icons_have_no_transparent_corners_and_the_others_do() {
        let svg = fs::read(root().join(SOURCE)).unwrap();
        for icon in ICONS {
            let pixmap = render_pixmap(&svg, icon).unwrap();
            let corner = pixmap.pixel(0, 0).unwrap().alpha();
            assert_eq!(
                corner == 255,
                icon.bleed,
                "{}: corner alpha {corner}",
                icon.file
            );
        }
    }

    #[test]
    fn the_artwork_stays_inside_the_maskable_safe_circle() {
        // Remove the plate and everything left must lie within the circle of radius 40 %
        // of the size around the centre (the maskable icon spec's safe zone).
        let svg = String::from_utf8(fs::read(root().join(SOURCE)).unwrap()).unwrap();
        let without_plate = svg.replace("id=\"plate\"", "id=\"plate\" visibility=\"hidden\"");
        let icon = Icon {
            file: "probe",
            size: 512,
            bleed: false,
        };
        let tree =
            usvg::Tree::from_data(without_plate.as_bytes(), &usvg::Options::default()).unwrap();
        let mut pixmap = Pixmap::new(icon.size, icon.size).unwrap();
        resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
        let (c, r) = (256.0f32, 0.4 * 512.0);
        let mut painted = 0;
        for y in 0..icon.size {
            for x in 0..icon.size {
                if pixmap.pixel(x, y).unwrap().alpha() > 0 {
                    painted += 1;
                    let (dx, dy) = (x as f32 + 0.5 - c, y as f32 + 0.5 - c);
                    assert!(
                        dx.hypot(dy) <= r,
                        "artwork pixel ({x},{y}) is outside the safe circle"
                    );
                }
            }
        }
        assert!(
            painted > 10_000,
            "the artwork should be visible ({painted} px)"
        );
    }
    #[test]
    fn the_manifest_names_existing_icons_and_the_token_colours() {
        let text = fs::read_to_string(root().join("public/manifest.webmanifest")).unwrap();
        let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(manifest["start_url"], "./", "relative, so a sub-path works");
        assert_eq!(manifest["scope"], "./");
        assert_eq!(manifest["display"], "standalone");
        assert!(manifest["short_name"]
            .as_str()
            .is_some_and(|s| s.len() <= 12));
        let tokens = fs::read_to_string(root().join("style/tokens.css")).unwrap();
        let light = |token: &str| {
            let line = tokens
                .lines()
                .find(|l| l.trim_start().starts_with(token))
                .unwrap();
            line.split("light-dark(").nth(1).unwrap()[..7].to_string()
        };
        assert_eq!(manifest["background_color"], light("--color-bg:"));
        assert_eq!(manifest["theme_color"], light("--color-accent:"));

        let mut seen = Vec::new();
        for icon in manifest["icons"].as_array().unwrap() {
            let src = icon["src"].as_str().unwrap();
            let path = root().join("public").join(src);
            assert!(path.is_file(), "{src} is listed but missing");
            let purpose = icon["purpose"].as_str().unwrap_or("any").to_string();
            if icon["type"] == "image/png" {
                let pixmap = Pixmap::decode_png(&fs::read(&path).unwrap()).unwrap();
                let sizes = format!("{}x{}", pixmap.width(), pixmap.height());
                assert_eq!(icon["sizes"], sizes.as_str(), "{src}");
                seen.push((sizes, purpose));
            }
        }
        for want in ["192x192", "512x512"] {
            assert!(
                seen.contains(&(want.into(), "any".into())),
                "no {want} any icon"
            );
        }
        assert!(
            seen.iter().any(|(_, p)| p == "maskable"),
            "no maskable icon"
        );
    }
}
