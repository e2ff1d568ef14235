//! The social-preview image of one quote (Open Graph / Twitter card): a 1200×630
//! PNG drawn at build time, in pure Rust, with the fonts bundled in the binary
//! (`assets/fonts/`, DejaVu) — no system fonts, no network.
//!
//! The card is an SVG document rendered by resvg. Everything is laid out here,
//! with the fonts' own metrics: usvg shapes each word with the bundled font and
//! reports its advance width, the quote is wrapped to the text box and set in the
//! largest size at which it fits (lines balanced so the last one is not a lone
//! word), and every other line is shortened with an ellipsis when it is too wide.
//! A final pass re-measures the laid-out lines and shrinks the type if shaping
//! across the spaces made one of them wider than the box.
//!
//! The quote and the names are isolated ([`crate::bidi`]): an Arabic quote on
//! the card keeps its quotation marks outside its words, at the card's ends. The
//! card of a right-to-left explainer is the mirror image: lines set from the
//! right edge, the opening mark hanging in the right margin, the closing one
//! ending the last line on its left, the publisher on the left.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

// An HTML escape is an XML escape too (`&#39;` is valid in both).
use crate::bidi;
use crate::html::escape;

/// What goes on the card.
pub struct QuoteCardImage<'a> {
    /// The quoted words, without quotation marks: the card adds `marks`.
    pub quote: &'a str,
    /// The opening and closing quotation marks of the explainer's interface
    /// language (“ ” in English, « » in Russian), in reading order: a mirrored
    /// card draws guillemets turned, so they point outwards as Arabic has them.
    pub marks: (&'a str, &'a str),
    /// Who said it, e.g. "Donald Trump".
    pub speaker: &'a str,
    /// The speaker's role, e.g. "President of the United States".
    pub role: &'a str,
    /// The explainer's headline, shown small as the source line.
    pub headline: &'a str,
    /// The publisher's name, shown small beside the headline when present.
    pub publisher: Option<&'a str>,
    /// Whether the explainer reads right to left: the card is then mirrored.
    pub right_to_left: bool,
}

/// The card's width in pixels (the Open Graph recommended 1.91:1).
pub const WIDTH: u32 = 1200;
/// The card's height in pixels.
pub const HEIGHT: u32 = 630;
/// Quotes longer than this many characters are cut at a word and end with “…”.
pub const MAX_QUOTE_CHARS: usize = 300;

/// Space around everything but the hanging opening quotation mark.
const MARGIN: f32 = 80.0;
const BOX_LEFT: f32 = MARGIN;
const BOX_RIGHT: f32 = WIDTH as f32 - MARGIN;
const BOX_WIDTH: f32 = BOX_RIGHT - BOX_LEFT;

const BACKGROUND: &str = "#f6f5f1";
const INK: &str = "#16140f";
const MUTED: &str = "#5e5950";
const ACCENT: &str = "#a4161a";
const HAIRLINE: &str = "#d5d0c4";

/// The accent rule above the quote and the quote go together between the top
/// margin and `QUOTE_BOTTOM` (which the descenders of the quote's last line stay
/// above), centred when the quote is short.
const RULE_TOP: f32 = MARGIN;
const RULE_WIDTH: f32 = 72.0;
const RULE_HEIGHT: f32 = 5.0;
const QUOTE_BOTTOM: f32 = 392.0;
const QUOTE_MAX_SIZE: u32 = 80;
const QUOTE_MIN_SIZE: u32 = 28;
/// DejaVu Serif Bold's cap height and descender, in ems.
const SERIF_CAP_HEIGHT: f32 = 0.73;
const SERIF_DESCENDER: f32 = 0.24;

/// The hairline above the footer (the headline and the publisher).
const FOOTER_RULE_Y: f32 = 512.0;
/// Space between the headline and the publisher's name.
const FOOTER_GAP: f32 = 32.0;

/// The size at which words are measured; widths scale linearly from it (the
/// outlines are not hinted).
const REFERENCE_SIZE: f32 = 100.0;

const SERIF_BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSerif-Bold.ttf");
const SANS_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

/// A typeface of the card: a family of the bundled fonts and a weight.
#[derive(Clone, Copy)]
struct Face {
    family: &'static str,
    weight: u16,
}

const QUOTE_FACE: Face = Face {
    family: "DejaVu Serif",
    weight: 700,
};
const SANS: Face = Face {
    family: "DejaVu Sans",
    weight: 400,
};
const SANS_BOLD: Face = Face {
    family: "DejaVu Sans",
    weight: 700,
};

/// How one of the one-line texts under the quote is set.
struct LineStyle {
    face: Face,
    size: f32,
    baseline: f32,
    fill: &'static str,
}

const NAME: LineStyle = LineStyle {
    face: SANS_BOLD,
    size: 30.0,
    baseline: 448.0,
    fill: INK,
};
const ROLE: LineStyle = LineStyle {
    face: SANS,
    size: 22.0,
    baseline: 482.0,
    fill: MUTED,
};
/// The footer's descenders stay above the bottom margin.
const HEADLINE: LineStyle = LineStyle {
    face: SANS,
    size: 20.0,
    baseline: HEIGHT as f32 - MARGIN - 5.0,
    fill: MUTED,
};
const PUBLISHER: LineStyle = LineStyle {
    fill: INK,
    face: SANS_BOLD,
    ..HEADLINE
};

/// Renders the card as a 1200×630 PNG.
///
/// Errors only when the quote is empty (after removing whitespace and control
/// characters) or when the rendering machinery fails, which would be a bug.
pub fn render_png(card: &QuoteCardImage) -> Result<Vec<u8>, String> {
    let layout = layout(card)?;
    let pixmap = rasterize(&svg_document(&layout, Layers::All))?;
    encode_png(&pixmap).map_err(|e| format!("cannot encode the card as PNG: {e}"))
}

/// The card as a PNG: indexed colour when it has at most 256 colours (a card is
/// flat colours and the anti-aliased edges of its text: about a hundred), else
/// 8-bit RGB. Either is lossless, and the card is opaque (its background fills
/// it), so alpha would be a channel saying nothing. A third of the bytes to
/// compress, and one filter for every row, make a site of a thousand cards
/// build in seconds, for smaller files than tiny-skia's own RGBA encoder.
fn encode_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    // Opaque pixels are the same premultiplied or not: alpha is dropped as it is.
    let rgb = pixmap.data().chunks_exact(4).map(|p| [p[0], p[1], p[2]]);
    let data = match palette_of(rgb.clone()) {
        Some((palette, indices)) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette.concat());
            // Indices of neighbouring pixels are not numbers to subtract.
            encoder.set_filter(png::Filter::NoFilter);
            indices
        }
        None => {
            encoder.set_color(png::ColorType::Rgb);
            encoder.set_filter(png::Filter::Sub);
            rgb.flatten().collect()
        }
    };
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

/// The image's colours and each pixel's index among them, or `None` when it has
/// more than a palette holds (256).
fn palette_of(pixels: impl Iterator<Item = [u8; 3]>) -> Option<(Vec<[u8; 3]>, Vec<u8>)> {
    let mut palette: Vec<[u8; 3]> = Vec::new();
    let mut index: std::collections::HashMap<[u8; 3], u8> = std::collections::HashMap::new();
    let mut indices = Vec::with_capacity(pixels.size_hint().0);
    // Runs of one colour are most of a card: look the colour up once a run.
    let mut last: Option<([u8; 3], u8)> = None;
    for colour in pixels {
        let at = match last {
            Some((previous, at)) if previous == colour => at,
            _ => {
                let at = match index.get(&colour) {
                    Some(&at) => at,
                    None => {
                        let at = u8::try_from(palette.len()).ok()?;
                        palette.push(colour);
                        index.insert(colour, at);
                        at
                    }
                };
                last = Some((colour, at));
                at
            }
        };
        indices.push(at);
    }
    Some((palette, indices))
}

/// The bundled fonts, loaded once.
fn font_database() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            for data in [SERIF_BOLD_TTF, SANS_TTF, SANS_BOLD_TTF] {
                db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
            }
            db.set_serif_family(QUOTE_FACE.family);
            db.set_sans_serif_family(SANS.family);
            Arc::new(db)
        })
        .clone()
}

fn parse_svg(svg: &str) -> Result<usvg::Tree, String> {
    let options = usvg::Options {
        font_family: SANS.family.to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|e| format!("cannot lay out the card: {e}"))
}

fn rasterize(svg: &str) -> Result<tiny_skia::Pixmap, String> {
    let tree = parse_svg(svg)?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT)
        .ok_or_else(|| "cannot allocate the card's pixels".to_owned())?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// Every text element of `tree` with its id, at any depth.
fn text_nodes(tree: &usvg::Tree) -> Vec<&usvg::Text> {
    fn walk<'t>(group: &'t usvg::Group, out: &mut Vec<&'t usvg::Text>) {
        for node in group.children() {
            match node {
                usvg::Node::Text(text) => out.push(text),
                usvg::Node::Group(group) => walk(group, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(tree.root(), &mut out);
    out
}

/// The advance widths of `texts` set in `face` at `REFERENCE_SIZE`, shaped as
/// the card shapes them (kerning, ligatures, marks, fallback between the
/// bundled fonts). One SVG parse for the lot.
fn measure(face: Face, texts: &[String]) -> Result<Vec<f32>, String> {
    let mut svg =
        format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}">"#);
    for (i, text) in texts.iter().enumerate() {
        write!(
            svg,
            r#"<text id="m{i}" x="0" y="{REFERENCE_SIZE}" font-family="{}" font-weight="{}" font-size="{REFERENCE_SIZE}" xml:space="preserve">{}</text>"#,
            face.family,
            face.weight,
            escape(text)
        )
        .expect("writing to a String cannot fail");
    }
    svg.push_str("</svg>");
    let tree = parse_svg(&svg)?;
    // A text that produces no glyph at all (none of the fonts has them) is dropped
    // by usvg: it measures 0.
    let mut widths = vec![0.0; texts.len()];
    for node in text_nodes(&tree) {
        if let Some(i) = node
            .id()
            .strip_prefix('m')
            .and_then(|i| i.parse::<usize>().ok())
        {
            if let Some(width) = widths.get_mut(i) {
                *width = node.bounding_box().width();
            }
        }
    }
    Ok(widths)
}

/// One line of text: whitespace runs become single spaces, and characters XML
/// cannot carry or that draw nothing (control characters, U+FFFE, U+FFFF) go.
fn clean(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !c.is_control() && c != '\u{FFFE}' && c != '\u{FFFF}')
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A unit of the quote's line breaking: a word, or a piece of one too long for
/// any line.
#[derive(Clone, Debug)]
struct Word {
    text: String,
    /// Follows the previous word without a space: the next piece of the same word.
    glued: bool,
}

impl Word {
    fn new(text: &str) -> Self {
        Word {
            text: text.to_owned(),
            glued: false,
        }
    }
}

/// The words as text: separated by spaces, except the pieces of a word.
fn join_words(words: &[Word]) -> String {
    let mut text = String::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 && !word.glued {
            text.push(' ');
        }
        text.push_str(&word.text);
    }
    text
}

/// The quote's words: cleaned, without quotation marks of its own around it, and
/// cut at a word with an ellipsis when longer than `MAX_QUOTE_CHARS`.
fn quote_words(quote: &str) -> Vec<Word> {
    let mut text = clean(quote);
    let opening = ['"', '“', '„', '«'];
    let closing = ['"', '”', '“', '»'];
    let mut chars = text.chars();
    if let (Some(first), Some(last)) = (chars.next(), chars.next_back()) {
        if opening.contains(&first) && closing.contains(&last) {
            text = clean(chars.as_str());
        }
    }
    if text.chars().count() > MAX_QUOTE_CHARS {
        let cut: String = text.chars().take(MAX_QUOTE_CHARS).collect();
        // At the last space when there is one not too far back, else mid-word.
        let cut = match cut.rfind(' ') {
            Some(space) if cut[..space].chars().count() > MAX_QUOTE_CHARS * 3 / 4 => &cut[..space],
            _ => cut.as_str(),
        };
        text = format!("{}…", trim_for_ellipsis(cut));
    }
    text.split(' ')
        .filter(|w| !w.is_empty())
        .map(Word::new)
        .collect()
}

/// The text before an ellipsis: without the spaces and the punctuation that
/// would read badly before “…”.
fn trim_for_ellipsis(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c))
}

/// Where the card's pieces go.
#[derive(Debug)]
struct Layout {
    /// The quote's lines, the first with the opening mark hung in the margin.
    quote_lines: Vec<String>,
    quote_size: f32,
    /// Baseline of the first line; the others follow at `quote_line_height()`.
    quote_baseline: f32,
    /// Top of the accent rule.
    rule_y: f32,
    /// Outer edge of the opening mark, which hangs outside the box so the words
    /// align: its left edge, left of `BOX_LEFT`; right to left, its right edge,
    /// right of `BOX_RIGHT`.
    quote_mark_x: f32,
    /// The card reads right to left (mirrored).
    right_to_left: bool,
    /// What opens and closes each line's words inside the quotation marks, to
    /// set them in the quote's own direction (none for left-to-right text).
    quote_isolate: (char, char),
    /// The opening and closing marks as drawn (turned on a mirrored card).
    marks: (String, String),
    speaker: String,
    role: String,
    headline: String,
    publisher: String,
}

impl Layout {
    fn quote_line_height(&self) -> f32 {
        self.quote_size * leading(self.quote_size)
    }
}

/// Lays out the card with the fonts' metrics.
fn layout(card: &QuoteCardImage) -> Result<Layout, String> {
    let mut words = quote_words(card.quote);
    if words.is_empty() {
        return Err("the quote is empty".to_owned());
    }
    // Words too wide for the box at the smallest size (a URL, a long compound)
    // are broken into pieces, which the lines then fill like words.
    let marks = if card.right_to_left {
        (mirrored(card.marks.0), mirrored(card.marks.1))
    } else {
        (card.marks.0.to_owned(), card.marks.1.to_owned())
    };
    let (widths, _) = measure_words(&words, None)?;
    let longest = BOX_WIDTH * 0.9 * REFERENCE_SIZE / QUOTE_MIN_SIZE as f32;
    if widths.iter().any(|&w| w > longest) {
        let mut pieces = Vec::new();
        for (word, &width) in words.iter().zip(&widths) {
            if width > longest {
                pieces.extend(break_word(&word.text, longest / 4.0)?);
            } else {
                pieces.push(word.clone());
            }
        }
        words = pieces;
    }

    let (mut lines, mut size) = loop {
        if let Some(fit) = fit_quote(&words, &marks.1)? {
            break fit;
        }
        // Too long even at the smallest size: drop the words that do not fit and
        // end with an ellipsis.
        words = shorten_quote(&words)?;
    };

    // The words were measured one by one; the lines as shaped may differ by a
    // kerning pair or two. Re-measure and shrink the type if one is too wide.
    // The closing mark ends the last line; the opening one hangs in the margin.
    let last = lines.len() - 1;
    lines[last].push_str(&marks.1);
    let opening = measure(QUOTE_FACE, std::slice::from_ref(&marks.0))?[0];
    let measured = measure(QUOTE_FACE, &lines)?;
    let widest = measured.iter().copied().fold(0.0, f32::max) * size / REFERENCE_SIZE;
    if widest > BOX_WIDTH {
        size = (size * BOX_WIDTH / widest * 0.995).floor();
    }
    let quote_mark_x = if card.right_to_left {
        BOX_RIGHT + opening * size / REFERENCE_SIZE
    } else {
        BOX_LEFT - opening * size / REFERENCE_SIZE
    };
    let group_height = quote_group_height(size, lines.len());
    debug_assert!(group_height <= QUOTE_BOTTOM - RULE_TOP + 0.5);
    let rule_y = RULE_TOP + ((QUOTE_BOTTOM - RULE_TOP - group_height) / 2.0).max(0.0);

    let speaker = fit_line(&NAME, &clean(card.speaker), BOX_WIDTH)?;
    let role = fit_line(&ROLE, &clean(card.role), BOX_WIDTH)?;
    let publisher = match card.publisher {
        Some(publisher) => fit_line(&PUBLISHER, &clean(publisher), BOX_WIDTH * 0.4)?,
        None => String::new(),
    };
    let publisher_width = if publisher.is_empty() {
        0.0
    } else {
        let width = measure(PUBLISHER.face, std::slice::from_ref(&publisher))?[0];
        width * PUBLISHER.size / REFERENCE_SIZE + FOOTER_GAP
    };
    let headline = fit_line(
        &HEADLINE,
        &clean(card.headline),
        BOX_WIDTH - publisher_width,
    )?;

    Ok(Layout {
        quote_lines: lines,
        quote_size: size,
        quote_baseline: rule_y + RULE_HEIGHT + rule_gap(size) + SERIF_CAP_HEIGHT * size,
        rule_y,
        quote_mark_x,
        right_to_left: card.right_to_left,
        quote_isolate: bidi::isolate_marks(card.quote),
        marks,
        speaker,
        role,
        headline,
        publisher,
    })
}

/// Space between the accent rule and the cap height of the quote's first line.
fn rule_gap(size: f32) -> f32 {
    20.0 + 0.35 * size
}

/// The quote's line height in ems: tighter as the type grows.
fn leading(size: f32) -> f32 {
    1.3 - 0.002 * size
}

/// The height of the accent rule and `lines` lines of the quote at `size`, down
/// to the descenders of the last line.
fn quote_group_height(size: f32, lines: usize) -> f32 {
    RULE_HEIGHT
        + rule_gap(size)
        + (SERIF_CAP_HEIGHT + SERIF_DESCENDER) * size
        + lines.saturating_sub(1) as f32 * size * leading(size)
}

/// The advance widths of the quote's words at `REFERENCE_SIZE` (the last with
/// the `closing` mark when given), and the width each adds before it when it
/// follows another on a line: a space, or nothing for the pieces of a word.
fn measure_words(words: &[Word], closing: Option<&str>) -> Result<(Vec<f32>, Vec<f32>), String> {
    let mut texts: Vec<String> = words.iter().map(|w| w.text.clone()).collect();
    if let Some(closing) = closing {
        if let Some(last) = texts.last_mut() {
            last.push_str(closing);
        }
    }
    texts.push("x x".to_owned());
    texts.push("xx".to_owned());
    let mut widths = measure(QUOTE_FACE, &texts)?;
    let space = widths[words.len()] - widths[words.len() + 1];
    widths.truncate(words.len());
    let gaps = words
        .iter()
        .map(|w| if w.glued { 0.0 } else { space })
        .collect();
    Ok((widths, gaps))
}

/// The quote's lines and type size: the largest size from `QUOTE_MAX_SIZE` down
/// to `QUOTE_MIN_SIZE` at which the words wrap into the quote's box, or `None`.
/// The closing mark is measured with the last word; the opening one hangs.
fn fit_quote(words: &[Word], closing: &str) -> Result<Option<(Vec<String>, f32)>, String> {
    let (widths, gaps) = measure_words(words, Some(closing))?;
    for size in (QUOTE_MIN_SIZE..=QUOTE_MAX_SIZE).rev() {
        let size = size as f32;
        let scale = size / REFERENCE_SIZE;
        if widths.iter().any(|&w| w * scale > BOX_WIDTH) {
            continue;
        }
        let breaks = balanced_wrap(&widths, &gaps, BOX_WIDTH / scale);
        if quote_group_height(size, breaks.len()) <= QUOTE_BOTTOM - RULE_TOP {
            let lines = breaks
                .iter()
                .map(|range| join_words(&words[range.clone()]))
                .collect();
            return Ok(Some((lines, size)));
        }
    }
    Ok(None)
}

/// The words that fit in the quote's box at the smallest size, the last with an
/// ellipsis (and at least one word fewer than given, so shortening ends).
fn shorten_quote(words: &[Word]) -> Result<Vec<Word>, String> {
    let size = QUOTE_MIN_SIZE as f32;
    let max_lines = (1..)
        .take_while(|&lines| quote_group_height(size, lines) <= QUOTE_BOTTOM - RULE_TOP)
        .last()
        .unwrap_or(1);
    let (widths, gaps) = measure_words(words, None)?;
    let breaks = greedy_wrap(&widths, &gaps, BOX_WIDTH * REFERENCE_SIZE / size);
    let keep = breaks
        .get(max_lines.saturating_sub(1))
        .map_or(words.len(), |line| line.end)
        .min(words.len() - 1)
        .max(1);
    let mut shortened = words[..keep].to_vec();
    let last = shortened.last_mut().expect("at least one word is kept");
    last.text = format!("{}…", trim_for_ellipsis(last.text.trim_end_matches('…')));
    Ok(shortened)
}

/// Breaks a word too wide for the box into pieces: after each slash, hyphen,
/// dot and the like (a URL breaks as a browser breaks it), and between
/// characters where that leaves a piece wider than `max_width` at
/// `REFERENCE_SIZE` (keeping combining marks with their letter).
fn break_word(word: &str, max_width: f32) -> Result<Vec<Word>, String> {
    let mut clusters: Vec<String> = Vec::new();
    // Whether a piece may end after the cluster whatever its width.
    let mut breaks_after: Vec<bool> = Vec::new();
    for c in word.chars() {
        match clusters.last_mut() {
            Some(cluster) if is_mark(c) => cluster.push(c),
            _ => {
                clusters.push(c.to_string());
                breaks_after.push("/-‐–—._?&=#~\\".contains(c));
            }
        }
    }
    // Not inside a run of them ("//").
    for i in 1..breaks_after.len() {
        if breaks_after[i] {
            breaks_after[i - 1] = false;
        }
    }
    let widths = measure(QUOTE_FACE, &clusters)?;
    let mut pieces: Vec<Word> = Vec::new();
    let mut piece = String::new();
    let mut width = 0.0;
    for ((cluster, w), break_after) in clusters.iter().zip(widths).zip(breaks_after) {
        if width + w > max_width && !piece.is_empty() {
            pieces.push(Word {
                text: std::mem::take(&mut piece),
                glued: !pieces.is_empty(),
            });
            width = 0.0;
        }
        piece.push_str(cluster);
        width += w;
        if break_after {
            pieces.push(Word {
                text: std::mem::take(&mut piece),
                glued: !pieces.is_empty(),
            });
            width = 0.0;
        }
    }
    if !piece.is_empty() {
        pieces.push(Word {
            text: piece,
            glued: !pieces.is_empty(),
        });
    }
    Ok(pieces)
}

/// A quotation mark as a mirrored card draws it: guillemets turned (« for »,
/// ‹ for ›), as a browser draws them in right-to-left text; other marks as they are.
fn mirrored(mark: &str) -> String {
    mark.chars()
        .map(|c| match c {
            '«' => '»',
            '»' => '«',
            '‹' => '›',
            '›' => '‹',
            c => c,
        })
        .collect()
}

/// Combining marks and joiners, which belong with the character before them.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Greedy line breaking: word index ranges, one per line, each at most
/// `max_width` wide unless a single word is wider. `gaps[i]` is the space before
/// word `i` when it does not start a line.
fn greedy_wrap(widths: &[f32], gaps: &[f32], max_width: f32) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0.0;
    for (i, &w) in widths.iter().enumerate() {
        if i == start {
            width = w;
        } else if width + gaps[i] + w > max_width {
            lines.push(start..i);
            start = i;
            width = w;
        } else {
            width += gaps[i] + w;
        }
    }
    if start < widths.len() {
        lines.push(start..widths.len());
    }
    lines
}

/// Greedy line breaking at the narrowest width that needs no more lines than at
/// `max_width`, so the lines come out of even length (CSS `text-wrap: balance`).
fn balanced_wrap(widths: &[f32], gaps: &[f32], max_width: f32) -> Vec<std::ops::Range<usize>> {
    let lines = greedy_wrap(widths, gaps, max_width).len();
    let (mut narrow, mut wide) = (widths.iter().copied().fold(0.0, f32::max), max_width);
    if lines > 1 {
        while wide - narrow > max_width / 1000.0 {
            let mid = (narrow + wide) / 2.0;
            if greedy_wrap(widths, gaps, mid).len() > lines {
                narrow = mid;
            } else {
                wide = mid;
            }
        }
    }
    greedy_wrap(widths, gaps, wide)
}

/// `text` as one line in `style` no wider than `max_width`: whole, or cut (at a
/// word when that keeps most of the width) and ended with “…”.
fn fit_line(style: &LineStyle, text: &str, max_width: f32) -> Result<String, String> {
    if text.is_empty() {
        return Ok(String::new());
    }
    let face = style.face;
    let max_width = max_width * REFERENCE_SIZE / style.size;
    if measure(face, &[text.to_owned()])?[0] <= max_width {
        return Ok(text.to_owned());
    }
    // Every cut of the first few hundred characters, measured in one go.
    let cuts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .take(400)
        .collect();
    let candidates: Vec<String> = cuts
        .iter()
        .map(|&i| format!("{}…", trim_for_ellipsis(&text[..i])))
        .collect();
    let widths = measure(face, &candidates)?;
    let fitting = |i: usize| widths[i] <= max_width;
    let longest = (0..cuts.len()).rev().find(|&i| fitting(i));
    let at_word = (0..cuts.len())
        .rev()
        .find(|&i| fitting(i) && text[cuts[i]..].starts_with(' '));
    Ok(match (at_word, longest) {
        (Some(w), Some(l)) if widths[w] >= widths[l] * 0.7 => candidates[w].clone(),
        (_, Some(l)) => candidates[l].clone(),
        _ => "…".to_owned(),
    })
}

/// Which parts of the card to draw: the tests draw the text alone to check that
/// it keeps inside the margins.
#[derive(Clone, Copy, PartialEq)]
enum Layers {
    All,
    #[cfg(test)]
    TextOnly,
}

/// The card as an SVG document.
fn svg_document(layout: &Layout, layers: Layers) -> String {
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">"#
    );
    let mut add = |element: String| svg.push_str(&element);
    if layers == Layers::All {
        add(format!(
            r#"<rect width="{WIDTH}" height="{HEIGHT}" fill="{BACKGROUND}"/>"#
        ));
        // Above where the quote starts reading.
        let rule_x = if layout.right_to_left {
            BOX_RIGHT - RULE_WIDTH
        } else {
            BOX_LEFT
        };
        add(format!(
            r#"<rect x="{rule_x}" y="{}" width="{RULE_WIDTH}" height="{RULE_HEIGHT}" fill="{ACCENT}"/>"#,
            layout.rule_y
        ));
        add(format!(
            r#"<rect x="{BOX_LEFT}" y="{FOOTER_RULE_Y}" width="{BOX_WIDTH}" height="1" fill="{HAIRLINE}"/>"#
        ));
    }

    let last = layout.quote_lines.len() - 1;
    for (i, line) in layout.quote_lines.iter().enumerate() {
        let y = layout.quote_baseline + i as f32 * layout.quote_line_height();
        let words = if i == last {
            line.strip_suffix(layout.marks.1.as_str()).unwrap_or(line)
        } else {
            line
        };
        let (open, close) = layout.quote_isolate;
        let words = format!("{open}{}{close}", escape(words));
        let opening = if i == 0 {
            format!(
                r#"<tspan fill="{ACCENT}">{}</tspan>"#,
                escape(&layout.marks.0)
            )
        } else {
            String::new()
        };
        // The closing mark in the accent colour.
        let closing = if i == last {
            format!(
                r#"<tspan fill="{ACCENT}">{}</tspan>"#,
                escape(&layout.marks.1)
            )
        } else {
            String::new()
        };
        // The paragraph of an SVG text is laid out left to right: a mirrored
        // card writes the marks in visual order, the closing one on the left.
        let (x, anchor, content) = match (layout.right_to_left, i == 0) {
            (false, true) => (layout.quote_mark_x, "start", opening + &words + &closing),
            (false, false) => (BOX_LEFT, "start", words + &closing),
            (true, true) => (layout.quote_mark_x, "end", closing + &words + &opening),
            (true, false) => (BOX_RIGHT, "end", closing + &words),
        };
        add(format!(
            r#"<text id="q{i}" x="{x}" y="{y}" font-family="{}" font-weight="{}" font-size="{}" fill="{INK}" text-anchor="{anchor}">{content}</text>"#,
            QUOTE_FACE.family, QUOTE_FACE.weight, layout.quote_size
        ));
    }

    let (start, start_anchor, end, end_anchor) = if layout.right_to_left {
        (BOX_RIGHT, "end", BOX_LEFT, "start")
    } else {
        (BOX_LEFT, "start", BOX_RIGHT, "end")
    };
    let small_lines = [
        ("speaker", &NAME, start, start_anchor, &layout.speaker),
        ("role", &ROLE, start, start_anchor, &layout.role),
        ("headline", &HEADLINE, start, start_anchor, &layout.headline),
        ("publisher", &PUBLISHER, end, end_anchor, &layout.publisher),
    ];
    for (id, style, x, anchor, text) in small_lines {
        if !text.is_empty() {
            add(format!(
                r#"<text id="{id}" x="{x}" y="{}" font-family="{}" font-weight="{}" font-size="{}" fill="{}" text-anchor="{anchor}">{}</text>"#,
                style.baseline,
                style.face.family,
                style.face.weight,
                style.size,
                style.fill,
                escape(&bidi::isolate(text))
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// The hanging opening mark of the largest type stays this far from the edge.
    const HANG_LIMIT: f32 = 30.0;

    const SUMMIT_HEADLINE: &str = "Trump–Putin summit in Anchorage ends with no formal agreements";

    fn card<'a>(quote: &'a str) -> QuoteCardImage<'a> {
        QuoteCardImage {
            quote,
            speaker: "Donald Trump",
            role: "President of the United States",
            headline: SUMMIT_HEADLINE,
            publisher: Some("The Anchorage Ledger"),
            marks: ("“", "”"),
            right_to_left: false,
        }
    }

    /// 282 characters of a quote.
    const LONG_QUOTE: &str =
        "We had an extremely productive meeting, and many points were agreed to; \
        there are just a very few that are left, some are not that significant, one is \
        probably the most significant, but we have a very good chance of getting there. \
        We didn’t get there, but we have a very good chance.";

    fn decode(png: &[u8]) -> tiny_skia::Pixmap {
        tiny_skia::Pixmap::decode_png(png).expect("the card is a valid PNG")
    }

    /// Renders the card's text alone and asserts that every inked pixel lies
    /// inside the margins (the opening mark may hang into the left one), and that
    /// the quote's lines as laid out are no wider than the box.
    fn assert_text_inside_margins(card: &QuoteCardImage) -> Layout {
        let layout = layout(card).expect("the card lays out");
        let widths = measure(QUOTE_FACE, &layout.quote_lines).unwrap();
        for (line, width) in layout.quote_lines.iter().zip(widths) {
            let width = width * layout.quote_size / REFERENCE_SIZE;
            assert!(width <= BOX_WIDTH, "{line:?} is {width} px wide");
        }
        // The opening mark hangs into the margin on the side the card reads from.
        let (left, right) = if card.right_to_left {
            assert!(
                WIDTH as f32 - layout.quote_mark_x >= HANG_LIMIT,
                "{layout:?}"
            );
            // The tails of Arabic final letters reach a pixel or two left of the
            // advance they are set by, on a line that ends at the box's left edge.
            (BOX_LEFT as u32 - 2, layout.quote_mark_x.ceil() as u32)
        } else {
            assert!(layout.quote_mark_x >= HANG_LIMIT, "{layout:?}");
            (layout.quote_mark_x.floor() as u32, BOX_RIGHT as u32)
        };

        let pixmap = rasterize(&svg_document(&layout, Layers::TextOnly)).unwrap();
        let (top, bottom) = (MARGIN as u32, HEIGHT - MARGIN as u32);
        let mut inked = 0;
        for y in 0..HEIGHT {
            for x in 0..WIDTH {
                if pixmap.pixel(x, y).unwrap().alpha() > 0 {
                    inked += 1;
                    assert!(
                        (left..right).contains(&x) && (top..bottom).contains(&y),
                        "ink at ({x}, {y}) outside the margins for {:?}",
                        card.quote
                    );
                }
            }
        }
        assert!(inked > 1000, "the text layer is nearly empty");
        layout
    }

    #[test]
    fn share_image_png_is_1200_by_630() {
        let png = render_png(&card("There’s no deal until there’s a deal.")).unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        let pixmap = decode(&png);
        assert_eq!((pixmap.width(), pixmap.height()), (1200, 630));
    }

    #[test]
    fn share_image_short_quote_is_large_and_inside_the_margins() {
        let layout = assert_text_inside_margins(&card("long overdue"));
        assert_eq!(layout.quote_lines, ["long overdue”"]);
        assert_eq!(layout.quote_size, QUOTE_MAX_SIZE as f32);
    }

    #[test]
    fn share_image_long_quote_wraps_and_shrinks_inside_the_margins() {
        assert!((270..=300).contains(&LONG_QUOTE.chars().count()));
        let layout = assert_text_inside_margins(&card(LONG_QUOTE));
        assert!(layout.quote_lines.len() >= 4, "{layout:?}");
        assert!(layout.quote_size < 48.0, "{layout:?}");
        // Nothing was dropped.
        assert_eq!(layout.quote_lines.join(" "), format!("{LONG_QUOTE}”"));
        render_png(&card(LONG_QUOTE)).unwrap();
    }

    #[test]
    fn share_image_quote_over_300_chars_is_cut_with_an_ellipsis() {
        let quote = [LONG_QUOTE; 3].join(" ");
        let text = join_words(&quote_words(&quote));
        assert!(text.ends_with('…'), "{text}");
        assert!(text.chars().count() <= MAX_QUOTE_CHARS + 1);
        assert!(quote.starts_with(text.trim_end_matches('…')));
        let layout = assert_text_inside_margins(&card(&quote));
        assert!(layout.quote_lines.last().unwrap().ends_with("…”"));
    }

    #[test]
    fn share_image_wide_words_still_fit() {
        // 300 of the widest capitals: no size fits it all, so it is shortened.
        let wide = ["WWWWWWWWWW"; 27].join(" ");
        assert!(wide.len() < MAX_QUOTE_CHARS);
        let layout = assert_text_inside_margins(&card(&wide));
        assert!(layout.quote_lines.last().unwrap().ends_with("…”"));
        // A word too long for any line (a URL) is broken between characters.
        let url = format!("https://example.com/{}", "abcdefghij".repeat(12));
        let quote = format!("See {url} now");
        let layout = assert_text_inside_margins(&card(&quote));
        assert!(layout.quote_lines.len() >= 2, "{layout:?}");
        assert!(
            layout.quote_lines[0].starts_with("See https:"),
            "{layout:?}"
        );
        // Broken, not spaced out.
        assert_eq!(layout.quote_lines.concat(), format!("See {url} now”"));
    }

    #[test]
    fn share_image_lines_are_balanced() {
        let layout = layout(&card(
            "the Ukrainians and Europeans choose not to throw a wrench in",
        ))
        .unwrap();
        let words: Vec<usize> = layout
            .quote_lines
            .iter()
            .map(|line| line.split(' ').count())
            .collect();
        assert!(words.len() >= 2, "{layout:?}");
        assert!(*words.last().unwrap() >= 2, "a lone last word: {layout:?}");
    }

    #[test]
    fn share_image_xml_special_characters_are_text() {
        let nasty = r#"<b>"Tom & Jerry's" </svg> ]]> <!-- &amp; >"#;
        let card = QuoteCardImage {
            quote: nasty,
            speaker: nasty,
            role: nasty,
            headline: nasty,
            publisher: Some("A&B <News>"),
            marks: ("“", "”"),
            right_to_left: false,
        };
        let png = render_png(&card).unwrap();
        assert_eq!(decode(&png).width(), WIDTH);
        // The characters are drawn, not read as markup.
        let tree = parse_svg(&svg_document(&layout(&card).unwrap(), Layers::All)).unwrap();
        let texts: Vec<(String, String)> = text_nodes(&tree)
            .iter()
            .map(|t| {
                let text = t.chunks().iter().map(|c| c.text()).collect::<String>();
                (t.id().to_owned(), text)
            })
            .collect();
        let text_of = |id: &str| texts.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone());
        let isolated = |text: &str| format!("\u{2068}{text}\u{2069}");
        assert_eq!(text_of("speaker"), Some(isolated(nasty.trim_end())));
        assert_eq!(text_of("role"), Some(isolated(nasty.trim_end())));
        assert_eq!(text_of("publisher"), Some(isolated("A&B <News>")));
        let quote: Vec<String> = texts
            .iter()
            .filter(|(id, _)| id.starts_with('q'))
            .map(|(_, t)| t.replace(['\u{2066}', '\u{2069}'], ""))
            .collect();
        assert_eq!(quote.join(" "), format!("“{}”", nasty.trim_end()));
    }

    #[test]
    fn share_image_unicode_uses_the_bundled_fonts() {
        let card = QuoteCardImage {
            quote: "Следующий раз — в Москве. «Ça va», naïve café, Zoë’s ‘test’",
            speaker: "Владимир Путин",
            role: "Президент России",
            headline: "Саммит на Аляске — Ελληνικά — Ærø",
            publisher: Some("Größe"),
            marks: ("“", "”"),
            right_to_left: false,
        };
        let layout = layout(&card).unwrap();
        let tree = parse_svg(&svg_document(&layout, Layers::All)).unwrap();
        let mut glyphs = 0;
        for text in text_nodes(&tree) {
            for span in text.layouted() {
                for glyph in &span.positioned_glyphs {
                    glyphs += 1;
                    assert_ne!(
                        glyph.id.0,
                        0,
                        "no glyph for {:?} in {}",
                        glyph.text,
                        text.id()
                    );
                }
            }
        }
        assert!(glyphs > 100);
        assert_text_inside_margins(&card);
    }

    /// The x of each glyph of the quote's lines, with the character it draws.
    fn quote_glyphs(card: &QuoteCardImage) -> Vec<(String, f32)> {
        let tree = parse_svg(&svg_document(&layout(card).unwrap(), Layers::All)).unwrap();
        let mut glyphs = Vec::new();
        for text in text_nodes(&tree)
            .into_iter()
            .filter(|t| t.id().starts_with('q'))
        {
            for span in text.layouted() {
                for glyph in &span.positioned_glyphs {
                    glyphs.push((glyph.text.clone(), glyph.transform().tx));
                }
            }
        }
        glyphs
    }

    #[test]
    fn share_image_a_right_to_left_quote_keeps_its_marks_outside_its_words() {
        // An English card, an Arabic quote ending in a full stop: the full stop
        // ends the Arabic sentence, on its left; the card's marks stay at the
        // card's ends, the opening one left of every letter, the closing one right.
        let glyphs = quote_glyphs(&card("سلام."));
        let x = |text: &str| glyphs.iter().find(|(t, _)| t == text).map(|&(_, x)| x);
        let letters: Vec<f32> = glyphs
            .iter()
            .filter(|(t, _)| t.chars().any(news_explainer::model::bidi::is_right_to_left))
            .map(|&(_, x)| x)
            .collect();
        assert!(!letters.is_empty(), "{glyphs:?}");
        let (first, last) = (
            letters.iter().copied().fold(f32::MAX, f32::min),
            letters.iter().copied().fold(f32::MIN, f32::max),
        );
        let (opening, closing, stop) = (x("“").unwrap(), x("”").unwrap(), x(".").unwrap());
        assert!(opening < stop && stop < first, "{glyphs:?}");
        assert!(last < closing, "{glyphs:?}");
        // Left-to-right quotes are isolated left to right: no invisible
        // override in them can reorder their words (issue #32).
        assert_eq!(
            layout(&card("long overdue")).unwrap().quote_isolate,
            ('\u{2066}', '\u{2069}')
        );
    }

    #[test]
    fn share_image_quotation_marks_are_the_locales_and_point_outwards() {
        let glyphs = |card: &QuoteCardImage| {
            let mut glyphs = quote_glyphs(card);
            glyphs.retain(|(t, _)| "«»“”".contains(t.as_str()));
            glyphs.sort_by(|a, b| a.1.total_cmp(&b.1));
            glyphs.into_iter().map(|(t, _)| t).collect::<Vec<_>>()
        };
        let russian = QuoteCardImage {
            marks: ("«", "»"),
            ..card("Следующая встреча в Москве.")
        };
        assert_eq!(glyphs(&russian), ["«", "»"]);
        // Arabic writes « first too; on the mirrored card it is the rightmost
        // glyph, turned to point outwards, as a browser shows it.
        let arabic = QuoteCardImage {
            quote: "اتفقنا.",
            marks: ("«", "»"),
            right_to_left: true,
            ..card("")
        };
        assert_eq!(glyphs(&arabic), ["«", "»"]);
        let layout = layout(&arabic).unwrap();
        assert_eq!(layout.marks, ("»".to_owned(), "«".to_owned()));
        render_png(&arabic).unwrap();
    }

    #[test]
    fn share_image_of_a_right_to_left_explainer_is_mirrored() {
        let card = QuoteCardImage {
            quote: "ستجيب عن سؤال واحد: هل يحتاج الناس إلى هذا الخط؟",
            speaker: "ليلى حداد",
            role: "مفوضة ميناء قصر النور",
            headline: "بلديتا ألدربورت وقصر النور تتفقان على دراسة خط للعبّارات",
            publisher: Some("جريدة الاختبار"),
            marks: ("“", "”"),
            right_to_left: true,
        };
        let layout = assert_text_inside_margins(&card);
        assert!(layout.quote_lines.len() >= 2, "{layout:?}");
        // The opening mark is the rightmost glyph of the first line, the closing
        // one the leftmost of the last: outside the words, where they start and end.
        let tree = parse_svg(&svg_document(&layout, Layers::All)).unwrap();
        let line = |id: &str| -> Vec<(String, f32)> {
            let text = text_nodes(&tree)
                .into_iter()
                .find(|t| t.id() == id)
                .unwrap();
            text.layouted()
                .iter()
                .flat_map(|span| &span.positioned_glyphs)
                .filter(|g| {
                    !g.text
                        .chars()
                        .all(|c| c.is_whitespace() || ('\u{2066}'..='\u{2069}').contains(&c))
                })
                .map(|g| (g.text.clone(), g.transform().tx))
                .collect()
        };
        let first = line("q0");
        let rightmost = first.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert_eq!(rightmost.0, "“", "{first:?}");
        let last = line(&format!("q{}", layout.quote_lines.len() - 1));
        let leftmost = last.iter().min_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert_eq!(leftmost.0, "”", "{last:?}");
        // The lines end at the right edge of the box, the speaker too; the publisher is on the left.
        let svg = svg_document(&layout, Layers::All);
        assert!(
            svg.contains(&format!(r#"id="q1" x="{BOX_RIGHT}""#)),
            "{svg}"
        );
        assert!(
            svg.contains(&format!(r#"id="speaker" x="{BOX_RIGHT}""#)),
            "{svg}"
        );
        assert!(
            svg.contains(&format!(r#"id="publisher" x="{BOX_LEFT}""#)),
            "{svg}"
        );
        let rule = format!(
            r#"<rect x="{}" y="{}" width="{RULE_WIDTH}""#,
            BOX_RIGHT - RULE_WIDTH,
            layout.rule_y
        );
        assert!(svg.contains(&rule), "the accent rule on the right: {svg}");
        render_png(&card).unwrap();
    }

    #[test]
    fn share_image_is_not_blank() {
        let pixmap = decode(&render_png(&card("There’s no deal until there’s a deal.")).unwrap());
        let colours: HashSet<[u8; 4]> = pixmap
            .pixels()
            .iter()
            .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
            .collect();
        assert!(colours.len() > 50, "{} colours", colours.len());
        // Mostly the background, with ink on it.
        let background = pixmap.pixel(5, 5).unwrap();
        assert_eq!(
            [background.red(), background.green(), background.blue()],
            [0xf6, 0xf5, 0xf1]
        );
        let inked = pixmap.pixels().iter().filter(|&&p| p != background).count();
        assert!(
            inked > 10_000 && inked < pixmap.pixels().len() / 2,
            "{inked} pixels inked"
        );
    }

    #[test]
    fn share_image_empty_quote_is_an_error_and_empty_fields_are_fine() {
        assert!(render_png(&card(" \n\t\u{7} ")).is_err());
        let bare = QuoteCardImage {
            quote: "“Next time in Moscow.”",
            speaker: "",
            role: "",
            headline: "",
            publisher: None,
            marks: ("“", "”"),
            right_to_left: false,
        };
        let layout = assert_text_inside_margins(&bare);
        // Its own quotation marks are replaced by the card's.
        assert_eq!(layout.quote_lines, ["Next time in Moscow.”"]);
        render_png(&bare).unwrap();
    }

    #[test]
    fn share_image_long_lines_are_cut_with_an_ellipsis() {
        let long = "A headline that goes on and on, well past the width of the card, \
            because someone pasted the whole dek into it by mistake";
        let card = QuoteCardImage {
            quote: "very productive",
            speaker: long,
            role: long,
            headline: long,
            publisher: Some(long),
            marks: ("“", "”"),
            right_to_left: false,
        };
        let layout = assert_text_inside_margins(&card);
        for text in [
            &layout.speaker,
            &layout.role,
            &layout.headline,
            &layout.publisher,
        ] {
            assert!(text.ends_with('…') && text.len() < long.len(), "{text}");
        }
    }

    /// Writes the cards of content/anchorage-summit.json and a few stress cases
    /// to /tmp/og-samples/ for a look:
    /// `cargo test -p explainer-cli share_image_samples -- --ignored`.
    #[test]
    #[ignore = "writes sample images to /tmp/og-samples"]
    fn share_image_samples() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../content/anchorage-summit.json"
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let out = std::path::Path::new("/tmp/og-samples");
        std::fs::create_dir_all(out).unwrap();
        let headline = json["article"]["headline"].as_str().unwrap();
        let person = |id: &str| {
            let people = json["people"].as_array().unwrap();
            let p = people.iter().find(|p| p["id"] == id).unwrap();
            (p["name"].as_str().unwrap(), p["role"].as_str().unwrap())
        };
        for quote in json["quotes"].as_array().unwrap() {
            let (speaker, role) = person(quote["speaker"].as_str().unwrap());
            let card = QuoteCardImage {
                quote: quote["text"].as_str().unwrap(),
                speaker,
                role,
                headline,
                publisher: None,
                marks: ("“", "”"),
                right_to_left: false,
            };
            let file = out.join(format!("{}.png", quote["id"].as_str().unwrap()));
            std::fs::write(&file, render_png(&card).unwrap()).unwrap();
        }
        let stress = [
            ("long-280", LONG_QUOTE, Some("The Anchorage Ledger")),
            (
                "cyrillic",
                "Следующий раз — в Москве. Мы договорились о многом, но не обо всём.",
                None,
            ),
            (
                "over-300",
                &*[LONG_QUOTE; 2].join(" "),
                Some("The Anchorage Ledger"),
            ),
            ("wide", &*["WWWWWWWWWW"; 27].join(" "), None),
            ("url", "See https://example.com/a-very-long-path/that-never-ends/and-keeps-going-on-and-on-beyond-the-edge", None),
            ("xml", r#"<b>"Tom & Jerry's" </svg> ]]> <!-- &amp;"#, Some("A&B <News>")),
        ];
        for (name, quote, publisher) in stress {
            let card = QuoteCardImage {
                publisher,
                ..card(quote)
            };
            std::fs::write(out.join(format!("{name}.png")), render_png(&card).unwrap()).unwrap();
        }
        let long = "A headline that goes on and on, well past the width of the card, \
            because someone pasted the whole dek into it by mistake";
        let card = QuoteCardImage {
            quote: "Next time in Moscow.",
            speaker: long,
            role: long,
            headline: long,
            publisher: Some(long),
            marks: ("“", "”"),
            right_to_left: false,
        };
        std::fs::write(out.join("long-fields.png"), render_png(&card).unwrap()).unwrap();
    }
}
