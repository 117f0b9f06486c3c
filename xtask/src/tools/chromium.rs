//! Debian's Chromium and ChromeDriver, for the browser and end-to-end tests.

use super::apt::AptGroup;

/// The browser both test depths drive.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// The WebDriver server wasm-bindgen-test-runner talks to.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn ensure() -> Result<(), String> {
    AptGroup {
        name: "Chromium + ChromeDriver",
        packages: &["chromium", "chromium-driver"],
        provides: &[CHROMIUM, CHROMEDRIVER],
        how_long: "about 1 minute",
    }
    .ensure()
}
