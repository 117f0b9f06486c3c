//! WebKitGTK's WebDriver server and the virtual display its browser needs.
//!
//! WebKitWebDriver starts WebKitGTK's MiniBrowser, a real window, so it runs under
//! `xvfb-run -a` (an X server in memory; `xauth` is what xvfb-run uses to let it in).

use super::apt::AptGroup;

/// WebKitGTK's WebDriver server (it starts MiniBrowser).
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
/// Runs a command with a private X display.
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";

pub fn ensure() -> Result<(), String> {
    AptGroup {
        name: "WebKitGTK WebDriver + Xvfb",
        packages: &["webkit2gtk-driver", "xvfb", "xauth"],
        provides: &[WEBKIT_DRIVER, XVFB_RUN, "/usr/bin/Xvfb", "/usr/bin/xauth"],
        how_long: "about 1 minute",
    }
    .ensure()
}
