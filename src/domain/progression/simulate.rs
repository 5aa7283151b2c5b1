//! A person part-way along a path: their profile plus the jobs, qualifications, skills and
//! responsibilities the path adds.

use serde::Serialize;

use super::super::model::band::Band;
use super::super::model::catalogue::{Catalogue, QualificationKind};
use super::super::model::month::Month;
use super::super::model::profile::{
    ActionKind, CurrentPay, Experience, Grade, HeldQualification, People, Profile, QualificationChoice,
    QualificationStatus,
};
use super::super::model::taxonomy::{Area, DegreeClass, Sector};

/// The class a path assumes for a degree it plans: a 2:2, the minimum most posts and the
/// graduate scheme accept.
pub const PLANNED_DEGREE_CLASS: DegreeClass = DegreeClass::LowerSecond;

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
    /// The responsibility taken on in the current post from `due`, for such an action.
    pub takes_on: Option<TakeOn>,
}

/// Responsibility taken on in the current post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TakeOn {
    /// At least this team.
    pub people: Option<People>,
    /// At least this budget, in pounds.
    pub budget_pounds: Option<u64>,
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
    /// The months in the job after which the upper band's responsibility counts.
    pub upper_after_months: i32,
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
    /// the job's `upper_after_months` (pay stays at the entry band).
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
                let later = start.plus(job.upper_after_months);
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

    /// The experience entry (index) of the paid job the person holds in `month`, the latest
    /// first, that passes `keep`: where more responsibility could be taken on.
    #[must_use]
    pub fn paid_job_in(&self, month: Month, keep: impl Fn(&Experience) -> bool) -> Option<usize> {
        self.profile.experience.iter().rposition(|entry| {
            entry.start <= month
                && entry.end.is_none_or(|end| end >= month)
                && entry.sector != Sector::Voluntary
                && keep(entry)
        })
    }

    /// Takes on more responsibility in the job of experience entry `at` from `from`: at least
    /// `people` (a team to supervise or manage) and a budget of at least `budget_pounds`. The
    /// entry is split at `from` so that earlier months keep their old responsibility; later
    /// entries of the same job (its upper band's) take it on too.
    pub fn take_on(&mut self, at: usize, from: Month, people: Option<People>, budget_pounds: Option<u64>) {
        let raise = |entry: &mut Experience| {
            if let Some(people) = people {
                entry.people = stronger(entry.people, people);
            }
            if let Some(pounds) = budget_pounds {
                entry.budget_pounds = Some(entry.budget_pounds.unwrap_or(0).max(pounds));
            }
        };
        let Some(entry) = self.profile.experience.get_mut(at) else { return };
        let title = entry.title.clone();
        if entry.start < from {
            let mut later = entry.clone();
            entry.end = Some(from.plus(-1));
            later.start = from;
            raise(&mut later);
            self.profile.experience.push(later);
        } else {
            raise(entry);
        }
        for entry in &mut self.profile.experience {
            if entry.title == title && entry.start > from {
                raise(entry);
            }
        }
    }
}

/// The larger of two responsibilities: managing beats supervising, then the larger team.
fn stronger(have: People, wanted: People) -> People {
    let count = have.count().max(wanted.count());
    match (have, wanted) {
        (People::Managed(_), _) | (_, People::Managed(_)) => People::Managed(count),
        (People::Supervised(_), _) | (_, People::Supervised(_)) => People::Supervised(count),
        (People::NoStaff, People::NoStaff) => People::NoStaff,
    }
}
