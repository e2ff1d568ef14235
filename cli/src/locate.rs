//! Where a JSON path such as `$.tracker[0].evidence[1].quote` sits in the text of a
//! file, so a diagnostic can name its line and column and show the line.
//!
//! serde_json forgets positions once a value is parsed, so this is a small scanner
//! of its own: it walks the text once, following the path, and stops at the value
//! the path names. It reads well-formed JSON only; on anything else it gives up
//! (returns `None`) and the caller falls back to serde_json's own position.

/// A byte range of the file: the whole value at a path, quotes or brackets included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    /// First byte of the value.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// False when the full path was not found and this is its deepest existing
    /// ancestor (e.g. the object that lacks a field).
    pub exact: bool,
}

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// `.name`
    Key(String),
    /// `[index]`
    Index(usize),
}

/// Parses `$`, `$.a`, `$.a[3].b`, … into steps; `None` for anything else.
pub fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut rest = path.strip_prefix('$')?;
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            if end == 0 {
                return None;
            }
            steps.push(Step::Key(after[..end].to_string()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            steps.push(Step::Index(after[..end].parse().ok()?));
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(steps)
}

/// The value at `path` in `json`, or the deepest ancestor of it that exists.
/// `None` when the path is malformed or the text is not JSON.
pub fn locate(json: &str, path: &str) -> Option<Located> {
    let steps = parse_path(path)?;
    let mut scanner = Scanner { text: json, at: 0 };
    scanner.skip_space();
    let start = scanner.at;
    let found = scanner.find(&steps).ok()?;
    Some(found.unwrap_or(Located {
        start,
        end: start + json[start..].chars().next().map_or(0, char::len_utf8),
        exact: steps.is_empty(),
    }))
}

/// 1-based line and column (counted in characters, as editors count them) of a
/// byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The byte offset of a 1-based line and a 1-based column counted in *bytes*,
/// as serde_json reports them (clamped to the text).
pub fn offset_of_byte_column(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    // serde_json's column is the count of bytes read on the line, so the byte it
    // stopped at is the one before; column 0 means the line break itself.
    let offset = (line_start + column.saturating_sub(1)).min(line_end);
    floor_char_boundary(text, offset)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Not JSON, or not the JSON we can read.
struct Malformed;

struct Scanner<'a> {
    text: &'a str,
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), Malformed> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(Malformed)
        }
    }

    /// Scans the value at the cursor, following `steps` into it. Returns the
    /// location of the value the steps lead to (or of the deepest one that exists),
    /// `None` when the very first step does not exist in this value.
    fn find(&mut self, steps: &[Step]) -> Result<Option<Located>, Malformed> {
        self.skip_space();
        let start = self.at;
        let Some((step, rest)) = steps.split_first() else {
            self.skip_value()?;
            return Ok(Some(Located {
                start,
                end: self.at,
                exact: true,
            }));
        };
        let here = |end| Located {
            start,
            end,
            exact: false,
        };
        match (self.peek(), step) {
            (Some(b'{'), Step::Key(wanted)) => {
                self.at += 1;
                self.skip_space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Some(here(self.at)));
                }
                loop {
                    self.skip_space();
                    let key = self.string()?;
                    self.expect(b':')?;
                    if key == *wanted {
                        let found = self.find(rest)?;
                        return Ok(found.or(Some(here(self.at))));
                    }
                    self.skip_value()?;
                    if !self.comma_or_close(b'}')? {
                        return Ok(Some(here(self.at)));
                    }
                }
            }
            (Some(b'['), Step::Index(wanted)) => {
                self.at += 1;
                self.skip_space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Some(here(self.at)));
                }
                let mut index = 0;
                loop {
                    if index == *wanted {
                        let found = self.find(rest)?;
                        return Ok(found.or(Some(here(self.at))));
                    }
                    self.skip_value()?;
                    if !self.comma_or_close(b']')? {
                        return Ok(Some(here(self.at)));
                    }
                    index += 1;
                }
            }
            _ => {
                self.skip_value()?;
                Ok(Some(here(self.at)))
            }
        }
    }

    /// After a member: true at a comma (more follow), false at the closing bracket.
    fn comma_or_close(&mut self, close: u8) -> Result<bool, Malformed> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(true)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(false)
            }
            _ => Err(Malformed),
        }
    }

    fn skip_value(&mut self) -> Result<(), Malformed> {
        self.skip_space();
        match self.peek().ok_or(Malformed)? {
            b'"' => self.string().map(drop),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                self.skip_space();
                if self.peek() == Some(close) {
                    self.at += 1;
                    return Ok(());
                }
                loop {
                    if open == b'{' {
                        self.skip_space();
                        self.string()?;
                        self.expect(b':')?;
                    }
                    self.skip_value()?;
                    if !self.comma_or_close(close)? {
                        return Ok(());
                    }
                }
            }
            _ => {
                // A number, true, false or null: up to the next delimiter.
                let len = self.text[self.at..]
                    .find(|c: char| matches!(c, ',' | '}' | ']') || c.is_ascii_whitespace())
                    .unwrap_or(self.text.len() - self.at);
                if len == 0 {
                    return Err(Malformed);
                }
                self.at += len;
                Ok(())
            }
        }
    }

    /// A string at the cursor, decoded (keys are compared decoded).
    fn string(&mut self) -> Result<String, Malformed> {
        if self.peek() != Some(b'"') {
            return Err(Malformed);
        }
        self.at += 1;
        let mut value = String::new();
        let mut chars = self.text[self.at..].char_indices();
        while let Some((offset, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += offset + 1;
                    return Ok(value);
                }
                '\\' => {
                    let (_, escaped) = chars.next().ok_or(Malformed)?;
                    match escaped {
                        'n' => value.push('\n'),
                        't' => value.push('\t'),
                        'r' => value.push('\r'),
                        'b' => value.push('\u{8}'),
                        'f' => value.push('\u{c}'),
                        'u' => {
                            let hex: String = chars.by_ref().take(4).map(|(_, h)| h).collect();
                            let code = u32::from_str_radix(&hex, 16).map_err(|_| Malformed)?;
                            // Surrogate pairs only matter for keys, which never have them.
                            value.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        other => value.push(other),
                    }
                }
                c => value.push(c),
            }
        }
        Err(Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{
  "article": { "headline": "H", "n": 3 },
  "quotes": [
    { "id": "a", "text": "one" },
    { "id": "b", "text": "Kyiv’s “two”", "x": [1, {"y": null}] }
  ],
  "tracker": [
    {
      "evidence": [ { "passage": "p" }, { "quote": "no-such" } ]
    }
  ]
}"#;

    fn at(path: &str) -> (usize, usize, &'static str, bool) {
        let found = locate(DOC, path).unwrap();
        let (line, column) = line_column(DOC, found.start);
        (line, column, &DOC[found.start..found.end], found.exact)
    }

    #[test]
    fn paths_parse_into_steps() {
        assert_eq!(parse_path("$"), Some(vec![]));
        assert_eq!(
            parse_path("$.tracker[0].evidence[12].quote"),
            Some(vec![
                Step::Key("tracker".into()),
                Step::Index(0),
                Step::Key("evidence".into()),
                Step::Index(12),
                Step::Key("quote".into()),
            ])
        );
        assert_eq!(
            parse_path("$.$schema"),
            Some(vec![Step::Key("$schema".into())])
        );
        for bad in ["", "quotes", "$.", "$[x]", "$[1", "$..a"] {
            assert_eq!(parse_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn finds_values_with_their_line_and_column() {
        assert_eq!(at("$.article.headline"), (2, 28, "\"H\"", true));
        assert_eq!(at("$.quotes[1].id"), (5, 13, "\"b\"", true));
        assert_eq!(
            at("$.tracker[0].evidence[1].quote"),
            (9, 52, "\"no-such\"", true)
        );
        assert_eq!(at("$.quotes[1].x[1].y"), (5, 57, "null", true));
        assert_eq!(at("$.article.n"), (2, 38, "3", true));
        assert_eq!(at("$").0, 1);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        // "Kyiv’s “two”" has three 3-byte characters before "x".
        let (line, column, text, _) = at("$.quotes[1].x");
        assert_eq!((line, text), (5, "[1, {\"y\": null}]"));
        assert_eq!(column, 47);
    }

    #[test]
    fn a_missing_member_falls_back_to_its_parent() {
        let (line, column, text, exact) = at("$.quotes[0].speaker");
        assert_eq!((line, column, exact), (4, 5, false));
        assert_eq!(text, r#"{ "id": "a", "text": "one" }"#);
        let (line, _, _, exact) = at("$.quotes[7].text");
        assert_eq!((line, exact), (3, false));
    }

    #[test]
    fn escaped_keys_and_strings_are_read() {
        let doc = r#"{"a\"b": "x\"y", "c": "\u00e9\n"}"#;
        let found = locate(doc, "$.c").unwrap();
        assert_eq!(&doc[found.start..found.end], r#""\u00e9\n""#);
        let found = locate(doc, "$.a\"b").unwrap();
        assert_eq!(&doc[found.start..found.end], r#""x\"y""#);
    }

    #[test]
    fn malformed_json_is_none() {
        assert_eq!(locate(r#"{"a": "#, "$.a"), None);
        assert_eq!(locate(r#"{"a" 1}"#, "$.b"), None);
        assert_eq!(locate("[1, 2", "$[5]"), None);
    }

    #[test]
    fn serde_positions_map_to_offsets() {
        let text = "ab\n“c”d\nlast";
        // serde_json's column counts bytes read: 3 stops inside “ (3 bytes) and is
        // floored to its start; 4 is the byte after it, “c”.
        assert_eq!(offset_of_byte_column(text, 2, 3), 3);
        assert_eq!(offset_of_byte_column(text, 2, 4), 6);
        assert_eq!(offset_of_byte_column(text, 1, 0), 0);
        assert_eq!(offset_of_byte_column(text, 9, 1), text.len());
        assert_eq!(line_column(text, 6), (2, 2));
        assert_eq!(line_column(text, text.len()), (3, 5));
    }
}
