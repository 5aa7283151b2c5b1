//! Rendering a [`PlanReport`] to PDF bytes: a small layout engine (atoms placed on A4 pages
//! with keep-with-next and unbroken table rows), text wrapped by glyph advances, the chart as
//! vector paths, and `printpdf` to write it with `DejaVu` Sans embedded and subset.

mod chart;
mod emit;
mod flow;
mod fonts;
mod layout;
mod sections;
mod table;
mod text;

pub use fonts::REPLACEMENT;

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
    let mut cover = flow::Flow::new(fonts);
    sections::cover(&mut cover, &report.cover);
    let mut body = flow::Flow::new(fonts);
    sections::body(&mut body, report);
    let mut missing = cover.missing.clone();
    missing.extend(body.missing.iter().copied());
    let notice = sections::missing_notice(&mut cover, &missing);
    let mut atoms = cover.atoms;
    atoms.extend(notice);
    atoms.extend(body.atoms);
    let pages = layout::paginate(&atoms);
    let page_count = pages.len();
    let name = if report.cover.name.is_empty() { "name not given" } else { report.cover.name.as_str() };
    let info = emit::DocumentInfo {
        title: report.cover.title.clone(),
        header: format!("{} · {name}", report.cover.title),
        prepared: report.cover.prepared,
    };
    let bytes = emit::emit(fonts, pages, &info)?;
    Ok(RenderedPdf { bytes, pages: page_count, missing: missing.into_iter().collect() })
}
