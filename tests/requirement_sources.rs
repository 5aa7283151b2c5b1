//! Every requirement says only what its source says: each `required` or `usual` requirement
//! quotes its source, the quote is found in the source document, no `required` quote hedges,
//! and every `estimate` cites the planner's estimate.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

mod common;

use std::path::{Path, PathBuf};

use careers_planner::domain::model::catalogue::{Requirement, Strength};
use common::catalogue;

/// Words that make a statement a hedge rather than a condition.
const HEDGES: [&str; 8] =
    ["usually", "typically", "often", "may", "might", "probably", "some posts", "prepared to work towards"];

/// Every requirement of every role and route, with its owner's id.
fn requirements() -> Vec<(&'static str, &'static Requirement)> {
    let c = catalogue();
    let roles = c.roles.iter().flat_map(|role| {
        role.essential.iter().chain(&role.desirable).map(move |requirement| (role.id.as_str(), requirement))
    });
    let routes = c.routes.iter().flat_map(|route| {
        route
            .essential
            .iter()
            .chain(&route.desirable)
            .map(move |requirement| (route.id.as_str(), requirement))
    });
    roles.chain(routes).collect()
}

/// Whitespace collapsed and curly quotes folded, so that a quote matches across line breaks.
fn normalised(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            other => other,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The source documents' folder, `../shared/seeds` beside the repository.
fn seeds_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

/// The text of document `seed-NNN` (the file whose name starts `NNN_`), normalised.
fn seed_texts(folder: &Path) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(folder).expect("the seeds folder can be read").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((number, _)) = name.split_once('_') else { continue };
        let text = std::fs::read_to_string(entry.path()).expect("a seed is UTF-8 text");
        texts.push((format!("seed-{number}"), normalised(&text)));
    }
    texts
}

#[test]
fn every_quote_citing_a_source_document_occurs_in_it() {
    let folder = seeds_folder();
    if !folder.is_dir() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the source documents are missing from {}: under CI this check must run",
            folder.display()
        );
        eprintln!("skipped: the source documents are not at {}", folder.display());
        return;
    }
    let texts = seed_texts(&folder);
    assert!(texts.len() >= 3, "expected the three source documents in {}", folder.display());
    let mut quotes: Vec<(String, &str, &str)> = requirements()
        .into_iter()
        .map(|(owner, r)| (format!("{owner}/{}", r.id), r.source.document.as_str(), r.quote.as_str()))
        .collect();
    for route in &catalogue().routes {
        for gain in &route.usually_gains {
            quotes.push((format!("{}/gains", route.id), gain.source.document.as_str(), gain.quote.as_str()));
        }
        if let Some(first) = &route.first_post {
            quotes.push((
                format!("{}/first_post", route.id),
                first.source.document.as_str(),
                first.quote.as_str(),
            ));
        }
    }
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (what, document, quote) in quotes {
        let Some((_, text)) = texts.iter().find(|(id, _)| id == document) else { continue };
        checked += 1;
        if !text.contains(&normalised(quote)) {
            wrong.push(format!("{what}: \"{quote}\" is not in {document}"));
        }
    }
    assert!(checked > 100, "only {checked} quotes cite a source document");
    assert!(wrong.is_empty(), "quotes not found in their source:\n{}", wrong.join("\n"));
}

#[test]
fn required_and_usual_requirements_quote_their_source() {
    let unquoted: Vec<String> = requirements()
        .into_iter()
        .filter(|(_, r)| r.strength != Strength::Estimate && r.quote.trim().is_empty())
        .map(|(owner, r)| format!("{owner}/{}", r.id))
        .collect();
    assert!(unquoted.is_empty(), "required or usual requirements with no quote: {unquoted:?}");
}

#[test]
fn no_required_quote_hedges() {
    let hedged: Vec<String> = requirements()
        .into_iter()
        .filter(|(_, r)| r.strength == Strength::Required)
        .filter_map(|(owner, r)| {
            let words = format!(" {} ", r.quote.to_lowercase().replace(|c: char| !c.is_alphanumeric(), " "));
            HEDGES
                .iter()
                .find(|hedge| words.contains(&format!(" {hedge} ")))
                .map(|hedge| format!("{owner}/{}: \"{hedge}\" in \"{}\"", r.id, r.quote))
        })
        .collect();
    assert!(
        hedged.is_empty(),
        "required requirements whose source hedges (make them usual):\n{}",
        hedged.join("\n")
    );
}

#[test]
fn estimates_cite_the_planners_estimate_and_nothing_else_does() {
    let wrong: Vec<String> = requirements()
        .into_iter()
        .filter(|(_, r)| (r.strength == Strength::Estimate) != (r.source.document == "planner-estimate"))
        .map(|(owner, r)| format!("{owner}/{} ({:?} citing {})", r.id, r.strength, r.source.document))
        .collect();
    assert!(
        wrong.is_empty(),
        "an estimate must cite the planner's estimate, and only an estimate: {wrong:?}"
    );
    let quoted: Vec<String> = requirements()
        .into_iter()
        .filter(|(_, r)| r.strength == Strength::Estimate && !r.quote.is_empty())
        .map(|(owner, r)| format!("{owner}/{}", r.id))
        .collect();
    assert!(quoted.is_empty(), "estimates quote no source: {quoted:?}");
}

#[test]
fn usual_requirements_never_block_eligibility() {
    for (owner, requirement) in requirements() {
        assert_eq!(
            requirement.blocks_eligibility(),
            requirement.strength != Strength::Usual,
            "{owner}/{}",
            requirement.id
        );
    }
}

/// Every string value in `value` (keys named `document` or `id` hold ids, never shown).
fn shown_strings(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) if key != "document" && key != "id" => out.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|item| shown_strings(item, key, out)),
        serde_json::Value::Object(fields) => {
            fields.iter().for_each(|(name, item)| shown_strings(item, name, out));
        }
        _ => {}
    }
}

#[test]
fn no_catalogue_text_a_person_reads_names_a_seed_a_file_or_a_maintainer() {
    let c = catalogue();
    let mut texts = Vec::new();
    for value in [
        serde_json::to_value(&c.roles),
        serde_json::to_value(&c.routes),
        serde_json::to_value(&c.documents),
        serde_json::to_value(&c.specialisms),
        serde_json::to_value(&c.qualifications),
    ] {
        shown_strings(&value.expect("the catalogue serialises"), "", &mut texts);
    }
    assert!(texts.len() > 1000);
    let internal: Vec<&String> = texts
        .iter()
        .filter(|text| {
            let lower = text.to_lowercase();
            ["seed", ".txt", "supplied as", "careers planner project", "text extraction", "assets/"]
                .iter()
                .any(|word| lower.contains(word))
        })
        .collect();
    assert!(internal.is_empty(), "text for maintainers shown to people: {internal:#?}");
}
