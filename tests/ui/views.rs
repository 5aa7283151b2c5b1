//! Views and state: views that need a profile are disabled without one, status messages go
//! after a while, Help lists every command's shortcut, and the chart draws with its figures.

use std::time::Duration;

use careers_planner::state::{STATUS_MESSAGE_SECONDS, UiCommand, View};
use careers_planner::ui::help::shortcut_words;
use egui::ViewportId;
use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

use super::harness::{app, harness, menu, open_example, show_view, shows};

#[test]
fn views_that_need_a_profile_are_disabled_until_one_is_open() {
    let mut harness = harness(app());
    for view in [View::Profile, View::Compare, View::Path, View::Actions] {
        let button = harness.get_by_role_and_label(Role::Button, view.name());
        assert!(button.accesskit_node().is_disabled(), "{} is disabled without a profile", view.name());
    }
    assert!(!harness.get_by_role_and_label(Role::Button, "Roles").accesskit_node().is_disabled());
    open_example(&mut harness, "Grace Okafor");
    for view in View::NAVIGATION {
        let button = harness.get_by_role_and_label(Role::Button, view.name());
        assert!(!button.accesskit_node().is_disabled(), "{} is enabled with a profile", view.name());
    }
}

fn repaint_delay(harness: &egui_kittest::Harness<'_, careers_planner::app::App>) -> Option<Duration> {
    harness.output().viewport_output.get(&ViewportId::ROOT).map(|output| output.repaint_delay)
}

#[test]
fn a_status_message_goes_after_a_while_with_one_frame_asked_for_and_no_more() {
    let mut harness = harness(app());
    open_example(&mut harness, "Grace Okafor");
    assert!(shows(&harness, "Opened the example"));
    let delay = repaint_delay(&harness).expect("a root viewport");
    assert!(delay < Duration::MAX, "a frame is asked for when the message is due to go");

    // The window's clock moves on past the message's time.
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now + STATUS_MESSAGE_SECONDS + 0.5);
    harness.run();
    assert!(!shows(&harness, "Opened the example"), "the message went without any input");
    assert_eq!(repaint_delay(&harness), Some(Duration::MAX), "and nothing more is repainted");
}

#[test]
fn help_keyboard_shortcuts_lists_every_command_with_its_shortcut() {
    let mut harness = harness(app());
    menu(&mut harness, "Help", "Keyboard shortcuts");
    assert!(harness.state().help_view.shortcuts_open);
    for command in UiCommand::ALL {
        assert!(harness.query_all(By::new().label(command.text())).next().is_some(), "{command:?} is listed");
        if command.shortcut().is_some() {
            let words = shortcut_words(&harness.ctx, command);
            assert!(harness.query_all(By::new().label(words.as_str())).next().is_some(), "{words} is shown");
        }
    }
}

#[test]
fn help_getting_started_explains_the_views_in_five_lines() {
    let mut harness = harness(app());
    menu(&mut harness, "Help", "Getting started");
    for (_, line) in careers_planner::ui::help::GETTING_STARTED {
        assert!(shows(&harness, line));
    }
}

#[test]
fn the_path_view_draws_the_chart_with_the_pay_tables_years() {
    let mut harness = harness(app());
    open_example(&mut harness, "Grace Okafor");
    show_view(&mut harness, "Path");
    harness.run();
    let chart = harness.get(By::new().label_contains("Pay chart, estimated"));
    let label = chart.accesskit_node().label().unwrap_or_default();
    let first_year = harness.state().state().today().financial_year().to_string();
    assert!(label.contains(&first_year), "the chart starts with the table's first year: {label}");
    chart.hover();
    harness.run();
    assert!(shows(&harness, "Basic pay: £"), "hovering shows the year's figures");
}

#[test]
fn enter_in_a_drop_down_chooses_and_closes_it() {
    let mut harness = harness(app());
    show_view(&mut harness, "Roles");
    harness.get_by_role_and_label(Role::ComboBox, "Band").click();
    harness.run();
    assert!(egui::Popup::is_any_open(&harness.ctx), "the drop-down opened");
    let choice = harness.get_by_role_and_label(Role::Button, "Band 6");
    choice.focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(!egui::Popup::is_any_open(&harness.ctx), "Enter closed it");
    assert!(harness.get_by_role_and_label(Role::ComboBox, "Band").value().as_deref() == Some("Band 6"));
}
