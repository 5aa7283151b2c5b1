//! Consistency checks of a catalogue: unique ids, references that resolve, sources on every
//! record, pay points that rise with consistent step timing.

mod named;
mod pay_checks;
mod references;

pub use pay_checks::{hcas_file, pay_file};

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::super::ron_text::{Locator, TextPosition};
use super::{AssetFile, Catalogue, Requirement, Source};

/// A problem in the asset files, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    /// The file, relative to the assets folder.
    pub file: String,
    /// Where in the file (0:0 when the whole file is concerned).
    pub position: TextPosition,
    /// Which rule is broken.
    pub message: String,
}

impl CatalogueError {
    /// An error at a position in a file.
    #[must_use]
    pub fn at(file: &str, position: TextPosition, message: impl Into<String>) -> Self {
        Self { file: file.to_owned(), position, message: message.into() }
    }

    /// An error about a whole file.
    #[must_use]
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self::at(file, TextPosition::default(), message)
    }
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.position.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.position, self.message)
        }
    }
}

impl std::error::Error for CatalogueError {}

/// Collects errors and finds their positions in the files' text.
struct Checker<'a> {
    catalogue: &'a Catalogue,
    texts: HashMap<&'a str, &'a str>,
    /// Each file's index, made the first time an error in it needs a position.
    locators: HashMap<&'a str, Locator<'a>>,
    /// How many errors have been placed by scanning for unquoted text (bounded, see [`MAX_RAW_SCANS`]).
    raw_scans: usize,
    errors: Vec<CatalogueError>,
}

/// The most errors placed by scanning a file for unquoted text; later ones are reported at the
/// start of their file, so a file full of bad figures is still checked in linear time.
const MAX_RAW_SCANS: usize = 200;

impl<'a> Checker<'a> {
    /// Where something is in `file`, found with that file's index (made once).
    fn locate(&mut self, file: &str, find: impl FnOnce(&Locator<'a>) -> TextPosition) -> TextPosition {
        let Some((&name, &text)) = self.texts.get_key_value(file) else { return TextPosition::default() };
        find(self.locators.entry(name).or_insert_with(|| Locator::new(text)))
    }

    /// Records an error about `needle` (a quoted value) in `file`, looked for after `record`.
    fn fail(&mut self, file: &str, record: Option<&str>, needle: &str, message: String) {
        let position = self.locate(file, |locator| locator.find(record, needle, 0));
        self.errors.push(CatalogueError::at(file, position, message));
    }

    /// Records an error about a piece of unquoted text, such as `annual_pounds: 24465`.
    fn fail_raw(&mut self, file: &str, text: &str, message: String) {
        self.raw_scans += 1;
        let position = if self.raw_scans <= MAX_RAW_SCANS {
            self.locate(file, |locator| locator.find_raw(text))
        } else {
            TextPosition { line: 1, column: 1 }
        };
        self.errors.push(CatalogueError::at(file, position, message));
    }

    /// Records an error about a field of a record.
    fn fail_field(&mut self, file: &str, record: &str, field: &str, message: String) {
        let position = self.locate(file, |locator| locator.find_field(record, field));
        self.errors.push(CatalogueError::at(file, position, message));
    }

    /// Checks that ids are unique, non-empty and kebab-case.
    fn unique_ids<'i>(&mut self, file: &str, what: &str, ids: impl IntoIterator<Item = &'i str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let count = seen.entry(id).or_insert(0);
            *count += 1;
            if *count == 2 {
                let position = self.locate(file, |locator| locator.find(None, id, 1));
                self.errors.push(CatalogueError::at(
                    file,
                    position,
                    format!("{what} id \"{id}\" is used more than once: ids must be unique"),
                ));
            }
            let well_formed = !id.is_empty()
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !well_formed {
                self.fail(
                    file,
                    None,
                    id,
                    format!("{what} id \"{id}\" must be lower-case letters, digits and hyphens"),
                );
            }
        }
    }

    /// Checks that a record names at least one source and that each source resolves.
    fn sources(&mut self, file: &str, record: &str, sources: &[Source]) {
        if sources.is_empty() {
            self.fail_field(
                file,
                record,
                "sources",
                format!("\"{record}\" has no source: every record must say where it comes from"),
            );
        }
        for source in sources {
            self.source(file, record, source);
        }
    }

    /// Checks that a source's document exists.
    fn source(&mut self, file: &str, record: &str, source: &Source) {
        if self.catalogue.document(&source.document).is_none()
            && !self.catalogue.documents.iter().any(|doc| doc.id == source.document)
        {
            self.fail(
                file,
                Some(record),
                &source.document,
                format!("\"{record}\" cites document \"{}\", which is not in sources.ron", source.document),
            );
        }
    }

    /// Checks the requirements of one role or route: unique ids, sources, references.
    fn requirements(&mut self, file: &str, record: &str, requirements: &[&Requirement]) {
        let mut seen = HashSet::new();
        for requirement in requirements {
            if !seen.insert(requirement.id.as_str()) {
                self.fail(
                    file,
                    Some(record),
                    &requirement.id,
                    format!("\"{record}\" has two requirements with id \"{}\"", requirement.id),
                );
            }
            if requirement.text.trim().is_empty() {
                self.fail(
                    file,
                    Some(record),
                    &requirement.id,
                    format!("requirement \"{}\" of \"{record}\" has no text", requirement.id),
                );
            }
            self.source(file, record, &requirement.source);
            self.rule(file, record, &requirement.rule);
            for way in &requirement.ways_to_meet {
                if self.catalogue.qualification(way).is_none() && self.catalogue.route(way).is_none() {
                    self.fail(
                        file,
                        Some(record),
                        way,
                        format!(
                            "requirement \"{}\" of \"{record}\" suggests \"{way}\", which is neither a \
                         qualification nor a route",
                            requirement.id
                        ),
                    );
                }
            }
        }
    }
}

/// Runs every check and returns the problems found (empty when the catalogue is consistent).
#[must_use]
pub fn check(catalogue: &Catalogue, files: &[AssetFile]) -> Vec<CatalogueError> {
    let mut indexed = catalogue.clone();
    indexed.reindex();
    let mut checker = Checker {
        catalogue: &indexed,
        texts: files.iter().map(|file| (file.name.as_str(), file.text.as_str())).collect(),
        locators: HashMap::new(),
        raw_scans: 0,
        errors: Vec::new(),
    };
    checker.all_ids();
    checker.all_references();
    checker.pay_tables();
    checker.hcas_tables();
    checker.named_ids();
    checker.first_posts();
    checker.timed_advice();
    let Checker { errors, .. } = checker;
    errors
}

impl Checker<'_> {
    fn all_ids(&mut self) {
        let c = self.catalogue;
        self.unique_ids("sources.ron", "document", c.documents.iter().map(|d| d.id.as_str()));
        self.unique_ids("roles.ron", "specialism", c.specialisms.iter().map(|s| s.id.as_str()));
        self.unique_ids("roles.ron", "role", c.roles.iter().map(|r| r.id.as_str()));
        self.unique_ids("routes.ron", "route", c.routes.iter().map(|r| r.id.as_str()));
        self.unique_ids("qualifications.ron", "body", c.bodies.iter().map(|b| b.id.as_str()));
        self.unique_ids(
            "qualifications.ron",
            "qualification",
            c.qualifications.iter().map(|q| q.id.as_str()),
        );
        self.unique_ids("eligibility.ron", "list", c.eligibility_lists.iter().map(|l| l.id.as_str()));
        let frameworks = &c.frameworks;
        self.unique_ids("frameworks.ron", "skill", frameworks.manager_skills.iter().map(|s| s.id.as_str()));
        self.unique_ids(
            "frameworks.ron",
            "KSF dimension",
            frameworks.ksf_dimensions.iter().map(|d| d.id.as_str()),
        );
        self.unique_ids(
            "frameworks.ron",
            "leadership dimension",
            frameworks.leadership_dimensions.iter().map(|d| d.id.as_str()),
        );
        self.unique_ids(
            "frameworks.ron",
            "subject group",
            frameworks.subject_groups.iter().map(|g| g.id.as_str()),
        );
        self.unique_ids("next_steps.ron", "stage", c.next_steps.stages.iter().map(|s| s.id.as_str()));
        let everything = c.roles.iter().map(|r| r.id.as_str()).chain(c.routes.iter().map(|r| r.id.as_str()));
        let mut seen = HashSet::new();
        for id in everything {
            if !seen.insert(id) {
                self.fail(
                    "routes.ron",
                    None,
                    id,
                    format!(
                        "\"{id}\" is both a role and a route: action plans link to either by id, so ids \
                     must differ"
                    ),
                );
            }
        }
    }
}
