//! Every control in every view has an accessible name (read by screen readers, and the label a
//! person would use) and can take keyboard focus.

use egui::accesskit::{Action, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::harness::{app, harness, open_example, show_view};

/// The roles of controls a person operates.
const CONTROLS: [Role; 8] = [
    Role::Button,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::ComboBox,
    Role::CheckBox,
    Role::SpinButton,
    Role::Slider,
    Role::RadioButton,
];

/// How many controls are on screen, and those without a name or that cannot be focused, with
/// what they show.
fn problems(harness: &Harness<'_, careers_planner::app::App>) -> (usize, Vec<String>) {
    let controls: Vec<_> = harness.query_all_by(|node| CONTROLS.contains(&node.role())).collect();
    let problems = controls
        .iter()
        .filter_map(|node| {
            let node = egui_kittest::kittest::NodeT::accesskit_node(node);
            let named = node.label().is_some_and(|label| !label.trim().is_empty());
            let focusable = node.data().supports_action(Action::Focus);
            (!named || !focusable).then(|| {
                format!(
                    "{:?} named {:?} value {:?} focusable {focusable}",
                    node.role(),
                    node.label(),
                    node.value()
                )
            })
        })
        .collect();
    (controls.len(), problems)
}

#[test]
fn every_control_of_every_view_is_named_and_focusable() {
    let mut harness = harness(app());
    let mut found = Vec::new();
    let mut checked = Vec::new();
    for view in ["Start", "Profile", "Roles", "Compare", "Path", "Action plan"] {
        if view == "Profile" {
            open_example(&mut harness, "Niamh Gallagher");
        }
        show_view(&mut harness, view);
        let (controls, view_problems) = problems(&harness);
        checked.push(format!("{view}: {controls}"));
        found.extend(view_problems.into_iter().map(|problem| format!("{view}: {problem}")));
    }
    eprintln!("controls checked: {}", checked.join(", "));
    assert!(checked.iter().all(|line| !line.ends_with(": 0")), "every view has controls: {checked:?}");
    assert!(found.is_empty(), "{} controls without a name or focus:\n{}", found.len(), found.join("\n"));
}

#[test]
fn tab_moves_the_keyboard_focus_through_the_controls() {
    let mut harness = harness(app());
    open_example(&mut harness, "Grace Okafor");
    show_view(&mut harness, "Roles");
    let mut focused = Vec::new();
    for _ in 0..12 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if let Some(id) = harness.ctx.memory(egui::Memory::focused)
            && !focused.contains(&id)
        {
            focused.push(id);
        }
    }
    assert!(focused.len() >= 10, "Tab reached {} distinct controls", focused.len());
}
