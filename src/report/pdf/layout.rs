//! The page model and pagination: A4 portrait geometry, drawing items, unbreakable atoms, and
//! the rules that place atoms on pages (keep a heading with what follows it, never split an
//! atom, repeat a table's header on the page it continues on).
//!
//! Coordinates are points from the top-left corner, y growing downwards; the emitter turns
//! them into PDF coordinates.

use std::rc::Rc;

use super::fonts::Weight;

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;
/// A4 width in points.
pub const PAGE_WIDTH: f32 = 210.0 * PT_PER_MM;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 297.0 * PT_PER_MM;
/// Left and right margins (20 mm).
pub const MARGIN_X: f32 = 20.0 * PT_PER_MM;
/// Where the content starts, below the header (24 mm).
pub const CONTENT_TOP: f32 = 24.0 * PT_PER_MM;
/// Where the content ends, above the footer (22 mm from the bottom).
pub const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - 22.0 * PT_PER_MM;
/// The width of the text column.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
/// The height of the content area of a page.
pub const CONTENT_HEIGHT: f32 = CONTENT_BOTTOM - CONTENT_TOP;

/// An RGB colour, each part 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

/// How a line is stroked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Its colour.
    pub colour: Colour,
    /// Its width in points.
    pub width: f32,
    /// Dash and gap lengths in points, or none for a solid line.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    /// A solid line.
    #[must_use]
    pub fn solid(colour: Colour, width: f32) -> Self {
        Self { colour, width, dash: None }
    }
}

/// Something drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// The text, already cleaned for the font.
        text: String,
        /// Its weight.
        weight: Weight,
        /// Its size in points.
        size: f32,
        /// Its colour.
        colour: Colour,
    },
    /// A path through points, filled and/or stroked.
    Path {
        /// The points.
        points: Vec<(f32, f32)>,
        /// Closed back to the first point.
        closed: bool,
        /// Fill colour, if filled.
        fill: Option<Colour>,
        /// Stroke, if stroked.
        stroke: Option<Stroke>,
    },
    /// A clickable area opening a web address (not drawn; the text under it is).
    Link {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// The address opened, with its scheme.
        uri: String,
    },
}

impl Item {
    /// A rectangle from its top-left corner.
    #[must_use]
    pub fn rect(
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: Option<Colour>,
        stroke: Option<Stroke>,
    ) -> Self {
        Self::Path {
            points: vec![(x, y), (x + width, y), (x + width, y + height), (x, y + height)],
            closed: true,
            fill,
            stroke,
        }
    }

    /// A straight line.
    #[must_use]
    pub fn line(from: (f32, f32), to: (f32, f32), stroke: Stroke) -> Self {
        Self::Path { points: vec![from, to], closed: false, fill: None, stroke: Some(stroke) }
    }

    /// The item moved by (`dx`, `dy`).
    #[must_use]
    pub fn moved(&self, dx: f32, dy: f32) -> Self {
        match self {
            Self::Text { x, y, text, weight, size, colour } => Self::Text {
                x: x + dx,
                y: y + dy,
                text: text.clone(),
                weight: *weight,
                size: *size,
                colour: *colour,
            },
            Self::Path { points, closed, fill, stroke } => Self::Path {
                points: points.iter().map(|(x, y)| (x + dx, y + dy)).collect(),
                closed: *closed,
                fill: *fill,
                stroke: *stroke,
            },
            Self::Link { x, y, width, height, uri } => {
                Self::Link { x: x + dx, y: y + dy, width: *width, height: *height, uri: uri.clone() }
            }
        }
    }
}

/// A piece of content that is never split across pages: a line of text, a table row, the chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Atom {
    /// Its height in points.
    pub height: f32,
    /// Space above it, dropped at the top of a page.
    pub space_before: f32,
    /// Keep it on the same page as the next atom (headings, table headers, a paragraph's
    /// first line).
    pub keep_with_next: bool,
    /// What it draws, relative to its top-left corner at the left margin.
    pub items: Vec<Item>,
    /// A header to draw first when the atom starts a page (a table's header row).
    pub repeat: Option<Rc<Atom>>,
    /// Ruled lines that grow the atom to the foot of its page (space to write in); its
    /// `height` is then the least it needs.
    pub ruling: Option<Ruling>,
    /// The title of a bookmark (an outline entry) that opens the document here.
    pub bookmark: Option<String>,
}

/// Ruled writing lines filling the rest of a page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ruling {
    /// The first line's distance from the atom's top.
    pub first: f32,
    /// The distance between lines.
    pub spacing: f32,
    /// How the lines are drawn.
    pub stroke: Stroke,
}

/// One laid-out page: items in page coordinates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What the page draws, in order.
    pub items: Vec<Item>,
    /// Bookmarks that open the page: their titles and their tops (points from the page's top).
    pub bookmarks: Vec<(String, f32)>,
}

/// Places atoms on pages in order.
#[must_use]
pub fn paginate(atoms: &[Atom]) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    let mut y = 0.0_f32;
    let mut start = 0;
    while start < atoms.len() {
        // A group is a run of atoms each kept with the next, plus the atom they lead to.
        let mut end = start;
        while end + 1 < atoms.len() && atoms.get(end).is_some_and(|atom| atom.keep_with_next) {
            end += 1;
        }
        let group = atoms.get(start..=end).unwrap_or_default();
        let group_height: f32 = group.iter().map(|atom| atom.space_before + atom.height).sum();
        // At the top of a page the first atom's space is dropped.
        let fits_on_a_page =
            group_height - group.first().map_or(0.0, |atom| atom.space_before) <= CONTENT_HEIGHT + 0.01;
        if y > 0.0 && y + group_height > CONTENT_HEIGHT + 0.01 && fits_on_a_page {
            pages.push(Page::default());
            y = 0.0;
        }
        // A group taller than a page is placed atom by atom, breaking where it must.
        for atom in group {
            let space = if y > 0.0 { atom.space_before } else { 0.0 };
            let header_height = atom.repeat.as_ref().map_or(0.0, |header| header.height);
            if y > 0.0 && y + space + atom.height > CONTENT_HEIGHT + 0.01 {
                pages.push(Page::default());
                y = 0.0;
            }
            let Some(page) = pages.last_mut() else { break };
            if let Some(title) = &atom.bookmark {
                let top = if y > 0.0 { y + space } else { y };
                page.bookmarks.push((title.clone(), CONTENT_TOP + top));
            }
            if y == 0.0
                && let Some(header) = &atom.repeat
                && header_height + atom.height <= CONTENT_HEIGHT
            {
                place(page, header, y);
                y += header.height;
            } else {
                y += if y > 0.0 { space } else { 0.0 };
            }
            if let Some(ruling) = atom.ruling {
                let filled = ruled(atom, ruling, CONTENT_HEIGHT - y);
                place(page, &filled, y);
                y += filled.height;
            } else {
                place(page, atom, y);
                y += atom.height;
            }
        }
        start = end + 1;
    }
    pages
}

/// The atom grown to `height` with its ruled lines drawn.
fn ruled(atom: &Atom, ruling: Ruling, height: f32) -> Atom {
    let mut filled = Atom { height: height.max(atom.height), ruling: None, ..atom.clone() };
    let mut line = ruling.first;
    while line <= filled.height {
        filled.items.push(Item::line((0.0, line), (CONTENT_WIDTH, line), ruling.stroke));
        line += ruling.spacing.max(1.0);
    }
    filled
}

fn place(page: &mut Page, atom: &Atom, y: f32) {
    page.items.extend(atom.items.iter().map(|item| item.moved(MARGIN_X, CONTENT_TOP + y)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atom(height: f32, keep: bool) -> Atom {
        Atom {
            height,
            keep_with_next: keep,
            items: vec![Item::rect(0.0, 0.0, 10.0, height, None, None)],
            ..Atom::default()
        }
    }

    fn tops(page: &Page) -> Vec<f32> {
        page.items
            .iter()
            .filter_map(|item| match item {
                Item::Path { points, .. } => points.first().map(|(_, y)| y - CONTENT_TOP),
                Item::Text { .. } | Item::Link { .. } => None,
            })
            .collect()
    }

    #[test]
    fn atoms_flow_onto_a_new_page_when_full_and_never_cross_the_bottom() {
        let atoms: Vec<Atom> = (0..100).map(|_| atom(20.0, false)).collect();
        let pages = paginate(&atoms);
        let per_page = (CONTENT_HEIGHT / 20.0).floor();
        assert_eq!(pages.len().to_string(), (100.0 / per_page).ceil().to_string());
        for page in &pages {
            for top in tops(page) {
                assert!(top + 20.0 <= CONTENT_HEIGHT + 0.01);
            }
        }
    }

    #[test]
    fn a_heading_is_not_left_alone_at_the_foot_of_a_page() {
        let mut atoms: Vec<Atom> = Vec::new();
        // Fill the page until a heading (12) fits but the heading and its line (32) do not.
        while super::super::flow::count_f32(atoms.len()) * 20.0 + 32.0 <= CONTENT_HEIGHT {
            atoms.push(atom(20.0, false));
        }
        atoms.push(atom(12.0, true)); // the heading fits, its paragraph would not
        atoms.push(atom(20.0, false));
        let pages = paginate(&atoms);
        assert_eq!(pages.len(), 2);
        assert_eq!(tops(&pages[1]), vec![0.0, 12.0]);
    }

    #[test]
    fn a_repeated_header_starts_the_continued_page() {
        let header = Rc::new(atom(15.0, true));
        let mut atoms = vec![(*header).clone()];
        for _ in 0..60 {
            atoms.push(Atom { repeat: Some(header.clone()), ..atom(20.0, false) });
        }
        let pages = paginate(&atoms);
        assert!(pages.len() >= 2);
        assert_eq!(tops(&pages[1])[..2], [0.0, 15.0]);
    }
}
