//! `catalogue`: every role and entry route.

use serde::Serialize;

use super::{Output, UserError};
use crate::domain::Catalogue;

#[derive(Serialize)]
struct CatalogueJson<'a> {
    contract: u32,
    roles: Vec<RoleEntry<'a>>,
    routes: Vec<RouteEntry<'a>>,
}

#[derive(Serialize)]
struct RoleEntry<'a> {
    id: &'a str,
    title: &'a str,
    specialism: &'a str,
    pay: String,
    band_min: Option<&'static str>,
    band_max: Option<&'static str>,
    entry_routes: &'a [String],
    leads_to: Vec<&'a str>,
}

#[derive(Serialize)]
struct RouteEntry<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    duration_months: Option<u32>,
    leads_to: &'a [String],
}

pub fn run(catalogue: &Catalogue, json: bool, out: &mut Output) -> Result<(), UserError> {
    if json {
        let document = CatalogueJson {
            contract: super::json::CONTRACT_VERSION,
            roles: catalogue
                .roles
                .iter()
                .map(|role| {
                    let range = role.pay.band_range();
                    RoleEntry {
                        id: &role.id,
                        title: &role.title,
                        specialism: &role.specialism,
                        pay: role.pay.label(),
                        band_min: range.map(|(min, _)| min.short_name()),
                        band_max: range.map(|(_, max)| max.short_name()),
                        entry_routes: &role.entry_routes,
                        leads_to: role.leads_to.iter().map(|next| next.role.as_str()).collect(),
                    }
                })
                .collect(),
            routes: catalogue
                .routes
                .iter()
                .map(|route| RouteEntry {
                    id: &route.id,
                    title: &route.title,
                    kind: route.kind.name(),
                    duration_months: route.duration_months,
                    leads_to: &route.leads_to,
                })
                .collect(),
        };
        out.json(&document)?;
        return Ok(());
    }
    out.line(&format!("Roles ({})", catalogue.roles.len()))?;
    for specialism in &catalogue.specialisms {
        out.line(&format!("\n  {}", specialism.name))?;
        for role in catalogue.roles.iter().filter(|role| role.specialism == specialism.id) {
            out.line(&format!("    {:<44} {:<40} {}", role.id, role.title, role.pay.label()))?;
        }
    }
    out.line(&format!("\nEntry routes ({})", catalogue.routes.len()))?;
    for route in &catalogue.routes {
        out.line(&format!("    {:<44} {}", route.id, route.title))?;
    }
    Ok(())
}
