//! The roles browser, driven as a person would: type in the search box, see the list narrow
//! and the details pane change.

use std::sync::Arc;

use careers_planner::app::App;
use careers_planner::domain::{Month, embedded};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn app() -> App {
    let catalogue = Arc::new(embedded::catalogue().expect("catalogue").clone());
    App::new(catalogue, Month::new(2026, 11).expect("month"))
}

#[test]
fn searching_narrows_the_list_and_changes_the_details() {
    let mut harness =
        Harness::builder().with_size([1280.0, 800.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app());
    harness.run();
    let all = harness.state().roles.listed(harness.state().catalogue()).len();
    assert!(all >= 50);
    let first = harness.state().roles.selected().map(ToOwned::to_owned);

    harness.get_by_role_and_label(Role::TextInput, "Search roles").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search roles").type_text("informatics");
    harness.run();
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
    let title = harness
        .state()
        .catalogue()
        .role(selected.as_deref().expect("a role is selected"))
        .expect("role")
        .title
        .clone();
    harness.get_by_label(&title);

    harness.get_by_label("Information (health informatics) manager").click();
    harness.run();
    assert_eq!(harness.state().roles.selected(), Some("information-manager"));
    harness.get_by_label_contains("Essential requirements");
}
