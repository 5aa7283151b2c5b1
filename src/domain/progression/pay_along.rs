//! Pay along a path: each step becomes a pay stint for the pay engine.

use super::super::model::catalogue::{PointName, RolePay};
use super::super::model::month::Month;
use super::super::model::profile::{CurrentPay, Profile};
use super::super::model::taxonomy::Nation;
use super::super::pay::{PayContext, PayPath, PayStint, StintKind, pay_path};
use super::{CareerPath, StepKind};

/// Pay year by year along a path, for `years` financial years from `today`.
#[must_use]
pub fn pay_for_path(
    context: &PayContext<'_>,
    profile: &Profile,
    path: &CareerPath,
    today: Month,
    years: u32,
) -> PayPath {
    let stints: Vec<PayStint> = path
        .steps
        .iter()
        .map(|step| PayStint { start: step.start, kind: stint_kind(context, profile, step) })
        .collect();
    pay_path(context, &stints, today, years)
}

fn stint_kind(context: &PayContext<'_>, profile: &Profile, step: &super::PathStep) -> StintKind {
    let catalogue = context.catalogue;
    match &step.kind {
        StepKind::Now => match profile.position.pay {
            CurrentPay::Afc { band, point, point_started } => {
                StintKind::Afc { band, point, point_started: Month::of(point_started) }
            }
            CurrentPay::OutsideAfc | CurrentPay::NotOnAfc if !step.title.trim().is_empty() => {
                StintKind::Other { title: step.title.clone(), annual_pounds: None }
            }
            CurrentPay::OutsideAfc | CurrentPay::NotOnAfc => StintKind::Unpaid { title: step.title.clone() },
        },
        StepKind::Route(id) => match catalogue.route(id) {
            Some(route) => match (&route.pay, route.band) {
                (Some(pay), _) => {
                    StintKind::Scheme { title: route.title.clone(), started: step.start, pay: pay.clone() }
                }
                (None, Some(band)) => {
                    StintKind::Afc { band, point: PointName::Entry, point_started: step.start }
                }
                (None, None) => StintKind::Unpaid { title: route.title.clone() },
            },
            None => StintKind::Unpaid { title: step.title.clone() },
        },
        StepKind::Role(id) => {
            let Some(role) = catalogue.role(id) else {
                return StintKind::Unpaid { title: step.title.clone() };
            };
            match (&role.pay, step.band) {
                (RolePay::Afc { .. }, Some(band)) => {
                    StintKind::Afc { band, point: PointName::Entry, point_started: step.start }
                }
                (RolePay::NotUsuallyAfc { comparable, typical_pay, .. }, _) => {
                    let comparable_pay = comparable.and_then(|(min, _)| {
                        catalogue
                            .latest_pay_table(Nation::England)
                            .and_then(|table| table.band(min))
                            .and_then(|scale| scale.points.first())
                            .map(|point| point.annual_pounds)
                    });
                    StintKind::Other {
                        title: role.title.clone(),
                        annual_pounds: typical_pay
                            .as_ref()
                            .map(|figure| figure.annual_pounds)
                            .or(comparable_pay),
                    }
                }
                (RolePay::OutsideAfc { typical_pay, .. }, _) => StintKind::Other {
                    title: role.title.clone(),
                    annual_pounds: typical_pay.as_ref().map(|figure| figure.annual_pounds),
                },
                (RolePay::Afc { .. }, None) => StintKind::Unpaid { title: role.title.clone() },
            }
        }
    }
}
