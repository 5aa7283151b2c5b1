//! What a profile amounts to at a given month: qualifications resolved against the catalogue,
//! experience as month intervals. Computed once, then used for every requirement.

use super::super::model::band::Band;
use super::super::model::catalogue::{Catalogue, QualificationKind};
use super::super::model::month::Month;
use super::super::model::profile::{
    Experience, HeldQualification, People, Profile, QualificationChoice, SelfAssessment,
};
use super::super::model::taxonomy::{Area, DegreeClass, Responsibility, Sector};

/// A qualification a person holds or is studying, resolved against the catalogue.
#[derive(Clone, Debug)]
pub struct HeldFact {
    /// The catalogue id, if it is a catalogue qualification.
    pub id: Option<String>,
    /// How to name it in a sentence: "BSc in History (bachelor's degree, 2:2)".
    pub description: String,
    /// RQF level, if known.
    pub level: Option<u8>,
    /// Its kind, if known.
    pub kind: Option<QualificationKind>,
    /// Areas from the catalogue and from the subject's words.
    pub areas: Vec<Area>,
    /// A professional health qualification.
    pub clinical: bool,
    /// The degree class (predicted for a degree in progress).
    pub class: Option<DegreeClass>,
    /// The subject as written.
    pub subject: String,
    /// Number of subjects.
    pub count: u8,
    /// When it counts from (its expected month if in progress).
    pub counts_from: Month,
    /// True when it is still being studied at the month the facts are for.
    pub in_progress: bool,
}

/// An experience entry as an interval of months.
#[derive(Clone, Debug)]
pub struct JobFact {
    /// First month index.
    pub start: i32,
    /// Last month index, inclusive (never after the facts' month).
    pub end: i32,
    /// The area.
    pub area: Area,
    /// The sector.
    pub sector: Sector,
    /// In a health or care setting.
    pub healthcare: bool,
    /// People responsibility.
    pub people: People,
}

/// Everything matching needs to know about a person at a month.
#[derive(Clone, Debug)]
pub struct ProfileFacts {
    /// The month the facts describe.
    pub as_of: Month,
    /// Qualifications held or in progress.
    pub held: Vec<HeldFact>,
    /// Experience up to `as_of`.
    pub jobs: Vec<JobFact>,
    /// Most people supervised or managed at once.
    pub max_people: u32,
    /// Largest budget managed.
    pub max_budget: u64,
    /// Works in the NHS now.
    pub in_nhs: bool,
    /// Current AfC band.
    pub band: Option<Band>,
    /// Can work full time.
    pub full_time: bool,
    /// Has the right to work in the UK.
    pub right_to_work: bool,
    /// Self-assessed skills and leadership dimensions.
    pub skills: SelfAssessment,
    /// The band the person's level is compared with, and why (see [`super::level_band`]).
    pub level: (Band, String),
}

/// A month as a single integer, for interval arithmetic.
#[must_use]
pub fn month_index(month: Month) -> i32 {
    month.year() * 12 + month.number().cast_signed() - 1
}

impl ProfileFacts {
    /// The facts of `profile` as at `as_of`.
    #[must_use]
    pub fn new(catalogue: &Catalogue, profile: &Profile, as_of: Month) -> Self {
        let held = profile.qualifications.iter().map(|entry| held_fact(catalogue, entry, as_of)).collect();
        let jobs: Vec<JobFact> = profile.experience.iter().filter_map(|job| job_fact(job, as_of)).collect();
        let max_people = profile
            .experience
            .iter()
            .filter(|job| job.start <= as_of)
            .map(|job| job.people.count())
            .max()
            .unwrap_or(0);
        let max_budget = profile
            .experience
            .iter()
            .filter(|job| job.start <= as_of)
            .filter_map(|job| job.budget_pounds)
            .max()
            .unwrap_or(0);
        let mut facts = Self {
            as_of,
            held,
            jobs,
            max_people,
            max_budget,
            in_nhs: profile.position.in_nhs,
            band: profile.position.pay.band(),
            full_time: profile.can_work_full_time(),
            right_to_work: profile.constraints.right_to_work_uk,
            skills: profile.skills.clone(),
            level: (Band::Band2, String::new()),
        };
        facts.level = super::score::level_band(&facts);
        facts
    }

    /// Months of experience passing a test, overlapping months counted once, and how many
    /// entries contributed.
    #[must_use]
    pub fn months_of(&self, keep: impl Fn(&JobFact) -> bool) -> (u32, usize) {
        let mut intervals: Vec<(i32, i32)> =
            self.jobs.iter().filter(|job| keep(job)).map(|job| (job.start, job.end)).collect();
        let entries = intervals.len();
        intervals.sort_unstable();
        let mut total = 0;
        let mut current: Option<(i32, i32)> = None;
        for (start, end) in intervals {
            current = match current {
                Some((open, close)) if start <= close + 1 => Some((open, close.max(end))),
                Some((open, close)) => {
                    total += close - open + 1;
                    Some((start, end))
                }
                None => Some((start, end)),
            };
        }
        if let Some((open, close)) = current {
            total += close - open + 1;
        }
        (u32::try_from(total).unwrap_or(0), entries)
    }

    /// The highest RQF level achieved by `as_of`, with the qualification.
    #[must_use]
    pub fn highest_level(&self) -> Option<(u8, &HeldFact)> {
        self.held
            .iter()
            .filter(|fact| !fact.in_progress)
            .filter_map(|fact| fact.level.map(|level| (level, fact)))
            .max_by_key(|(level, _)| *level)
    }
}

fn held_fact(catalogue: &Catalogue, entry: &HeldQualification, as_of: Month) -> HeldFact {
    let subject_areas = catalogue.frameworks.areas_of_subject(&entry.subject);
    let (id, title, level, kind, mut areas, clinical) = match &entry.qualification {
        QualificationChoice::Catalogue(id) => match catalogue.qualification(id) {
            Some(known) => (
                Some(id.clone()),
                known.title.clone(),
                known.level,
                Some(known.kind),
                known.areas.clone(),
                known.clinical,
            ),
            None => (None, format!("{id} (not in the catalogue)"), None, None, Vec::new(), false),
        },
        QualificationChoice::Other { title, level } => (None, title.clone(), *level, None, Vec::new(), false),
    };
    areas.extend(subject_areas);
    areas.sort_unstable();
    areas.dedup();
    let class = entry.class();
    let mut description = title;
    if !entry.subject.trim().is_empty() {
        description = format!("{description} in {}", entry.subject.trim());
    }
    if let Some(class) = class {
        description = format!("{description} ({})", class.name());
    }
    let in_progress = !entry.held_by(as_of);
    if in_progress {
        description = format!("{description}, in progress, expected {}", entry.status.counts_from().label());
    }
    HeldFact {
        id,
        description,
        level,
        kind,
        areas,
        clinical,
        class,
        subject: entry.subject.clone(),
        count: entry.count.max(1),
        counts_from: entry.status.counts_from(),
        in_progress,
    }
}

fn job_fact(job: &Experience, as_of: Month) -> Option<JobFact> {
    if job.start > as_of {
        return None;
    }
    let end = job.last_month(as_of).min(as_of);
    Some(JobFact {
        start: month_index(job.start),
        end: month_index(end),
        area: job.area,
        sector: job.sector,
        healthcare: job.in_healthcare(),
        people: job.people,
    })
}

impl JobFact {
    /// True when the job carried the responsibility.
    #[must_use]
    pub fn meets(&self, responsibility: Responsibility) -> bool {
        self.people.meets(responsibility)
    }
}

/// The parts of a qualification a rule looks at, borrowed (no copies while matching).
#[derive(Clone, Copy, Debug)]
pub struct QualificationView<'a> {
    /// The catalogue id, if any.
    pub id: Option<&'a str>,
    /// RQF level, if known.
    pub level: Option<u8>,
    /// Kind, if known.
    pub kind: Option<QualificationKind>,
    /// Areas.
    pub areas: &'a [Area],
    /// A professional health qualification.
    pub clinical: bool,
    /// Degree class.
    pub class: Option<DegreeClass>,
    /// Subject as written.
    pub subject: &'a str,
    /// A qualification one could gain, not one held: its subject and class are the person's
    /// choice, so a rule's subject group and class are taken as met.
    pub hypothetical: bool,
}

impl HeldFact {
    /// This fact as a view for rules.
    #[must_use]
    pub fn view(&self) -> QualificationView<'_> {
        QualificationView {
            id: self.id.as_deref(),
            level: self.level,
            kind: self.kind,
            areas: &self.areas,
            clinical: self.clinical,
            class: self.class,
            subject: &self.subject,
            hypothetical: false,
        }
    }
}

impl<'a> QualificationView<'a> {
    /// What a person would hold on gaining a catalogue qualification.
    #[must_use]
    pub fn gained(qualification: &'a super::super::model::catalogue::Qualification) -> Self {
        Self {
            id: Some(&qualification.id),
            level: qualification.level,
            kind: Some(qualification.kind),
            areas: &qualification.areas,
            clinical: qualification.clinical,
            class: Some(DegreeClass::First),
            subject: "",
            hypothetical: true,
        }
    }
}
