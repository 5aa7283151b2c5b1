//! The catalogue: roles, entry routes, qualifications, pay tables and frameworks, read from
//! the RON files in `assets/` and checked for consistency.

mod check;
mod eligibility;
mod examples;
mod files;
mod frameworks;
mod gap_advice;
pub mod named;
mod next_steps;
mod path_rules;
mod pay;
mod qualification;
mod requirement;
mod role;
mod route;
mod source;

use std::collections::HashMap;

pub use check::CatalogueError;
pub use eligibility::{EligibilityList, ListedItem};
pub use examples::{Example, ExamplesFile};
pub use files::AssetFile;
pub use frameworks::{Dimension, FrameworkLevel, Frameworks, SkillDefinition, SubjectArea, SubjectGroup};
pub use gap_advice::{GapAction, GapAdvice, TimedAdvice};
pub use next_steps::{Contact, NextSteps, Stage};
pub use path_rules::PathRules;
pub use pay::{
    BandScale, HcasAlternative, HcasLimit, HcasTable, HcasYear, HcasZoneRate, PayPoint, PayTable, PointName,
};
pub use qualification::{Body, Duration, Qualification, QualificationKind, StudyMode, months_phrase};
pub use requirement::{ExperienceRule, QualificationRule, Requirement, Rule, Strength};
pub use role::{FigureMeaning, NextRole, PayFigure, Role, RolePay, Specialism};
pub use route::{FirstPost, NoteTopic, Route, RouteKind, RouteNote, RoutePay, RoutePayPoint, UsualGain};
pub use source::{Document, Source};

use super::month::FinancialYear;
use super::taxonomy::Nation;

/// Everything the planner knows about NHS management careers.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    /// Documents the data comes from.
    pub documents: Vec<Document>,
    /// Management specialisms.
    pub specialisms: Vec<Specialism>,
    /// Roles.
    pub roles: Vec<Role>,
    /// Entry routes.
    pub routes: Vec<Route>,
    /// Professional and awarding bodies.
    pub bodies: Vec<Body>,
    /// Qualifications, memberships and programmes.
    pub qualifications: Vec<Qualification>,
    /// Accepted / not-accepted lists.
    pub eligibility_lists: Vec<EligibilityList>,
    /// Skills, frameworks and subject vocabularies.
    pub frameworks: Frameworks,
    /// What to do next, by stage.
    pub next_steps: NextSteps,
    /// Advice for gaps that no qualification closes.
    pub gap_advice: GapAdvice,
    /// Pay tables, sorted by nation then year.
    pub pay_tables: Vec<PayTable>,
    /// High Cost Area Supplement tables, one per nation.
    pub hcas: Vec<HcasTable>,
    /// Which entry routes a progression path offers to whom.
    pub path_rules: PathRules,
    /// The example profiles the welcome view offers.
    pub examples: Vec<Example>,
    /// The data files read from the person's own data folder in place of the built-in ones
    /// (empty when only the built-in data is used).
    pub own_data_files: Vec<String>,
    index: Index,
}

#[derive(Clone, Debug, Default)]
struct Index {
    roles: HashMap<String, usize>,
    routes: HashMap<String, usize>,
    qualifications: HashMap<String, usize>,
    bodies: HashMap<String, usize>,
    documents: HashMap<String, usize>,
    specialisms: HashMap<String, usize>,
    lists: HashMap<String, usize>,
}

fn index_of<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items.iter().enumerate().map(|(at, item)| (id(item).to_owned(), at)).collect()
}

impl Catalogue {
    /// Reads and checks a complete set of asset files. Every problem found is returned, each
    /// with its file, line and column.
    pub fn from_files(files: &[AssetFile]) -> Result<Self, Vec<CatalogueError>> {
        let mut catalogue = files::assemble(files)?;
        let errors = check::check(&catalogue, files);
        if !errors.is_empty() {
            return Err(errors);
        }
        catalogue.pay_tables.sort_by_key(|table| (table.nation, table.year));
        catalogue.reindex();
        Ok(catalogue)
    }

    /// Records which files came from the person's own data folder: the pay tables read from
    /// them are marked, so their figures are said to be from the person's own data.
    pub fn mark_own_data(&mut self, files: Vec<String>) {
        for table in &mut self.pay_tables {
            table.from_own_data = files.contains(&check::pay_file(table));
        }
        self.own_data_files = files;
    }

    /// Rebuilds the id indexes after the lists were changed in place (generated catalogues
    /// in benchmarks and tests).
    pub fn reindex(&mut self) {
        self.index = Index {
            roles: index_of(&self.roles, |role| &role.id),
            routes: index_of(&self.routes, |route| &route.id),
            qualifications: index_of(&self.qualifications, |qualification| &qualification.id),
            bodies: index_of(&self.bodies, |body| &body.id),
            documents: index_of(&self.documents, |document| &document.id),
            specialisms: index_of(&self.specialisms, |specialism| &specialism.id),
            lists: index_of(&self.eligibility_lists, |list| &list.id),
        };
    }

    /// The role with this id.
    #[must_use]
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.index.roles.get(id).and_then(|&at| self.roles.get(at))
    }

    /// The position of the role with this id in [`Catalogue::roles`].
    #[must_use]
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.index.roles.get(id).copied()
    }

    /// The entry route with this id.
    #[must_use]
    pub fn route(&self, id: &str) -> Option<&Route> {
        self.index.routes.get(id).and_then(|&at| self.routes.get(at))
    }

    /// The qualification with this id.
    #[must_use]
    pub fn qualification(&self, id: &str) -> Option<&Qualification> {
        self.index.qualifications.get(id).and_then(|&at| self.qualifications.get(at))
    }

    /// The body with this id.
    #[must_use]
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.index.bodies.get(id).and_then(|&at| self.bodies.get(at))
    }

    /// The document with this id.
    #[must_use]
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.index.documents.get(id).and_then(|&at| self.documents.get(at))
    }

    /// The specialism with this id.
    #[must_use]
    pub fn specialism(&self, id: &str) -> Option<&Specialism> {
        self.index.specialisms.get(id).and_then(|&at| self.specialisms.get(at))
    }

    /// The eligibility list with this id.
    #[must_use]
    pub fn eligibility_list(&self, id: &str) -> Option<&EligibilityList> {
        self.index.lists.get(id).and_then(|&at| self.eligibility_lists.get(at))
    }

    /// The pay table of a nation and year.
    #[must_use]
    pub fn pay_table(&self, nation: Nation, year: FinancialYear) -> Option<&PayTable> {
        self.pay_tables.iter().find(|table| table.nation == nation && table.year == year)
    }

    /// The latest pay table of a nation.
    #[must_use]
    pub fn latest_pay_table(&self, nation: Nation) -> Option<&PayTable> {
        self.pay_tables.iter().filter(|table| table.nation == nation).max_by_key(|table| table.year)
    }

    /// The High Cost Area Supplement table of a nation.
    #[must_use]
    pub fn hcas_table(&self, nation: Nation) -> Option<&HcasTable> {
        self.hcas.iter().find(|table| table.nation == nation)
    }

    /// The manager skill with this id.
    #[must_use]
    pub fn skill(&self, id: &str) -> Option<&SkillDefinition> {
        self.frameworks.manager_skills.iter().find(|skill| skill.id == id)
    }

    /// The leadership dimension with this id.
    #[must_use]
    pub fn leadership_dimension(&self, id: &str) -> Option<&Dimension> {
        self.frameworks.leadership_dimensions.iter().find(|dimension| dimension.id == id)
    }

    /// A readable citation of a source: "NHS Health Careers, Careers in management: Entry routes".
    #[must_use]
    pub fn cite(&self, source: &Source) -> String {
        let title = self.document(&source.document).map_or(source.document.as_str(), |doc| &doc.title);
        if source.section.is_empty() { title.to_owned() } else { format!("{title}: {}", source.section) }
    }
}
