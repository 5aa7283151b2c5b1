//! The roles browser: search, the details pane, and verdicts shown as words and icons.

use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

use super::harness::{app, harness, open_example, select_role, show_view, shows, type_into};

#[test]
fn searching_narrows_the_list_and_changes_the_details() {
    let mut harness = harness(app());
    show_view(&mut harness, "Roles");
    let all = harness.state().roles.listed(harness.state().catalogue()).len();
    assert!(all >= 50, "{all} roles listed");
    let first = harness.state().roles.selected().map(ToOwned::to_owned);

    type_into(&mut harness, "Search roles", "informatics");
    let listed: Vec<String> = harness
        .state()
        .roles
        .listed(harness.state().catalogue())
        .into_iter()
        .map(ToOwned::to_owned)
        .collect();
    assert!(listed.len() < all && !listed.is_empty(), "{listed:?}");
    assert!(listed.iter().any(|id| id == "information-manager"), "{listed:?}");
    let selected = harness.state().roles.selected().map(ToOwned::to_owned);
    assert_ne!(selected, first, "the details pane follows the narrowed list");

    harness.get_by_label("Information (health informatics) manager").click();
    harness.run();
    assert_eq!(harness.state().roles.selected(), Some("information-manager"));
    assert!(shows(&harness, "Essential requirements"));
    assert!(!shows(&harness, "Eligible now"), "no verdicts without a profile");
}

#[test]
fn with_a_profile_each_role_shows_its_fit_in_words_and_an_icon() {
    let mut harness = harness(app());
    open_example(&mut harness, "Sophie Turner");
    assert_eq!(harness.state().view(), careers_planner::app::View::Roles);
    select_role(&mut harness, "Service manager");
    assert_eq!(harness.state().roles.selected(), Some("service-manager"));
    // The list row carries the icon and the score, the details the fit in words and the score.
    let row = harness.get(By::new().role(Role::Button).label_contains("Service manager"));
    let label = row.accesskit_node().label().unwrap_or_default();
    assert!(["✔", "◑", "○"].iter().any(|icon| label.contains(icon)), "{label}");
    assert!(shows(&harness, "score "));
    assert!(["✔ Eligible now", "◑ Close", "○ Not yet"].iter().any(|fit| shows(&harness, fit)));
    // Sophie lacks the experience a service manager needs: it is missing, with the quickest way
    // to close it; her degree is met.
    assert!(shows(&harness, "✖ Missing") && shows(&harness, "Quickest: about"));
    assert!(shows(&harness, "✔ Met"));
}

#[test]
fn compare_starts_with_the_three_best_matches_and_follows_changes() {
    let mut harness = harness(app());
    open_example(&mut harness, "Grace Okafor");
    show_view(&mut harness, "Compare");
    let best: Vec<String> = harness.state().compared().to_vec();
    assert_eq!(best.len(), 3, "{best:?}");
    assert!(shows(&harness, "Essential requirements") && shows(&harness, "Ways in"));

    let first = harness.get_all_by_role_and_label(Role::Button, "Remove").next().expect("a Remove button");
    first.click();
    super::harness::settle(&mut harness);
    assert_eq!(harness.state().compared().len(), 2);
    show_view(&mut harness, "Roles");
    select_role(&mut harness, "Clinical coder");
    super::harness::click(&mut harness, "Add to comparison");
    assert!(harness.state().compared().iter().any(|id| id == "clinical-coder"));
    assert!(shows(&harness, "Remove from comparison"));
}
