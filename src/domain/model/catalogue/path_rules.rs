//! Which entry routes a progression path offers to whom (`progression.ron`).

use serde::{Deserialize, Serialize};

use super::route::RouteKind;

/// The rules a path follows when it considers an entry route.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathRules {
    /// Route kinds that are first steps into work (volunteering, first jobs, apprenticeships):
    /// not offered to someone already employed at or above the band the route leads into.
    #[serde(default)]
    pub first_step_kinds: Vec<RouteKind>,
    /// Route kinds taken only as the person is: a path never plans study just to qualify for
    /// them (someone without A-levels is not sent to study them to join as an administrator).
    #[serde(default)]
    pub as_you_are_kinds: Vec<RouteKind>,
    /// How many bands above the person's band (or comparable level) a role may start for them
    /// to apply for it straight from where they are; higher roles are reached through others.
    /// None for no limit.
    #[serde(default)]
    pub apply_directly_within_bands: Option<usize>,
    /// The months allowed to apply for a post or a place, be interviewed and give notice, for a
    /// move from where the person is now (the planner's estimate).
    pub application_months: u32,
    /// The months to agree with a manager to take on supervising, a team or a budget in the
    /// current post (the planner's estimate).
    pub months_to_take_on: u32,
    /// The months in a role after which the typical responsibility of its upper band counts
    /// (the planner's estimate).
    pub months_to_upper_responsibility: u32,
}

impl PathRules {
    /// [`PathRules::application_months`] as a month offset.
    #[must_use]
    pub fn application_offset(&self) -> i32 {
        i32::try_from(self.application_months).unwrap_or(i32::MAX)
    }

    /// [`PathRules::months_to_take_on`] as a month offset.
    #[must_use]
    pub fn take_on_offset(&self) -> i32 {
        i32::try_from(self.months_to_take_on).unwrap_or(i32::MAX)
    }

    /// True when routes of this kind are first steps into work.
    #[must_use]
    pub fn is_first_step(&self, kind: RouteKind) -> bool {
        self.first_step_kinds.contains(&kind)
    }

    /// True when routes of this kind are taken only with the entry requirements already met.
    #[must_use]
    pub fn needs_requirements_now(&self, kind: RouteKind) -> bool {
        self.as_you_are_kinds.contains(&kind)
    }
}
