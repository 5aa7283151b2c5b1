//! A broken asset makes the checks fail with the right message and position: the same checks
//! `build.rs` runs before embedding, and the app runs on override folders.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions expect too: a failure there is a failed test"
)]

use careers_planner::domain::embedded;
use careers_planner::domain::model::catalogue::{AssetFile, Catalogue, CatalogueError};

/// The shipped files with `file`'s text changed by `edit`.
fn with_edit(file: &str, edit: impl Fn(&str) -> String) -> Vec<AssetFile> {
    let mut files = embedded::asset_files();
    let target = files.iter_mut().find(|asset| asset.name == file).expect("asset exists");
    let edited = edit(&target.text);
    assert!(edited != target.text, "the edit must change {file}");
    target.text = edited;
    files
}

fn errors_of(files: &[AssetFile]) -> Vec<CatalogueError> {
    Catalogue::from_files(files).expect_err("the broken files must be refused")
}

fn line_of(text: &str, needle: &str, occurrence: usize) -> usize {
    let offset = text.match_indices(needle).nth(occurrence).expect("needle present").0;
    text[..offset].matches('\n').count() + 1
}

#[test]
fn the_shipped_files_pass() {
    assert!(Catalogue::from_files(&embedded::asset_files()).is_ok());
}

#[test]
fn a_malformed_file_is_refused_with_its_position() {
    let files = with_edit("roles.ron", |text| {
        text.replacen("title: \"Clinical manager\",", "title: \"Clinical manager\" oops,", 1)
    });
    let errors = errors_of(&files);
    let original = embedded::asset_files().into_iter().find(|f| f.name == "roles.ron").expect("roles").text;
    let expected_line = line_of(&original, "title: \"Clinical manager\",", 0);
    let error = errors.first().expect("one error");
    assert_eq!(error.file, "roles.ron");
    assert_eq!(error.position.line, expected_line, "{error}");
    assert!(error.position.column > 1, "{error}");
    assert!(error.to_string().starts_with(&format!("roles.ron:{expected_line}:")), "{error}");
}

#[test]
fn a_repeated_id_is_refused_at_its_second_use() {
    let files = with_edit("roles.ron", |text| {
        text.replacen("id: \"estates-manager\"", "id: \"clinical-manager\"", 1)
    });
    let errors = errors_of(&files);
    let error =
        errors.iter().find(|e| e.message.contains("used more than once")).expect("duplicate reported");
    assert!(error.message.contains("\"clinical-manager\""), "{error}");
    let text = &files.iter().find(|f| f.name == "roles.ron").expect("roles").text;
    assert_eq!(error.position.line, line_of(text, "\"clinical-manager\"", 1), "{error}");
}

#[test]
fn a_reference_that_does_not_resolve_is_refused() {
    let files = with_edit("roles.ron", |text| {
        text.replacen("(role: \"general-manager\"", "(role: \"generel-manager\"", 1)
    });
    let errors = errors_of(&files);
    assert!(
        errors.iter().any(|e| e.file == "roles.ron"
            && e.message.contains("leads to \"generel-manager\", which is not another role")),
        "{errors:?}"
    );
    let files = with_edit("routes.ron", |text| text.replacen("\"gcse-grade-9-4\"", "\"gcse-grade-9-5\"", 1));
    assert!(
        errors_of(&files).iter().any(|e| e.file == "routes.ron" && e.message.contains("\"gcse-grade-9-5\""))
    );
}

#[test]
fn pay_points_that_do_not_rise_are_refused() {
    let files = with_edit("pay/afc-england-2026-27.ron", |text| {
        text.replace("annual_pounds: 64750", "annual_pounds: 60000")
    });
    let errors = errors_of(&files);
    let error = errors.iter().find(|e| e.message.contains("pay points do not rise")).expect("reported");
    assert_eq!(error.file, "pay/afc-england-2026-27.ron");
    let text = &files.iter().find(|f| f.name == error.file).expect("file").text;
    assert_eq!(error.position.line, line_of(text, "annual_pounds: 60000", 0), "{error}");
}

#[test]
fn inconsistent_step_timing_is_refused() {
    let files = with_edit("pay/afc-england-2026-27.ron", |text| {
        text.replace(
            "(name: Top, annual_pounds: 39043, after_years: 4)",
            "(name: Top, annual_pounds: 39043, after_years: 3)",
        )
    });
    let errors = errors_of(&files);
    assert!(errors.iter().any(|e| e.message.contains("step timing is inconsistent")), "{errors:?}");
}

#[test]
fn a_record_without_a_source_is_refused() {
    let files = with_edit("qualifications.ron", |text| {
        let start = text.find("id: \"gcse-grade-3-1\"").expect("record");
        let sources = start + text[start..].find("sources: [").expect("sources");
        let end = sources + text[sources..].find("],").expect("end") + 2;
        format!("{}sources: [],{}", &text[..sources], &text[end..])
    });
    let errors = errors_of(&files);
    let error = errors.iter().find(|e| e.message.contains("has no source")).expect("reported");
    assert!(error.message.contains("gcse-grade-3-1"), "{error}");
    assert!(error.position.line > 1);
}

#[test]
fn an_unknown_document_is_refused() {
    let files =
        with_edit("routes.ron", |text| text.replacen("document: \"seed-001\"", "document: \"seed-009\"", 1));
    assert!(errors_of(&files).iter().any(|e| e.message.contains("cites document \"seed-009\"")));
}

#[test]
fn a_missing_file_is_refused() {
    let files: Vec<AssetFile> =
        embedded::asset_files().into_iter().filter(|f| f.name != "routes.ron").collect();
    let errors = errors_of(&files);
    assert!(errors.iter().any(|e| e.file == "routes.ron" && e.message.contains("missing")), "{errors:?}");
}

#[test]
fn a_misnamed_pay_table_is_refused() {
    let mut files = embedded::asset_files();
    let table = files.iter_mut().find(|f| f.name == "pay/afc-england-2026-27.ron").expect("table");
    table.name = "pay/afc-england-2027-28.ron".to_owned();
    let errors = errors_of(&files);
    assert!(errors.iter().any(|e| e.message.contains("rename it pay/afc-england-2026-27.ron")), "{errors:?}");
}

#[test]
fn an_id_the_code_names_must_stay_in_the_catalogue() {
    let files =
        with_edit("next_steps.ron", |text| text.replacen("id: \"in-health\"", "id: \"in-the-nhs\"", 1));
    let errors = errors_of(&files);
    assert!(
        errors
            .iter()
            .any(|e| e.file == "next_steps.ron"
                && e.message.contains("the code names the stage \"in-health\"")),
        "{errors:?}"
    );
    let files =
        with_edit("sources.ron", |text| text.replacen("id: \"planner-estimate\"", "id: \"own-estimate\"", 1));
    assert!(errors_of(&files).iter().any(|e| e.message.contains("the code names the document")));
}

#[test]
fn gap_advice_uses_only_its_own_placeholders_and_a_first_post_must_fit_its_band() {
    let files = with_edit("gap_advice.ron", |text| text.replacen("at least {count}", "at least {budget}", 1));
    let errors = errors_of(&files);
    assert!(
        errors.iter().any(|e| e.file == "gap_advice.ron" && e.message.contains("supervise_team")),
        "{errors:?}"
    );
    let files =
        with_edit("routes.ron", |text| text.replacen("annual_pounds: 44000", "annual_pounds: 52000", 1));
    let errors = errors_of(&files);
    assert!(errors.iter().any(|e| e.file == "routes.ron" && e.message.contains("£52000")), "{errors:?}");
}
