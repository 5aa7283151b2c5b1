//! The asset files and how they are put together into a catalogue.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::super::ron_text;
use super::check::CatalogueError;
use super::{
    Body, Catalogue, Document, EligibilityList, Frameworks, HcasTable, NextSteps, PathRules, PayTable,
    Qualification, Role, Route, Specialism,
};

/// One asset file: its path relative to the assets folder (such as `pay/afc-england-2026-27.ron`)
/// and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetFile {
    /// Path relative to the assets folder, with `/` separators.
    pub name: String,
    /// The file's text.
    pub text: String,
}

/// `sources.ron`.
#[derive(Debug, Serialize, Deserialize)]
struct SourcesFile {
    documents: Vec<Document>,
}

/// `roles.ron`.
#[derive(Debug, Serialize, Deserialize)]
struct RolesFile {
    specialisms: Vec<Specialism>,
    roles: Vec<Role>,
}

/// `routes.ron`.
#[derive(Debug, Serialize, Deserialize)]
struct RoutesFile {
    routes: Vec<Route>,
}

/// `eligibility.ron`.
#[derive(Debug, Serialize, Deserialize)]
struct EligibilityFile {
    lists: Vec<EligibilityList>,
}

/// `qualifications.ron`.
#[derive(Debug, Serialize, Deserialize)]
struct QualificationsFile {
    bodies: Vec<Body>,
    qualifications: Vec<Qualification>,
}

/// The files every catalogue needs, besides at least one pay table and one HCAS table.
pub const REQUIRED_FILES: [&str; 8] = [
    "sources.ron",
    "roles.ron",
    "routes.ron",
    "eligibility.ron",
    "qualifications.ron",
    "frameworks.ron",
    "next_steps.ron",
    "gap_advice.ron",
];

/// Pay table files are `pay/afc-<nation>-<year>.ron`; HCAS files are `pay/hcas-<nation>.ron`.
pub const PAY_TABLE_PREFIX: &str = "pay/afc-";
/// See [`PAY_TABLE_PREFIX`].
pub const HCAS_PREFIX: &str = "pay/hcas-";

fn read<T: DeserializeOwned>(file: &AssetFile, errors: &mut Vec<CatalogueError>) -> Option<T> {
    match ron_text::parse(&file.text) {
        Ok(value) => Some(value),
        Err(error) => {
            errors.push(CatalogueError::at(&file.name, error.position, error.message));
            None
        }
    }
}

/// Parses every file into one catalogue, without the consistency checks.
pub fn assemble(files: &[AssetFile]) -> Result<Catalogue, Vec<CatalogueError>> {
    let mut errors = Vec::new();
    let mut catalogue = Catalogue::default();
    for required in REQUIRED_FILES {
        if !files.iter().any(|file| file.name == required) {
            errors.push(CatalogueError::file(required, "this file is missing from the assets"));
        }
    }
    for file in files {
        match file.name.as_str() {
            "sources.ron" => {
                if let Some(parsed) = read::<SourcesFile>(file, &mut errors) {
                    catalogue.documents = parsed.documents;
                }
            }
            "roles.ron" => {
                if let Some(parsed) = read::<RolesFile>(file, &mut errors) {
                    catalogue.specialisms = parsed.specialisms;
                    catalogue.roles = parsed.roles;
                }
            }
            "routes.ron" => {
                if let Some(parsed) = read::<RoutesFile>(file, &mut errors) {
                    catalogue.routes = parsed.routes;
                }
            }
            "eligibility.ron" => {
                if let Some(parsed) = read::<EligibilityFile>(file, &mut errors) {
                    catalogue.eligibility_lists = parsed.lists;
                }
            }
            "qualifications.ron" => {
                if let Some(parsed) = read::<QualificationsFile>(file, &mut errors) {
                    catalogue.bodies = parsed.bodies;
                    catalogue.qualifications = parsed.qualifications;
                }
            }
            "frameworks.ron" => {
                if let Some(parsed) = read::<Frameworks>(file, &mut errors) {
                    catalogue.frameworks = parsed;
                }
            }
            "progression.ron" => {
                if let Some(parsed) = read::<PathRules>(file, &mut errors) {
                    catalogue.path_rules = parsed;
                }
            }
            "next_steps.ron" => {
                if let Some(parsed) = read::<NextSteps>(file, &mut errors) {
                    catalogue.next_steps = parsed;
                }
            }
            "examples.ron" => {
                if let Some(parsed) = read::<super::ExamplesFile>(file, &mut errors) {
                    catalogue.examples = parsed.examples;
                }
            }
            "gap_advice.ron" => {
                if let Some(parsed) = read::<super::GapAdvice>(file, &mut errors) {
                    catalogue.gap_advice = parsed;
                }
            }
            name if name.starts_with(PAY_TABLE_PREFIX) => {
                if let Some(parsed) = read::<PayTable>(file, &mut errors) {
                    let expected = super::check::pay_file(&parsed);
                    if expected != file.name {
                        errors.push(CatalogueError::file(
                            &file.name,
                            format!(
                                "a pay table's file name must match its nation and year: rename it {expected}"
                            ),
                        ));
                    }
                    catalogue.pay_tables.push(parsed);
                }
            }
            name if name.starts_with(HCAS_PREFIX) => {
                if let Some(parsed) = read::<HcasTable>(file, &mut errors) {
                    let expected = super::check::hcas_file(&parsed);
                    if expected != file.name {
                        errors.push(CatalogueError::file(
                            &file.name,
                            format!("an HCAS table's file name must match its nation: rename it {expected}"),
                        ));
                    }
                    catalogue.hcas.push(parsed);
                }
            }
            other => errors.push(CatalogueError::file(
                other,
                "unknown asset file: pay tables go in pay/afc-<nation>-<year>.ron, HCAS in \
                 pay/hcas-<nation>.ron; other names are not read",
            )),
        }
    }
    if errors.is_empty() { Ok(catalogue) } else { Err(errors) }
}
