//! Whether Home offers to install the app, and how: Chromium (Android, desktop) hands
//! the page an install prompt; Safari on iPhone and iPad never does, so there the only
//! way is Share → Add to Home Screen, which people rarely find on their own.

/// What Home shows about installing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallOffer {
    /// Already installed, dismissed, or a browser that offers its own way.
    Nothing,
    /// An `Install app` button that opens the browser's install prompt.
    Button,
    /// The Share → Add to Home Screen how-to (iPhone, iPad).
    AppleHowTo,
}

/// What the page knows about its situation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InstallSituation {
    /// Running as an installed app (display-mode standalone, or iOS's home-screen mode).
    pub standalone: bool,
    /// Safari's engine on an iPhone, iPad or iPod touch.
    pub apple_mobile: bool,
    /// The browser handed over an install prompt (`beforeinstallprompt`).
    pub prompt_ready: bool,
    /// The person closed the offer before.
    pub dismissed: bool,
}

/// The offer for a situation: the real prompt first, the how-to only where no prompt
/// can ever come, nothing once installed or dismissed.
pub fn offer(s: InstallSituation) -> InstallOffer {
    if s.standalone || s.dismissed {
        InstallOffer::Nothing
    } else if s.prompt_ready {
        InstallOffer::Button
    } else if s.apple_mobile {
        InstallOffer::AppleHowTo
    } else {
        InstallOffer::Nothing
    }
}

/// Whether `navigator.userAgent`/`platform`/`maxTouchPoints` describe an iPhone, iPad
/// or iPod. iPadOS asks for desktop sites by default and then says `MacIntel`, but a
/// Mac has no touch screen, so touch points tell them apart.
pub fn is_apple_mobile(user_agent: &str, platform: &str, max_touch_points: u32) -> bool {
    ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|device| user_agent.contains(device))
        || (platform == "MacIntel" && max_touch_points > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const IPAD_DESKTOP: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

    #[test]
    fn iphones_and_ipads_are_told_apart_from_macs_and_android() {
        assert!(is_apple_mobile(IPHONE, "iPhone", 5));
        assert!(is_apple_mobile(IPAD_DESKTOP, "MacIntel", 5));
        assert!(!is_apple_mobile(IPAD_DESKTOP, "MacIntel", 0), "a Mac");
        assert!(!is_apple_mobile(ANDROID, "Linux armv81", 5));
    }

    #[test]
    fn the_prompt_wins_the_how_to_is_only_for_apple_and_nothing_once_installed() {
        let base = InstallSituation::default();
        assert_eq!(offer(base), InstallOffer::Nothing);
        let ready = InstallSituation {
            prompt_ready: true,
            ..base
        };
        assert_eq!(offer(ready), InstallOffer::Button);
        let apple = InstallSituation {
            apple_mobile: true,
            ..base
        };
        assert_eq!(offer(apple), InstallOffer::AppleHowTo);
        for done in [
            InstallSituation {
                standalone: true,
                ..apple
            },
            InstallSituation {
                dismissed: true,
                ..ready
            },
            InstallSituation {
                dismissed: true,
                ..apple
            },
        ] {
            assert_eq!(offer(done), InstallOffer::Nothing, "{done:?}");
        }
    }
}
