//! The rendered action plan, read back from the PDF with `lopdf`: every section in order, the
//! pay figures, page numbers, a long plan's page count, the metadata, embedded subset fonts,
//! and (when they are installed) `qpdf --check` and `pdftotext`.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::process::Command;

use careers_planner::domain::Month;
use careers_planner::domain::embedded::sample_profiles;
use careers_planner::domain::model::profile::{ActionItem, ActionKind, ActionStatus, Profile};
use careers_planner::domain::model::save_file::parse_save;
use careers_planner::report::{PlanReport, RenderedPdf, prepare, prepare_save, render};
use common::{catalogue, sample, today};
use lopdf::{Document, Object};

fn rendered(profile: &Profile) -> RenderedPdf {
    let report = prepare(catalogue(), profile, today(), None).expect("a plan");
    render(&report).expect("a PDF")
}

/// The text of each page, in order.
fn page_texts(bytes: &[u8]) -> Vec<String> {
    let document = Document::load_mem(bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    pages.iter().map(|page| document.extract_text(&[*page]).expect("text")).collect()
}

/// All pages' text. `lopdf` joins the strings shown on a page without spaces, so a phrase is
/// found only within one line of the document.
fn joined(texts: &[String]) -> String {
    texts.concat()
}

const SECTIONS: [&str; 11] = [
    "Gaps to close for",
    "Next three actions",
    "Where you are now",
    "Your target: ",
    "Other roles that fit you",
    "Your chosen path",
    "Pay year by year",
    "Band and pay over the years",
    "Action plan",
    "Who can help and what to do next",
    "Sources and disclaimer",
];

#[test]
fn every_sample_has_every_section_in_order_and_numbered_pages() {
    for (name, text) in sample_profiles() {
        let profile = parse_save(text).expect("sample").profile;
        let pdf = rendered(&profile);
        let pages = page_texts(&pdf.bytes);
        assert_eq!(pages.len(), pdf.pages, "{name}");
        assert!((4..=6).contains(&pdf.pages), "{name}: {} pages", pdf.pages);
        for (number, page) in (1..).zip(&pages) {
            assert!(page.contains(&format!("Page {number} of {}", pdf.pages)), "{name}, page {number}");
            assert!(page.contains("Prepared Nov 2026"), "{name}, header on page {number}");
        }
        let text = joined(&pages);
        let mut from = text.find(&profile.display_name).unwrap_or_else(|| panic!("{name}: the name"));
        for section in SECTIONS {
            let at = text[from..].find(section).unwrap_or_else(|| panic!("{name}: {section} in order"));
            from += at + section.len();
        }
        for words in [
            "Prepared",
            "Nov 2026",
            "2026-27 (April to March)",
            "applying from 1 April 2026",
            "Estimated plan",
        ] {
            assert!(text.contains(words), "{name}: cover says {words}");
        }
        assert!(pdf.missing.is_empty(), "{name}: {:?}", pdf.missing);
    }
}

#[test]
fn pay_figures_reach_the_table_and_the_chart_is_labelled() {
    let text = joined(&page_texts(&rendered(&sample("admin-band-4.ron")).bytes));
    for figure in ["£32,073", "£34,592", "£39,043", "£13,135"] {
        assert!(text.contains(figure), "{figure}");
    }
    for label in [
        "Annual basic pay, pro rata (£)",
        "Financial year (April to March)",
        "Band 5",
        "2026-27",
        "2035-36",
        "Published pay table",
        "Estimated (projected or comparable)",
        "Promotion to a higher band",
        "Promotion to Band 5 at its entry point",
    ] {
        assert!(text.contains(label), "{label}");
    }
    let nurse = joined(&page_texts(&rendered(&sample("nurse-diphe.ron")).bytes));
    assert!(nurse.contains("£6,137"), "the nurse's HCAS");
}

#[test]
fn the_chart_and_tick_boxes_are_vector_graphics() {
    let pdf = rendered(&sample("graduate-2-2.ron"));
    let document = Document::load_mem(&pdf.bytes).expect("PDF");
    assert!(
        document.objects.values().all(|object| match object {
            Object::Stream(stream) =>
                stream.dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok()) != Some(b"Image"),
            _ => true,
        }),
        "no images"
    );
}

fn many_actions(count: usize) -> Profile {
    let mut profile = sample("graduate-2-2.ron");
    profile.actions = (1..=count)
        .map(|number| ActionItem {
            title: format!(
                "Action number {number}: shadow a service manager for a day and write up what you learnt"
            ),
            kind: ActionKind::ALL[number % 4],
            due: Month::new(2027, 1).map(|month| month.plus(i32::try_from(number).unwrap_or(0))),
            status: ActionStatus::ALL[number % 4],
            serves: None,
            note: if number % 5 == 0 { "Ask the ward manager first".to_owned() } else { String::new() },
        })
        .collect();
    profile
}

#[test]
fn a_long_plan_of_a_hundred_actions_flows_over_numbered_pages() {
    let short = rendered(&many_actions(1));
    let long = rendered(&many_actions(100));
    let pages = page_texts(&long.bytes);
    assert_eq!(pages.len(), long.pages);
    assert!(long.pages >= short.pages + 4, "{} vs {}", long.pages, short.pages);
    let text = joined(&pages);
    for number in [2, 50, 99, 100] {
        assert_eq!(text.matches(&format!("Action number {number}:")).count(), 1, "action {number} once");
    }
    // The open actions due first (not started or in progress: numbers 1, 4, 5, 8...) are the
    // next three on page 1.
    assert_eq!(text.matches("Action number 1:").count(), 2, "on page 1 and in the table");
    // Every page the action table continues on starts with its header row again (page 1 lists
    // the next three in its own table).
    assert!(
        ["1:", "4:", "5:"].iter().all(|number| pages[0].contains(&format!("Action number {number}"))),
        "page 1"
    );
    let table_pages: Vec<&String> =
        pages.iter().skip(1).filter(|page| page.contains("Action number")).collect();
    assert!(table_pages.len() >= 4);
    for page in table_pages {
        assert!(page.contains("DoneActionTypeDueStatus"), "the header is repeated: {page}");
    }
    assert!(pages.last().is_some_and(|page| page.contains(&format!("Page {0} of {0}", long.pages))));
    // The plan grows only by the pages its action table continues on.
    let action_pages = pages.iter().skip(1).filter(|page| page.contains("Action number")).count();
    assert!(long.pages < short.pages + action_pages, "{} pages, {action_pages} with actions", long.pages);
}

/// Every sample as the window and `report` write it (with its plan settings and scenarios).
fn sample_pdfs() -> Vec<(String, RenderedPdf, PlanReport)> {
    sample_profiles()
        .iter()
        .map(|(name, text)| {
            let save = parse_save(text).expect("sample");
            let report = prepare_save(catalogue(), &save, today(), None).expect("a plan");
            ((*name).to_owned(), render(&report).expect("a PDF"), report)
        })
        .collect()
}

#[test]
fn every_sample_plan_is_four_or_five_pages_and_none_more_than_six() {
    let mut counts = Vec::new();
    for (name, pdf, _) in sample_pdfs() {
        let document = Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
        let pages = document.get_pages().len();
        assert_eq!(pages, pdf.pages, "{name}");
        assert!(pages <= 6, "{name}: {pages} pages");
        counts.push((name, pages));
    }
    let typical = counts.iter().filter(|(_, pages)| (4..=5).contains(pages)).count();
    assert_eq!(typical, counts.len(), "a typical plan is four or five pages: {counts:?}");
}

/// Text without white space, curly quotes folded to straight ones (as the PDF prints them).
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            other => other,
        })
        .collect()
}

#[test]
fn the_target_s_requirements_print_their_source_s_words_and_title() {
    for (name, pdf, report) in sample_pdfs() {
        let text = squeezed(&joined(&page_texts(&pdf.bytes)));
        let target = report.target.as_ref().unwrap_or_else(|| panic!("{name}: a target"));
        assert!(text.contains("Wheretheserequirementscomefrom"), "{name}");
        assert!(!target.notes.is_empty(), "{name}");
        for (number, note) in (1..).zip(&target.notes) {
            let printed = if note.quote.is_empty() {
                format!("[{number}]{}", squeezed(&note.source))
            } else {
                format!("[{number}]\"{}\"({})", squeezed(&note.quote), squeezed(&note.source))
            };
            assert!(text.contains(&printed), "{name}: note {number} is printed: {note:?}");
        }
        assert!(text.contains("Theplanner'sestimate"), "{name}: estimates say so");
        for word in ["seed-0", ".txt", ".ron"] {
            assert!(!text.contains(word), "{name}: the PDF names no file ({word})");
        }
    }
}

#[test]
fn metadata_is_set_deliberately_and_names_no_path_user_or_host() {
    let pdf = rendered(&sample("admin-band-4.ron"));
    let document = Document::load_mem(&pdf.bytes).expect("PDF");
    let info_id = document.trailer.get(b"Info").and_then(Object::as_reference).expect("an Info dictionary");
    let info = document.get_dictionary(info_id).expect("Info");
    let field = |key: &[u8]| info.get(key).ok().and_then(|value| lopdf::decode_text_string(value).ok());
    assert_eq!(field(b"Title").as_deref(), Some("Career action plan: Darren Price"));
    assert_eq!(field(b"Author").as_deref(), Some("Darren Price"));
    for (key, value) in info {
        let empty = value.as_str().is_ok_and(<[u8]>::is_empty)
            || lopdf::decode_text_string(value).is_ok_and(|text| text.trim().is_empty());
        assert!(!empty, "an empty information entry: {}", String::from_utf8_lossy(key));
        assert!(!key.starts_with(b"GTS_"), "no PDF/X entry: {}", String::from_utf8_lossy(key));
    }
    assert!(field(b"Creator").is_some_and(|creator| creator.starts_with("NHS careers planner")));
    let mut everything: Vec<String> =
        info.iter().filter_map(|(_, value)| lopdf::decode_text_string(value).ok()).collect();
    everything.push(String::from_utf8_lossy(&pdf.bytes).into_owned());
    let mut forbidden: Vec<String> =
        ["/home/", "/tmp/", "/root", "/work/", "C:\\"].map(str::to_owned).to_vec();
    for variable in ["USER", "USERNAME", "HOSTNAME"] {
        if let Ok(value) = std::env::var(variable)
            && value.len() > 3
        {
            forbidden.push(value);
        }
    }
    if let Ok(host) = std::fs::read_to_string("/etc/hostname")
        && host.trim().len() > 3
    {
        forbidden.push(host.trim().to_owned());
    }
    for text in &everything {
        for word in &forbidden {
            assert!(!text.contains(word.as_str()), "the PDF mentions {word}");
        }
    }
}

#[test]
fn fonts_are_embedded_and_subset() {
    let pdf = rendered(&sample("admin-band-4.ron"));
    assert!(pdf.bytes.len() < 150_000, "a subset plan is small: {} bytes", pdf.bytes.len());
    let document = Document::load_mem(&pdf.bytes).expect("PDF");
    let mut names = Vec::new();
    let mut embedded = 0;
    for object in document.objects.values() {
        if let Ok(dictionary) = object.as_dict() {
            if dictionary.get(b"Type").ok().and_then(|kind| kind.as_name().ok()) == Some(b"FontDescriptor") {
                embedded += usize::from(dictionary.has(b"FontFile2"));
            }
            if let Ok(Ok(name)) = dictionary.get(b"BaseFont").map(Object::as_name) {
                names.push(String::from_utf8_lossy(name).into_owned());
            }
        }
    }
    assert!(embedded >= 2, "both weights embedded");
    assert!(names.iter().any(|name| name.ends_with("+DejaVuSans")), "{names:?}");
    assert!(names.iter().any(|name| name.ends_with("+DejaVuSans-Bold")), "{names:?}");
}

/// True when `tool` is a file in a folder on PATH.

#[test]
fn qpdf_and_pdftotext_accept_the_file_when_installed() {
    let pdf = rendered(&sample("nurse-diphe.ron"));
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = folder.path().join("plan.pdf");
    std::fs::write(&file, &pdf.bytes).expect("write");
    if common::tool_available("qpdf") {
        let output = Command::new("qpdf").arg("--check").arg(&file).output().expect("qpdf runs");
        assert!(output.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&output.stdout));
    }
    if common::tool_available("pdftotext") {
        let output = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext runs");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("Grace Okafor") && text.contains("Page 1 of"), "{text}");
        assert!(text.contains("£6,137"));
    }
}
