//! Skills and frameworks used for self-assessment, and subject vocabularies.

use serde::{Deserialize, Serialize};

use super::super::taxonomy::Area;
use super::source::Source;

/// Skills, frameworks and subject vocabularies (`assets/frameworks.ron`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Frameworks {
    /// The skills the seeds list for managers.
    pub manager_skills: Vec<SkillDefinition>,
    /// The four labels of the manager-skills self-assessment scale, lowest first.
    pub skill_scale: Vec<String>,
    /// The NHS Knowledge and Skills Framework core dimensions.
    pub ksf_dimensions: Vec<Dimension>,
    /// The number of levels of each KSF dimension.
    pub ksf_levels: u8,
    /// The Healthcare Leadership Model's nine dimensions.
    pub leadership_dimensions: Vec<Dimension>,
    /// The leadership model's four-point scale, lowest first.
    pub leadership_scale: Vec<String>,
    /// The levels of seed 000's health career framework, 1 to 9.
    pub career_framework_levels: Vec<FrameworkLevel>,
    /// Words in a subject that place it in an area of work.
    pub subject_areas: Vec<SubjectArea>,
    /// Named groups of subjects, such as numerate subjects.
    pub subject_groups: Vec<SubjectGroup>,
    /// Where the scales and lists come from.
    pub sources: Vec<Source>,
}

/// A manager skill from the seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkillDefinition {
    /// Stable id, such as `communication`.
    pub id: String,
    /// The skill in plain words.
    pub name: String,
    /// How the seeds describe it.
    pub description: String,
    /// How to build it.
    pub develop: String,
    /// Where it is listed.
    pub sources: Vec<Source>,
}

/// A dimension of a framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    /// Stable id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it means, in plain words.
    pub description: String,
    /// Where it comes from.
    pub source: Source,
}

/// A level of the health career framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameworkLevel {
    /// 1 to 9.
    pub level: u8,
    /// Its name, such as "Practitioners".
    pub name: String,
}

/// Words that place a subject in an area of work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubjectArea {
    /// The area.
    pub area: Area,
    /// Lower-case words or phrases; a subject containing one belongs to the area.
    pub keywords: Vec<String>,
}

/// A named group of subjects.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubjectGroup {
    /// Stable id, such as `numerate`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Lower-case words or phrases; a subject containing one is in the group.
    pub keywords: Vec<String>,
    /// Where it comes from.
    pub source: Source,
}

impl Frameworks {
    /// The areas a subject belongs to, from its words.
    #[must_use]
    pub fn areas_of_subject(&self, subject: &str) -> Vec<Area> {
        let subject = subject.to_lowercase();
        let mut areas: Vec<Area> = self
            .subject_areas
            .iter()
            .filter(|entry| entry.keywords.iter().any(|word| subject.contains(word.as_str())))
            .map(|entry| entry.area)
            .collect();
        areas.sort_unstable();
        areas.dedup();
        areas
    }

    /// Whether a subject is in a subject group.
    #[must_use]
    pub fn subject_in_group(&self, subject: &str, group: &str) -> bool {
        let subject = subject.to_lowercase();
        self.subject_groups
            .iter()
            .filter(|entry| entry.id == group)
            .any(|entry| entry.keywords.iter().any(|word| subject.contains(word.as_str())))
    }

    /// A subject group's name ("numerate"), or its id when the catalogue does not know it.
    #[must_use]
    pub fn subject_group_name<'a>(&'a self, group: &'a str) -> &'a str {
        self.subject_groups.iter().find(|known| known.id == group).map_or(group, |known| known.name.as_str())
    }
}
