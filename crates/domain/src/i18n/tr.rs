//! `Tr`: the three lookups under short names, so domain code that builds sentences for
//! the screen (cards, verdicts, notices) can take the chosen catalogue and stay pure. The
//! catalogue check finds keys by these names (`t`, `tf`, `tn`) as it does in the UI.

use super::Catalogue;

/// Text in one language: a plain key, a key with `{placeholders}`, a plural key.
pub trait Tr {
    /// The text of a plain key.
    fn t(&self, key: &str) -> String;
    /// The text of `key` with its placeholders filled.
    fn tf(&self, key: &str, args: &[(&str, &str)]) -> String;
    /// The form of a `"one|other"` key for `n`, with `{n}` and `args` filled.
    fn tn(&self, key: &str, n: i64, args: &[(&str, &str)]) -> String;
}

impl Tr for Catalogue {
    fn t(&self, key: &str) -> String {
        self.text(key).to_owned()
    }

    fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.format(key, args)
    }

    fn tn(&self, key: &str, n: i64, args: &[(&str, &str)]) -> String {
        self.plural(key, n, args)
    }
}
