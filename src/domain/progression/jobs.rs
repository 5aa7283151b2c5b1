//! The jobs a path puts a person in: a role at a band, or a place on a route, with the
//! experience and responsibility they add.

use super::super::format::thousands;
use super::super::model::band::Band;
use super::super::model::catalogue::named::PLANNER_ESTIMATE;
use super::super::model::catalogue::{Catalogue, FirstPost, Role, RolePay, Route, RouteKind};
use super::super::model::month::Month;
use super::super::model::profile::{CurrentPay, People};
use super::super::model::taxonomy::Area;
use super::simulate::{SimJob, typical_responsibility};

/// The job a path puts a person in for a role at a band: its experience area and the typical
/// responsibility of the band (and of the role's upper band after two years).
#[must_use]
pub fn job_for_role(catalogue: &Catalogue, role: &Role, band: Option<Band>) -> SimJob {
    let (people, budget_pounds) = typical_responsibility(band);
    let upper = role
        .pay
        .band_range()
        .filter(|(_, max)| band.is_some_and(|band| band < *max))
        .map(|(_, max)| typical_responsibility(Some(max)));
    SimJob {
        title: role.title.clone(),
        area: role
            .experience_area
            .or_else(|| catalogue.specialism(&role.specialism).map(|s| s.experience_area))
            .unwrap_or(Area::GeneralManagement),
        band,
        people,
        budget_pounds,
        upper,
        upper_after_months: i32::try_from(catalogue.path_rules.months_to_upper_responsibility).unwrap_or(24),
    }
}

/// The job a path puts a person in while on a route (a scheme or an apprenticeship).
#[must_use]
pub fn job_for_route(catalogue: &Catalogue, route: &Route) -> SimJob {
    let people =
        if route.kind == RouteKind::GraduateScheme { People::Supervised(3) } else { People::NoStaff };
    SimJob {
        title: route.title.clone(),
        area: route_area(catalogue, route),
        band: route.band,
        people,
        budget_pounds: None,
        upper: None,
        upper_after_months: 0,
    }
}

/// The band a person takes a role at: their own band (or comparable level) when the role's
/// range has it, its top band when they are above the range (a drop they chose), else its
/// lowest band.
#[must_use]
pub fn role_band(role: &Role, current: Option<Band>) -> Option<Band> {
    let RolePay::Afc { min, max, .. } = role.pay else { return None };
    Some(current.map_or(min, |band| band.clamp(min, max)))
}

/// The band of the first post after a route whose source gives that post's level (`first`):
/// that level, or the person's own band or level when higher. A role band range from a source
/// keeps it within the range; a range that is the planner's estimate gives way to the source,
/// except that a person above the range takes its top band (a drop they chose).
#[must_use]
pub fn first_post_band(role: &Role, first: Band, current: Option<Band>) -> Option<Band> {
    let RolePay::Afc { min, max, source } = &role.pay else { return None };
    let band = current.map_or(first, |current| current.max(first));
    if source.document == PLANNER_ESTIMATE { Some(band.min(*max)) } else { Some(band.clamp(*min, *max)) }
}

/// How a step's pay is described: the role's band range and the band it starts at, or, for a
/// first post below the range, the source's figure for it.
pub(super) fn role_pay_label(role: &Role, band: Option<Band>, first_post: Option<&FirstPost>) -> String {
    let range = role.pay.band_range();
    match (band, first_post) {
        (Some(band), Some(first)) if range.is_some_and(|(min, _)| band < min) => format!(
            "{band}: the level of the average first management post after the scheme (around £{})",
            thousands(u64::from(first.annual_pounds))
        ),
        (Some(band), _) if range.is_some_and(|(min, max)| min != max) => {
            format!("{}, starting at {}", role.pay.label(), band.short_name())
        }
        _ => role.pay.label(),
    }
}

/// The area experience on a route counts as.
fn route_area(catalogue: &Catalogue, route: &Route) -> Area {
    route
        .specialism
        .as_deref()
        .and_then(|id| catalogue.specialism(id))
        .map_or(Area::Administration, |specialism| specialism.experience_area)
}

/// The first intake month on or after `ready`: schemes with published pay start in the month
/// their pay applies from (September for the graduate scheme); others start when ready.
pub(super) fn intake_month(route: &Route, ready: Month) -> Month {
    let Some(pay) = &route.pay else { return ready };
    let intake = Month::of(pay.applies_from).number();
    (0..12).map(|ahead| ready.plus(ahead)).find(|month| month.number() == intake).unwrap_or(ready)
}

/// The band a step is paid at, or the top of the band range it is comparable with for posts not
/// usually on Agenda for Change: what a pay drop is judged by.
#[must_use]
pub fn comparable_band(role: &Role, band: Option<Band>) -> Option<Band> {
    let comparable = match role.pay {
        RolePay::NotUsuallyAfc { comparable: Some((_, max)), .. } => Some(max),
        RolePay::Afc { .. } | RolePay::NotUsuallyAfc { .. } => None,
        RolePay::OutsideAfc { .. } => Some(Band::Band9),
    };
    band.or(comparable)
}

/// The band a person's pay is at or comparable with: their Agenda for Change band; band 9 for
/// very senior pay; outside the NHS, the level their experience suggests when it rests on a
/// degree, supervising or managing (band 5 or above) and they have a paid job now. None for
/// students and first jobs, who have no level to keep.
#[must_use]
pub fn comparable_level(pay: CurrentPay, suggested: Band, has_paid_job: bool) -> Option<Band> {
    match pay {
        CurrentPay::Afc { band, .. } => Some(band),
        CurrentPay::OutsideAfc => Some(Band::Band9),
        CurrentPay::NotOnAfc => (has_paid_job && suggested >= Band::Band5).then_some(suggested),
    }
}
