//! Concrete ways to close a missing requirement, with how long each takes.

use serde::Serialize;

use super::super::model::catalogue::{Catalogue, QualificationKind, QualificationRule, Requirement};
use super::describe::span;
use super::facts::ProfileFacts;
use super::facts::QualificationView;
use super::rules::held_matches;

/// One way to meet a requirement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Way {
    /// What to do, in words: "CIPD Level 5 Associate Diploma, about 8 to 10 months, part time".
    pub text: String,
    /// About how many months it takes, if that can be said.
    pub months: Option<u32>,
    /// The qualification it means, if one.
    pub qualification: Option<String>,
    /// The entry route it means, if one.
    pub route: Option<String>,
}

impl Way {
    /// A way that is an action, not a qualification or route.
    #[must_use]
    pub fn action(text: impl Into<String>, months: Option<u32>) -> Self {
        Self { text: text.into(), months, qualification: None, route: None }
    }
}

/// Months to get a qualification, counting the qualifications it requires that the person
/// does not hold (one level deep), using each course's longest typical length.
#[must_use]
pub fn qualification_months(catalogue: &Catalogue, facts: &ProfileFacts, id: &str) -> Option<u32> {
    let qualification = catalogue.qualification(id)?;
    let own = qualification.duration.map(|duration| duration.max_months)?;
    let before: u32 = qualification
        .requires
        .iter()
        .filter(|required| !prerequisite_met(catalogue, facts, required))
        .filter_map(|required| {
            catalogue.qualification(required).and_then(|q| q.duration).map(|d| d.max_months)
        })
        .sum();
    Some(own + before)
}

/// True when the person holds a prerequisite, or any achieved qualification at a higher level
/// (a doctorate meets a master's degree's "after a bachelor's degree").
fn prerequisite_met(catalogue: &Catalogue, facts: &ProfileFacts, required: &str) -> bool {
    let level = catalogue.qualification(required).and_then(|q| q.level);
    facts.held.iter().filter(|fact| !fact.in_progress).any(|fact| {
        fact.id.as_deref() == Some(required) || fact.level.zip(level).is_some_and(|(have, need)| have > need)
    })
}

/// True when the person already holds (or is studying) this catalogue qualification.
fn already_held(facts: &ProfileFacts, id: &str) -> bool {
    facts.held.iter().any(|fact| fact.id.as_deref() == Some(id))
}

/// A way to get a named qualification.
#[must_use]
pub fn qualification_way(catalogue: &Catalogue, facts: &ProfileFacts, id: &str) -> Option<Way> {
    let qualification = catalogue.qualification(id)?;
    let mut text = qualification.title.clone();
    if let Some(duration) = qualification.duration {
        text = format!("{text}, {}", duration.phrase());
    }
    let missing_first: Vec<&str> = qualification
        .requires
        .iter()
        .filter(|required| !prerequisite_met(catalogue, facts, required))
        .filter_map(|required| catalogue.qualification(required).map(|q| q.title.as_str()))
        .collect();
    if !missing_first.is_empty() {
        text = format!("{text} (after {})", missing_first.join(" and "));
    }
    Some(Way {
        text,
        months: qualification_months(catalogue, facts, id),
        qualification: Some(id.to_owned()),
        route: None,
    })
}

/// A way through an entry route.
#[must_use]
pub fn route_way(catalogue: &Catalogue, id: &str) -> Option<Way> {
    let route = catalogue.route(id)?;
    let text = match route.duration_months {
        Some(months) => format!("{} ({})", route.title, span(months)),
        None => route.title.clone(),
    };
    Some(Way { text, months: route.duration_months, qualification: None, route: Some(id.to_owned()) })
}

/// The ways a requirement's data names (`ways_to_meet`).
#[must_use]
pub fn named_ways(catalogue: &Catalogue, facts: &ProfileFacts, requirement: &Requirement) -> Vec<Way> {
    requirement
        .ways_to_meet
        .iter()
        .filter(|id| !already_held(facts, id))
        .filter_map(|id| qualification_way(catalogue, facts, id).or_else(|| route_way(catalogue, id)))
        .collect()
}

/// Up to three catalogue qualifications that would meet a filter, quickest first.
#[must_use]
pub fn qualifications_meeting(
    catalogue: &Catalogue,
    facts: &ProfileFacts,
    filter: &QualificationRule,
) -> Vec<Way> {
    let mut candidates: Vec<(u32, &str)> = catalogue
        .qualifications
        .iter()
        .filter(|q| filter.any_of.is_empty() || filter.any_of.contains(&q.id))
        .filter(|q| {
            !matches!(q.kind, QualificationKind::Membership | QualificationKind::Registration)
                || !filter.any_of.is_empty()
                || filter.kinds.contains(&q.kind)
        })
        .filter(|q| held_matches(catalogue, filter, QualificationView::gained(q)))
        .filter(|q| !already_held(facts, &q.id))
        // A subject group is met by a general qualification in the right subject, never by a
        // qualification tied to another area (an architecture degree is not a numerate degree).
        .filter(|q| filter.subject_group.is_none() || (q.areas.is_empty() && !q.clinical))
        .map(|q| (qualification_months(catalogue, facts, &q.id).unwrap_or(u32::MAX), q.id.as_str()))
        .collect();
    candidates.sort_unstable();
    let subject = filter
        .subject_group
        .as_ref()
        .map(|group| format!(" in a {} subject", catalogue.frameworks.subject_group_name(group)));
    candidates
        .into_iter()
        .take(3)
        .filter_map(|(_, id)| qualification_way(catalogue, facts, id))
        .map(|mut way| {
            if let Some(subject) = &subject {
                way.text = match way.text.split_once(", ") {
                    Some((title, rest)) => format!("{title}{subject}, {rest}"),
                    None => format!("{}{subject}", way.text),
                };
            }
            way
        })
        .collect()
}

/// The quickest of several ways, in months.
#[must_use]
pub fn quickest(ways: &[Way]) -> Option<u32> {
    ways.iter().filter_map(|way| way.months).min()
}
