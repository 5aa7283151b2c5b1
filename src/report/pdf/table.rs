//! Tables: a header row repeated on every page the table continues on, rows that are never
//! split (unless a single row is taller than a page) nor left alone on a page, text wrapped
//! within each cell.

use std::rc::Rc;

use super::flow::{ACCENT, ACCENT_TINT, Flow, RULE, SMALL, TextStyle, text_item};
use super::layout::{Atom, CONTENT_HEIGHT, CONTENT_WIDTH, Colour, Item, Stroke};

/// Space between a cell's edge and its text, left and right.
const PAD_X: f32 = 3.0;
/// Space above and below a cell's text.
const PAD_Y: f32 = 2.2;
/// The light band behind every other row.
const ZEBRA: Colour = Colour(0.965, 0.965, 0.965);
/// The side of a tick box.
pub const TICK_BOX: f32 = 8.0;

/// How a column's text is aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Left.
    Left,
    /// Right (figures).
    Right,
}

/// A column: its title, its share of the width and its alignment.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The header text.
    pub title: &'static str,
    /// Its share of the table's width (the shares are scaled to the column width).
    pub share: f32,
    /// Alignment.
    pub align: Align,
}

impl Column {
    /// A left-aligned column.
    #[must_use]
    pub const fn left(title: &'static str, share: f32) -> Self {
        Self { title, share, align: Align::Left }
    }

    /// A right-aligned column.
    #[must_use]
    pub const fn right(title: &'static str, share: f32) -> Self {
        Self { title, share, align: Align::Right }
    }
}

/// A cell: paragraphs of text in their styles, or a tick box.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Paragraphs, each in its style.
    Text(Vec<(String, TextStyle)>),
    /// A tick box, ticked when true.
    Tick(bool),
    /// A web address (without its scheme) in a style, clickable.
    Link(String, TextStyle),
    /// Cells one above the other in the same cell (a name with its web address below).
    Stack(Vec<Cell>),
}

impl Cell {
    /// One paragraph in one style.
    #[must_use]
    pub fn text(text: impl Into<String>, style: TextStyle) -> Self {
        Self::Text(vec![(text.into(), style)])
    }
}

/// A positioned line of a cell, relative to the row's top.
struct Placed {
    top: f32,
    height: f32,
    item: Item,
}

/// Adds a table to the flow.
pub fn table(flow: &mut Flow<'_>, columns: &[Column], rows: &[Vec<Cell>], space_before: f32) {
    let total: f32 = columns.iter().map(|column| column.share).sum::<f32>().max(f32::EPSILON);
    let widths: Vec<f32> = columns.iter().map(|column| column.share / total * CONTENT_WIDTH).collect();
    let header_style = SMALL.bold().coloured(ACCENT);
    let header_cells: Vec<Cell> =
        columns.iter().map(|column| Cell::text(column.title, header_style)).collect();
    let (mut header_lines, header_height) = layout_row(flow, columns, &widths, &header_cells);
    let mut header_items = vec![Item::rect(0.0, 0.0, CONTENT_WIDTH, header_height, Some(ACCENT_TINT), None)];
    header_items.extend(header_lines.drain(..).map(|placed| placed.item));
    header_items.push(Item::line(
        (0.0, header_height),
        (CONTENT_WIDTH, header_height),
        Stroke::solid(ACCENT, 0.8),
    ));
    let header = Rc::new(Atom {
        height: header_height,
        space_before,
        keep_with_next: true,
        items: header_items,
        ..Atom::default()
    });
    flow.push((*header).clone());
    let tallest = CONTENT_HEIGHT - header_height - 24.0;
    // The last atom of each row, so the first two rows and the last two stay together.
    let mut row_ends = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let (lines, height) = layout_row(flow, columns, &widths, row);
        let background = (index % 2 == 1).then_some(ZEBRA);
        for (part_lines, part_height) in split(lines, height, tallest) {
            let mut items = Vec::with_capacity(part_lines.len() + 2);
            if let Some(colour) = background {
                items.push(Item::rect(0.0, 0.0, CONTENT_WIDTH, part_height, Some(colour), None));
            }
            items.extend(part_lines.into_iter().map(|placed| placed.item));
            items.push(Item::line(
                (0.0, part_height),
                (CONTENT_WIDTH, part_height),
                Stroke::solid(RULE, 0.4),
            ));
            flow.push(Atom {
                height: part_height,
                space_before: 0.0,
                keep_with_next: false,
                items,
                repeat: Some(header.clone()),
                ruling: None,
                bookmark: None,
            });
        }
        row_ends.extend(flow.atoms.len().checked_sub(1));
    }
    keep_rows_in_pairs(flow, &row_ends);
}

/// No row alone on a page: the first row stays with the second (and so with the header), and
/// the last with the one before it.
fn keep_rows_in_pairs(flow: &mut Flow<'_>, row_ends: &[usize]) {
    if row_ends.len() < 2 {
        return;
    }
    for at in [0, row_ends.len() - 2] {
        if let Some(atom) = row_ends.get(at).and_then(|&index| flow.atoms.get_mut(index)) {
            atom.keep_with_next = true;
        }
    }
}

/// Lays out one row: its lines relative to the row's top, and its height.
fn layout_row(flow: &mut Flow<'_>, columns: &[Column], widths: &[f32], cells: &[Cell]) -> (Vec<Placed>, f32) {
    let mut placed = Vec::new();
    let mut height: f32 = 0.0;
    let mut x = 0.0;
    for ((column, width), cell) in columns.iter().zip(widths).zip(cells) {
        let bottom = layout_cell(flow, &mut placed, (x, *width, column.align), cell, PAD_Y);
        height = height.max(bottom + PAD_Y);
        x += width;
    }
    (placed, height)
}

/// Lays out one cell in the column at `x` of `width`, from `y` down; returns where it ends.
fn layout_cell(
    flow: &mut Flow<'_>,
    placed: &mut Vec<Placed>,
    (x, width, align): (f32, f32, Align),
    cell: &Cell,
    mut y: f32,
) -> f32 {
    let inner = (width - 2.0 * PAD_X).max(1.0);
    match cell {
        Cell::Text(paragraphs) => {
            for (text, style) in paragraphs {
                for line in flow.lines(text, *style, inner) {
                    let line_x = match align {
                        Align::Left => x + PAD_X,
                        Align::Right => x + width - PAD_X - flow.width(&line, *style),
                    };
                    placed.push(Placed {
                        top: y,
                        height: style.leading,
                        item: text_item(line_x, y + style.baseline(), line, *style),
                    });
                    y += style.leading;
                }
            }
        }
        Cell::Link(address, style) => {
            let uri = format!("https://{address}");
            for line in flow.lines(address, *style, inner) {
                let line_width = flow.width(&line, *style);
                placed.push(Placed {
                    top: y,
                    height: style.leading,
                    item: Item::Link {
                        x: x + PAD_X,
                        y,
                        width: line_width,
                        height: style.leading,
                        uri: uri.clone(),
                    },
                });
                placed.push(Placed {
                    top: y,
                    height: style.leading,
                    item: text_item(x + PAD_X, y + style.baseline(), line, style.coloured(ACCENT)),
                });
                y += style.leading;
            }
        }
        Cell::Tick(done) => {
            let top = y + (SMALL.leading - TICK_BOX) / 2.0 + 1.0;
            placed.extend(tick_box(x + PAD_X, top, *done).into_iter().map(|item| Placed {
                top: y,
                height: TICK_BOX,
                item,
            }));
            y += TICK_BOX + 2.0;
        }
        Cell::Stack(cells) => {
            for part in cells {
                y = layout_cell(flow, placed, (x, width, align), part, y);
            }
        }
    }
    y
}

/// A tick box at (`x`, `top`), with a tick when `done`.
#[must_use]
pub fn tick_box(x: f32, top: f32, done: bool) -> Vec<Item> {
    let mut items = vec![Item::rect(
        x,
        top,
        TICK_BOX,
        TICK_BOX,
        Some(Colour(1.0, 1.0, 1.0)),
        Some(Stroke::solid(Colour(0.2, 0.2, 0.2), 0.7)),
    )];
    if done {
        items.push(Item::Path {
            points: vec![(x + 1.6, top + 4.2), (x + 3.4, top + 6.2), (x + 6.6, top + 1.6)],
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(ACCENT, 1.2)),
        });
    }
    items
}

/// Splits a row taller than `tallest` into parts that each fit on a page (only rows holding
/// very long text need this); other rows come back whole.
fn split(lines: Vec<Placed>, height: f32, tallest: f32) -> Vec<(Vec<Placed>, f32)> {
    if height <= tallest {
        return vec![(lines, height)];
    }
    let mut parts: Vec<(Vec<Placed>, f32)> = Vec::new();
    for line in lines {
        let part_number = ((line.top - PAD_Y).max(0.0) / tallest).floor();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a small non-negative index"
        )]
        let index = part_number as usize;
        while parts.len() <= index {
            parts.push((Vec::new(), 0.0));
        }
        let start = tallest * part_number;
        if let Some((part, part_height)) = parts.get_mut(index) {
            let shift = start - if index == 0 { 0.0 } else { PAD_Y };
            *part_height = part_height.max(line.top - shift + line.height + PAD_Y);
            part.push(Placed {
                top: line.top - shift,
                height: line.height,
                item: line.item.moved(0.0, -shift),
            });
        }
    }
    parts.retain(|(part, _)| !part.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::super::flow::BODY;
    use super::super::fonts::Fonts;
    use super::super::layout::paginate;
    use super::*;

    #[test]
    fn no_row_is_alone_on_a_page_wherever_the_table_starts() {
        let fonts = Fonts::get().unwrap();
        for row_count in [2, 3, 7] {
            for filler in 0..70 {
                let mut flow = Flow::new(fonts);
                for _ in 0..filler {
                    flow.paragraph("A line before the table", BODY, 0.0, 0.0);
                }
                let rows: Vec<Vec<Cell>> =
                    (0..row_count).map(|number| vec![Cell::text(format!("Row {number}"), SMALL)]).collect();
                table(&mut flow, &[Column::left("Heading", 1.0)], &rows, 0.0);
                for page in paginate(&flow.atoms) {
                    let on_page = page
                        .items
                        .iter()
                        .filter(|item| matches!(item, Item::Text { text, .. } if text.starts_with("Row ")))
                        .count();
                    assert_ne!(on_page, 1, "{row_count} rows after {filler} lines: a row alone");
                }
            }
        }
    }
}
