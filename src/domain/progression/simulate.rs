//! A person part-way along a path: their profile plus the jobs, qualifications and skills the
//! path adds; and the earliest month from which a set of requirements is met.

use serde::Serialize;

use super::super::matching::Judge;
use super::super::model::band::Band;
use super::super::model::catalogue::QualificationKind;
use super::super::model::catalogue::{Catalogue, Requirement, Rule};
use super::super::model::month::Month;
use super::super::model::profile::{
    ActionKind, CurrentPay, Experience, Grade, HeldQualification, People, Profile, QualificationChoice,
    QualificationStatus,
};
use super::super::model::taxonomy::{Area, DegreeClass, Sector};

/// The class a path assumes for a degree it plans: a 2:2, the minimum most posts and the
/// graduate scheme accept.
pub const PLANNED_DEGREE_CLASS: DegreeClass = DegreeClass::LowerSecond;

/// Months in a role after which its upper band's typical responsibility counts.
pub const MONTHS_TO_UPPER_RESPONSIBILITY: i32 = 24;

/// The longest a path waits in one place for requirements to be met, in months.
pub const MAX_WAIT_MONTHS: i32 = 120;

/// Something to do before a step: study, build a skill, or gain experience.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlannedAction {
    /// Skills, Work, Learning or Other.
    #[serde(serialize_with = "kind_name")]
    pub kind: ActionKind,
    /// What to do.
    pub title: String,
    /// When to start.
    pub start: Month,
    /// When it is done.
    pub due: Month,
    /// The qualification (id), for a course.
    pub qualification: Option<String>,
}

#[expect(clippy::trivially_copy_pass_by_ref, reason = "serde's serialize_with passes a reference")]
fn kind_name<S: serde::Serializer>(kind: &ActionKind, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(kind.name())
}

/// The people and budget a post at a band typically carries: the planner's assumption for the
/// experience a path builds (not a rule; real posts vary).
#[must_use]
pub fn typical_responsibility(band: Option<Band>) -> (People, Option<u64>) {
    match band {
        Some(Band::Band1 | Band::Band2 | Band::Band3) => (People::NoStaff, None),
        Some(Band::Band4) => (People::Supervised(4), None),
        Some(Band::Band5) => (People::Managed(5), Some(100_000)),
        Some(Band::Band6) => (People::Managed(8), Some(250_000)),
        Some(Band::Band7) => (People::Managed(12), Some(500_000)),
        Some(Band::Band8a) => (People::Managed(20), Some(1_000_000)),
        Some(Band::Band8b) => (People::Managed(30), Some(2_000_000)),
        Some(Band::Band8c) => (People::Managed(50), Some(5_000_000)),
        Some(Band::Band8d) => (People::Managed(80), Some(10_000_000)),
        Some(Band::Band9) => (People::Managed(100), Some(20_000_000)),
        None => (People::Managed(200), Some(50_000_000)),
    }
}

/// A person as they would be at some point along a path.
#[derive(Clone, Debug)]
pub struct SimState {
    /// Their profile with the path's jobs, qualifications and skills added.
    pub profile: Profile,
    /// Qualifications (ids) already planned, so none is planned twice.
    pub planned: Vec<String>,
}

/// What a job on the path is.
#[derive(Clone, Debug)]
pub struct SimJob {
    /// Its title.
    pub title: String,
    /// The area its experience counts as.
    pub area: Area,
    /// Its band (none for posts outside AfC).
    pub band: Option<Band>,
    /// People responsibility.
    pub people: People,
    /// Budget responsibility.
    pub budget_pounds: Option<u64>,
    /// The responsibility of the role's upper band, when it has a range of bands.
    pub upper: Option<(People, Option<u64>)>,
}

impl SimState {
    /// The person as they are now.
    #[must_use]
    pub fn new(profile: &Profile) -> Self {
        let planned = profile
            .qualifications
            .iter()
            .filter_map(|held| match &held.qualification {
                QualificationChoice::Catalogue(id) => Some(id.clone()),
                QualificationChoice::Other { .. } => None,
            })
            .collect();
        Self { profile: profile.clone(), planned }
    }

    /// Leaves every current job at the end of the month before `start` and starts `job` in the
    /// NHS (or an organisation providing NHS services). When the job's band range is wider than
    /// one band, the upper band's typical responsibility counts after
    /// `MONTHS_TO_UPPER_RESPONSIBILITY` (pay stays at the entry band).
    pub fn start_job(&mut self, job: &SimJob, start: Month) {
        let last = start.plus(-1);
        self.profile.experience.retain(|entry| entry.start < start);
        for entry in &mut self.profile.experience {
            if entry.end.is_none_or(|end| end >= start) {
                entry.end = Some(if last < entry.start { entry.start } else { last });
            }
        }
        let entry =
            |from: Month, end: Option<Month>, people: People, budget_pounds: Option<u64>| Experience {
                title: job.title.clone(),
                sector: Sector::Nhs,
                area: job.area,
                healthcare: true,
                start: from,
                end,
                people,
                budget_pounds,
            };
        match job.upper {
            Some((people, budget)) => {
                let later = start.plus(MONTHS_TO_UPPER_RESPONSIBILITY);
                self.profile.experience.push(entry(
                    start,
                    Some(later.plus(-1)),
                    job.people,
                    job.budget_pounds,
                ));
                self.profile.experience.push(entry(later, None, people, budget));
            }
            None => self.profile.experience.push(entry(start, None, job.people, job.budget_pounds)),
        }
        self.profile.position.in_nhs = true;
        self.profile.position.role_title.clone_from(&job.title);
        self.profile.position.pay = match job.band {
            Some(band) => CurrentPay::Afc {
                band,
                point: super::super::model::catalogue::PointName::Entry,
                point_started: start.first_day(),
            },
            None => CurrentPay::OutsideAfc,
        };
    }

    /// Adds a qualification that will be held from `done`. A planned degree is assumed to reach
    /// a 2:2, the usual minimum (`PLANNED_DEGREE_CLASS`).
    pub fn gain_qualification(&mut self, catalogue: &Catalogue, id: &str, done: Month) {
        if self.planned.iter().any(|known| known == id) {
            return;
        }
        self.planned.push(id.to_owned());
        let is_degree = catalogue.qualification(id).is_some_and(|q| q.kind == QualificationKind::Degree);
        self.profile.qualifications.push(HeldQualification {
            qualification: QualificationChoice::Catalogue(id.to_owned()),
            subject: String::new(),
            grade: if is_degree { Grade::Class(PLANNED_DEGREE_CLASS) } else { Grade::NotGiven },
            count: 1,
            status: QualificationStatus::InProgress { expected: done },
        });
    }
}

/// When a set of requirements is met, and what the person does before then.
#[derive(Clone, Debug)]
pub struct Wait {
    /// The first month every requirement is met.
    pub month: Month,
    /// What to do before then.
    pub actions: Vec<PlannedAction>,
}

/// The earliest month from `from` at which every requirement is met: planning the quickest
/// course for a missing qualification (studied from `study_from`), building a missing skill,
/// and waiting while the current job adds experience. None when the requirements cannot be met
/// within [`MAX_WAIT_MONTHS`] this way (a constraint, or a responsibility the current job lacks).
pub fn earliest_meeting(
    catalogue: &Catalogue,
    state: &mut SimState,
    requirements: &[Requirement],
    from: Month,
    study_from: Month,
) -> Option<Wait> {
    let mut month = from;
    let mut actions: Vec<PlannedAction> = Vec::new();
    for _ in 0..8 {
        let mut judge = Judge::new(catalogue, &state.profile, month);
        let mut next = month;
        let mut all_met = true;
        let mut changed = false;
        for requirement in requirements {
            let verdict = judge.verdict(requirement, true);
            if verdict.met() {
                continue;
            }
            all_met = false;
            if let Some(from_month) = verdict.met_from() {
                next = next.max(from_month);
                continue;
            }
            match first_timed_way(catalogue, &verdict) {
                Some(Closing::Study(id)) => {
                    changed |= !state.planned.contains(&id);
                    let done = plan_study(catalogue, state, &id, study_from, &mut actions).max(month);
                    next = next.max(done);
                }
                Some(Closing::Skill(id, level)) => {
                    let done = study_from
                        .plus(i32::try_from(super::super::matching::MONTHS_TO_BUILD_SKILL).unwrap_or(6))
                        .max(month);
                    let name = catalogue.skill(&id).map_or_else(
                        || catalogue.leadership_dimension(&id).map_or_else(|| id.clone(), |d| d.name.clone()),
                        |skill| skill.name.clone(),
                    );
                    changed = true;
                    if catalogue.skill(&id).is_some() {
                        state.profile.skills.manager_skills.insert(id.clone(), level);
                    } else {
                        state.profile.skills.leadership.insert(id.clone(), level);
                    }
                    actions.push(PlannedAction {
                        kind: ActionKind::Skills,
                        title: format!("Build your {} to level {level} of 4", name.to_lowercase()),
                        start: study_from.min(done),
                        due: done,
                        qualification: None,
                    });
                    next = next.max(done);
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
                        }),
                    }
                    next = next.max(due);
                }
                None => return None,
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
    actions.push(PlannedAction {
        kind: ActionKind::Learning,
        title: format!("Gain the {}{class}", qualification.title),
        start: begin,
        due: done,
        qualification: Some(id.to_owned()),
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
        None => plan_study(catalogue, state, "a-level", start, actions),
    }
}

/// Whether a path can plan a qualification as study. Work-assessed awards (NVQs and
/// apprenticeships, studied "while working") come with a job at their level, which the
/// apprenticeship routes model; they cannot be planned as a course on the side.
fn studyable(qualification: &super::super::model::catalogue::Qualification) -> bool {
    use super::super::model::catalogue::{QualificationKind, StudyMode};
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
    /// Wait while experience builds.
    Wait(u32),
}

fn first_timed_way(
    catalogue: &Catalogue,
    verdict: &super::super::matching::RequirementVerdict<'_>,
) -> Option<Closing> {
    if let Rule::Skill { skill: id, level } | Rule::Leadership { dimension: id, level } =
        &verdict.requirement.rule
    {
        return Some(Closing::Skill(id.clone(), *level));
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
    match &verdict.requirement.rule {
        Rule::Experience(_) | Rule::PeopleManaged(_) | Rule::BudgetManaged(_) | Rule::AnyOf(_) => {
            verdict.months_to_close().map(Closing::Wait)
        }
        _ => None,
    }
}
