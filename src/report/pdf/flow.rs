//! The flow of a document: headings, paragraphs and bullet lists turned into atoms, with the
//! house styles. Paragraph lines are separate atoms so text breaks across pages, but never
//! leaves a heading, a first line or a last line alone.

use std::collections::BTreeSet;

use super::fonts::{Fonts, Weight};
use super::layout::{Atom, CONTENT_WIDTH, Colour, Item, Stroke};
use super::text::wrap;

/// Body text colour.
pub const INK: Colour = Colour(0.13, 0.13, 0.13);
/// Secondary text colour.
pub const MUTED: Colour = Colour(0.36, 0.36, 0.36);
/// The accent colour (NHS blue).
pub const ACCENT: Colour = Colour(0.0, 0.369, 0.722);
/// A light tint of the accent, for backgrounds.
pub const ACCENT_TINT: Colour = Colour(0.87, 0.92, 0.97);
/// Rules and borders.
pub const RULE: Colour = Colour(0.72, 0.72, 0.72);

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// Regular or bold.
    pub weight: Weight,
    /// Size in points.
    pub size: f32,
    /// Line height in points.
    pub leading: f32,
    /// Colour.
    pub colour: Colour,
}

impl TextStyle {
    const fn new(weight: Weight, size: f32, colour: Colour) -> Self {
        Self { weight, size, leading: size * 1.25, colour }
    }

    /// The baseline's distance from the top of a line box.
    #[must_use]
    pub fn baseline(self) -> f32 {
        // DejaVu's ascent is 0.93 em and its descent 0.24 em: centre the glyphs in the line.
        self.leading / 2.0 + 0.345 * self.size
    }

    /// The same style in another colour.
    #[must_use]
    pub const fn coloured(self, colour: Colour) -> Self {
        Self { colour, ..self }
    }

    /// The same style in bold.
    #[must_use]
    pub const fn bold(self) -> Self {
        Self { weight: Weight::Bold, ..self }
    }
}

/// Body text.
pub const BODY: TextStyle = TextStyle::new(Weight::Regular, 9.0, INK);
/// Small text: notes, table detail.
pub const SMALL: TextStyle = TextStyle { leading: 9.2, ..TextStyle::new(Weight::Regular, 7.5, INK) };
/// Section headings.
pub const H1: TextStyle = TextStyle::new(Weight::Bold, 13.0, ACCENT);
/// Sub-headings.
pub const H2: TextStyle = TextStyle::new(Weight::Bold, 10.5, INK);
/// Minor headings.
pub const H3: TextStyle = TextStyle::new(Weight::Bold, 9.0, INK);

/// Atoms being built, with the fonts that measure them and the characters they cannot draw.
pub struct Flow<'f> {
    /// The fonts.
    pub fonts: &'f Fonts,
    /// The atoms so far.
    pub atoms: Vec<Atom>,
    /// Characters replaced because the fonts cannot draw them.
    pub missing: BTreeSet<char>,
}

impl<'f> Flow<'f> {
    /// An empty flow.
    #[must_use]
    pub fn new(fonts: &'f Fonts) -> Self {
        Self { fonts, atoms: Vec::new(), missing: BTreeSet::new() }
    }

    /// `text` cleaned for the fonts and wrapped to `width`.
    pub fn lines(&mut self, text: &str, style: TextStyle, width: f32) -> Vec<String> {
        let clean = self.fonts.clean(text, &mut self.missing);
        wrap(self.fonts, &clean, style.weight, style.size, width)
    }

    /// The width of already cleaned text.
    #[must_use]
    pub fn width(&self, text: &str, style: TextStyle) -> f32 {
        self.fonts.width(text, style.weight, style.size)
    }

    /// A section heading with a rule under it, kept with what follows.
    pub fn section(&mut self, title: &str) {
        let lines = self.lines(title, H1, CONTENT_WIDTH);
        let count = lines.len();
        for (index, line) in lines.into_iter().enumerate() {
            let last = index + 1 == count;
            let height = if last { H1.leading + 5.0 } else { H1.leading };
            let mut items = vec![text_item(0.0, H1.baseline(), line, H1)];
            if last {
                items.push(Item::line(
                    (0.0, H1.leading + 2.0),
                    (CONTENT_WIDTH, H1.leading + 2.0),
                    Stroke::solid(ACCENT, 0.8),
                ));
            }
            self.atoms.push(Atom {
                height,
                space_before: if index == 0 { 12.0 } else { 0.0 },
                keep_with_next: true,
                items,
                bookmark: (index == 0).then(|| title.to_owned()),
                ..Atom::default()
            });
        }
    }

    /// A heading in `style`, kept with what follows.
    pub fn heading(&mut self, title: &str, style: TextStyle, space_before: f32) {
        self.text_block(title, style, 0.0, space_before, true);
    }

    /// A paragraph indented by `indent` points.
    pub fn paragraph(&mut self, text: &str, style: TextStyle, indent: f32, space_before: f32) {
        self.text_block(text, style, indent, space_before, false);
    }

    /// Bullet points, each wrapped with a hanging indent.
    pub fn bullets<S: AsRef<str>>(&mut self, items: &[S], style: TextStyle, indent: f32, space_before: f32) {
        for (index, item) in items.iter().enumerate() {
            let space = if index == 0 { space_before } else { 2.0 };
            let start = self.atoms.len();
            self.text_block(item.as_ref(), style, indent + 11.0, space, false);
            if let Some(first) = self.atoms.get_mut(start) {
                first.items.push(text_item(indent + 2.0, style.baseline(), "•".to_owned(), style));
            }
        }
    }

    fn text_block(&mut self, text: &str, style: TextStyle, indent: f32, space_before: f32, keep_all: bool) {
        let lines = self.lines(text, style, CONTENT_WIDTH - indent);
        let count = lines.len();
        for (index, line) in lines.into_iter().enumerate() {
            // Keep the first two lines together, and the last two.
            let keep = keep_all || (count > 1 && (index == 0 || index + 2 == count));
            self.atoms.push(Atom {
                height: style.leading,
                space_before: if index == 0 { space_before } else { 0.0 },
                keep_with_next: keep,
                items: vec![text_item(indent, style.baseline(), line, style)],
                ..Atom::default()
            });
        }
    }

    /// Opens a bookmark titled `title` at the last atom.
    pub fn bookmark_last(&mut self, title: &str) {
        if let Some(last) = self.atoms.last_mut() {
            last.bookmark = Some(title.to_owned());
        }
    }

    /// Keeps the last atom on the same page as the next one.
    pub fn keep_last_with_next(&mut self) {
        if let Some(last) = self.atoms.last_mut() {
            last.keep_with_next = true;
        }
    }

    /// Adds an atom as it is.
    pub fn push(&mut self, atom: Atom) {
        self.atoms.push(atom);
    }
}

/// A text item in a style.
#[must_use]
pub fn text_item(x: f32, y: f32, text: String, style: TextStyle) -> Item {
    Item::Text { x, y, text, weight: style.weight, size: style.size, colour: style.colour }
}

impl Flow<'_> {
    /// Labelled facts: the label in bold on the left, the value wrapped beside it.
    pub fn key_values(&mut self, rows: &[(String, String)], key_width: f32, space_before: f32) {
        let key_style = BODY.bold().coloured(MUTED);
        for (index, (key, value)) in rows.iter().enumerate() {
            let keys = self.lines(key, key_style, key_width - 6.0);
            let values = self.lines(value, BODY, CONTENT_WIDTH - key_width);
            let count = keys.len().max(values.len());
            let mut items = Vec::new();
            for (line, text) in keys.into_iter().enumerate() {
                items.push(text_item(
                    0.0,
                    BODY.leading * count_f32(line) + key_style.baseline(),
                    text,
                    key_style,
                ));
            }
            for (line, text) in values.into_iter().enumerate() {
                items.push(text_item(
                    key_width,
                    BODY.leading * count_f32(line) + BODY.baseline(),
                    text,
                    BODY,
                ));
            }
            self.atoms.push(Atom {
                height: BODY.leading * count_f32(count) + 2.0,
                space_before: if index == 0 { space_before } else { 0.0 },
                keep_with_next: false,
                items,
                ..Atom::default()
            });
        }
    }

    /// Text in a tinted box with an accent bar on its left, as one atom.
    pub fn boxed(&mut self, paragraphs: &[(String, TextStyle)], space_before: f32) {
        let pad = 7.0;
        let mut items = Vec::new();
        let mut y = pad;
        for (index, (text, style)) in paragraphs.iter().enumerate() {
            if index > 0 {
                y += 3.0;
            }
            for line in self.lines(text, *style, CONTENT_WIDTH - 2.0 * pad - 3.0) {
                items.push(text_item(pad + 3.0, y + style.baseline(), line, *style));
                y += style.leading;
            }
        }
        let height = y + pad;
        items.insert(0, Item::rect(0.0, 0.0, CONTENT_WIDTH, height, Some(ACCENT_TINT), None));
        items.insert(1, Item::rect(0.0, 0.0, 3.0, height, Some(ACCENT), None));
        self.atoms.push(Atom { height, space_before, keep_with_next: false, items, ..Atom::default() });
    }

    /// A checklist: each item with an empty tick box.
    pub fn checklist<S: AsRef<str>>(&mut self, items: &[S], style: TextStyle, space_before: f32) {
        for (index, item) in items.iter().enumerate() {
            let start = self.atoms.len();
            self.text_block(item.as_ref(), style, 16.0, if index == 0 { space_before } else { 3.0 }, false);
            if let Some(first) = self.atoms.get_mut(start) {
                let top = (style.leading - super::table::TICK_BOX) / 2.0;
                first.items.extend(super::table::tick_box(1.0, top, false));
            }
        }
    }
}

/// A count as points (counts here are small).
#[must_use]
pub fn count_f32(count: usize) -> f32 {
    #[expect(clippy::cast_precision_loss, reason = "line and item counts are far below 2^24")]
    let value = count as f32;
    value
}
