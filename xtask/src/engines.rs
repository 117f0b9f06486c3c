//! The three browser engines every test depth runs in, and how each is driven.
//!
//! - Chromium (Android, desktop Chrome/Edge): ChromeDriver for the browser tests,
//!   playwright-core for the full end-to-end suite.
//! - Firefox ESR: geckodriver, headless.
//! - WebKitGTK (the engine of Safari on iPhone): WebKitWebDriver, which opens
//!   MiniBrowser in a real window, so it runs inside `xvfb-run -a`.

use std::process::Command;

use crate::cmd;
use crate::project::Project;
use crate::tools;

/// A browser engine under test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

/// Every driver variable the test runner looks at; each run sets exactly one, since
/// wasm-bindgen-test-runner takes the first it finds (gecko, safari, chrome order).
const DRIVER_VARS: [&str; 3] = ["GECKODRIVER", "SAFARIDRIVER", "CHROMEDRIVER"];

impl Engine {
    /// In the order the test command runs them.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The name in step titles and the README.
    pub fn label(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox ESR",
            Engine::WebKit => "WebKitGTK",
        }
    }

    /// The value of `UNKNOT_ENGINE` for the WebDriver end-to-end tests.
    pub fn key(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// `program args…`, wrapped in `xvfb-run -a` for WebKit (MiniBrowser needs a display).
    pub fn command(self, p: &Project, program: &str, args: &[&str]) -> Command {
        match self {
            Engine::WebKit => {
                let mut wrapped = vec!["-a", program];
                wrapped.extend_from_slice(args);
                cmd::command(p, tools::XVFB_RUN, &wrapped)
            }
            Engine::Chromium | Engine::Firefox => cmd::command(p, program, args),
        }
    }

    /// `cargo test --target wasm32-unknown-unknown --test browser` in this engine: one
    /// driver variable and its capabilities file. The wasm is built once; the second and
    /// third engine only run it.
    pub fn browser_tests(self, p: &Project) -> Command {
        let args = [
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "browser",
        ];
        let mut command = self.command(p, "cargo", &args);
        for var in DRIVER_VARS {
            command.env_remove(var);
            command.env_remove(format!("{var}_REMOTE"));
        }
        let (var, driver, capabilities) = match self {
            Engine::Chromium => (
                "CHROMEDRIVER",
                tools::CHROMEDRIVER.into(),
                Some("webdriver.json"),
            ),
            Engine::Firefox => (
                "GECKODRIVER",
                tools::geckodriver(p),
                Some("webdriver-firefox.json"),
            ),
            // WebKitWebDriver needs no capabilities beyond the runner's own.
            Engine::WebKit => ("SAFARIDRIVER", tools::WEBKIT_DRIVER.into(), None),
        };
        command
            .env(var, driver)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "180");
        command.env_remove("WASM_BINDGEN_TEST_WEBDRIVER_JSON");
        if let Some(capabilities) = capabilities {
            command.env(
                "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
                p.root.join(capabilities),
            );
        }
        command
    }

    /// Where the WebDriver end-to-end tests find this engine's browser and driver.
    pub fn e2e_env(self, p: &Project, command: &mut Command) {
        command
            .env("UNKNOT_ENGINE", self.key())
            .env("CHROMIUM", tools::CHROMIUM)
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("FIREFOX", tools::FIREFOX)
            .env("GECKODRIVER", tools::geckodriver(p))
            .env("WEBKIT_DRIVER", tools::WEBKIT_DRIVER)
            // selenium-webdriver must never fetch drivers or report usage.
            .env("SE_OFFLINE", "true")
            .env("SE_AVOID_STATS", "true");
    }
}
