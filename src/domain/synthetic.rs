//! Synthetic catalogues for benchmarks and stress tests: the shipped roles repeated under new
//! ids until there are as many as asked for. Each copy's title and requirement texts are made
//! distinct, as in a real catalogue; the rules themselves repeat (a real catalogue's rules come
//! from a small vocabulary too). Copies form progression ladders among themselves, and every
//! reference still resolves.

use super::model::catalogue::Catalogue;

/// A copy of `base` with exactly `roles` roles (the originals first, then numbered copies).
#[must_use]
pub fn with_role_count(base: &Catalogue, roles: usize) -> Catalogue {
    let mut catalogue = base.clone();
    let originals = base.roles.clone();
    catalogue.roles.truncate(roles);
    let mut copy = 0;
    while catalogue.roles.len() < roles && !originals.is_empty() {
        let Some(template) = originals.get(copy % originals.len()) else { break };
        let mut role = template.clone();
        role.id = format!("{}-copy-{copy}", template.id);
        role.title = format!("{} ({})", template.title, copy / originals.len() + 2);
        for requirement in role.essential.iter_mut().chain(role.desirable.iter_mut()) {
            requirement.text = format!("{} (copy {copy})", requirement.text);
        }
        // Copies form ladders of their own: copy k of a role leads to copy k of the next.
        let group = copy / originals.len();
        for next in &mut role.leads_to {
            if let Some(position) = originals.iter().position(|original| original.id == next.role) {
                let number = group * originals.len() + position;
                if number < roles.saturating_sub(originals.len()) {
                    next.role = format!("{}-copy-{number}", next.role);
                }
            }
        }
        catalogue.roles.push(role);
        copy += 1;
    }
    // Entry routes also lead into the copies' first rungs, so the whole catalogue can be reached.
    let copies: Vec<String> =
        catalogue.roles.iter().skip(originals.len()).map(|role| role.id.clone()).collect();
    for route in &mut catalogue.routes {
        let firsts: Vec<String> = copies
            .iter()
            .filter(|copy| route.leads_to.iter().any(|id| copy.starts_with(&format!("{id}-copy-"))))
            .cloned()
            .collect();
        route.leads_to.extend(firsts);
    }
    catalogue.reindex();
    catalogue
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_catalogues_have_the_size_asked_for_and_unique_ids() {
        let base = crate::domain::embedded::catalogue().expect("catalogue");
        let big = with_role_count(base, 1_000);
        assert_eq!(big.roles.len(), 1_000);
        let mut ids: Vec<&str> = big.roles.iter().map(|role| role.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 1_000);
        assert!(
            big.role("chief-executive-copy-27").is_some()
                || big.roles.iter().any(|r| r.id.contains("-copy-"))
        );
        assert_eq!(with_role_count(base, 10).roles.len(), 10);
    }
}
