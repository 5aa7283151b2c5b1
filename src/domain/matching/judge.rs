//! Judging requirements for one person: each distinct rule (with its suggested ways) is judged
//! once and shared by every role and route that has it, and citations are formatted once.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::super::model::catalogue::{Catalogue, Requirement, Rule, Source};
use super::super::model::month::Month;
use super::super::model::profile::Profile;
use super::RequirementVerdict;
use super::facts::ProfileFacts;
use super::rules::{Outcome, judge};
use super::score::{ReasonKey, reason_text};

/// Judges requirements against one person's facts, remembering what it has judged.
pub struct Judge<'c> {
    catalogue: &'c Catalogue,
    facts: ProfileFacts,
    // Keys are hashed by value with the fast Fx hasher: they come from the catalogue, not
    // from anyone who could choose them to collide.
    outcomes: FxHashMap<(&'c Rule, &'c [String]), Arc<Outcome>>,
    citations: FxHashMap<&'c Source, Arc<str>>,
    reasons: FxHashMap<ReasonKey<'c>, Option<Arc<str>>>,
}

impl<'c> Judge<'c> {
    /// A judge of `profile` as at `as_of`.
    #[must_use]
    pub fn new(catalogue: &'c Catalogue, profile: &Profile, as_of: Month) -> Self {
        Self::with_facts(catalogue, ProfileFacts::new(catalogue, profile, as_of))
    }

    /// A judge of facts already worked out.
    #[must_use]
    pub fn with_facts(catalogue: &'c Catalogue, facts: ProfileFacts) -> Self {
        Self {
            catalogue,
            facts,
            outcomes: FxHashMap::default(),
            citations: FxHashMap::default(),
            reasons: FxHashMap::default(),
        }
    }

    /// The facts being judged.
    #[must_use]
    pub fn facts(&self) -> &ProfileFacts {
        &self.facts
    }

    /// The catalogue.
    #[must_use]
    pub fn catalogue(&self) -> &'c Catalogue {
        self.catalogue
    }

    /// Verdicts on essential then desirable requirements.
    pub fn verdicts(
        &mut self,
        essential: &'c [Requirement],
        desirable: &'c [Requirement],
    ) -> Vec<RequirementVerdict<'c>> {
        let mut verdicts = Vec::with_capacity(essential.len() + desirable.len());
        for requirement in essential {
            verdicts.push(self.verdict(requirement, true));
        }
        for requirement in desirable {
            verdicts.push(self.verdict(requirement, false));
        }
        verdicts
    }

    /// The words of a ranking reason, made once per distinct reason.
    pub fn reason(&mut self, key: ReasonKey<'c>, profile: &Profile) -> Option<Arc<str>> {
        let (catalogue, facts) = (self.catalogue, &self.facts);
        self.reasons
            .entry(key)
            .or_insert_with(|| reason_text(key, catalogue, profile, facts).map(Arc::from))
            .clone()
    }

    /// The verdict on one requirement.
    pub fn verdict(&mut self, requirement: &'c Requirement, essential: bool) -> RequirementVerdict<'c> {
        let catalogue = self.catalogue;
        let facts = &self.facts;
        let outcome = self
            .outcomes
            .entry((&requirement.rule, requirement.ways_to_meet.as_slice()))
            .or_insert_with(|| Arc::new(judge(catalogue, facts, requirement)))
            .clone();
        let source = self
            .citations
            .entry(&requirement.source)
            .or_insert_with(|| Arc::from(catalogue.cite(&requirement.source)))
            .clone();
        RequirementVerdict { requirement, essential, outcome, source }
    }
}
