//! `catalogue`: every role and entry route.

use serde::Serialize;

use super::{Output, UserError};
use crate::domain::Catalogue;
use crate::domain::model::catalogue::Requirement;

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
    #[serde(skip_serializing_if = "Option::is_none")]
    requirements: Option<Vec<RequirementEntry<'a>>>,
}

/// One requirement in `catalogue --json --details`.
#[derive(Serialize)]
struct RequirementEntry<'a> {
    id: &'a str,
    text: &'a str,
    essential: bool,
    strength: &'static str,
    quote: Option<&'a str>,
    source: SourceEntry<'a>,
}

/// Where a requirement comes from: the document's id, its human title and the section.
#[derive(Serialize)]
struct SourceEntry<'a> {
    document: &'a str,
    title: &'a str,
    section: &'a str,
}

/// The requirements of a role or route, essential first, when details are asked for.
fn details<'a>(
    catalogue: &'a Catalogue,
    essential: &'a [Requirement],
    desirable: &'a [Requirement],
    wanted: bool,
) -> Option<Vec<RequirementEntry<'a>>> {
    wanted.then(|| {
        let entry = |requirement: &'a Requirement, essential: bool| RequirementEntry {
            id: &requirement.id,
            text: &requirement.text,
            essential,
            strength: requirement.strength.key(),
            quote: Some(requirement.quote.as_str()).filter(|quote| !quote.is_empty()),
            source: SourceEntry {
                document: &requirement.source.document,
                title: catalogue
                    .document(&requirement.source.document)
                    .map_or(requirement.source.document.as_str(), |document| document.title.as_str()),
                section: &requirement.source.section,
            },
        };
        essential.iter().map(|r| entry(r, true)).chain(desirable.iter().map(|r| entry(r, false))).collect()
    })
}

#[derive(Serialize)]
struct RouteEntry<'a> {
    id: &'a str,
    title: &'a str,
    kind: &'static str,
    duration_months: Option<u32>,
    leads_to: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    requirements: Option<Vec<RequirementEntry<'a>>>,
}

pub fn run(catalogue: &Catalogue, json: bool, with_details: bool, out: &mut Output) -> Result<(), UserError> {
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
                        requirements: details(catalogue, &role.essential, &role.desirable, with_details),
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
                    requirements: details(catalogue, &route.essential, &route.desirable, with_details),
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
