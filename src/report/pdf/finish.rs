//! What printpdf cannot write, added to its output with `lopdf`: bookmarks (an outline) for
//! every section, clickable web addresses, the document language and an information
//! dictionary with only the entries that say something.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat, dictionary};

use super::RenderError;
use super::layout::{Item, PAGE_HEIGHT, Page};

/// The document language.
pub const LANGUAGE: &str = "en-GB";

/// The information entries of the finished document (empty ones are left out).
pub struct Information<'a> {
    /// "Career action plan: Sophie Turner".
    pub title: &'a str,
    /// The person the plan is for.
    pub author: &'a str,
    /// What the document is.
    pub subject: &'a str,
    /// The program that made it.
    pub creator: String,
    /// The PDF library and program.
    pub producer: String,
    /// The date, as a PDF date string ("D:20261101000000Z").
    pub date: String,
}

fn text(value: &str) -> Object {
    lopdf::text_string(value)
}

fn pdf_error(error: &lopdf::Error) -> RenderError {
    RenderError::Pdf(error.to_string())
}

/// Adds the outline, links, language and information to printpdf's `bytes`.
pub fn finish(bytes: &[u8], pages: &[Page], information: &Information<'_>) -> Result<Vec<u8>, RenderError> {
    let mut document = Document::load_mem(bytes).map_err(|error| pdf_error(&error))?;
    let page_ids: Vec<ObjectId> = document.get_pages().values().copied().collect();
    let mut info = Dictionary::new();
    for (key, value) in [
        ("Title", information.title),
        ("Author", information.author),
        ("Subject", information.subject),
        ("Creator", information.creator.as_str()),
        ("Producer", information.producer.as_str()),
    ] {
        if !value.trim().is_empty() {
            info.set(key, text(value));
        }
    }
    for key in ["CreationDate", "ModDate"] {
        info.set(key, Object::String(information.date.clone().into_bytes(), StringFormat::Literal));
    }
    // printpdf's dictionary is replaced where it is, so its empty entries leave no trace.
    if let Ok(id) = document.trailer.get(b"Info").and_then(Object::as_reference) {
        document.objects.insert(id, Object::Dictionary(info));
    } else {
        let id = document.add_object(info);
        document.trailer.set("Info", id);
    }
    for (page, id) in pages.iter().zip(&page_ids) {
        let links: Vec<Object> = page
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Link { x, y, width, height, uri } => Some(Object::Dictionary(dictionary! {
                    "Type" => "Annot",
                    "Subtype" => "Link",
                    "Rect" => vec![(*x).into(), (PAGE_HEIGHT - y - height).into(), (x + width).into(), (PAGE_HEIGHT - y).into()],
                    "Border" => vec![0.into(), 0.into(), 0.into()],
                    "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal(uri.as_str()) },
                })),
                _ => None,
            })
            .collect();
        let dictionary = document.get_dictionary_mut(*id).map_err(|error| pdf_error(&error))?;
        if links.is_empty() {
            dictionary.remove(b"Annots");
        } else {
            dictionary.set("Annots", links);
        }
    }
    let outline = outline(&mut document, pages, &page_ids);
    let catalog = document.catalog_mut().map_err(|error| pdf_error(&error))?;
    catalog.set("Lang", Object::string_literal(LANGUAGE));
    catalog.set("ViewerPreferences", dictionary! { "DisplayDocTitle" => true });
    if let Some(outline) = outline {
        catalog.set("Outlines", outline);
        catalog.set("PageMode", "UseOutlines");
    }
    let mut out = Vec::with_capacity(bytes.len() + 4096);
    document.save_to(&mut out).map_err(|error| RenderError::Pdf(error.to_string()))?;
    Ok(out)
}

/// The outline: one entry per bookmark, in page order; none when there are no bookmarks.
fn outline(document: &mut Document, pages: &[Page], page_ids: &[ObjectId]) -> Option<ObjectId> {
    let entries: Vec<(&str, ObjectId, f32)> = pages
        .iter()
        .zip(page_ids)
        .flat_map(|(page, id)| page.bookmarks.iter().map(move |(title, top)| (title.as_str(), *id, *top)))
        .collect();
    if entries.is_empty() {
        return None;
    }
    let root = document.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| document.new_object_id()).collect();
    for (index, ((title, page, top), id)) in entries.iter().zip(&ids).enumerate() {
        let mut item = dictionary! {
            "Title" => text(title),
            "Parent" => root,
            "Dest" => vec![(*page).into(), "XYZ".into(), 0.into(), (PAGE_HEIGHT - top + 4.0).into(), Object::Null],
        };
        if let Some(previous) = index.checked_sub(1).and_then(|at| ids.get(at)) {
            item.set("Prev", *previous);
        }
        if let Some(next) = ids.get(index + 1) {
            item.set("Next", *next);
        }
        document.objects.insert(*id, Object::Dictionary(item));
    }
    let (first, last) = (ids.first().copied()?, ids.last().copied()?);
    let count = i64::try_from(ids.len()).unwrap_or(i64::MAX);
    document.objects.insert(
        root,
        Object::Dictionary(
            dictionary! { "Type" => "Outlines", "First" => first, "Last" => last, "Count" => count },
        ),
    );
    Some(root)
}
