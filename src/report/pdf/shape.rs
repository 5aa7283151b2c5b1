//! Text shaped for drawing: right-to-left runs put in visual order with `unicode-bidi`, each
//! run shaped with `harfrust` in the font that draws it, so Arabic letters join, Hebrew reads
//! right to left and Indic scripts get their conjuncts. Each glyph keeps the characters it
//! stands for, so the text extracts back as written.

use std::ops::Range;

use harfrust::{Direction, FontRef, ShapeOptions, ShaperData, UnicodeBuffer};
use printpdf::Codepoint;
use unicode_bidi::ParagraphBidiInfo;

use super::fonts::{BOLD_BYTES, Fonts, REGULAR_BYTES, Weight};
use crate::fonts::SystemFont;

/// The font a run is drawn in.
#[derive(Clone, Copy, Debug)]
pub enum RunFont {
    /// `DejaVu` Sans in a weight.
    Embedded(Weight),
    /// A system font.
    System(&'static SystemFont),
}

impl RunFont {
    fn bytes(self) -> (&'static [u8], u32) {
        match self {
            Self::Embedded(Weight::Regular) => (REGULAR_BYTES, 0),
            Self::Embedded(Weight::Bold) => (BOLD_BYTES, 0),
            Self::System(font) => (font.bytes, font.index),
        }
    }

    /// True when both are the same font.
    #[must_use]
    pub fn same(self, other: Self) -> bool {
        match (self, other) {
            (Self::Embedded(a), Self::Embedded(b)) => a == b,
            (Self::System(a), Self::System(b)) => std::ptr::eq(a, b),
            _ => false,
        }
    }
}

/// Shaped glyphs in one font, placed `x` points after the start of the line.
#[derive(Clone, Debug)]
pub struct GlyphRun {
    /// Its font.
    pub font: RunFont,
    /// Its offset from the line's start, in points.
    pub x: f32,
    /// Its glyphs, in visual order, each with the text it stands for.
    pub glyphs: Vec<Codepoint>,
}

/// True when a character needs shaping or another font: right-to-left and joining scripts,
/// Indic scripts, and anything `DejaVu` Sans lacks.
#[must_use]
pub fn needs_shaping(fonts: &Fonts, text: &str) -> bool {
    text.chars().any(|c| {
        matches!(u32::from(c), 0x0590..=0x08FF | 0x0900..=0x0DFF | 0xFB1D..=0xFEFF)
            || !fonts.embedded_can_draw(c)
    })
}

/// The line's glyph runs, left to right.
#[must_use]
pub fn shape_line(fonts: &Fonts, text: &str, weight: Weight, size: f32) -> Vec<GlyphRun> {
    let bidi = ParagraphBidiInfo::new(text, None);
    let (levels, runs) = bidi.visual_runs(0..text.len());
    let mut out = Vec::new();
    let mut x = 0.0;
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(unicode_bidi::Level::is_rtl);
        let mut pieces = font_pieces(fonts, text, run, weight);
        if rtl {
            pieces.reverse();
        }
        for (font, range) in pieces {
            let Some(piece) = text.get(range) else { continue };
            let (glyphs, advance) = shape_piece(font, piece, rtl, size);
            out.push(GlyphRun { font, x, glyphs });
            x += advance;
        }
    }
    out
}

/// A run split where its font changes.
fn font_pieces(fonts: &Fonts, text: &str, run: Range<usize>, weight: Weight) -> Vec<(RunFont, Range<usize>)> {
    let mut pieces: Vec<(RunFont, Range<usize>)> = Vec::new();
    let Some(slice) = text.get(run.clone()) else { return pieces };
    for (offset, c) in slice.char_indices() {
        let font = fonts.system_font(c, weight).map_or(RunFont::Embedded(weight), RunFont::System);
        let at = run.start + offset;
        let end = at + c.len_utf8();
        // Spaces and marks stay with the run they are in.
        let neutral = c.is_whitespace() || c.is_ascii_punctuation();
        match pieces.last_mut() {
            Some((last, range)) if last.same(font) || neutral => range.end = end,
            _ => pieces.push((font, at..end)),
        }
    }
    pieces
}

/// Shapes one piece in one font: its glyphs and its advance in points.
fn shape_piece(font: RunFont, piece: &str, rtl: bool, size: f32) -> (Vec<Codepoint>, f32) {
    let (bytes, index) = font.bytes();
    let Ok(face) = FontRef::from_index(bytes, index) else { return (Vec::new(), 0.0) };
    let units =
        ttf_parser::Face::parse(bytes, index).map_or(1000.0, |face| f32::from(face.units_per_em().max(1)));
    let data = ShaperData::new(&face);
    let shaper = data.shaper(&face).build();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(piece);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
    let output = shaper.shape(buffer, ShapeOptions::new());
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let mut starts: Vec<usize> = infos.iter().filter_map(|info| usize::try_from(info.cluster).ok()).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut seen: Vec<usize> = Vec::new();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut advance = 0.0;
    for (info, position) in infos.iter().zip(positions) {
        let start = usize::try_from(info.cluster).unwrap_or(0);
        let end = starts.iter().copied().find(|&next| next > start).unwrap_or(piece.len());
        let gid = u16::try_from(info.glyph_id).unwrap_or(0);
        // The cluster's text goes with its first glyph; the others stand for nothing more.
        let text = if seen.contains(&start) {
            String::new()
        } else {
            piece.get(start..end).unwrap_or("").to_owned()
        };
        seen.push(start);
        glyphs.push(Codepoint::with_cid(gid, 0.0, text));
        #[expect(clippy::cast_precision_loss, reason = "glyph advances are small")]
        let units_advance = position.x_advance as f32;
        advance += units_advance / units * size;
    }
    (glyphs, advance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_take_their_joined_forms_and_read_right_to_left() {
        let fonts = Fonts::get().unwrap();
        let name = "سارة";
        let runs = shape_line(fonts, name, Weight::Regular, 10.0);
        assert_eq!(runs.len(), 1);
        let face = ttf_parser::Face::parse(REGULAR_BYTES, 0).unwrap();
        let isolated: Vec<u16> = name.chars().map(|c| face.glyph_index(c).unwrap().0).collect();
        let shaped: Vec<u16> = runs[0].glyphs.iter().map(|glyph| glyph.gid).collect();
        assert_eq!(shaped.len(), isolated.len());
        let contextual = shaped.iter().filter(|gid| !isolated.contains(gid)).count();
        assert!(contextual >= 2, "joined (contextual) forms: {shaped:?} vs {isolated:?}");
        // Visual order: the last letter (ة) is drawn first, on the left.
        let texts: Vec<&str> = runs[0].glyphs.iter().filter_map(|glyph| glyph.cid.as_deref()).collect();
        assert_eq!(texts.concat(), "ةراس");
    }

    #[test]
    fn latin_needs_no_shaping_and_hebrew_does() {
        let fonts = Fonts::get().unwrap();
        assert!(!needs_shaping(fonts, "Zoë Ó'Brien, Łódź"));
        assert!(needs_shaping(fonts, "שרה"));
    }
}
