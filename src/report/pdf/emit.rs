//! Laid-out pages to PDF bytes with printpdf: the fonts embedded (subset), a header and a
//! "Page N of M" footer on every page, and the document information set deliberately.

use std::sync::{Mutex, OnceLock};

use printpdf::date::{Date, DateTime, Offset, Time};
use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, PdfWarnMsg, Point, Polygon, PolygonRing, Pt, Rgb, TextItem,
    TextMatrix, WindingOrder,
};

use super::RenderError;
use super::flow::{MUTED, RULE, SMALL, text_item};
use super::fonts::{BOLD_BYTES, Fonts, REGULAR_BYTES, Weight};
use super::layout::{CONTENT_WIDTH, Colour, Item, MARGIN_X, PAGE_HEIGHT, PT_PER_MM, Page, Stroke};
use super::shape::{RunFont, needs_shaping, shape_line};
use crate::domain::Month;
use crate::fonts::SystemFont;

/// The parsed fonts for printpdf, parsed once per process.
fn parsed_fonts() -> Result<&'static (ParsedFont, ParsedFont), RenderError> {
    static PARSED: OnceLock<Option<(ParsedFont, ParsedFont)>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            let mut warnings = Vec::new();
            let regular = ParsedFont::from_bytes(REGULAR_BYTES, 0, &mut warnings)?;
            let bold = ParsedFont::from_bytes(BOLD_BYTES, 0, &mut warnings)?;
            Some((regular, bold))
        })
        .as_ref()
        .ok_or(RenderError::Font)
}

/// Writes laid-out pages as a PDF document titled `title`, by `author`, dated the first of
/// `prepared`, with its outline, links and language; the document information names no file
/// path, user or host.
pub fn emit(pages: &[Page], title: &str, author: &str, prepared: Month) -> Result<Vec<u8>, RenderError> {
    let (regular, bold) = parsed_fonts()?;
    let mut doc = PdfDocument::new(title);
    let mut ids = FontIds { regular: doc.add_font(regular), bold: doc.add_font(bold), system: Vec::new() };
    let fonts = Fonts::get()?;
    let mut pdf_pages: Vec<PdfPage> = Vec::with_capacity(pages.len());
    for page in pages {
        let ops = page_ops(&page.items, fonts, &mut ids, &mut doc);
        pdf_pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    let date = document_date(prepared);
    let metadata = &mut doc.metadata.info;
    author.clone_into(&mut metadata.author);
    metadata.creator = format!("NHS careers planner {}", env!("CARGO_PKG_VERSION"));
    metadata.producer = format!("careers-planner {} (printpdf 0.12)", env!("CARGO_PKG_VERSION"));
    SUBJECT.clone_into(&mut metadata.subject);
    metadata.creation_date = date;
    metadata.modification_date = date;
    metadata.metadata_date = date;
    let mut warnings: Vec<PdfWarnMsg> = Vec::new();
    let bytes = doc.with_pages(pdf_pages).save(&PdfSaveOptions::default(), &mut warnings);
    if let Some(error) =
        warnings.iter().find(|warning| warning.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(RenderError::Pdf(error.msg.clone()));
    }
    let information = super::finish::Information {
        title,
        author,
        subject: SUBJECT,
        creator: format!("NHS careers planner {}", env!("CARGO_PKG_VERSION")),
        producer: format!("careers-planner {} (printpdf 0.12, lopdf 0.44)", env!("CARGO_PKG_VERSION")),
        date: format!("D:{:04}{:02}01000000Z", prepared.year(), prepared.number()),
    };
    super::finish::finish(&bytes, pages, &information)
}

/// What the document is, for its information entries.
const SUBJECT: &str = "Estimated career action plan: roles, path, pay and actions";

/// Midnight UTC on the first day of the prepared month.
fn document_date(month: Month) -> DateTime {
    let number = u8::try_from(month.number()).unwrap_or(1);
    DateTime::new_in_offset(
        Date { year: month.year(), month: number, day: 1 },
        Time { hour: 0, minute: 0, second: 0, millisecond: 0 },
        Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    )
}

/// The header (title and name, prepared month) and footer (page number) of a page.
pub fn furniture(fonts: &Fonts, header: &str, prepared: Month, number: usize, total: usize) -> Vec<Item> {
    let style = SMALL.coloured(MUTED);
    let right_edge = MARGIN_X + CONTENT_WIDTH;
    let header_y = 14.0 * PT_PER_MM;
    let rule_y = 16.5 * PT_PER_MM;
    let footer_y = PAGE_HEIGHT - 12.0 * PT_PER_MM;
    let prepared = format!("Prepared {} · estimated plan", prepared.label());
    let prepared_width = fonts.width(&prepared, style.weight, style.size);
    // The header's left part gives way to the right part when a long name would reach it.
    let room = CONTENT_WIDTH - prepared_width - 12.0;
    let header = fit(fonts, header, style.weight, style.size, room);
    let page = format!("Page {number} of {total}");
    let page_width = fonts.width(&page, Weight::Bold, style.size);
    vec![
        text_item(MARGIN_X, header_y, header, style),
        text_item(right_edge - prepared_width, header_y, prepared, style),
        Item::line((MARGIN_X, rule_y), (right_edge, rule_y), Stroke::solid(RULE, 0.5)),
        Item::line((MARGIN_X, footer_y - 10.0), (right_edge, footer_y - 10.0), Stroke::solid(RULE, 0.5)),
        text_item(right_edge - page_width, footer_y, page, style.bold()),
        text_item(MARGIN_X, footer_y, "NHS careers planner".to_owned(), style),
    ]
}

/// `text` cut with an ellipsis to fit `room` points.
fn fit(fonts: &Fonts, text: &str, weight: Weight, size: f32, room: f32) -> String {
    if fonts.width(text, weight, size) <= room {
        return text.to_owned();
    }
    let mut cut: String = text.to_owned();
    while !cut.is_empty() && fonts.width(&format!("{cut}…"), weight, size) > room {
        cut.pop();
    }
    format!("{}…", cut.trim_end())
}

fn rgb(colour: Colour) -> Color {
    Color::Rgb(Rgb::new(colour.0, colour.1, colour.2, None))
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint { p: Point { x: Pt(x), y: Pt(PAGE_HEIGHT - y) }, bezier: false }
}

/// The document's fonts: `DejaVu` Sans and the system fonts added so far.
struct FontIds {
    regular: FontId,
    bold: FontId,
    system: Vec<(&'static SystemFont, FontId)>,
}

impl FontIds {
    /// The id of a run's font, adding a system font to the document the first time.
    fn of(&mut self, font: RunFont, doc: &mut PdfDocument) -> Option<FontId> {
        match font {
            RunFont::Embedded(Weight::Regular) => Some(self.regular.clone()),
            RunFont::Embedded(Weight::Bold) => Some(self.bold.clone()),
            RunFont::System(system) => {
                if let Some((_, id)) = self.system.iter().find(|(known, _)| std::ptr::eq(*known, system)) {
                    return Some(id.clone());
                }
                let id = doc.add_font(parsed_system_font(system)?);
                self.system.push((system, id.clone()));
                Some(id)
            }
        }
    }
}

/// A system font parsed for printpdf, once per process.
fn parsed_system_font(font: &'static SystemFont) -> Option<&'static ParsedFont> {
    type Parsed = Vec<(usize, Option<&'static ParsedFont>)>;
    static PARSED: OnceLock<Mutex<Parsed>> = OnceLock::new();
    let key = std::ptr::from_ref(font).addr();
    let mut parsed = PARSED.get_or_init(|| Mutex::new(Vec::new())).lock().ok()?;
    if let Some((_, found)) = parsed.iter().find(|(known, _)| *known == key) {
        return *found;
    }
    let mut warnings = Vec::new();
    // Kept for the process: a handful of fonts at most.
    let font = ParsedFont::from_bytes(font.bytes, usize::try_from(font.index).unwrap_or(0), &mut warnings)
        .map(|font| &*Box::leak(Box::new(font)));
    parsed.push((key, font));
    font
}

/// The page's items as printpdf operations, text grouped into text sections; text that needs
/// shaping or another font is drawn as shaped glyph runs.
fn page_ops(items: &[Item], fonts: &Fonts, ids: &mut FontIds, doc: &mut PdfDocument) -> Vec<Op> {
    let mut ops = Vec::with_capacity(items.len() * 3);
    let mut in_text = false;
    let mut font: Option<(Weight, u32)> = None;
    let mut fill: Option<Colour> = None;
    for item in items {
        match item {
            Item::Text { x, y, text, weight, size, colour } => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                }
                if fill != Some(*colour) {
                    ops.push(Op::SetFillColor { col: rgb(*colour) });
                    fill = Some(*colour);
                }
                if needs_shaping(fonts, text) {
                    for run in shape_line(fonts, text, *weight, *size) {
                        let Some(id) = ids.of(run.font, doc) else { continue };
                        ops.push(Op::SetFont { font: PdfFontHandle::External(id), size: Pt(*size) });
                        font = None;
                        ops.push(Op::SetTextMatrix {
                            matrix: TextMatrix::Translate(Pt(x + run.x), Pt(PAGE_HEIGHT - y)),
                        });
                        ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(run.glyphs)] });
                    }
                    continue;
                }
                if font != Some((*weight, size.to_bits())) {
                    let id = match weight {
                        Weight::Regular => ids.regular.clone(),
                        Weight::Bold => ids.bold.clone(),
                    };
                    ops.push(Op::SetFont { font: PdfFontHandle::External(id), size: Pt(*size) });
                    font = Some((*weight, size.to_bits()));
                }
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(*x), Pt(PAGE_HEIGHT - y)) });
                ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
            }
            Item::Link { .. } => {}
            Item::Path { points, closed, fill: path_fill, stroke } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                path_ops(&mut ops, points, *closed, *path_fill, *stroke, &mut fill);
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

fn path_ops(
    ops: &mut Vec<Op>,
    points: &[(f32, f32)],
    closed: bool,
    path_fill: Option<Colour>,
    stroke: Option<Stroke>,
    fill: &mut Option<Colour>,
) {
    if let Some(colour) = path_fill
        && *fill != Some(colour)
    {
        ops.push(Op::SetFillColor { col: rgb(colour) });
        *fill = Some(colour);
    }
    if let Some(stroke) = stroke {
        ops.push(Op::SetOutlineColor { col: rgb(stroke.colour) });
        ops.push(Op::SetOutlineThickness { pt: Pt(stroke.width) });
        let dash = stroke
            .dash
            .map_or_else(LineDashPattern::solid, |(on, off)| LineDashPattern::new(0.0, &[on, off]));
        ops.push(Op::SetLineDashPattern { dash });
    }
    let line_points: Vec<LinePoint> = points.iter().map(|(x, y)| point(*x, *y)).collect();
    let mode = match (path_fill.is_some(), stroke.is_some()) {
        (true, true) => PaintMode::FillStroke,
        (true, false) => PaintMode::Fill,
        (false, _) => PaintMode::Stroke,
    };
    if closed || path_fill.is_some() {
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points: line_points }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    } else {
        ops.push(Op::DrawLine { line: Line { points: line_points, is_closed: false } });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_header_is_cut_with_an_ellipsis_to_fit() {
        let fonts = Fonts::get().unwrap();
        let long = "Career action plan · ".to_owned() + &"Name ".repeat(60);
        let cut = fit(fonts, &long, Weight::Regular, 8.0, 200.0);
        assert!(cut.ends_with('…'));
        assert!(fonts.width(&cut, Weight::Regular, 8.0) <= 200.0);
        assert_eq!(fit(fonts, "Short", Weight::Regular, 8.0, 200.0), "Short");
    }

    #[test]
    fn the_document_date_is_the_first_of_the_prepared_month() {
        let date = document_date(Month::new(2026, 11).unwrap());
        assert_eq!((date.date.year, date.date.month, date.date.day), (2026, 11, 1));
    }
}
