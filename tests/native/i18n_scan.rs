//! Finds the message keys in Rust source: the string literal that is the first argument of
//! a call to `t`, `tf`, `tn` or `msg` (also as a method, `c.t("…")`), outside comments.

use std::collections::BTreeSet;

const MARKERS: [&str; 4] = ["t", "tf", "tn", "msg"];

/// The keys `source` marks, in the order they appear (repeats included).
pub fn keys_in(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut keys = Vec::new();
    let mut i = 0;
    // The identifier just read, waiting for `(` and a literal.
    let mut pending: Option<String> = None;
    let mut open = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if let Some((text, end)) = literal(&chars, i) {
            if open {
                keys.push(text);
            }
            pending = None;
            open = false;
            i = end;
            continue;
        }
        if c == '\'' {
            // A char literal or a lifetime: skip the quote and what a char literal holds.
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else {
                i += 1;
            }
            pending = None;
            open = false;
            continue;
        }
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let ident: String = chars[start..i].iter().collect();
            open = false;
            pending = MARKERS.contains(&ident.as_str()).then_some(ident);
            continue;
        }
        open = c == '(' && pending.is_some();
        pending = None;
        i += 1;
    }
    keys
}

/// The string literal starting at `i` (`"…"`, `r"…"`, `r#"…"#`), unescaped, and the index
/// after it.
fn literal(chars: &[char], i: usize) -> Option<(String, usize)> {
    if chars[i] == 'r' && (i == 0 || !is_ident(chars[i - 1])) {
        let mut j = i + 1;
        let mut hashes = 0;
        while chars.get(j) == Some(&'#') {
            hashes += 1;
            j += 1;
        }
        if chars.get(j) != Some(&'"') {
            return None;
        }
        j += 1;
        let start = j;
        loop {
            if j >= chars.len() {
                return None;
            }
            if chars[j] == '"' && (1..=hashes).all(|h| chars.get(j + h) == Some(&'#')) {
                return Some((chars[start..j].iter().collect(), j + 1 + hashes));
            }
            j += 1;
        }
    }
    if chars[i] != '"' {
        return None;
    }
    let mut out = String::new();
    let mut j = i + 1;
    while j < chars.len() {
        match chars[j] {
            '"' => return Some((out, j + 1)),
            '\\' => {
                j += 1;
                match chars.get(j) {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('0') => out.push('\0'),
                    Some('\n') => {
                        while chars.get(j + 1).is_some_and(|c| c.is_whitespace()) {
                            j += 1;
                        }
                    }
                    Some('u') => {
                        let close = (j..chars.len()).find(|&k| chars[k] == '}')?;
                        let hex: String = chars[j + 2..close].iter().collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                        j = close;
                    }
                    Some('x') => {
                        let hex: String = chars.get(j + 1..j + 3)?.iter().collect();
                        out.push(char::from(u8::from_str_radix(&hex, 16).ok()?));
                        j += 2;
                    }
                    Some(other) => out.push(*other),
                    None => return None,
                }
                j += 1;
            }
            c => {
                out.push(c);
                j += 1;
            }
        }
    }
    None
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The `{names}` in a message.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn the_scanner_reads_every_literal_form() {
    let src = r####"
        // t("in a comment")
        let a = t("Plain");
        let b = tf(
            "Two \"quoted\" {n}\
             lines",
            &[],
        );
        let c = cat.tn(r#"{n} pass|{n} passes"#, 2, &[]);
        const D: &str = msg("Con\u{2014}st");
        let e = tt("not a marker"); let f = t(name);
        let g = format!("not {}", t("Inner"));
        let h = 'x'; let i = t("After char");
    "####;
    assert_eq!(
        keys_in(src),
        [
            "Plain",
            "Two \"quoted\" {n}lines",
            "{n} pass|{n} passes",
            "Con\u{2014}st",
            "Inner",
            "After char"
        ]
    );
}
