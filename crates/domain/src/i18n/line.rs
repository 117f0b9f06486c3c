//! A sentence made in the domain (a spoken cue, a tip, a notice), kept as a message key
//! and its arguments until the moment it is shown or said, so it comes out in the
//! language chosen then.

use std::fmt;

use super::{Catalogue, Tr};

/// One argument of a [`Line`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A message key, translated with the line ("left", "upper back").
    Key(&'static str),
    /// A number, said as is.
    Number(u64),
    /// Text that is not a message (a name, a detail from the browser), shown as is.
    Text(String),
    /// A sentence inside the sentence (a reason inside an error), in the same language.
    Line(Box<Line>),
    /// Several phrases (a list of details), each in the same language, joined with "; ".
    List(Vec<Line>),
    /// Several whole sentences, each in the same language, joined with a space.
    Sentences(Vec<Line>),
}

impl Arg {
    /// A nested sentence.
    pub fn line(line: Line) -> Arg {
        Arg::Line(Box::new(line))
    }
}

/// A sentence to speak or announce: a key (plain, or `one|other` with a count) and its
/// `{placeholders}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    key: &'static str,
    count: Option<i64>,
    args: Vec<(&'static str, Arg)>,
}

impl Line {
    /// A plain sentence.
    pub fn t(key: &'static str) -> Line {
        Line {
            key,
            count: None,
            args: Vec::new(),
        }
    }

    /// A sentence with placeholders.
    pub fn tf(key: &'static str, args: Vec<(&'static str, Arg)>) -> Line {
        Line {
            key,
            count: None,
            args,
        }
    }

    /// A plural sentence (`"one|other"`) for `n`.
    pub fn tn(key: &'static str, n: i64, args: Vec<(&'static str, Arg)>) -> Line {
        Line {
            key,
            count: Some(n),
            args,
        }
    }

    /// Several whole sentences shown one after the other, each in the language of the
    /// screen (no message of its own: there is nothing to translate between them).
    pub fn sentences(lines: Vec<Line>) -> Line {
        Line {
            key: "{sentences}",
            count: None,
            args: vec![("sentences", Arg::Sentences(lines))],
        }
    }

    /// The message key (for tests and de-duplication).
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The sentence in the language of `tr`.
    pub fn render(&self, tr: &Catalogue) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Key(key) => tr.t(key),
                    Arg::Number(n) => n.to_string(),
                    Arg::Text(text) => text.clone(),
                    Arg::Line(line) => line.render(tr),
                    Arg::List(lines) => join(lines, tr, "; "),
                    Arg::Sentences(lines) => join(lines, tr, " "),
                };
                (*name, value)
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        match self.count {
            Some(n) => tr.tn(self.key, n, &args),
            None => tr.tf(self.key, &args),
        }
    }
}

fn join(lines: &[Line], tr: &Catalogue, separator: &str) -> String {
    lines
        .iter()
        .map(|l| l.render(tr))
        .collect::<Vec<_>>()
        .join(separator)
}

/// English, as the tests read it.
impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Catalogue::english()))
    }
}
