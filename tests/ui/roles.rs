//! The roles browser: search, the details pane, and verdicts shown as words and icons.

use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

use careers_planner::domain::matching::Fit;
use careers_planner::ui::widgets::fit_icon;

use super::harness::{app, harness, open_example, select_role, show_view, shows, type_into};

#[test]
fn searching_narrows_the_list_and_changes_the_details() {
    let mut harness = harness(app());
    show_view(&mut harness, "Roles");
    let all = harness.state().roles.listed(harness.state().state().catalogue()).len();
    assert!(all >= 50, "{all} roles listed");
    let first = harness.state().roles.selected().map(ToOwned::to_owned);

    type_into(&mut harness, "Search roles", "informatics");
    let listed: Vec<String> = harness
        .state()
        .roles
        .listed(harness.state().state().catalogue())
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
    assert_eq!(harness.state().state().view(), careers_planner::state::View::Roles);
    select_role(&mut harness, "Service manager");
    assert_eq!(harness.state().roles.selected(), Some("service-manager"));
    // The fit shown is the one the matcher gave, in words and as an icon, with its score.
    let matched = harness.state().state().report().and_then(|report| report.role("service-manager"));
    let (fit, score) = matched.map(|matched| (matched.fit, matched.score)).expect("service manager judged");
    assert_ne!(fit, Fit::Eligible, "Sophie lacks the experience a service manager needs");
    let row = harness.get(By::new().role(Role::Button).label_contains("Service manager"));
    let label = row.accesskit_node().label().unwrap_or_default();
    assert!(label.starts_with(&format!("{} Service manager", fit_icon(fit))), "{label}");
    let words = format!("{} {}", fit_icon(fit), fit.label());
    assert!(shows(&harness, &words), "the details say {words}");
    for other in [Fit::Eligible, Fit::Close, Fit::NotYet].into_iter().filter(|other| *other != fit) {
        assert!(!shows(&harness, &format!("{} {}", fit_icon(other), other.label())), "not also {other:?}");
    }
    assert!(shows(&harness, &format!("score {score} of 100")));
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
    let best: Vec<String> = harness.state().state().compared().to_vec();
    assert_eq!(best.len(), 3, "{best:?}");
    assert!(shows(&harness, "Essential requirements") && shows(&harness, "Ways in"));

    let first = harness.get_all_by_role_and_label(Role::Button, "Remove").next().expect("a Remove button");
    first.click();
    super::harness::settle(&mut harness);
    assert_eq!(harness.state().state().compared().len(), 2);
    show_view(&mut harness, "Roles");
    select_role(&mut harness, "Clinical coder");
    super::harness::click(&mut harness, "Add to comparison");
    assert!(harness.state().state().compared().iter().any(|id| id == "clinical-coder"));
    assert!(shows(&harness, "Remove from comparison"));
}

#[test]
fn choosing_another_pay_year_shows_its_figures() {
    let mut harness = harness(app());
    show_view(&mut harness, "Roles");
    let before = harness.state().state().pay_year();
    harness.get_by_role_and_label(Role::ComboBox, "Pay year").click();
    harness.run();
    let other = harness
        .state()
        .state()
        .catalogue()
        .pay_tables
        .iter()
        .map(|table| table.year)
        .find(|year| *year != before)
        .expect("two pay years in the data");
    let nation = harness.state().state().pay_nation().name();
    harness.get(By::new().label_contains(&format!("{other} ({nation})"))).click();
    super::harness::settle(&mut harness);
    assert_eq!(harness.state().state().pay_year(), other);
    assert!(shows(&harness, &format!("Pay year {other}")), "the status bar follows");
}

/// The top of the role details' heading: the last node labelled exactly `title` (the list's own
/// entry comes first).
fn heading_top(harness: &egui_kittest::Harness<'_, careers_planner::app::App>, title: &str) -> f32 {
    harness.query_all(By::new().label(title)).last().map_or(f32::NAN, |node| node.rect().top())
}

#[test]
fn each_role_opens_its_details_at_the_top() {
    let mut harness = harness(app());
    show_view(&mut harness, "Roles");
    select_role(&mut harness, "Service manager");
    let top = heading_top(&harness, "Service manager");
    // Scroll the details down to their last source link.
    if let Some(last) = harness.query_all(By::new().label("Source")).last() {
        last.scroll_to_me();
    }
    for _ in 0..5 {
        harness.run();
    }
    let scrolled = heading_top(&harness, "Service manager");
    assert!(scrolled < top, "the details scrolled: {scrolled} vs {top}");
    harness.state_mut().push(careers_planner::state::Command::ShowRole("project-manager".to_owned()));
    for _ in 0..3 {
        harness.run();
    }
    assert!((heading_top(&harness, "Project manager") - top).abs() < 1.0, "the next role opens at the top");
}
