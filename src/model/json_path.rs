//! JSON paths (`$.tracker[0].evidence[1].quote`) and where they sit in the text
//! of a file, so a problem can carry its byte span, line and column.
//!
//! serde_json forgets positions once a value is parsed, so this is a small scanner
//! of its own. It runs only when there are problems to place, never on the happy
//! path, and it is built to stay bounded on hostile input: one pass over the text
//! for all the paths at once (the paths share a trie), and iterative, with an
//! explicit stack, so a file nested 100,000 levels deep cannot overflow the call
//! stack. On malformed JSON it stops where the text stops making sense and keeps
//! what it found before that point.

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// `.name`
    Key(String),
    /// `[index]`
    Index(usize),
}

/// Parses `$`, `$.a`, `$.a[3].b`, … into steps; `None` for anything else.
pub fn parse(path: &str) -> Option<Vec<Step>> {
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

/// Where the value at a path sits: a byte range of the text, quotes or brackets
/// included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    /// First byte of the value.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// False when the full path is not in the text and this is its deepest
    /// ancestor that is (e.g. the object that lacks a field).
    pub exact: bool,
}

/// Each path's value in `json` (or the deepest ancestor of it the text has),
/// parallel to `paths`; `None` for a malformed path, or when not even the root
/// value could be read.
pub fn locate_all(json: &str, paths: &[&str]) -> Vec<Option<Located>> {
    if paths.is_empty() {
        return Vec::new();
    }
    let mut trie = Trie::default();
    let leaves: Vec<Option<Vec<usize>>> = paths
        .iter()
        .map(|path| parse(path).map(|steps| trie.insert(steps)))
        .collect();
    Scanner {
        bytes: json.as_bytes(),
        at: 0,
    }
    .walk(&mut trie);
    leaves
        .into_iter()
        .map(|chain| {
            let chain = chain?;
            let deepest = chain.len() - 1;
            chain.iter().enumerate().rev().find_map(|(depth, &node)| {
                trie.nodes[node].span.map(|(start, end)| Located {
                    start,
                    end,
                    exact: depth == deepest,
                })
            })
        })
        .collect()
}

/// The value at one path; see [`locate_all`].
pub fn locate(json: &str, path: &str) -> Option<Located> {
    locate_all(json, &[path]).pop().flatten()
}

/// 1-based line and column (counted in characters, as editors count them) of a
/// byte offset. For many offsets in one text, [`LineIndex`].
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

/// Where each line of a text starts, found once, so that placing every problem
/// of a large file costs a binary search each rather than a scan from the top.
#[derive(Clone, Debug)]
pub struct LineIndex<'t> {
    text: &'t str,
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Indexes the lines of `text`.
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        // The last line start at or before the offset.
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        (line, self.text[line_start..offset].chars().count() + 1)
    }
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

/// The wanted paths, sharing their common beginnings; node 0 is `$`.
struct Trie {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    /// Each step on from here, with its node. A plain list: a problem report has
    /// few paths, and a map would cost the reader's Wasm more than it saves.
    children: Vec<(Step, usize)>,
    /// The value's byte range, once the scanner has read all of it.
    span: Option<(usize, usize)>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie {
            nodes: vec![Node::default()],
        }
    }
}

impl Trie {
    /// Adds a path; returns its nodes from the root down.
    fn insert(&mut self, steps: Vec<Step>) -> Vec<usize> {
        let mut chain = vec![0];
        let mut node = 0;
        for step in steps {
            node = match self.child(Some(node), &step) {
                Some(existing) => existing,
                None => {
                    let next = self.nodes.len();
                    self.nodes[node].children.push((step, next));
                    self.nodes.push(Node::default());
                    next
                }
            };
            chain.push(node);
        }
        chain
    }

    fn child(&self, node: Option<usize>, step: &Step) -> Option<usize> {
        self.nodes[node?]
            .children
            .iter()
            .find(|(candidate, _)| candidate == step)
            .map(|&(_, child)| child)
    }

    fn record(&mut self, node: Option<usize>, start: usize, end: usize) {
        if let Some(node) = node {
            self.nodes[node].span = Some((start, end));
        }
    }
}

/// An object or array the scanner is inside.
struct Frame {
    close: u8,
    /// The container's own trie node, if a wanted path goes through it.
    node: Option<usize>,
    start: usize,
    /// For an array: the index of the element being read.
    index: usize,
}

/// The text stops being JSON here.
struct Malformed;

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Reads the root value, recording the span of every trie node it meets;
    /// stops quietly at the first malformed byte.
    fn walk(&mut self, trie: &mut Trie) {
        let _ = self.walk_until_malformed(trie);
    }

    fn walk_until_malformed(&mut self, trie: &mut Trie) -> Result<(), Malformed> {
        let mut stack: Vec<Frame> = Vec::new();
        // The trie node of the value about to be read.
        let mut node = Some(0);
        loop {
            self.skip_space();
            let start = self.at;
            match self.peek().ok_or(Malformed)? {
                open @ (b'{' | b'[') => {
                    self.at += 1;
                    let close = if open == b'{' { b'}' } else { b']' };
                    stack.push(Frame {
                        close,
                        node,
                        start,
                        index: 0,
                    });
                    self.skip_space();
                    if self.peek() == Some(close) {
                        self.at += 1;
                        stack.pop();
                        trie.record(node, start, self.at);
                    } else {
                        node = if open == b'{' {
                            self.member_key(trie, node)?
                        } else {
                            trie.child(node, &Step::Index(0))
                        };
                        continue;
                    }
                }
                b'"' => {
                    self.skip_string()?;
                    trie.record(node, start, self.at);
                }
                _ => {
                    let len = self.bytes[self.at..]
                        .iter()
                        .position(|&b| {
                            matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                        })
                        .unwrap_or(self.bytes.len() - self.at);
                    if len == 0 {
                        return Err(Malformed);
                    }
                    self.at += len;
                    trie.record(node, start, self.at);
                }
            }
            // A value is complete: close the containers it completes, then move
            // to the next member of the innermost one left open.
            loop {
                let Some(frame) = stack.last_mut() else {
                    return Ok(());
                };
                self.skip_space();
                match self.peek().ok_or(Malformed)? {
                    b',' => {
                        self.at += 1;
                        if frame.close == b'}' {
                            let parent = frame.node;
                            node = self.member_key(trie, parent)?;
                        } else {
                            frame.index += 1;
                            node = trie.child(frame.node, &Step::Index(frame.index));
                        }
                        break;
                    }
                    byte if byte == frame.close => {
                        self.at += 1;
                        let (parent, start) = (frame.node, frame.start);
                        stack.pop();
                        trie.record(parent, start, self.at);
                    }
                    _ => return Err(Malformed),
                }
            }
        }
    }

    /// Reads `"key":` and returns the key's trie node under `parent`.
    fn member_key(
        &mut self,
        trie: &Trie,
        parent: Option<usize>,
    ) -> Result<Option<usize>, Malformed> {
        self.skip_space();
        let start = self.at;
        self.skip_string()?;
        let raw = &self.bytes[start + 1..self.at - 1];
        let node = match parent {
            // Keys are decoded only where a wanted path could go on.
            Some(_) => {
                let key = std::str::from_utf8(raw).map_err(|_| Malformed)?;
                trie.child(parent, &Step::Key(decode(key)))
            }
            None => None,
        };
        self.skip_space();
        if self.peek() != Some(b':') {
            return Err(Malformed);
        }
        self.at += 1;
        Ok(node)
    }

    /// Moves past the string at the cursor, quotes included.
    fn skip_string(&mut self) -> Result<(), Malformed> {
        if self.peek() != Some(b'"') {
            return Err(Malformed);
        }
        self.at += 1;
        while let Some(byte) = self.peek() {
            self.at += 1;
            match byte {
                b'"' => return Ok(()),
                b'\\' => self.at += 1,
                _ => {}
            }
        }
        Err(Malformed)
    }
}

/// A key as a path names it: `\"`, `\\` and `\/` decoded. Explainer keys are
/// plain words, so the other escapes (`\n`, `\u00e9`) are left as written rather
/// than cost the reader's Wasm a full decoder; such a key is then not found, and
/// the problem is placed at its parent.
fn decode(raw: &str) -> String {
    let mut value = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some(escaped @ ('"' | '\\' | '/'))) => {
                value.push(escaped);
                chars.next();
            }
            _ => value.push(c),
        }
    }
    value
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
        assert_eq!(parse("$"), Some(vec![]));
        assert_eq!(
            parse("$.tracker[0].evidence[12].quote"),
            Some(vec![
                Step::Key("tracker".into()),
                Step::Index(0),
                Step::Key("evidence".into()),
                Step::Index(12),
                Step::Key("quote".into()),
            ])
        );
        assert_eq!(parse("$.$schema"), Some(vec![Step::Key("$schema".into())]));
        for bad in ["", "quotes", "$.", "$[x]", "$[1", "$..a"] {
            assert_eq!(parse(bad), None, "{bad:?}");
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
        assert_eq!(at("$"), (1, 1, DOC, true));
    }

    #[test]
    fn many_paths_are_found_in_one_pass() {
        let paths = [
            "$.quotes[0].text",
            "$.quotes[1].id",
            "not a path",
            "$.quotes[0]",
            "$.tracker[0].evidence[0].passage",
        ];
        let found: Vec<Option<&str>> = locate_all(DOC, &paths)
            .into_iter()
            .map(|located| located.map(|l| &DOC[l.start..l.end]))
            .collect();
        assert_eq!(
            found,
            [
                Some("\"one\""),
                Some("\"b\""),
                None,
                Some(r#"{ "id": "a", "text": "one" }"#),
                Some("\"p\""),
            ]
        );
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
    fn malformed_json_keeps_what_came_before_it() {
        // The value at the path is never complete, and neither is its parent.
        assert_eq!(locate(r#"{"a": "#, "$.a"), None);
        assert_eq!(locate(r#"{"a" 1}"#, "$.b"), None);
        assert_eq!(locate("[1, 2", "$[5]"), None);
        // A complete value before the break is still found.
        let broken = r#"{"a": [1, "two"], "b": {"c": }"#;
        let found = locate(broken, "$.a[1]").unwrap();
        assert_eq!(&broken[found.start..found.end], "\"two\"");
    }

    #[test]
    fn nesting_a_hundred_thousand_levels_deep_does_not_overflow_the_stack() {
        let depth = 100_000;
        let deep = format!("{{\"a\": {}1{}}}", "[".repeat(depth), "]".repeat(depth));
        let found = locate(&deep, "$.a[0][0][0]").unwrap();
        assert_eq!(found.start, 9);
        assert_eq!(found.end, deep.len() - 4);
        assert!(found.exact);
        // Unclosed: nothing complete to point at, and still no overflow.
        let unclosed = "[".repeat(depth);
        assert_eq!(locate(&unclosed, "$[0]"), None);
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
