//! No tap is lost: a tap on the pre-rendered opening screen, made before the app ran, is
//! carried out once the app has mounted.
//!
//! The two buttons a visitor taps first carry `data-early` ([`EarlyTap::key`]): `I
//! understand, continue` on the first-run safety screen and `Start routine` on Home. The
//! inline script in `<head>` ([`keep_taps_script`], part of the pre-render's script and
//! allowed by its hash in the CSP) keeps the first tap on one of them while the screen is
//! still the HTML's, shows that button pressed ("Starting…", `aria-busy`) and swallows
//! further taps. The app reads and clears the kept tap as it takes the screen over
//! ([`crate::platform::prerendered::take_tap`]) and, once its screens are ready, sends the
//! same action that button sends — once, and only while the app shows what the tap was
//! made on (`ui::app`, which knows the screens).

use leptos::prelude::*;

use crate::platform::prerendered::{ROOT_ID, TAP_GLOBAL};

/// A pre-rendered control whose tap is kept until the app runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlyTap {
    /// `I understand, continue` on the first-run safety screen.
    Acknowledge,
    /// `Start routine` on Home.
    Start,
}

/// The attribute that marks a control as an [`EarlyTap`] (its value is the key).
pub const ATTRIBUTE: &str = "data-early";

/// What the pressed button says until the app carries the tap out. English only: the
/// pre-render shows only to a device whose language is English (`ui::prerender`).
pub const STARTING: &str = "Starting…";

impl EarlyTap {
    const ALL: [EarlyTap; 2] = [EarlyTap::Acknowledge, EarlyTap::Start];

    /// The value of [`ATTRIBUTE`] on the control.
    pub fn key(self) -> &'static str {
        match self {
            EarlyTap::Acknowledge => "acknowledge",
            EarlyTap::Start => "start",
        }
    }

    /// The tap named by `key`, if it is one.
    pub fn parse(key: &str) -> Option<EarlyTap> {
        EarlyTap::ALL.into_iter().find(|tap| tap.key() == key)
    }
}

/// The inline script (without `<script>` tags) that keeps the first early tap in
/// `self.__unknotTap`. A capture listener on the document: it sees the tap before
/// anything else, and after the take-over no control is inside the pre-render any more,
/// so the app's own taps pass untouched.
pub fn keep_taps_script() -> String {
    format!(
        "document.addEventListener('click',function(e){{\
         var b=e.target&&e.target.closest&&e.target.closest('#{ROOT_ID} [{ATTRIBUTE}]');\
         if(!b)return;e.preventDefault();if(self.{TAP_GLOBAL})return;\
         self.{TAP_GLOBAL}=b.getAttribute('{ATTRIBUTE}');\
         b.setAttribute('aria-busy','true');b.textContent='{STARTING}'}},true);"
    )
}

/// Takes the kept tap (if any) and hands it to `carry_out` once the screens are `ready`.
pub fn use_early_tap(ready: ReadSignal<bool>, carry_out: impl Fn(EarlyTap) + 'static) {
    let Some(tap) = crate::platform::prerendered::take_tap()
        .as_deref()
        .and_then(EarlyTap::parse)
    else {
        return;
    };
    let mut pending = Some(tap);
    crate::ui::reactive::effect(move |_| {
        if ready.get() {
            if let Some(tap) = pending.take() {
                carry_out(tap);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tap_reads_back_from_its_key() {
        for tap in EarlyTap::ALL {
            assert_eq!(EarlyTap::parse(tap.key()), Some(tap));
        }
        assert_eq!(EarlyTap::parse("settings"), None);
    }

    #[test]
    fn the_script_keeps_only_taps_inside_the_pre_render_and_only_the_first() {
        let script = keep_taps_script();
        assert!(script.contains("closest('#prerendered [data-early]')"));
        assert!(script.contains("if(self.__unknotTap)return;"));
        assert!(script.contains("'click'") && script.ends_with(",true);"));
        assert!(!script.contains("</script"));
    }
}
