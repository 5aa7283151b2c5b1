//! The path rules a step must pass: applying straight from where one is only for roles within
//! reach, no first-job route for someone already past it, and no step below the person's band
//! unless they said they would take a lower band.

use super::super::model::band::Band;
use super::super::model::catalogue::RouteKind;
use super::search::Search;
use super::simulate::SimState;

impl Search<'_> {
    /// True when the person may apply for a role straight from where they are: it starts no
    /// more bands above their band or comparable level than the path rules allow.
    pub(super) fn within_reach(&self, role: usize) -> bool {
        let (Some(floor), Some(limit)) = (self.floor, self.catalogue.path_rules.apply_directly_within_bands)
        else {
            return true;
        };
        self.catalogue
            .roles
            .get(role)
            .and_then(|role| role.pay.band_range())
            .is_none_or(|(min, _)| min.rank() <= floor.rank() + limit)
    }

    /// True when a first-job route is behind the person: they have a paid job at or above the
    /// band the route leads into.
    pub(super) fn past_first_step(&self, kind: RouteKind, leads_to: &[String], band: Option<Band>) -> bool {
        if !self.employed || !self.catalogue.path_rules.is_first_step(kind) {
            return false;
        }
        let Some(floor) = self.floor else { return false };
        let entry = leads_to
            .iter()
            .filter_map(|id| self.catalogue.role(id))
            .filter_map(|role| role.pay.band_range().map(|(min, _)| min))
            .chain(band)
            .min();
        entry.is_none_or(|entry| entry <= floor)
    }

    /// A note when a step pays below the person's band, or none when it does not; `Err` when
    /// it does and the person has not said they would take a lower band.
    pub(super) fn pay_drop(
        &self,
        state: &SimState,
        title: &str,
        band: Option<Band>,
    ) -> Result<Option<String>, ()> {
        let Some(floor) = state.profile.position.pay.band().or(self.floor) else { return Ok(None) };
        let Some(band) = band.filter(|band| *band < floor) else { return Ok(None) };
        if !self.profile.constraints.accept_lower_band {
            return Err(());
        }
        Ok(Some(format!(
            "{title} is at {band}, below {} ({floor}): a drop in pay you said you would take to change field.",
            if state.profile.position.pay.band().is_some() {
                "your band"
            } else {
                "the level your experience suggests"
            }
        )))
    }
}
