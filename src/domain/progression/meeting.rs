//! The earliest month from which a set of requirements is met, and what the person does before
//! then: study, build a skill, take on a team or a budget in their post, or gain experience.

use super::super::matching::{Judge, ProfileFacts, RequirementVerdict, evaluate};
use super::super::model::catalogue::named::LEVEL_3_QUALIFICATION;
use super::super::model::catalogue::{
    Catalogue, ExperienceRule, Qualification, QualificationKind, Requirement, Rule, StudyMode, months_phrase,
};
use super::super::model::month::Month;
use super::super::model::profile::{ActionKind, Experience, People, QualificationChoice};
use super::super::model::taxonomy::Responsibility;
use super::jobs::comparable_level;
use super::simulate::{PLANNED_DEGREE_CLASS, PlannedAction, SimState, TakeOn, typical_responsibility};

/// The longest a path waits in one place for requirements to be met, in months.
pub const MAX_WAIT_MONTHS: i32 = 120;

/// The smallest team a person is assumed to take on when a requirement asks for supervising
/// or managing without a number.
const SMALLEST_TEAM: u32 = 2;

/// Whether a requirement must be met before a step can be taken. Every requirement a path
/// checks is essential; this is the one place that decides which of them hold a step back.
#[must_use]
pub fn blocks(requirement: &Requirement) -> bool {
    // Essential requirements block, whether a source states them or the planner estimates them.
    let _ = requirement;
    true
}

/// When a set of requirements is met, and what the person does before then.
#[derive(Clone, Debug)]
pub struct Wait {
    /// The first month every requirement is met.
    pub month: Month,
    /// What to do before then.
    pub actions: Vec<PlannedAction>,
}

/// Whether a path may plan study to meet a set of requirements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Study {
    /// Courses may be planned, from this month.
    From(Month),
    /// The requirements must be met as the person is (qualifications in progress count).
    NotPlanned,
}

/// The earliest month from `from` at which every blocking requirement is met: planning the
/// quickest course for a missing qualification, building a missing skill, taking on a team or a
/// budget in the current post, and waiting while the current job adds experience. Experience a
/// requirement accepts instead of a qualification is used before a course is planned. None when
/// the requirements cannot be met within [`MAX_WAIT_MONTHS`] this way (a constraint, or a
/// responsibility no current job can take on).
pub fn earliest_meeting(
    catalogue: &Catalogue,
    state: &mut SimState,
    requirements: &[Requirement],
    from: Month,
    study: Study,
) -> Option<Wait> {
    let study_from = match study {
        Study::From(month) => month,
        Study::NotPlanned => from,
    };
    let mut month = from;
    let mut actions: Vec<PlannedAction> = Vec::new();
    for _ in 0..12 {
        let mut judge = Judge::new(catalogue, &state.profile, month);
        let mut next = month;
        let mut all_met = true;
        let mut changed = false;
        for requirement in requirements.iter().filter(|requirement| blocks(requirement)) {
            let verdict = judge.verdict(requirement, true);
            if verdict.met() {
                continue;
            }
            all_met = false;
            if let Some(from_month) = verdict.met_from() {
                next = next.max(from_month);
                continue;
            }
            match closing(catalogue, state, judge.facts(), &verdict, month) {
                Some(Closing::Study(id)) if study != Study::NotPlanned => {
                    changed |= !state.planned.contains(&id);
                    let done = plan_study(catalogue, state, &id, study_from, &mut actions).max(month);
                    next = next.max(done);
                }
                Some(Closing::Skill(id, level)) => {
                    let months = catalogue.gap_advice.build_skill.months;
                    let done = study_from.plus(i32::try_from(months).unwrap_or(6)).max(month);
                    changed = true;
                    actions.push(build_skill(catalogue, state, &id, level, study_from.min(done), done));
                    next = next.max(done);
                }
                Some(Closing::TakeOn { job, people, budget_pounds }) => {
                    let take_on = catalogue.path_rules.take_on_offset();
                    let start = study_from.max(month.plus(-take_on)).plus(take_on);
                    state.take_on(job, start, people, budget_pounds);
                    changed = true;
                    actions.push(PlannedAction {
                        kind: ActionKind::Work,
                        title: take_on_title(people, budget_pounds),
                        start: start.plus(-take_on).max(study_from.min(start)),
                        due: start,
                        qualification: None,
                        takes_on: Some(TakeOn { people, budget_pounds }),
                    });
                    next = next.max(start);
                }
                Some(Closing::Wait(months)) => {
                    let due = month.plus(i32::try_from(months).unwrap_or(0));
                    let title = format!("Build experience: {}", verdict.text());
                    match actions
                        .iter_mut()
                        .find(|action| action.kind == ActionKind::Work && action.title == title)
                    {
                        Some(action) => action.due = action.due.max(due),
                        None => actions.push(PlannedAction {
                            kind: ActionKind::Work,
                            title,
                            start: study_from.min(month),
                            due,
                            qualification: None,
                            takes_on: None,
                        }),
                    }
                    next = next.max(due);
                }
                Some(Closing::Study(_)) | None => return None,
            }
        }
        if all_met {
            for action in &mut actions {
                if action.kind == ActionKind::Work {
                    action.due = action.due.min(month);
                }
            }
            return Some(Wait { month, actions });
        }
        if (next <= month && !changed) || from.months_until(next) > MAX_WAIT_MONTHS {
            return None;
        }
        month = next;
    }
    None
}

/// Raises a self-assessed skill or leadership dimension, and the action that does it.
fn build_skill(
    catalogue: &Catalogue,
    state: &mut SimState,
    id: &str,
    level: u8,
    start: Month,
    due: Month,
) -> PlannedAction {
    let name = catalogue.skill(id).map_or_else(
        || catalogue.leadership_dimension(id).map_or_else(|| id.to_owned(), |d| d.name.clone()),
        |skill| skill.name.clone(),
    );
    if catalogue.skill(id).is_some() {
        state.profile.skills.manager_skills.insert(id.to_owned(), level);
    } else {
        state.profile.skills.leadership.insert(id.to_owned(), level);
    }
    PlannedAction {
        kind: ActionKind::Skills,
        title: format!("Build your {} to level {level} of 4", name.to_lowercase()),
        start,
        due,
        qualification: None,
        takes_on: None,
    }
}

/// What to ask for in the current post.
fn take_on_title(people: Option<People>, budget_pounds: Option<u64>) -> String {
    let team = match people {
        Some(People::Managed(count)) => Some(format!("line-managing a team of {count}")),
        Some(People::Supervised(count)) => Some(format!("supervising a team of {count}")),
        Some(People::NoStaff) | None => None,
    };
    let budget = budget_pounds
        .map(|pounds| format!("a budget of at least £{}", super::super::format::thousands(pounds)));
    let what = match (team, budget) {
        (Some(team), Some(budget)) => format!("{team} and {budget}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => "more responsibility".to_owned(),
    };
    format!("Take on {what} in your current post (agree it with your manager)")
}

/// Plans a qualification, after any it requires that the person does not hold, one after the
/// other from `start`. Returns when the last is done.
fn plan_study(
    catalogue: &Catalogue,
    state: &mut SimState,
    id: &str,
    start: Month,
    actions: &mut Vec<PlannedAction>,
) -> Month {
    let Some(qualification) = catalogue.qualification(id) else { return start };
    if state.planned.iter().any(|known| known == id) {
        return actions
            .iter()
            .find(|action| action.qualification.as_deref() == Some(id))
            .map_or(start, |action| action.due);
    }
    let mut begin = start;
    for required in &qualification.requires {
        begin = begin.max(plan_study(catalogue, state, required, start, actions));
    }
    if matches!(qualification.kind, QualificationKind::HigherEducation | QualificationKind::Degree) {
        // Higher education starts once the person has a level 3 qualification (such as A-levels).
        begin = begin.max(level_3_from(catalogue, state, start, actions));
    }
    let months = qualification.duration.map_or(0, |duration| duration.max_months);
    let done = begin.plus(i32::try_from(months).unwrap_or(0));
    state.gain_qualification(catalogue, id, done);
    let class = if qualification.kind == QualificationKind::Degree {
        format!(" at {} or above", PLANNED_DEGREE_CLASS.name())
    } else {
        String::new()
    };
    let length = qualification.duration.map_or_else(String::new, |duration| {
        if duration.min_months == duration.max_months {
            format!(" (typically {})", months_phrase(duration.max_months))
        } else {
            format!(
                " (typically {} to {})",
                months_phrase(duration.min_months),
                months_phrase(duration.max_months)
            )
        }
    });
    actions.push(PlannedAction {
        kind: ActionKind::Learning,
        title: format!("Gain the {}{class}{length}", qualification.title),
        start: begin,
        due: done,
        qualification: Some(id.to_owned()),
        takes_on: None,
    });
    done
}

/// When the person holds a qualification at level 3 or above, planning A-levels if they have
/// none and are not studying one.
fn level_3_from(
    catalogue: &Catalogue,
    state: &mut SimState,
    start: Month,
    actions: &mut Vec<PlannedAction>,
) -> Month {
    let held = state
        .profile
        .qualifications
        .iter()
        .filter(|held| match &held.qualification {
            QualificationChoice::Catalogue(id) => {
                catalogue.qualification(id).and_then(|q| q.level).is_some_and(|level| level >= 3)
            }
            QualificationChoice::Other { level, .. } => level.is_some_and(|level| level >= 3),
        })
        .map(|held| held.status.counts_from())
        .min();
    match held {
        Some(month) => month.max(start),
        None => plan_study(catalogue, state, LEVEL_3_QUALIFICATION, start, actions),
    }
}

/// Whether a path can plan a qualification as study. Work-assessed awards (NVQs and
/// apprenticeships, studied "while working") come with a job at their level, which the
/// apprenticeship routes model; they cannot be planned as a course on the side.
fn studyable(qualification: &Qualification) -> bool {
    let work_assessed =
        matches!(qualification.kind, QualificationKind::Vocational | QualificationKind::Apprenticeship)
            && qualification.duration.is_some_and(|duration| duration.mode == StudyMode::AtWork);
    !work_assessed
}

/// How a missing requirement can be closed on a path.
enum Closing {
    /// Study a qualification for some months.
    Study(String),
    /// Raise a self-assessed skill or leadership dimension to a level.
    Skill(String, u8),
    /// Take on a team or a budget in the current job (experience entry `job`).
    TakeOn { job: usize, people: Option<People>, budget_pounds: Option<u64> },
    /// Wait while experience builds.
    Wait(u32),
}

/// The way a path closes a missing requirement: a skill is built; experience accepted in place
/// of a qualification comes first, then the quickest course, then experience, a team or a
/// budget gained in the current post.
fn closing(
    catalogue: &Catalogue,
    state: &SimState,
    facts: &ProfileFacts,
    verdict: &RequirementVerdict<'_>,
    month: Month,
) -> Option<Closing> {
    let rule = &verdict.requirement.rule;
    if let Rule::Skill { skill: id, level } | Rule::Leadership { dimension: id, level } = rule {
        return Some(Closing::Skill(id.clone(), *level));
    }
    if let Rule::AnyOf(rules) = rule
        && let Some(way) = rules.iter().find_map(|rule| in_post(catalogue, state, facts, rule, month))
    {
        return Some(way);
    }
    let study = verdict
        .ways()
        .iter()
        .filter_map(|way| Some((way.qualification.clone()?, way.months?)))
        .filter(|(id, _)| catalogue.qualification(id).is_some_and(studyable))
        .min_by_key(|(_, months)| *months);
    if let Some((id, _)) = study {
        return Some(Closing::Study(id));
    }
    match rule {
        Rule::AnyOf(_) => verdict.months_to_close().map(Closing::Wait),
        _ => in_post(catalogue, state, facts, rule, month),
    }
}

/// How a rule about experience or responsibility closes in the person's current post: by
/// waiting while the post adds the experience, or by taking on a team or a budget there (no
/// more than a post one band up typically carries, and only for someone with a level to build
/// on). None when no current post can give it.
fn in_post(
    catalogue: &Catalogue,
    state: &SimState,
    facts: &ProfileFacts,
    rule: &Rule,
    month: Month,
) -> Option<Closing> {
    let has_job = state.paid_job_in(month, |_| true).is_some();
    // No more than a post one band up typically carries; nothing without a level to build on.
    let reach = comparable_level(state.profile.position.pay, facts.level.0, has_job)
        .map_or((People::NoStaff, None), |level| typical_responsibility(level.next().or(Some(level))));
    match rule {
        Rule::Experience(needed) => {
            let wait = || evaluate(catalogue, facts, rule).months_to_close().map(Closing::Wait);
            if state.paid_job_in(month, |entry| counts_for(needed, entry, true)).is_some() {
                return wait();
            }
            let job = state.paid_job_in(month, |entry| counts_for(needed, entry, false))?;
            let people = match (needed.responsibility, reach.0) {
                (Responsibility::Supervising, People::Supervised(_) | People::Managed(_)) => {
                    People::Supervised(SMALLEST_TEAM)
                }
                (Responsibility::Managing, People::Managed(_)) => People::Managed(SMALLEST_TEAM),
                _ => return None,
            };
            Some(Closing::TakeOn { job, people: Some(people), budget_pounds: None })
        }
        Rule::PeopleManaged(count) if *count <= reach.0.count() => {
            let job = state.paid_job_in(month, |_| true)?;
            Some(Closing::TakeOn { job, people: Some(People::Supervised(*count)), budget_pounds: None })
        }
        Rule::BudgetManaged(pounds) if reach.1.is_some_and(|most| *pounds <= most) => {
            let job = state.paid_job_in(month, |_| true)?;
            Some(Closing::TakeOn { job, people: None, budget_pounds: Some(*pounds) })
        }
        _ => None,
    }
}

/// Whether time in a job counts for an experience rule, with or without its responsibility.
fn counts_for(needed: &ExperienceRule, entry: &Experience, with_responsibility: bool) -> bool {
    (needed.areas.is_empty() || needed.areas.contains(&entry.area))
        && (needed.sectors.is_empty() || needed.sectors.contains(&entry.sector))
        && (!needed.healthcare || entry.in_healthcare())
        && (!with_responsibility || entry.people.meets(needed.responsibility))
}
