//! Judging one rule against a person's facts: met or missing, why, and how to close it.

use super::super::format::thousands;
use super::super::model::catalogue::{Catalogue, ExperienceRule, QualificationRule, Requirement, Rule};
use super::super::model::month::Month;
use super::super::model::taxonomy::SELF_ASSESSMENT_MAX;
use super::describe::{experience_kind, qualification_phrase, span};
use super::facts::{HeldFact, ProfileFacts, QualificationView};
use super::ways::{Way, named_ways, qualifications_meeting, quickest};
use super::{listed, situation};

/// The most ways to close a gap that are offered.
pub const MAX_WAYS: usize = 4;

/// The judgement of one rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Met now.
    pub met: bool,
    /// Why, in plain words.
    pub reason: String,
    /// When a qualification in progress will meet it.
    pub met_from: Option<Month>,
    /// Ways to close it when missing.
    pub ways: Vec<Way>,
}

impl Outcome {
    pub(super) fn met(reason: String) -> Self {
        Self { met: true, reason, met_from: None, ways: Vec::new() }
    }

    pub(super) fn missing(reason: String, ways: Vec<Way>) -> Self {
        Self { met: false, reason, met_from: None, ways }
    }

    /// The quickest way's months, if any way has a length.
    #[must_use]
    pub fn months_to_close(&self) -> Option<u32> {
        if self.met { Some(0) } else { quickest(&self.ways) }
    }
}

/// Whether a qualification passes a filter.
#[must_use]
pub fn held_matches(catalogue: &Catalogue, filter: &QualificationRule, fact: QualificationView<'_>) -> bool {
    let named =
        filter.any_of.is_empty() || fact.id.is_some_and(|id| filter.any_of.iter().any(|wanted| wanted == id));
    let level = filter.min_level.is_none_or(|min| fact.level.is_some_and(|level| level >= min));
    let kind = filter.kinds.is_empty() || fact.kind.is_some_and(|kind| filter.kinds.contains(&kind));
    let area = filter.areas.is_empty() || fact.areas.iter().any(|area| filter.areas.contains(area));
    let clinical = !filter.clinical || fact.clinical;
    let class = filter.min_class.is_none_or(|min| {
        fact.class.map_or_else(
            || fact.id.and_then(|id| catalogue.qualification(id)).is_some_and(|known| known.unclassified),
            |class| class >= min,
        )
    });
    let subject = fact.hypothetical
        || filter
            .subject_group
            .as_ref()
            .is_none_or(|group| catalogue.frameworks.subject_in_group(fact.subject, group));
    named && level && kind && area && clinical && class && subject
}

/// Judges a requirement's rule, adding the requirement's own ways and advice when missing.
#[must_use]
pub fn judge(catalogue: &Catalogue, facts: &ProfileFacts, requirement: &Requirement) -> Outcome {
    let mut outcome = evaluate(catalogue, facts, &requirement.rule);
    if !outcome.met {
        // The catalogue's own ways come first; the engine's suggestions are kept only for gaps
        // the catalogue names no qualification or route for (experience, a team, a budget...),
        // and for a qualification in progress, which is always the quickest way.
        let named = named_ways(catalogue, facts, requirement);
        if !named.is_empty() {
            outcome.ways.retain(|way| way.qualification.is_none() && way.route.is_none());
            let mut ways = named;
            for way in outcome.ways.drain(..) {
                if !ways.iter().any(|known| known.text == way.text) {
                    ways.insert(0, way);
                }
            }
            outcome.ways = ways;
        }
        outcome.ways.truncate(MAX_WAYS);
    }
    outcome
}

/// Judges a rule.
#[must_use]
pub fn evaluate(catalogue: &Catalogue, facts: &ProfileFacts, rule: &Rule) -> Outcome {
    match rule {
        Rule::Qualification(filter) => qualification(catalogue, facts, filter),
        Rule::List(id) => match catalogue.eligibility_list(id) {
            Some(list) => listed::listed(catalogue, facts, list),
            None => Outcome::missing(format!("The list \"{id}\" is not in the catalogue"), Vec::new()),
        },
        Rule::Experience(needed) => experience(catalogue, facts, needed),
        Rule::PeopleManaged(count) => people(catalogue, facts, *count),
        Rule::BudgetManaged(pounds) => budget(catalogue, facts, *pounds),
        Rule::Skill { skill, level } => self_assessed(catalogue, facts, &Assessed::Skill(skill), *level),
        Rule::Leadership { dimension, level } => {
            self_assessed(catalogue, facts, &Assessed::Leadership(dimension), *level)
        }
        Rule::NhsEmployee => situation::nhs_employee(catalogue, facts),
        Rule::MinimumBand(band) => situation::minimum_band(catalogue, facts, *band),
        Rule::FullTime => situation::full_time(facts),
        Rule::RightToWork => situation::right_to_work(facts),
        Rule::AnyOf(rules) => any_of(catalogue, facts, rules),
    }
}

fn experience(catalogue: &Catalogue, facts: &ProfileFacts, needed: &ExperienceRule) -> Outcome {
    let (months, entries) = facts.months_of(|job| {
        (needed.areas.is_empty() || needed.areas.contains(&job.area))
            && (needed.sectors.is_empty() || needed.sectors.contains(&job.sector))
            && (!needed.healthcare || job.healthcare)
            && job.meets(needed.responsibility)
    });
    let kind = experience_kind(needed);
    let have = if months == 0 {
        format!("You have no {kind} yet")
    } else if entries > 1 {
        format!(
            "You have {} of {kind} across {entries} entries (overlapping months counted once)",
            span(months)
        )
    } else {
        format!("You have {} of {kind}", span(months))
    };
    // A rule of one month stands for "some experience" where the source gives no length.
    let asked = if needed.months <= 1 {
        "some is asked for".to_owned()
    } else {
        format!("{} is asked for", span(needed.months))
    };
    let reason = format!("{have}; {asked}");
    if months >= needed.months {
        Outcome::met(reason)
    } else if needed.months <= 1 {
        let advice = &catalogue.gap_advice.gain_experience;
        Outcome::missing(reason, vec![Way::action(advice.filled(&[("kind", &kind)]), Some(advice.months))])
    } else {
        let short = needed.months - months;
        Outcome::missing(reason, vec![Way::action(format!("About {} more {kind}", span(short)), Some(short))])
    }
}

fn people(catalogue: &Catalogue, facts: &ProfileFacts, count: u32) -> Outcome {
    if facts.max_people >= count {
        return Outcome::met(format!(
            "You have supervised or managed {} people at once; {count} is asked for",
            facts.max_people
        ));
    }
    Outcome::missing(
        format!(
            "The most people you have supervised or managed at once is {}; {count} is asked for",
            facts.max_people
        ),
        vec![Way::action(
            catalogue.gap_advice.supervise_team.filled(&[("count", &count.to_string())]),
            Some(catalogue.gap_advice.supervise_team.months),
        )],
    )
}

fn budget(catalogue: &Catalogue, facts: &ProfileFacts, pounds: u64) -> Outcome {
    let (have, need) = (thousands(facts.max_budget), thousands(pounds));
    if facts.max_budget >= pounds {
        return Outcome::met(format!("You have managed a budget of £{have}; £{need} is asked for"));
    }
    Outcome::missing(
        format!("The largest budget you have managed is £{have}; £{need} is asked for"),
        vec![Way::action(
            catalogue.gap_advice.take_budget.filled(&[("budget", &need)]),
            Some(catalogue.gap_advice.take_budget.months),
        )],
    )
}

fn any_of(catalogue: &Catalogue, facts: &ProfileFacts, rules: &[Rule]) -> Outcome {
    let outcomes: Vec<Outcome> = rules.iter().map(|rule| evaluate(catalogue, facts, rule)).collect();
    if let Some(met) = outcomes.iter().find(|outcome| outcome.met) {
        return met.clone();
    }
    let met_from = outcomes.iter().filter_map(|outcome| outcome.met_from).min();
    let mut ways: Vec<Way> = Vec::new();
    for way in outcomes.iter().flat_map(|outcome| outcome.ways.iter()) {
        if !ways.iter().any(|known| known.text == way.text) {
            ways.push(way.clone());
        }
    }
    ways.sort_by_key(|way| way.months.unwrap_or(u32::MAX));
    let reasons: Vec<&str> = outcomes.iter().map(|outcome| outcome.reason.as_str()).collect();
    Outcome {
        met: false,
        reason: format!("None of the alternatives is met yet: {}", reasons.join("; ")),
        met_from,
        ways,
    }
}

fn qualification(catalogue: &Catalogue, facts: &ProfileFacts, filter: &QualificationRule) -> Outcome {
    let wanted = qualification_phrase(catalogue, filter);
    let matching: Vec<&HeldFact> =
        facts.held.iter().filter(|fact| held_matches(catalogue, filter, fact.view())).collect();
    let achieved: Vec<&&HeldFact> = matching.iter().filter(|fact| !fact.in_progress).collect();
    let above = achieved.iter().find(|fact| {
        filter.count > 1 && fact.level.zip(filter.min_level).is_some_and(|(have, min)| have > min)
    });
    let subjects: u32 = achieved.iter().map(|fact| u32::from(fact.count)).sum();
    // The most direct evidence first: enough subjects at the level asked for, then a higher
    // qualification.
    let at_level: u32 = achieved
        .iter()
        .filter(|fact| fact.level.zip(filter.min_level).is_none_or(|(have, min)| have <= min))
        .map(|fact| u32::from(fact.count))
        .sum();
    if let Some(fact) = above.filter(|_| at_level < u32::from(filter.count)) {
        return Outcome::met(format!(
            "Your {} (level {}) counts as meeting {wanted}",
            fact.description,
            fact.level.unwrap_or(0)
        ));
    }
    let at_level_first = achieved
        .iter()
        .find(|fact| fact.level.zip(filter.min_level).is_none_or(|(have, min)| have <= min))
        .or_else(|| achieved.first());
    if let Some(fact) = at_level_first
        && subjects >= u32::from(filter.count)
    {
        let reason = if filter.count > 1 {
            format!(
                "You have {subjects} subjects that count (including your {}); {wanted} is asked for",
                fact.description
            )
        } else {
            format!("You have a {}: {wanted} is accepted", fact.description)
        };
        return Outcome::met(reason);
    }
    let ways = qualifications_meeting(catalogue, facts, filter);
    if let Some(pending) = matching.iter().filter(|fact| fact.in_progress).min_by_key(|fact| fact.counts_from)
    {
        let months = u32::try_from(facts.as_of.months_until(pending.counts_from).max(0)).unwrap_or(0);
        let mut outcome = Outcome::missing(
            format!("Your {} will meet this when you complete it", pending.description),
            vec![Way::action(format!("Complete your {}", pending.description), Some(months))],
        );
        outcome.met_from = Some(pending.counts_from);
        outcome.ways.extend(ways);
        return outcome;
    }
    let near = facts.held.iter().filter(|fact| !fact.in_progress).find(|fact| {
        let without_class = QualificationRule { min_class: None, ..filter.clone() };
        filter.min_class.is_some() && held_matches(catalogue, &without_class, fact.view())
    });
    let reason = if let Some(fact) = near {
        if fact.class.is_none() {
            format!(
                "Your {} has no class recorded: add its class to your profile; {wanted} is needed",
                fact.description
            )
        } else {
            format!("Your {} does not reach the class asked for: {wanted} is needed", fact.description)
        }
    } else if filter.count > 1 && subjects > 0 {
        format!("You have {subjects} subjects that count; {wanted} is asked for")
    } else {
        let highest = facts.highest_level().map_or_else(String::new, |(level, fact)| {
            format!(" (your highest is level {level}: {})", fact.description)
        });
        format!("None of your qualifications is {wanted}{highest}")
    };
    Outcome::missing(reason, ways)
}

enum Assessed<'a> {
    Skill(&'a str),
    Leadership(&'a str),
}

fn self_assessed(catalogue: &Catalogue, facts: &ProfileFacts, what: &Assessed<'_>, level: u8) -> Outcome {
    let (name, have, scale, develop) = match *what {
        Assessed::Skill(id) => {
            let definition = catalogue.skill(id);
            (
                definition.map_or(id, |skill| skill.name.as_str()).to_owned(),
                facts.skills.manager_skills.get(id).copied(),
                &catalogue.frameworks.skill_scale,
                definition.map(|skill| skill.develop.clone()),
            )
        }
        Assessed::Leadership(id) => (
            catalogue.leadership_dimension(id).map_or(id, |dimension| dimension.name.as_str()).to_owned(),
            facts.skills.leadership.get(id).copied(),
            &catalogue.frameworks.leadership_scale,
            Some(catalogue.gap_advice.develop_leadership.text.clone()),
        ),
    };
    let label = |value: u8| scale.get(usize::from(value.saturating_sub(1))).cloned().unwrap_or_default();
    let asked = format!("{level} of {SELF_ASSESSMENT_MAX} (\"{}\") is asked for", label(level));
    match have {
        Some(value) if value >= level => Outcome::met(format!(
            "You rated {name} {value} of {SELF_ASSESSMENT_MAX} (\"{}\"); {asked}",
            label(value)
        )),
        Some(value) => Outcome::missing(
            format!("You rated {name} {value} of {SELF_ASSESSMENT_MAX} (\"{}\"); {asked}", label(value)),
            vec![Way::action(
                develop.unwrap_or_else(|| catalogue.gap_advice.build_skill.filled(&[("name", &name)])),
                Some(catalogue.gap_advice.build_skill.months),
            )],
        ),
        None => Outcome::missing(
            format!("You have not rated {name} yet; {asked}"),
            vec![Way::action(
                format!("Rate yourself on {name} in your profile; {}", develop.unwrap_or_default()),
                Some(catalogue.gap_advice.build_skill.months),
            )],
        ),
    }
}
