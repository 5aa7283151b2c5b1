//! The fonts of the PDF (`DejaVu` Sans regular and bold, and system fonts for scripts it
//! lacks, from [`crate::fonts`]) and their glyph advances, read with `ttf-parser` from the
//! same bytes that are embedded in the PDF.
//!
//! A character no installed font has a glyph for is drawn as [`REPLACEMENT`] and reported, so
//! the document can say so instead of silently showing a box or a question mark.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ttf_parser::Face;

use super::RenderError;
pub use crate::fonts::{BOLD_BYTES, REGULAR_BYTES};
use crate::fonts::{SystemFont, fallback_for};

/// What a character the font cannot draw is shown as (U+FFFD REPLACEMENT CHARACTER).
pub const REPLACEMENT: char = '\u{FFFD}';

/// The weight of a run of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// `DejaVu` Sans.
    Regular,
    /// `DejaVu` Sans Bold.
    Bold,
}

/// Advances of one face, in ems.
struct Metrics {
    face: Face<'static>,
    units_per_em: f32,
    /// Advances of U+0000 to U+02FF (Latin, with accents), the characters nearly all text uses.
    latin: Vec<Option<f32>>,
}

const LATIN_END: u32 = 0x300;

impl Metrics {
    fn new(bytes: &'static [u8]) -> Result<Self, RenderError> {
        let face = Face::parse(bytes, 0).map_err(|_| RenderError::Font)?;
        let units_per_em = f32::from(face.units_per_em().max(1));
        let mut metrics = Self { face, units_per_em, latin: Vec::new() };
        metrics.latin =
            (0..LATIN_END).map(|code| char::from_u32(code).and_then(|c| metrics.lookup(c))).collect();
        Ok(metrics)
    }

    fn lookup(&self, c: char) -> Option<f32> {
        let glyph = self.face.glyph_index(c)?;
        Some(f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) / self.units_per_em)
    }

    /// The advance of `c` in ems, or none when the face has no glyph for it.
    fn advance(&self, c: char) -> Option<f32> {
        match self.latin.get(c as usize) {
            Some(found) => *found,
            None => self.lookup(c),
        }
    }
}

/// Both faces, parsed once per process.
pub struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

impl Fonts {
    /// The shared fonts.
    pub fn get() -> Result<&'static Self, RenderError> {
        static FONTS: OnceLock<Result<Fonts, RenderError>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Ok(Self { regular: Metrics::new(REGULAR_BYTES)?, bold: Metrics::new(BOLD_BYTES)? })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn metrics(&self, weight: Weight) -> &Metrics {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// The width of `text` in points at `size` points: `DejaVu`'s advances, a system font's
    /// for characters it lacks. Characters no font has count as the replacement character
    /// (they are drawn as one after [`Fonts::clean`]).
    #[must_use]
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let metrics = self.metrics(weight);
        let fallback = metrics.advance(REPLACEMENT).unwrap_or(0.6);
        text.chars()
            .map(|c| {
                metrics
                    .advance(c)
                    .or_else(|| self.system_font(c, weight).and_then(|font| system_advance(font, c)))
                    .unwrap_or(fallback)
            })
            .sum::<f32>()
            * size
    }

    /// True when both weights of `DejaVu` Sans can draw `c`.
    #[must_use]
    pub fn embedded_can_draw(&self, c: char) -> bool {
        self.regular.advance(c).is_some() && self.bold.advance(c).is_some()
    }

    /// The system font that draws `c` in `weight`, when `DejaVu` Sans cannot.
    #[must_use]
    pub fn system_font(&self, c: char, weight: Weight) -> Option<&'static SystemFont> {
        if self.metrics(weight).advance(c).is_some() {
            return None;
        }
        fallback_for(c, weight == Weight::Bold)
    }

    /// True when some font (embedded or installed) can draw `c`.
    #[must_use]
    pub fn can_draw(&self, c: char) -> bool {
        self.embedded_can_draw(c)
            || (self.system_font(c, Weight::Regular).is_some() && self.system_font(c, Weight::Bold).is_some())
    }

    /// `text` ready to draw: control characters other than `\n` become spaces, curly quotes
    /// become straight ones (the data mixes both), and characters the fonts cannot draw become
    /// [`REPLACEMENT`] and are added to `missing`.
    #[must_use]
    pub fn clean(&self, text: &str, missing: &mut BTreeSet<char>) -> String {
        text.chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                other => other,
            })
            .map(|c| {
                if c == '\n' {
                    c
                } else if c.is_control() {
                    ' '
                } else if self.can_draw(c) {
                    c
                } else {
                    missing.insert(c);
                    REPLACEMENT
                }
            })
            .collect()
    }
}

/// The advance of `c` in a system font, in ems.
fn system_advance(font: &SystemFont, c: char) -> Option<f32> {
    let face = Face::parse(font.bytes, font.index).ok()?;
    let glyph = face.glyph_index(c)?;
    Some(f32::from(face.glyph_hor_advance(glyph).unwrap_or(0)) / f32::from(face.units_per_em().max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_greek_and_cyrillic_are_drawn_and_a_private_use_character_is_replaced() {
        let fonts = Fonts::get().unwrap();
        let mut missing = BTreeSet::new();
        let text = "Zoë Ó'Brien, Łódź, Ærø, Αθήνα, Москва, سارة, שרה";
        assert_eq!(fonts.clean(text, &mut missing), text);
        assert!(missing.is_empty());
        // U+10FFFD is a private-use character no font draws.
        assert_eq!(fonts.clean("a\u{10FFFD}", &mut missing), "a\u{FFFD}");
        assert_eq!(missing.into_iter().collect::<Vec<_>>(), vec!['\u{10FFFD}']);
        assert!(fonts.can_draw(REPLACEMENT));
    }

    #[test]
    fn widths_grow_with_text_and_size_and_bold_is_wider() {
        let fonts = Fonts::get().unwrap();
        let narrow = fonts.width("iiii", Weight::Regular, 10.0);
        let wide = fonts.width("WWWW", Weight::Regular, 10.0);
        assert!(narrow < wide);
        assert!((fonts.width("WWWW", Weight::Regular, 20.0) - 2.0 * wide).abs() < 1e-3);
        assert!(fonts.width("Band", Weight::Bold, 10.0) > fonts.width("Band", Weight::Regular, 10.0));
    }
}
