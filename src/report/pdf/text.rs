//! Wrapping text to a column by measuring glyph advances.

use super::fonts::{Fonts, Weight};

/// How much wider than the column a line may measure (rounding in the PDF's width table).
const TOLERANCE: f32 = 0.01;

/// Wraps `text` into lines no wider than `width` points at `size` points. Lines break at
/// spaces; a word wider than the column (a long web address) breaks after a `/` or `-`
/// when it can (never at a dot, so a web address still reads as one), else between characters. Each `\n` starts a new line.
#[must_use]
pub fn wrap(fonts: &Fonts, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
    let limit = width + TOLERANCE;
    let space = fonts.width(" ", weight, size);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in paragraph.split_whitespace() {
            let word_width = fonts.width(word, weight, size);
            if !line.is_empty() && line_width + space + word_width <= limit {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= limit {
                line.push_str(word);
                line_width = word_width;
            } else {
                let mut pieces = break_word(fonts, word, weight, size, limit);
                let last = pieces.pop().unwrap_or_default();
                lines.extend(pieces);
                line_width = fonts.width(&last, weight, size);
                line = last;
            }
        }
        lines.push(line);
    }
    lines
}

/// Splits a word wider than `limit` into pieces that fit, preferring to break after `/` or `-`
/// in the second half of a piece.
fn break_word(fonts: &Fonts, word: &str, weight: Weight, size: f32, limit: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece: Vec<char> = Vec::new();
    let mut piece_width = 0.0;
    for c in word.chars() {
        let advance = fonts.width(c.encode_utf8(&mut [0; 4]), weight, size);
        if !piece.is_empty() && piece_width + advance > limit {
            let cut = piece
                .iter()
                .rposition(|&p| matches!(p, '/' | '-'))
                .filter(|&at| at + 1 >= piece.len() / 2 && at + 1 < piece.len())
                .map_or(piece.len(), |at| at + 1);
            // Not straight after a dot: "www." and "nhs.uk" stay recognisable.
            let cut = if cut > 1 && piece.get(cut - 1) == Some(&'.') { cut - 1 } else { cut };
            let rest: Vec<char> = piece.split_off(cut);
            pieces.push(piece.iter().collect());
            piece = rest;
            piece_width = fonts.width(&piece.iter().collect::<String>(), weight, size);
        }
        piece.push(c);
        piece_width += advance;
    }
    pieces.push(piece.iter().collect());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::get().unwrap()
    }

    #[test]
    fn every_line_fits_and_no_word_is_lost() {
        let text = "Gain experience of staff supervision, then apply for supervisor or team leader roles \
                    and move on into management with appropriate training and support.";
        for width in [60.0, 120.0, 250.0, 1000.0] {
            let lines = wrap(fonts(), text, Weight::Regular, 9.0, width);
            for line in &lines {
                assert!(fonts().width(line, Weight::Regular, 9.0) <= width + TOLERANCE, "{line}");
            }
            let squeezed = |text: &str| text.split_whitespace().collect::<String>();
            assert_eq!(squeezed(&lines.concat()), squeezed(text));
            if width >= 120.0 {
                assert_eq!(lines.join(" "), text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }

    #[test]
    fn a_long_address_breaks_after_a_slash() {
        let lines =
            wrap(fonts(), "www.nhsemployers.org/SimplifiedKSF/and/more/parts", Weight::Regular, 9.0, 80.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "www.nhsemployers.org/SimplifiedKSF/and/more/parts");
        for line in &lines {
            assert!(fonts().width(line, Weight::Regular, 9.0) <= 80.0 + TOLERANCE);
        }
    }

    #[test]
    fn a_web_address_never_breaks_at_a_dot() {
        let address = "www.managementinpractice.com.example.nhs.uk";
        for width in [40.0, 55.0, 70.0, 90.0] {
            let lines = wrap(fonts(), address, Weight::Regular, 9.0, width);
            assert_eq!(lines.concat(), address);
            for line in &lines[..lines.len() - 1] {
                assert!(!line.ends_with('.'), "{lines:?}");
            }
        }
    }

    #[test]
    fn newlines_start_lines_and_empty_text_is_one_empty_line() {
        assert_eq!(wrap(fonts(), "one\ntwo", Weight::Bold, 9.0, 300.0), vec!["one", "two"]);
        assert_eq!(wrap(fonts(), "", Weight::Bold, 9.0, 300.0), vec![""]);
    }
}
