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
}

impl PathRules {
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
