//! Checks that every reference between records resolves and every record has a source.

use super::super::super::ron_text::TextPosition;
use super::super::{Requirement, Rule};
use super::{CatalogueError, Checker};

const ROLES: &str = "roles.ron";
const ROUTES: &str = "routes.ron";
const GAP_ADVICE: &str = "gap_advice.ron";
const QUALIFICATIONS: &str = "qualifications.ron";
const ELIGIBILITY: &str = "eligibility.ron";
const FRAMEWORKS: &str = "frameworks.ron";
const NEXT_STEPS: &str = "next_steps.ron";

impl Checker<'_> {
    pub(super) fn all_references(&mut self) {
        self.roles();
        self.routes();
        self.gap_advice();
        self.qualifications();
        self.lists();
        self.frameworks_and_steps();
    }

    fn roles(&mut self) {
        let c = self.catalogue;
        for specialism in &c.specialisms {
            self.sources(ROLES, &specialism.id, &specialism.sources);
        }
        for role in &c.roles {
            let id = role.id.as_str();
            self.sources(ROLES, id, &role.sources);
            self.source(ROLES, id, role.pay.source());
            if role.title.trim().is_empty() || role.summary.trim().is_empty() {
                self.fail(ROLES, None, id, format!("role \"{id}\" needs a title and a summary"));
            }
            if c.specialism(&role.specialism).is_none() {
                self.fail(
                    ROLES,
                    Some(id),
                    &role.specialism,
                    format!(
                        "role \"{id}\" is in specialism \"{}\", which is not defined in roles.ron",
                        role.specialism
                    ),
                );
            }
            if let Some(parent) = &role.parent
                && (c.role(parent).is_none() || parent == id)
            {
                self.fail(
                    ROLES,
                    Some(id),
                    parent,
                    format!("role \"{id}\" has parent \"{parent}\", which is not another role"),
                );
            }
            if let Some((min, max)) = role.pay.band_range()
                && min > max
            {
                self.fail(
                    ROLES,
                    None,
                    id,
                    format!("role \"{id}\" has its band range upside down ({min} above {max})"),
                );
            }
            if let Some(level) = role.framework_level
                && !(1..=9).contains(&level)
            {
                self.fail(
                    ROLES,
                    None,
                    id,
                    format!("role \"{id}\" has framework level {level}: levels run 1 to 9"),
                );
            }
            for next in &role.leads_to {
                if c.role(&next.role).is_none() || next.role == role.id {
                    self.fail(
                        ROLES,
                        Some(id),
                        &next.role,
                        format!("role \"{id}\" leads to \"{}\", which is not another role", next.role),
                    );
                }
            }
            for route in &role.entry_routes {
                if c.route(route).is_none() {
                    self.fail(
                        ROLES,
                        Some(id),
                        route,
                        format!("role \"{id}\" lists entry route \"{route}\", which is not in routes.ron"),
                    );
                }
            }
            for qualification in &role.work_towards {
                self.qualification_exists(ROLES, id, qualification);
            }
            let requirements: Vec<&Requirement> = role.essential.iter().chain(&role.desirable).collect();
            if role.essential.is_empty() {
                self.fail(ROLES, None, id, format!("role \"{id}\" has no essential requirement"));
            }
            self.requirements(ROLES, id, &requirements);
        }
    }

    fn gap_advice(&mut self) {
        let advice = &self.catalogue.gap_advice.not_in_nhs;
        for route in &advice.routes {
            if self.catalogue.route(route).is_none() {
                self.fail(
                    GAP_ADVICE,
                    None,
                    route,
                    format!("gap advice names the route \"{route}\", which is not in routes.ron"),
                );
            }
        }
        self.source(GAP_ADVICE, "not_in_nhs", &advice.source);
    }

    fn routes(&mut self) {
        let c = self.catalogue;
        for route in &c.routes {
            let id = route.id.as_str();
            self.sources(ROUTES, id, &route.sources);
            if route.leads_to.is_empty() {
                self.fail(ROUTES, None, id, format!("route \"{id}\" leads to no role"));
            }
            for role in &route.leads_to {
                if c.role(role).is_none() {
                    self.fail(
                        ROUTES,
                        Some(id),
                        role,
                        format!("route \"{id}\" leads to \"{role}\", which is not in roles.ron"),
                    );
                }
            }
            if let Some(specialism) = &route.specialism
                && c.specialism(specialism).is_none()
            {
                self.fail(
                    ROUTES,
                    Some(id),
                    specialism,
                    format!("route \"{id}\" trains for specialism \"{specialism}\", which is not defined"),
                );
            }
            if let Some(pay) = &route.pay {
                self.source(ROUTES, id, &pay.source);
                let rising = pay.points.windows(2).all(|pair| {
                    pair[0].after_months < pair[1].after_months
                        && pair[0].annual_pounds < pair[1].annual_pounds
                });
                if pay.points.first().is_none_or(|first| first.after_months != 0) || !rising {
                    self.fail_field(
                        ROUTES,
                        id,
                        "points",
                        format!("route \"{id}\": scheme pay must start at 0 months and rise with time"),
                    );
                }
            }
            for note in &route.notes {
                self.source(ROUTES, id, &note.source);
            }
            for gained in &route.gains {
                self.qualification_exists(ROUTES, id, gained);
            }
            for usual in &route.usually_gains {
                self.qualification_exists(ROUTES, id, &usual.qualification);
                self.source(ROUTES, id, &usual.source);
            }
            if (route.band.is_some() || !route.gains.is_empty()) && route.duration_months.is_none() {
                self.fail(ROUTES, None, id, format!(
                    "route \"{id}\" has a band or qualifications gained but no duration_months: a person is \
                     on it for a set time"
                ));
            }
            let requirements: Vec<&Requirement> = route.essential.iter().chain(&route.desirable).collect();
            self.requirements(ROUTES, id, &requirements);
        }
    }

    fn qualifications(&mut self) {
        let c = self.catalogue;
        for body in &c.bodies {
            self.sources(QUALIFICATIONS, &body.id, &body.sources);
        }
        for qualification in &c.qualifications {
            let id = qualification.id.as_str();
            self.sources(QUALIFICATIONS, id, &qualification.sources);
            if let Some(level) = qualification.level
                && !(1..=8).contains(&level)
            {
                self.fail(
                    QUALIFICATIONS,
                    None,
                    id,
                    format!("qualification \"{id}\" has RQF level {level}: levels run 1 to 8"),
                );
            }
            if let Some(body) = &qualification.body
                && c.body(body).is_none()
            {
                self.fail(QUALIFICATIONS, Some(id), body, format!(
                    "qualification \"{id}\" is awarded by \"{body}\", which is not a body in qualifications.ron"
                ));
            }
            if let Some(duration) = qualification.duration
                && (duration.min_months > duration.max_months || duration.max_months == 0)
            {
                self.fail_field(
                    QUALIFICATIONS,
                    id,
                    "duration",
                    format!(
                        "qualification \"{id}\": its shortest length is longer than its longest, or zero"
                    ),
                );
            }
            for required in &qualification.requires {
                self.qualification_exists(QUALIFICATIONS, id, required);
            }
        }
    }

    fn lists(&mut self) {
        let c = self.catalogue;
        for list in &c.eligibility_lists {
            self.source(ELIGIBILITY, &list.id, &list.source);
            for item in list.accepted.iter().chain(&list.not_accepted) {
                if let Rule::List(_) = item.rule {
                    self.fail(
                        ELIGIBILITY,
                        Some(&list.id),
                        &item.text,
                        format!("list \"{}\" refers to another list: lists cannot nest", list.id),
                    );
                }
                self.rule(ELIGIBILITY, &list.id, &item.rule);
            }
        }
    }

    fn frameworks_and_steps(&mut self) {
        let c = self.catalogue;
        let frameworks = &c.frameworks;
        if frameworks.skill_scale.len() != 4 || frameworks.leadership_scale.len() != 4 {
            self.errors.push(CatalogueError::file(
                FRAMEWORKS,
                "the skill scale and the leadership scale must each have four labels",
            ));
        }
        if frameworks.sources.is_empty() {
            self.errors.push(CatalogueError::at(
                FRAMEWORKS,
                TextPosition { line: 1, column: 1 },
                "frameworks.ron has no source",
            ));
        }
        for source in &frameworks.sources {
            self.source(FRAMEWORKS, "frameworks", source);
        }
        for skill in &frameworks.manager_skills {
            self.sources(FRAMEWORKS, &skill.id, &skill.sources);
        }
        for dimension in frameworks.ksf_dimensions.iter().chain(&frameworks.leadership_dimensions) {
            self.source(FRAMEWORKS, &dimension.id, &dimension.source);
        }
        for group in &frameworks.subject_groups {
            self.source(FRAMEWORKS, &group.id, &group.source);
        }
        for stage in &c.next_steps.stages {
            self.source(NEXT_STEPS, &stage.id, &stage.source);
            if let Some(base) = &stage.builds_on
                && !c.next_steps.stages.iter().any(|other| &other.id == base && other.id != stage.id)
            {
                self.fail(
                    NEXT_STEPS,
                    Some(&stage.id),
                    base,
                    format!("stage \"{}\" builds on \"{base}\", which is not another stage", stage.id),
                );
            }
        }
        match &c.next_steps.checklist_source {
            Some(source) => self.source(NEXT_STEPS, "checklist", source),
            None => self.errors.push(CatalogueError::file(NEXT_STEPS, "the checklist has no source")),
        }
        for contact in &c.next_steps.contacts {
            self.source(NEXT_STEPS, &contact.name, &contact.source);
        }
    }

    fn qualification_exists(&mut self, file: &str, record: &str, id: &str) {
        if self.catalogue.qualification(id).is_none() {
            self.fail(
                file,
                Some(record),
                id,
                format!("\"{record}\" refers to qualification \"{id}\", which is not in qualifications.ron"),
            );
        }
    }

    /// Checks the references inside a rule.
    pub(super) fn rule(&mut self, file: &str, record: &str, rule: &Rule) {
        let c = self.catalogue;
        for inner in rule.flatten() {
            match inner {
                Rule::Qualification(filter) => {
                    for id in &filter.any_of {
                        self.qualification_exists(file, record, id);
                    }
                    if let Some(group) = &filter.subject_group
                        && !c.frameworks.subject_groups.iter().any(|known| &known.id == group)
                    {
                        self.fail(
                            file,
                            Some(record),
                            group,
                            format!(
                                "\"{record}\" uses subject group \"{group}\", which is not in frameworks.ron"
                            ),
                        );
                    }
                    if filter.min_level.is_some_and(|level| !(1..=8).contains(&level)) || filter.count == 0 {
                        self.fail(file, None, record, format!(
                            "\"{record}\" has a qualification rule with a level outside 1 to 8 or a count of 0"
                        ));
                    }
                }
                Rule::List(list) if c.eligibility_list(list).is_none() => {
                    self.fail(
                        file,
                        Some(record),
                        list,
                        format!("\"{record}\" uses list \"{list}\", which is not in eligibility.ron"),
                    );
                }
                Rule::Skill { skill, level } if c.skill(skill).is_none() || !(1..=4).contains(level) => {
                    self.fail(
                        file,
                        Some(record),
                        skill,
                        format!(
                            "\"{record}\" needs skill \"{skill}\" at level {level}: the skill must be in \
                         frameworks.ron and the level 1 to 4"
                        ),
                    );
                }
                Rule::Leadership { dimension, level }
                    if c.leadership_dimension(dimension).is_none() || !(1..=4).contains(level) =>
                {
                    self.fail(
                        file,
                        Some(record),
                        dimension,
                        format!(
                            "\"{record}\" needs leadership dimension \"{dimension}\" at level {level}: the \
                         dimension must be in frameworks.ron and the level 1 to 4"
                        ),
                    );
                }
                Rule::AnyOf(rules) if rules.len() < 2 => {
                    self.fail(
                        file,
                        None,
                        record,
                        format!("\"{record}\" has an AnyOf rule with fewer than two choices"),
                    );
                }
                _ => {}
            }
        }
    }
}
