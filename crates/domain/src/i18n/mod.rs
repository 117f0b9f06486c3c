//! Languages and the message catalogue (gettext style: the English text is the key).
//!
//! English is built in: a key *is* its English text, so an English catalogue is empty and
//! costs nothing. Every other language is one JSON file (`public/lang/<code>.json`, see
//! `Catalogue::parse`) fetched when that language is chosen. Placeholders are `{name}`;
//! a plural key is `"<one>|<other>"` in English and an object of CLDR categories in a file.

mod catalogue;
pub mod format;
mod lang;
mod line;
#[cfg(test)]
mod tests;
mod tr;

pub use catalogue::{fill, Catalogue, CatalogueError, Message};
pub use lang::{lenient_lang, Lang};
pub use line::{Arg, Line};
pub use tr::Tr;

/// Marks a `&'static str` as a message key where it is defined (content tables, notices),
/// so the catalogue check finds it; returns it unchanged. Translation happens where the
/// text is shown.
pub const fn msg(english: &'static str) -> &'static str {
    english
}
