//! `report`: the PDF action plan of a profile, written atomically to a file.

use std::path::Path;

use super::{Output, UserError};
use crate::domain::{Catalogue, Month};
use crate::storage::SaveError;

/// Loads the profile, plans the quickest path to `target` (or the profile's goal), renders
/// the action plan and writes it to `output`, then prints "Wrote <path> (N pages)".
pub fn run(
    catalogue: &Catalogue,
    profile: &Path,
    output: &Path,
    target: Option<&str>,
    today: Month,
    out: &mut Output,
) -> Result<(), UserError> {
    let loaded = crate::storage::load(profile)?;
    let person = &loaded.save.profile;
    for issue in person.unknown_references(catalogue) {
        out.note(&format!("note: {issue}; it is ignored"));
    }
    let report = crate::report::prepare_save(catalogue, &loaded.save, today, target)
        .map_err(|error| UserError::new(format!("{error} ({})", profile.display())))?;
    let pdf = crate::report::render(&report)
        .map_err(|error| UserError::new(format!("{error} ({})", output.display())))?;
    crate::storage::write_atomically(output, &pdf.bytes).map_err(|error| write_error(&error, output))?;
    let pages = if pdf.pages == 1 { "1 page".to_owned() } else { format!("{} pages", pdf.pages) };
    out.line(&format!("Wrote {} ({pages})", output.display()))?;
    Ok(())
}

/// A write failure in words for a PDF (the file on disk, if any, is unchanged).
fn write_error(error: &SaveError, output: &Path) -> UserError {
    match error {
        SaveError::Write { source, .. } => UserError::new(format!(
            "the plan could not be written: {source}. Check that the folder exists and can be written to, \
             or choose another file ({})",
            output.display()
        )),
        other => UserError::new(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::io::{self, Write};
    use std::rc::Rc;

    use super::*;

    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn sample_path(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)
    }

    fn run_report(output: &Path, target: Option<&str>) -> (Result<(), UserError>, String) {
        let catalogue = crate::domain::embedded::catalogue().unwrap();
        let printed = Shared::default();
        let mut out = Output::new(Box::new(printed.clone()), Box::new(io::sink()));
        let result = run(
            catalogue,
            &sample_path("admin-band-4.ron"),
            output,
            target,
            Month::new(2026, 11).unwrap(),
            &mut out,
        );
        let text = String::from_utf8(printed.0.borrow().clone()).unwrap();
        (result, text)
    }

    #[test]
    fn writes_the_pdf_and_says_where_and_how_many_pages() {
        let folder = tempfile::tempdir().unwrap();
        let output = folder.path().join("plan.pdf");
        let (result, printed) = run_report(&output, None);
        result.unwrap();
        let bytes = std::fs::read(&output).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(printed.starts_with(&format!("Wrote {} (", output.display())), "{printed}");
        assert!(printed.trim_end().ends_with("pages)"), "{printed}");
    }

    #[test]
    fn an_unknown_target_is_a_plain_error_naming_the_profile_last() {
        let folder = tempfile::tempdir().unwrap();
        let output = folder.path().join("plan.pdf");
        let (result, _) = run_report(&output, Some("no-such-role"));
        let message = result.unwrap_err().to_string();
        assert!(message.contains("\"no-such-role\" is not a role"), "{message}");
        assert!(message.ends_with(&format!("({})", sample_path("admin-band-4.ron").display())), "{message}");
        assert!(!output.exists());
    }

    #[test]
    fn a_missing_folder_is_a_plain_error_naming_the_output_last() {
        let folder = tempfile::tempdir().unwrap();
        let output = folder.path().join("no-such-folder").join("plan.pdf");
        let (result, printed) = run_report(&output, None);
        let message = result.unwrap_err().to_string();
        assert!(message.starts_with("the plan could not be written"), "{message}");
        assert!(message.ends_with(&format!("({})", output.display())), "{message}");
        assert!(printed.is_empty());
    }
}
