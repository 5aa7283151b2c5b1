//! The plan as a well-formed document, read back with `lopdf`: a bookmark for every section,
//! web addresses as clickable links that are never cut at a dot, the language `en-GB`, the
//! title and author from the profile, no empty information entries, and one kind of quotes.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use careers_planner::domain::embedded::sample_profiles;
use careers_planner::domain::model::save_file::parse_save;
use careers_planner::report::pdf::LANGUAGE;
use careers_planner::report::{prepare_save, render};
use common::{catalogue, today};
use lopdf::{Dictionary, Document, Object};

fn documents() -> Vec<(String, Document, Vec<u8>)> {
    sample_profiles()
        .iter()
        .map(|(name, text)| {
            let save = parse_save(text).expect("sample");
            let report = prepare_save(catalogue(), &save, today(), None).expect("a plan");
            let bytes = render(&report).expect("a PDF").bytes;
            ((*name).to_owned(), Document::load_mem(&bytes).expect("lopdf reads it"), bytes)
        })
        .collect()
}

fn dictionary<'d>(document: &'d Document, object: &'d Object) -> &'d Dictionary {
    match object {
        Object::Reference(id) => document.get_dictionary(*id).expect("a dictionary"),
        Object::Dictionary(dictionary) => dictionary,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn text(object: &Object) -> String {
    lopdf::decode_text_string(object).expect("a text string")
}

/// The outline's titles, first to last.
fn bookmarks(document: &Document) -> Vec<String> {
    let catalog = document.catalog().expect("a catalog");
    let outlines = dictionary(document, catalog.get(b"Outlines").expect("an outline"));
    let mut titles = Vec::new();
    let mut next = outlines.get(b"First").ok().cloned();
    while let Some(item) = next {
        let entry = dictionary(document, &item);
        titles.push(text(entry.get(b"Title").expect("a title")));
        let destination = entry.get(b"Dest").and_then(Object::as_array).expect("a destination");
        assert!(destination.first().is_some_and(|page| page.as_reference().is_ok()), "a page");
        next = entry.get(b"Next").ok().cloned();
    }
    titles
}

#[test]
fn every_section_has_a_bookmark_in_order() {
    for (name, document, _) in documents() {
        let titles = bookmarks(&document);
        let expected =
            ["Summary", "Where you are now", "Your chosen path", "Action plan", "Sources and disclaimer"];
        let mut from = 0;
        for section in expected {
            let at = titles[from..].iter().position(|title| title == section);
            from += at.unwrap_or_else(|| panic!("{name}: {section} in {titles:?}")) + 1;
        }
        assert!(titles.iter().any(|title| title.starts_with("Your target: ")), "{name}: {titles:?}");
        // The adviser's notes close the plan when they fit on its last page, and never add one.
        let last = titles.last().map(String::as_str);
        assert!(matches!(last, Some("Adviser's notes" | "Sources and disclaimer")), "{name}: {titles:?}");
    }
}

#[test]
fn web_addresses_are_links_to_the_whole_address() {
    for (name, document, _) in documents() {
        let mut uris = Vec::new();
        for page in document.get_pages().values() {
            let page = document.get_dictionary(*page).expect("a page");
            let Ok(annotations) = page.get(b"Annots").and_then(Object::as_array) else { continue };
            for annotation in annotations {
                let annotation = dictionary(&document, annotation);
                assert_eq!(annotation.get(b"Subtype").and_then(Object::as_name).ok(), Some(&b"Link"[..]));
                let rect = annotation.get(b"Rect").and_then(Object::as_array).expect("a rectangle");
                assert_eq!(rect.len(), 4);
                let action = dictionary(&document, annotation.get(b"A").expect("an action"));
                let uri = action.get(b"URI").and_then(Object::as_str).expect("an address");
                uris.push(String::from_utf8_lossy(uri).into_owned());
            }
        }
        assert!(uris.len() >= 5, "{name}: {uris:?}");
        assert!(uris.iter().all(|uri| uri.starts_with("https://")), "{name}: {uris:?}");
        assert!(uris.iter().any(|uri| uri == "https://www.jobs.nhs.uk"), "{name}: {uris:?}");
        assert!(uris.iter().all(|uri| !uri.ends_with('.') && !uri.contains("..")), "{name}: {uris:?}");
    }
}

#[test]
fn the_language_title_and_author_are_set_and_no_entry_is_empty() {
    for (name, document, bytes) in documents() {
        let catalog = document.catalog().expect("a catalog");
        assert_eq!(catalog.get(b"Lang").and_then(Object::as_str).ok(), Some(LANGUAGE.as_bytes()), "{name}");
        assert_eq!(LANGUAGE, "en-GB");
        let info = dictionary(&document, document.trailer.get(b"Info").expect("information"));
        let title = text(info.get(b"Title").expect("a title"));
        assert!(title.starts_with("Career action plan: ") && title.len() > 22, "{name}: {title}");
        let author = text(info.get(b"Author").expect("an author"));
        assert!(title.ends_with(&author), "{name}: the author is the person");
        for (key, value) in info {
            assert!(!key.starts_with(b"GTS_"), "{name}: a PDF/X entry");
            if let Ok(value) = value.as_str() {
                assert!(!value.is_empty(), "{name}: {} is empty", String::from_utf8_lossy(key));
            }
        }
        let raw = String::from_utf8_lossy(&bytes);
        assert!(!raw.contains("GTS_PDFX"), "{name}: nothing says PDF/X anywhere");
    }
}

#[test]
fn quotes_are_straight_throughout() {
    for (name, document, _) in documents() {
        let pages: Vec<u32> = document.get_pages().keys().copied().collect();
        let text = document.extract_text(&pages).expect("text");
        for curly in ['\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}'] {
            assert!(!text.contains(curly), "{name}: {curly} among straight quotes");
        }
    }
}
