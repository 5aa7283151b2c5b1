//! Checks of a profile after it has been read: numbers, sizes, dates and catalogue references.

use std::fmt;

use chrono::Datelike as _;

use super::super::catalogue::Catalogue;
use super::super::month::{MAX_YEAR, MIN_YEAR};
use super::{CurrentPay, Profile, QualificationChoice, QualificationStatus};

/// Bounds on what a profile may hold, so that a hostile file cannot exhaust memory or time.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Longest text field, in characters.
    pub max_text_chars: usize,
    /// Most items in any list.
    pub max_list_items: usize,
    /// Longest one-line text (a name, title or place), in characters.
    pub longest_line_chars: usize,
    /// Longest catalogue id, in characters.
    pub longest_id_chars: usize,
}

impl Limits {
    /// The limits used for every profile.
    pub const STANDARD: Self = Self {
        max_text_chars: 20_000,
        max_list_items: 1_000,
        longest_line_chars: 200,
        longest_id_chars: 100,
    };
}

/// A problem with one field of a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileIssue {
    /// Which field, such as `experience 2, end`.
    pub field: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ProfileIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

struct Issues(Vec<ProfileIssue>);

impl Issues {
    fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(ProfileIssue { field: field.into(), message: message.into() });
    }

    /// Text of several lines: at most [`Limits::max_text_chars`], no control characters other
    /// than line breaks and tabs.
    fn text(&mut self, field: impl Into<String>, text: &str) {
        let refused = |c: char| c.is_control() && c != '\n' && c != '\t' && c != '\r';
        self.bounded(
            field.into(),
            text,
            Limits::STANDARD.max_text_chars,
            refused,
            "a control character other than a line break or tab",
        );
    }

    /// One line of text: at most [`Limits::longest_line_chars`], no control characters (a line
    /// break or escape sequence in a name could forge or hide terminal output).
    fn line(&mut self, field: impl Into<String>, text: &str) {
        self.bounded(
            field.into(),
            text,
            Limits::STANDARD.longest_line_chars,
            char::is_control,
            "a line break, tab or other control character; names and titles are one line",
        );
    }

    /// A catalogue id: at most [`Limits::longest_id_chars`], no control characters.
    fn id(&mut self, field: impl Into<String>, id: &str) {
        self.bounded(
            field.into(),
            id,
            Limits::STANDARD.longest_id_chars,
            char::is_control,
            "a control character; ids are plain text",
        );
    }

    fn bounded(
        &mut self,
        field: String,
        text: &str,
        limit: usize,
        refused: impl Fn(char) -> bool,
        what: &str,
    ) {
        let chars = text.chars().count();
        if chars > limit {
            self.push(field, format!("is {chars} characters long; the most allowed is {limit}"));
        } else if text.chars().any(refused) {
            self.push(field, format!("contains {what}"));
        }
    }

    fn list(&mut self, field: &str, len: usize) {
        if len > Limits::STANDARD.max_list_items {
            self.push(
                field,
                format!("has {len} items; the most allowed is {}", Limits::STANDARD.max_list_items),
            );
        }
    }

    fn year(&mut self, field: impl Into<String>, year: i32) {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            self.push(field, format!("year {year} is outside {MIN_YEAR} to {MAX_YEAR}"));
        }
    }
}

impl Profile {
    /// Structural problems: numbers that are not finite or out of range, text or lists that
    /// are too long, dates out of range or in the wrong order. Empty when the profile is sound.
    #[must_use]
    pub fn structural_issues(&self) -> Vec<ProfileIssue> {
        let mut issues = Issues(Vec::new());
        issues.line("display name", &self.display_name);
        issues.line("work location", &self.work_location);
        issues.line("position, role title", &self.position.role_title);
        if let Some(id) = &self.position.catalogue_role {
            issues.id("position, catalogue role", id);
        }
        if let Some(id) = &self.goal.target_role {
            issues.id("goal, target role", id);
        }
        for id in &self.interests.specialisms {
            issues.id("interests, specialisms", id);
        }
        issues.text("notes", &self.notes);
        if !self.hours_per_week.is_finite() || !(1.0..=80.0).contains(&self.hours_per_week) {
            issues.push(
                "hours per week",
                format!("{} is not a number of hours between 1 and 80", self.hours_per_week),
            );
        }
        if let CurrentPay::Afc { point_started, .. } = self.position.pay {
            issues.year("position, date the pay point started", point_started.year());
        }
        issues.list("qualifications", self.qualifications.len());
        for (number, held) in (1..).zip(&self.qualifications) {
            let field = format!("qualification {number}");
            issues.line(format!("{field}, subject"), &held.subject);
            if let QualificationChoice::Catalogue(id) = &held.qualification {
                issues.id(format!("{field}, id"), id);
            }
            if let QualificationChoice::Other { title, level } = &held.qualification {
                issues.line(format!("{field}, title"), title);
                if level.is_some_and(|level| !(1..=8).contains(&level)) {
                    issues.push(format!("{field}, level"), "RQF levels run from 1 to 8");
                }
            }
            if let super::Grade::Text(grade) = &held.grade {
                issues.line(format!("{field}, grade"), grade);
            }
            if !(1..=50).contains(&held.count) {
                issues.push(format!("{field}, count"), "the number of subjects must be 1 to 50");
            }
            if let QualificationStatus::Achieved { year } = held.status {
                issues.year(format!("{field}, year"), year);
            }
        }
        issues.list("experience", self.experience.len());
        for (number, job) in (1..).zip(&self.experience) {
            let field = format!("experience {number}");
            issues.line(format!("{field}, title"), &job.title);
            if job.end.is_some_and(|end| end < job.start) {
                issues.push(format!("{field}, end"), "ends before it starts");
            }
            if job.people.count() > 1_000_000 {
                issues.push(format!("{field}, people"), "more than a million people is not plausible");
            }
        }
        for (field, map) in
            [("manager skills", &self.skills.manager_skills), ("leadership", &self.skills.leadership)]
        {
            issues.list(field, map.len());
            for ((number, id), level) in (1..).zip(map.keys()).zip(map.values()) {
                issues.id(format!("{field}, entry {number}"), id);
                if !(1..=4).contains(level) {
                    let shown = if id.chars().count() <= Limits::STANDARD.longest_id_chars
                        && !id.chars().any(char::is_control)
                    {
                        id.clone()
                    } else {
                        format!("entry {number}")
                    };
                    issues.push(format!("{field}, {shown}"), "self-assessment levels run from 1 to 4");
                }
            }
        }
        issues.list("interests, specialisms", self.interests.specialisms.len());
        if let Some(year) = self.goal.target_year {
            issues.year("goal, target year", year);
        }
        issues.list("action plan", self.actions.len());
        for (number, action) in (1..).zip(&self.actions) {
            issues.line(format!("action {number}, title"), &action.title);
            if let Some(link) = &action.serves {
                issues.id(format!("action {number}, serves"), &link.target);
            }
            issues.text(format!("action {number}, note"), &action.note);
        }
        issues.0
    }

    /// A current pay point that the band does not have in the person's nation's latest pay table
    /// (England's when the nation has none), such as an intermediate point in band 4.
    #[must_use]
    pub fn pay_point_issue(&self, catalogue: &Catalogue) -> Option<ProfileIssue> {
        let CurrentPay::Afc { band, point, .. } = self.position.pay else { return None };
        let table = catalogue
            .latest_pay_table(self.nation)
            .or_else(|| catalogue.latest_pay_table(super::super::taxonomy::Nation::England))?;
        let scale = table.band(band)?;
        if scale.points.iter().any(|candidate| candidate.name == point) {
            return None;
        }
        let points: Vec<&str> = scale.points.iter().map(|candidate| candidate.name.name()).collect();
        Some(ProfileIssue {
            field: "position, pay, point".to_owned(),
            message: format!(
                "{band} has no {} point in {}'s {} pay table; choose one of: {}",
                point.name(),
                table.nation.name(),
                table.year,
                points.join(", ")
            ),
        })
    }

    /// References to the catalogue that do not resolve (a qualification, role, specialism,
    /// skill or dimension it does not know). Such entries are shown but ignored by matching.
    #[must_use]
    pub fn unknown_references(&self, catalogue: &Catalogue) -> Vec<ProfileIssue> {
        let mut issues = Issues(Vec::new());
        for (number, held) in (1..).zip(&self.qualifications) {
            if let QualificationChoice::Catalogue(id) = &held.qualification
                && catalogue.qualification(id).is_none()
            {
                issues.push(format!("qualification {number}"), format!("\"{id}\" is not in the catalogue"));
            }
        }
        let role_known = |id: &str| catalogue.role(id).is_some();
        if let Some(id) = &self.position.catalogue_role
            && !role_known(id)
        {
            issues.push("position, catalogue role", format!("\"{id}\" is not a role in the catalogue"));
        }
        if let Some(id) = &self.goal.target_role
            && !role_known(id)
        {
            issues.push("goal, target role", format!("\"{id}\" is not a role in the catalogue"));
        }
        for id in &self.interests.specialisms {
            if catalogue.specialism(id).is_none() {
                issues
                    .push("interests, specialisms", format!("\"{id}\" is not a specialism in the catalogue"));
            }
        }
        for id in self.skills.manager_skills.keys() {
            if catalogue.skill(id).is_none() {
                issues.push("manager skills", format!("\"{id}\" is not a skill in the catalogue"));
            }
        }
        for id in self.skills.leadership.keys() {
            if catalogue.leadership_dimension(id).is_none() {
                issues.push("leadership", format!("\"{id}\" is not a leadership dimension"));
            }
        }
        for (number, action) in (1..).zip(&self.actions) {
            if let Some(link) = &action.serves
                && !role_known(&link.target)
                && catalogue.route(&link.target).is_none()
            {
                issues
                    .push(format!("action {number}"), format!("\"{}\" is not a role or route", link.target));
            }
        }
        issues.0
    }
}
