//! Fit, score and the reasons for a role's rank.

use serde::Serialize;

use super::super::model::band::Band;
use std::sync::Arc;

use super::super::model::catalogue::{Catalogue, Role, RolePay};
use super::super::model::profile::Profile;
use super::super::model::taxonomy::{Responsibility, Setting};
use super::facts::ProfileFacts;
use super::{CLOSE_MAX_MISSING, CLOSE_WITHIN_MONTHS, Judge, RequirementVerdict};

/// How well a person fits a role now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Every essential requirement met.
    Eligible,
    /// At most two essential requirements missing, each closable within two years.
    Close,
    /// Further away.
    NotYet,
}

impl Fit {
    /// `eligible`, `close`, `not_yet`: the JSON names.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Eligible => "eligible",
            Self::Close => "close",
            Self::NotYet => "not_yet",
        }
    }

    /// "Eligible now", "Close", "Not yet": the words shown to people.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Eligible => "Eligible now",
            Self::Close => "Close",
            Self::NotYet => "Not yet",
        }
    }
}

/// The band a person's level is compared with: their AfC band, or for someone not on AfC an
/// estimate from their experience and qualifications, with the reason.
#[must_use]
pub fn level_band(facts: &ProfileFacts) -> (Band, String) {
    if let Some(band) = facts.band {
        return (band, format!("your current {band}"));
    }
    let managing = facts.months_of(|job| job.meets(Responsibility::Managing)).0;
    let supervising = facts.months_of(|job| job.meets(Responsibility::Supervising)).0;
    let any = facts.months_of(|_| true).0;
    let degree = facts.highest_level().is_some_and(|(level, _)| level >= 6);
    let (band, why) = if managing >= 96 {
        (Band::Band8b, "eight or more years managing people")
    } else if managing >= 60 {
        (Band::Band8a, "five or more years managing people")
    } else if managing >= 36 {
        (Band::Band7, "three or more years managing people")
    } else if managing >= 12 || supervising >= 24 {
        (Band::Band6, "some experience of managing or supervising people")
    } else if degree || supervising > 0 {
        (Band::Band5, "a degree or some supervising experience")
    } else if any >= 12 {
        (Band::Band3, "work experience")
    } else {
        (Band::Band2, "a first job")
    };
    (band, format!("{band}, the level your experience suggests ({why})"))
}

/// A reason for a rank, as the small facts it is made of. The words are made once per
/// distinct key for a person and shared by every role with the same key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonKey<'c> {
    /// Every essential requirement met (how many).
    AllMet(usize),
    /// Some missing, each closable (how many, slowest months).
    Close(usize, u32),
    /// Some met of all.
    Partly(usize, usize),
    /// Desirable met of all.
    Desirable(usize, usize),
    /// Requirements most posts ask for (the source hedges) that are not met yet (how many).
    UsualMissing(usize),
    /// The role's specialism and where it is in the person's choices.
    Specialism(&'c str, Option<usize>),
    /// Settings the role is found in that the person likes.
    Settings(&'c [Setting]),
    /// The role's band range compared with the person's level.
    Level(Band, Band),
    /// A board-level post outside AfC.
    Board,
    /// A post usually employed outside the NHS pay system (such as by GP partners).
    OwnEmployer,
}

/// Fit, score (0 to 100) and reasons. The score adds: fit (up to 45), desirable requirements
/// met (up to 10), interests (up to 25) and how well the role's level suits the person's
/// (up to 20).
pub fn rank<'c>(
    judge: &mut Judge<'c>,
    profile: &Profile,
    role: &'c Role,
    verdicts: &[RequirementVerdict<'_>],
) -> (Fit, u8, Vec<Arc<str>>) {
    let deciding = |v: &&RequirementVerdict<'_>| v.essential && v.requirement.blocks_eligibility();
    let essentials = verdicts.iter().filter(deciding).count();
    let missing: Vec<&RequirementVerdict<'_>> =
        verdicts.iter().filter(deciding).filter(|v| !v.met()).collect();
    let usual_missing =
        verdicts.iter().filter(|v| v.essential && !v.requirement.blocks_eligibility() && !v.met()).count();
    let closable =
        missing.iter().all(|v| v.months_to_close().is_some_and(|months| months <= CLOSE_WITHIN_MONTHS));
    let fit = if missing.is_empty() {
        Fit::Eligible
    } else if missing.len() <= CLOSE_MAX_MISSING && closable {
        Fit::Close
    } else {
        Fit::NotYet
    };
    let mut keys = Vec::with_capacity(5);
    let fit_points = match fit {
        Fit::Eligible => {
            keys.push(ReasonKey::AllMet(essentials));
            45.0
        }
        Fit::Close => {
            let slowest = missing.iter().filter_map(|v| v.months_to_close()).max().unwrap_or(0);
            keys.push(ReasonKey::Close(missing.len(), slowest.max(1)));
            35.0 - 5.0 * f64::from(u8::try_from(missing.len()).unwrap_or(2))
        }
        Fit::NotYet => {
            keys.push(ReasonKey::Partly(essentials - missing.len(), essentials));
            15.0 * share(essentials - missing.len(), essentials)
        }
    };
    let desirables = verdicts.len() - essentials;
    let desirable_met = verdicts.iter().filter(|v| !v.essential && v.met()).count();
    let desirable_points = if desirables == 0 { 5.0 } else { 10.0 * share(desirable_met, desirables) };
    if desirables > 0 {
        keys.push(ReasonKey::Desirable(desirable_met, desirables));
    }
    if usual_missing > 0 {
        keys.push(ReasonKey::UsualMissing(usual_missing));
    }
    let usual_points = -5.0 * f64::from(u32::try_from(usual_missing.min(2)).unwrap_or(2));
    let interest_points = interest(profile, role, &mut keys);
    let level_points = level(judge.facts(), role, &mut keys);
    let total = fit_points + desirable_points + usual_points + interest_points + level_points;
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=100 first")]
    let score = total.round().clamp(0.0, 100.0) as u8;
    let reasons = keys.into_iter().filter_map(|key| judge.reason(key, profile)).collect();
    (fit, score, reasons)
}

/// The words of a reason, or none when it says nothing worth showing.
#[must_use]
pub fn reason_text(
    key: ReasonKey<'_>,
    catalogue: &Catalogue,
    profile: &Profile,
    facts: &ProfileFacts,
) -> Option<String> {
    let specialism_name = |id: &str| catalogue.specialism(id).map_or(id, |s| s.name.as_str()).to_owned();
    Some(match key {
        ReasonKey::AllMet(1) => "You meet the essential requirement".to_owned(),
        ReasonKey::AllMet(2) => "You meet both essential requirements".to_owned(),
        ReasonKey::AllMet(count) => format!("You meet all {count} essential requirements"),
        ReasonKey::Close(count, months) => format!(
            "{count} essential requirement{} missing, closable in about {}",
            if count == 1 { " is" } else { "s are" },
            super::span(months)
        ),
        ReasonKey::Partly(met, of) => {
            format!("You meet {met} of {of} essential requirement{}", plural(of))
        }
        ReasonKey::Desirable(met, of) => format!("{met} of {of} desirable requirement{} met", plural(of)),
        ReasonKey::UsualMissing(1) => {
            "1 thing most such posts also ask for is not met yet (it does not stop you applying)".to_owned()
        }
        ReasonKey::UsualMissing(count) => {
            format!(
                "{count} things most such posts also ask for are not met yet (they do not stop you applying)"
            )
        }
        ReasonKey::Specialism(_, _) if profile.interests.specialisms.is_empty() => return None,
        ReasonKey::Specialism(id, Some(0)) => {
            format!("{} is your first-choice specialism", specialism_name(id))
        }
        ReasonKey::Specialism(id, Some(1)) => {
            format!("{} is your second-choice specialism", specialism_name(id))
        }
        ReasonKey::Specialism(id, Some(2)) => {
            format!("{} is your third-choice specialism", specialism_name(id))
        }
        ReasonKey::Specialism(id, Some(_)) => {
            format!("{} is among the specialisms you chose", specialism_name(id))
        }
        ReasonKey::Specialism(id, None) => {
            format!("{} is not among the specialisms you chose", specialism_name(id))
        }
        ReasonKey::Settings(settings) => {
            let shared: Vec<&str> = settings
                .iter()
                .filter(|setting| profile.interests.settings.contains(setting))
                .map(|setting| setting.name())
                .collect();
            if shared.is_empty() {
                return None;
            }
            format!("Found in settings you like: {}", shared.join(", "))
        }
        ReasonKey::Level(min, max) => level_text(facts, min, max),
        ReasonKey::Board => {
            "A board-level post outside Agenda for Change: usually reached after many years in senior roles"
                .to_owned()
        }
        ReasonKey::OwnEmployer => {
            "Usually employed outside Agenda for Change (for example by the GP partners), so pay and terms vary by employer"
                .to_owned()
        }
    })
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        f64::from(u32::try_from(part).unwrap_or(0)) / f64::from(u32::try_from(whole).unwrap_or(1))
    }
}

fn interest<'c>(profile: &Profile, role: &'c Role, keys: &mut Vec<ReasonKey<'c>>) -> f64 {
    let preferences = &profile.interests.specialisms;
    let choice = preferences.iter().position(|id| *id == role.specialism);
    keys.push(ReasonKey::Specialism(&role.specialism, choice));
    let specialism_points = match choice {
        _ if preferences.is_empty() => 10.0,
        Some(0) => 20.0,
        Some(1) => 14.0,
        Some(2) => 9.0,
        Some(_) => 5.0,
        None => 0.0,
    };
    let likes = &profile.interests.settings;
    let setting_points = if likes.is_empty() {
        2.5
    } else if role.settings.iter().any(|setting| likes.contains(setting)) {
        keys.push(ReasonKey::Settings(&role.settings));
        5.0
    } else {
        0.0
    };
    specialism_points + setting_points
}

/// Where a role's band range sits against the person's level band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Next,
    Sideways,
    TwoAbove,
    Below,
    FarAbove,
}

fn step(person: Band, min: Band, max: Band) -> Step {
    let person_rank = person.rank();
    let (low, high) = (min.rank(), max.rank());
    if (low..=high).contains(&(person_rank + 1)) || low == person_rank + 1 {
        Step::Next
    } else if (low..=high).contains(&person_rank) {
        Step::Sideways
    } else if low == person_rank + 2 {
        Step::TwoAbove
    } else if high < person_rank {
        Step::Below
    } else {
        Step::FarAbove
    }
}

fn level<'c>(facts: &ProfileFacts, role: &'c Role, keys: &mut Vec<ReasonKey<'c>>) -> f64 {
    let person = facts.level.0;
    let Some((min, max)) = role.pay.band_range() else {
        if matches!(role.pay, RolePay::NotUsuallyAfc { .. }) {
            keys.push(ReasonKey::OwnEmployer);
            return 10.0;
        }
        keys.push(ReasonKey::Board);
        return if person >= Band::Band9 {
            20.0
        } else if person >= Band::Band8c {
            8.0
        } else {
            0.0
        };
    };
    keys.push(ReasonKey::Level(min, max));
    match step(person, min, max) {
        Step::Next => 20.0,
        Step::Sideways => 12.0,
        Step::TwoAbove => 8.0,
        Step::Below => 0.0,
        Step::FarAbove => 3.0,
    }
}

fn level_text(facts: &ProfileFacts, min: Band, max: Band) -> String {
    let why = facts.level.1.as_str();
    let range = band_range(min, max);
    match step(facts.level.0, min, max) {
        Step::Next => format!("{range} is a realistic next step from {why}"),
        Step::Sideways => format!("{range} includes {why}: a sideways move"),
        Step::TwoAbove => format!("{range} is two bands above {why}"),
        Step::Below => format!("{range} is below {why}"),
        Step::FarAbove => format!("{range} is several bands above {why}"),
    }
}

fn band_range(min: Band, max: Band) -> String {
    if min == max { min.to_string() } else { format!("Bands {} to {}", min.short_name(), max.short_name()) }
}
