//! Text in the person's language: `t`, `tf` and `tn` look a key up in the catalogue the
//! app provides (English when none is provided, as in component tests).
//!
//! Lookups are untracked on purpose: choosing another language swaps the catalogue and
//! remounts the screens (`ui::app`), so no text node needs its own subscription.

pub mod language;
pub mod select;

use leptos::prelude::*;

use crate::domain::i18n::{Catalogue, Lang};

/// The catalogue of the chosen language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n(RwSignal<Catalogue>);

impl I18n {
    /// Provides `catalogue` to every component below.
    pub fn provide(catalogue: Catalogue) -> I18n {
        let i18n = I18n(RwSignal::new(catalogue));
        provide_context(i18n);
        i18n
    }

    /// The language shown (tracked: a view keyed on it remounts when it changes).
    pub fn lang(self) -> Lang {
        self.0.with(Catalogue::lang)
    }

    /// Runs `f` on the catalogue shown (untracked).
    pub fn with_catalogue<R>(self, f: impl FnOnce(&Catalogue) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// Shows another language's catalogue.
    pub fn set(self, catalogue: Catalogue) {
        self.0.set(catalogue);
    }
}

/// Runs `f` with the chosen catalogue (untracked), for domain code that takes a `Tr`.
pub fn with_catalogue<R>(f: impl FnOnce(&Catalogue) -> R) -> R {
    match use_context::<I18n>() {
        Some(I18n(signal)) => signal.with_untracked(f),
        None => f(&Catalogue::english()),
    }
}

/// The text of `key` in the chosen language.
pub fn t(key: &str) -> String {
    with_catalogue(|c| c.text(key).to_owned())
}

/// The text of `key` with its `{placeholders}` filled.
pub fn tf(key: &str, args: &[(&str, &str)]) -> String {
    with_catalogue(|c| c.format(key, args))
}

/// The form of the `"one|other"` key for `n`, with `{n}` and `args` filled.
pub fn tn(key: &str, n: i64, args: &[(&str, &str)]) -> String {
    with_catalogue(|c| c.plural(key, n, args))
}
