//! Requirements of roles and entry routes, as rules the matcher can judge.

use serde::{Deserialize, Serialize};

use super::super::band::Band;
use super::super::taxonomy::{Area, DegreeClass, Responsibility, Sector};
use super::qualification::QualificationKind;
use super::source::Source;

/// One requirement of a role or an entry route.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    /// Stable id, unique within its role or route (used to link action-plan items to a gap).
    pub id: String,
    /// The requirement in plain words, as a person would read it in an advert.
    pub text: String,
    /// The rule the matcher applies.
    pub rule: Rule,
    /// Qualifications or entry routes (ids) that meet it, suggested when it is missing.
    #[serde(default)]
    pub ways_to_meet: Vec<String>,
    /// Extra plain advice on meeting it.
    #[serde(default)]
    pub advice: String,
    /// How firmly the source states it: a condition, a hedged expectation, or the planner's
    /// own estimate.
    pub strength: Strength,
    /// The words of the source that carry the condition, copied exactly (empty for an
    /// estimate).
    #[serde(default)]
    pub quote: String,
    /// Where it comes from.
    pub source: Source,
}

/// How firmly a requirement is stated, graded by its source's own words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Strength {
    /// The source states it as a condition ("must", "need", "minimum", an eligibility list).
    #[default]
    Required,
    /// The source hedges ("usually", "typically", "often", "may"): most posts ask for it, but
    /// it never stops a person being eligible.
    Usual,
    /// The planner's own figure (a duration, a number of years, a band) where no source gives
    /// one.
    Estimate,
}

impl Strength {
    /// `required`, `usual`, `estimate`: the JSON names.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::Usual => "usual",
            Self::Estimate => "estimate",
        }
    }

    /// The words shown beside a requirement of this strength, if any.
    #[must_use]
    pub fn label(self) -> Option<&'static str> {
        match self {
            Self::Required => None,
            Self::Usual => Some("most posts ask"),
            Self::Estimate => Some("the planner's estimate"),
        }
    }
}

impl Requirement {
    /// True when an essential requirement of this strength, unmet, stops a person being
    /// "eligible now". A hedged (`usual`) requirement never does; an unmet one lowers the
    /// score instead. The planner's estimates of experience for a level do, so that no one is
    /// told they can step into a director's post with no experience; they are labelled as the
    /// planner's estimate wherever shown.
    #[must_use]
    pub fn blocks_eligibility(&self) -> bool {
        !matches!(self.strength, Strength::Usual)
    }
}

/// A rule about a person's qualifications, experience, skills or situation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rule {
    /// Holding a qualification that matches a filter.
    Qualification(QualificationRule),
    /// Meeting an accepted / not-accepted list (by id), such as the graduate scheme's.
    List(String),
    /// Months of experience of a kind, overlapping months counted once.
    Experience(ExperienceRule),
    /// Having supervised or managed at least this many people at once.
    PeopleManaged(u32),
    /// Having managed a budget of at least this many pounds.
    BudgetManaged(u64),
    /// A self-assessed manager skill (seed list id) at this level (1 to 4) or above.
    Skill {
        /// The skill's id.
        skill: String,
        /// The minimum level, 1 to 4.
        level: u8,
    },
    /// A Healthcare Leadership Model dimension (id) at this level (1 to 4) or above.
    Leadership {
        /// The dimension's id.
        dimension: String,
        /// The minimum level, 1 (essential) to 4 (exemplary).
        level: u8,
    },
    /// Working in the NHS now.
    NhsEmployee,
    /// Paid on Agenda for Change at this band or above now.
    MinimumBand(Band),
    /// Able to work full time.
    FullTime,
    /// Has the right to work in the UK (for the whole of a scheme).
    RightToWork,
    /// Any one of several rules.
    AnyOf(Vec<Rule>),
}

/// A filter on the qualifications a person holds; every field that is set must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QualificationRule {
    /// One of these named qualifications (ids); empty for any.
    #[serde(default)]
    pub any_of: Vec<String>,
    /// At this RQF level or above.
    #[serde(default)]
    pub min_level: Option<u8>,
    /// Of one of these kinds; empty for any.
    #[serde(default)]
    pub kinds: Vec<QualificationKind>,
    /// In one of these areas (from the catalogue or the subject); empty for any.
    #[serde(default)]
    pub areas: Vec<Area>,
    /// Only clinical (professional health) qualifications.
    #[serde(default)]
    pub clinical: bool,
    /// A degree of at least this class.
    #[serde(default)]
    pub min_class: Option<DegreeClass>,
    /// A subject in this subject group (id), such as `numerate`.
    #[serde(default)]
    pub subject_group: Option<String>,
    /// How many subjects are needed, such as four GCSEs; a qualification above `min_level`
    /// counts as meeting the whole number.
    #[serde(default = "one")]
    pub count: u8,
}

fn one() -> u8 {
    1
}

/// Experience of a kind, measured in months.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExperienceRule {
    /// Months needed.
    pub months: u32,
    /// In one of these areas; empty for any.
    #[serde(default)]
    pub areas: Vec<Area>,
    /// The people responsibility the experience must carry.
    #[serde(default)]
    pub responsibility: Responsibility,
    /// Only experience in a health or care setting counts.
    #[serde(default)]
    pub healthcare: bool,
    /// Only experience in these sectors counts; empty for any.
    #[serde(default)]
    pub sectors: Vec<Sector>,
}

impl Rule {
    /// Every rule inside this one, itself included, depth first.
    #[must_use]
    pub fn flatten(&self) -> Vec<&Rule> {
        let mut out = vec![self];
        if let Self::AnyOf(rules) = self {
            for rule in rules {
                out.extend(rule.flatten());
            }
        }
        out
    }
}
