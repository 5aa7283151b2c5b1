//! Names and places in any script come out of the PDF as written: Latin with diacritics, Greek,
//! Cyrillic, Arabic and Hebrew (shaped and ordered right to left), Chinese and Devanagari (from
//! the system's Noto fonts); a character no installed font has is shown as U+FFFD and named on
//! page 1, and nothing anywhere turns into "?".
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::process::Command;

use careers_planner::domain::Month;
use careers_planner::domain::model::profile::{
    ActionItem, ActionKind, ActionStatus, Experience, HeldQualification, People, Profile,
    QualificationChoice, QualificationStatus,
};
use careers_planner::domain::model::taxonomy::{Area, Sector};
use careers_planner::report::pdf::REPLACEMENT;
use careers_planner::report::{prepare, render};
use common::{catalogue, sample, today};
use lopdf::Document;

fn person() -> Profile {
    let mut profile = sample("admin-band-4.ron");
    "Zoë Ó'Brien".clone_into(&mut profile.display_name);
    "Łódź".clone_into(&mut profile.work_location);
    let job = |title: &str| Experience {
        title: title.to_owned(),
        sector: Sector::Private,
        area: Area::Administration,
        healthcare: false,
        start: Month::new(2010, 1).expect("month"),
        end: Month::new(2012, 6),
        people: People::default(),
        budget_pounds: None,
    };
    profile.experience.push(job("Ferry desk, Ærø"));
    profile.experience.push(job("Υπάλληλος γραφείου, Αθήνα"));
    profile.experience.push(job("Администратор, Москва"));
    profile.qualifications.push(HeldQualification {
        qualification: QualificationChoice::Other {
            title: "Диплом менеджера".to_owned(), level: Some(5)
        },
        subject: String::new(),
        grade: careers_planner::domain::model::profile::Grade::default(),
        count: 1,
        status: QualificationStatus::Achieved { year: 2012 },
    });
    "Mentor: 李明, met in Łódź".clone_into(&mut profile.notes);
    profile.actions.push(ActionItem {
        title: "Read 管理 basics".to_owned(),
        kind: ActionKind::Learning,
        due: Month::new(2027, 2),
        status: ActionStatus::InProgress,
        serves: None,
        note: String::new(),
    });
    profile
}

fn text_of(bytes: &[u8]) -> String {
    let document = Document::load_mem(bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).expect("text")
}

#[test]
fn accents_greek_and_cyrillic_come_out_as_written() {
    let pdf = render(&prepare(catalogue(), &person(), today(), None).expect("plan")).expect("PDF");
    let text = text_of(&pdf.bytes);
    for written in [
        "Zoë Ó'Brien",
        "Career action plan · Zoë Ó'Brien",
        "Łódź, England",
        "Ferry desk, Ærø",
        "Υπάλληλος γραφείου, Αθήνα",
        "Администратор, Москва",
        "Диплом менеджера (level 5)",
    ] {
        assert!(text.contains(written), "{written} is in the PDF as written");
    }
}

#[test]
fn a_character_no_font_has_is_a_replacement_mark_named_on_page_one() {
    let mut profile = person();
    "Read \u{10FFFD} basics".clone_into(&mut profile.actions.last_mut().expect("an action").title);
    let pdf = render(&prepare(catalogue(), &profile, today(), None).expect("plan")).expect("PDF");
    assert_eq!(pdf.missing, vec!['\u{10FFFD}']);
    let text = text_of(&pdf.bytes);
    assert!(text.contains(&format!("Read {REPLACEMENT} basics")));
    let first_page_end = text.find("Where you are now").expect("the first section");
    assert!(text[..first_page_end].contains("U+10FFFD"), "page 1 names the code point");
    assert!(text[..first_page_end].contains("not in any font"), "and says how to install one");
}

#[test]
fn no_character_becomes_a_question_mark() {
    let report = prepare(catalogue(), &person(), today(), None).expect("plan");
    let pdf = render(&report).expect("PDF");
    // Every "?" in the PDF is one the plan's own text has (the checklist asks questions).
    let written = format!("{report:?}").matches('?').count();
    assert_eq!(text_of(&pdf.bytes).matches('?').count(), written);
}

/// The name in seven scripts.
const NAMES: [&str; 7] = ["Zoë Ó'Brien", "Αθηνά", "Мария", "سارة", "שרה", "李明", "प्रिया"];

#[test]
fn a_name_in_any_script_extracts_back_with_pdftotext() {
    if !common::tool_available("pdftotext") {
        return;
    }
    let mut profile = person();
    profile.display_name = NAMES.join(" ");
    let pdf = render(&prepare(catalogue(), &profile, today(), None).expect("plan")).expect("PDF");
    assert!(pdf.missing.is_empty(), "CI installs fonts-noto-core and fonts-noto-cjk: {:?}", pdf.missing);
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = folder.path().join("plan.pdf");
    std::fs::write(&file, &pdf.bytes).expect("write");
    let output = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext runs");
    // pdftotext marks right-to-left runs (U+202A to U+202E) and may split a word at a font change.
    let squeeze = |text: &str| -> String {
        text.chars().filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c)).collect()
    };
    let text = squeeze(&String::from_utf8_lossy(&output.stdout));
    for name in NAMES {
        assert!(text.contains(&squeeze(name)), "{name} extracts as written");
    }
    assert!(text.contains(&squeeze(&NAMES.join(""))), "in the order written");
    assert!(text.contains("Mentor:李明,metinŁódź"), "Chinese in the notes too");
}

#[test]
fn pdftotext_reads_the_name_when_installed() {
    if !common::tool_available("pdftotext") {
        return;
    }
    let pdf = render(&prepare(catalogue(), &person(), today(), None).expect("plan")).expect("PDF");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = folder.path().join("plan.pdf");
    std::fs::write(&file, &pdf.bytes).expect("write");
    let output =
        Command::new("pdftotext").arg("-layout").arg(&file).arg("-").output().expect("pdftotext runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Zoë Ó'Brien") && text.contains("Łódź") && text.contains("Москва"), "{text}");
    assert!(text.contains("Read 管理 basics"));
}
