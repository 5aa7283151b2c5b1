//! A 10,000-role catalogue: the list draws only the rows in view, and search stays exact.

use careers_planner::domain::model::catalogue::Catalogue;
use careers_planner::domain::synthetic::with_role_count;
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable as _};

use super::harness::{app_with, catalogue, harness, show_view, type_into};

fn large() -> &'static Catalogue {
    Box::leak(Box::new(with_role_count(catalogue(), 10_000)))
}

#[test]
fn ten_thousand_roles_are_listed_but_only_the_visible_rows_are_drawn() {
    let mut harness = harness(app_with(large(), careers_planner::state::Folders::default()));
    show_view(&mut harness, "Roles");
    assert_eq!(harness.state().roles.listed(harness.state().state().catalogue()).len(), 10_000);
    harness.get_by_label("10,000 of 10,000 roles");
    let rows = harness.query_all(By::new().role(Role::Button).label_contains("manager")).count();
    assert!(rows < 100, "{rows} role rows drawn for 10,000 roles");

    type_into(&mut harness, "Search roles", "informatics");
    let listed = harness.state().roles.listed(harness.state().state().catalogue()).len();
    assert!(listed > 1 && listed < 10_000, "{listed} listed");
}

#[test]
fn choosing_a_target_among_ten_thousand_roles_draws_only_the_rows_in_view() {
    let mut harness = harness(app_with(large(), careers_planner::state::Folders::default()));
    super::harness::open_example(&mut harness, "Sophie Turner");
    show_view(&mut harness, "Path");
    harness.get_by_role_and_label(Role::ComboBox, "Target role").click();
    harness.run();
    let options = harness.query_all(By::new().label_contains("manager")).count();
    assert!(options > 5 && options < 200, "{options} options drawn for 10,000 roles");
    harness.get(By::new().role(Role::Button).label("Accounts assistant")).click();
    super::harness::settle(&mut harness);
    let target =
        harness.state().state().document().and_then(|document| document.profile().goal.target_role.clone());
    assert_eq!(target.as_deref(), Some("accounts-assistant"));
}
