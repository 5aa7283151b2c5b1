//! Rendering a [`PlanReport`] to PDF bytes: a small layout engine (atoms placed on A4 pages
//! with keep-with-next and unbroken table rows), text wrapped by glyph advances, the chart as
//! vector paths, and `printpdf` to write it with `DejaVu` Sans embedded and subset.

mod chart;
mod emit;
mod finish;
mod flow;
mod fonts;
mod layout;
mod sections;
mod shape;
mod table;
mod text;

use std::collections::BTreeSet;

pub use finish::LANGUAGE;
pub use fonts::{REGULAR_BYTES, REPLACEMENT};

use super::model::PlanReport;

/// Why a plan could not be rendered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The embedded font could not be read (the binary is damaged).
    #[error("the built-in font could not be read; reinstall the planner")]
    Font,
    /// printpdf reported an error while writing the document.
    #[error("the PDF could not be written: {0}; please report this")]
    Pdf(String),
}

/// A rendered plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedPdf {
    /// The PDF file's bytes.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// Characters the font could not draw, shown as [`REPLACEMENT`] and listed on the cover.
    pub missing: Vec<char>,
}

/// Renders the plan to PDF bytes (A4 portrait).
pub fn render(report: &PlanReport) -> Result<RenderedPdf, RenderError> {
    let fonts = fonts::Fonts::get()?;
    let (pages, missing) = lay_out(fonts, report);
    let page_count = pages.len();
    let author =
        if report.cover.name.is_empty() { "NHS careers planner" } else { report.cover.name.as_str() };
    let bytes = emit::emit(&pages, &report.cover.document_title, author, report.cover.prepared)?;
    Ok(RenderedPdf { bytes, pages: page_count, missing: missing.into_iter().collect() })
}

/// The plan laid out on pages, with the header and footer of each, and the characters the
/// fonts cannot draw.
fn lay_out(fonts: &fonts::Fonts, report: &PlanReport) -> (Vec<layout::Page>, BTreeSet<char>) {
    let mut cover = flow::Flow::new(fonts);
    sections::cover(&mut cover, &report.cover, &report.summary);
    let mut body = flow::Flow::new(fonts);
    sections::body(&mut body, report);
    let mut missing = cover.missing.clone();
    missing.extend(body.missing.iter().copied());
    let notice = sections::missing_notice(&mut cover, &missing);
    let mut atoms = cover.atoms;
    atoms.extend(notice);
    atoms.extend(body.atoms);
    let mut pages = layout::paginate(&atoms);
    // The adviser's notes fill the rest of the last page; they never add a page of their own.
    let mut notes = flow::Flow::new(fonts);
    sections::adviser_notes(&mut notes);
    atoms.extend(notes.atoms);
    let with_notes = layout::paginate(&atoms);
    if with_notes.len() == pages.len() {
        pages = with_notes;
    }
    let name = if report.cover.name.is_empty() { "name not given" } else { report.cover.name.as_str() };
    let header = fonts.clean(&format!("{} · {name}", report.cover.title), &mut missing).replace('\n', " ");
    let total = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        page.items.extend(emit::furniture(fonts, &header, report.cover.prepared, index + 1, total));
    }
    (pages, missing)
}

#[cfg(test)]
mod tests {
    use super::layout::{CONTENT_BOTTOM, CONTENT_TOP, Item, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH};
    use super::*;
    use crate::domain::Month;
    use crate::domain::embedded::{catalogue, sample_profiles};
    use crate::domain::model::profile::{ActionItem, ActionKind, ActionStatus, Profile};
    use crate::domain::model::save_file::parse_save;

    /// A text line's box: left, top, right, bottom (the font's ascent and descent).
    fn text_box(fonts: &fonts::Fonts, item: &Item) -> Option<[f32; 4]> {
        let Item::Text { x, y, text, weight, size, .. } = item else { return None };
        Some([*x, y - 0.93 * size, x + fonts.width(text, *weight, *size), y + 0.24 * size])
    }

    fn overlap(a: [f32; 4], b: [f32; 4]) -> bool {
        const SLACK: f32 = 0.3;
        a[0] + SLACK < b[2] && b[0] + SLACK < a[2] && a[1] + SLACK < b[3] && b[1] + SLACK < a[3]
    }

    fn demanding_profiles() -> Vec<(String, Profile)> {
        let mut profiles: Vec<(String, Profile)> = sample_profiles()
            .iter()
            .map(|(name, text)| ((*name).to_owned(), parse_save(text).unwrap().profile))
            .collect();
        let mut long = profiles[0].1.clone();
        long.display_name = "Zoë Ó'Brien-Łódź Ærø Αθηνά Москва 李明 ".repeat(6);
        long.notes = "A very long note without spaces: ".to_owned() + &"x".repeat(3000);
        long.actions = (1..=100)
            .map(|number| ActionItem {
                title: format!(
                    "Action {number}: {}",
                    "shadow a manager and write it up ".repeat(number % 7 + 1)
                ),
                kind: ActionKind::ALL[number % 4],
                due: Month::new(2027, 1),
                status: ActionStatus::ALL[number % 4],
                serves: None,
                note: "www.example.org/a/very/long/address/that/must/break/somewhere/sensible"
                    .repeat(number % 3),
            })
            .collect();
        profiles.push(("long and mixed".to_owned(), long));
        profiles
    }

    /// How far down the content area a page's content reaches, from 0 (empty) to 1 (full).
    fn filled(fonts: &fonts::Fonts, page: &layout::Page) -> f32 {
        let bottoms = page.items.iter().filter_map(|item| match item {
            Item::Text { .. } => text_box(fonts, item).map(|b| b[3]),
            Item::Path { points, .. } => points.iter().map(|(_, y)| *y).reduce(f32::max),
            Item::Link { y, height, .. } => Some(y + height),
        });
        let bottom = bottoms.filter(|y| *y <= CONTENT_BOTTOM + 0.5).fold(CONTENT_TOP, f32::max);
        (bottom - CONTENT_TOP) / (CONTENT_BOTTOM - CONTENT_TOP)
    }

    #[test]
    fn no_page_but_the_last_is_left_a_third_blank() {
        let fonts = fonts::Fonts::get().unwrap();
        let today = Month::new(2026, 11).unwrap();
        for (name, text) in sample_profiles() {
            let save = parse_save(text).unwrap();
            let report = crate::report::prepare_save(catalogue().unwrap(), &save, today, None).unwrap();
            let (pages, _) = lay_out(fonts, &report);
            for (number, page) in (1..).zip(&pages[..pages.len() - 1]) {
                let filled = filled(fonts, page);
                assert!(filled >= 2.0 / 3.0, "{name} page {number} is {:.0}% full", filled * 100.0);
            }
        }
    }

    #[test]
    fn nothing_overlaps_and_nothing_leaves_the_printable_area() {
        let fonts = fonts::Fonts::get().unwrap();
        let today = Month::new(2026, 11).unwrap();
        for (name, profile) in demanding_profiles() {
            let report = crate::report::prepare(catalogue().unwrap(), &profile, today, None).unwrap();
            let (pages, _) = lay_out(fonts, &report);
            for (number, page) in (1..).zip(&pages) {
                let boxes: Vec<[f32; 4]> =
                    page.items.iter().filter_map(|item| text_box(fonts, item)).collect();
                for (index, b) in boxes.iter().enumerate() {
                    assert!(
                        b[0] >= MARGIN_X - 0.5 && b[2] <= PAGE_WIDTH - MARGIN_X + 0.5,
                        "{name} p{number}: {b:?}"
                    );
                    let in_body = b[1] >= CONTENT_TOP - 0.5 && b[3] <= CONTENT_BOTTOM + 0.5;
                    let in_header = b[3] < CONTENT_TOP && b[1] > 8.0;
                    let in_footer = b[1] > CONTENT_BOTTOM && b[3] < PAGE_HEIGHT - 8.0;
                    assert!(
                        in_body || in_header || in_footer,
                        "{name} p{number}: text outside its area {b:?}"
                    );
                    for other in &boxes[index + 1..] {
                        assert!(!overlap(*b, *other), "{name} p{number}: {b:?} overlaps {other:?}");
                    }
                }
                for item in &page.items {
                    if let Item::Path { points, .. } = item {
                        for (x, y) in points {
                            assert!(
                                *x >= MARGIN_X - 1.0 && *x <= PAGE_WIDTH - MARGIN_X + 1.0,
                                "{name} p{number}"
                            );
                            assert!(*y >= 8.0 && *y <= PAGE_HEIGHT - 8.0, "{name} p{number}");
                        }
                    }
                }
            }
        }
    }
}
