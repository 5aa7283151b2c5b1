//! The action plan: actions from gaps or typed, with type, due month and status; who can help
//! and what to do next for the person's stage; Export PDF.

use egui::{ComboBox, RichText, ScrollArea, TextEdit, Ui};

use super::widgets::{
    RowAction, apply_row_action, heading_ui, linked_bullet_ui, month_ui, row_controls_ui, text_field_ui,
};
use crate::domain::gaps::GapKind;
use crate::domain::model::profile::{ActionItem, ActionKind, ActionStatus, Profile};
use crate::domain::{Catalogue, Month};
use crate::state::{Command, EditGroup, State, UiCommand};

/// The action plan view's own state: whether achieved and dropped actions are shown.
#[derive(Debug)]
pub struct ActionsView {
    show_done: bool,
}

impl Default for ActionsView {
    fn default() -> Self {
        Self { show_done: true }
    }
}

impl ActionsView {
    /// Draws the view.
    pub fn ui(&mut self, ui: &mut Ui, state: &State) -> Vec<Command> {
        let mut commands = Vec::new();
        let (Some(document), Some(report)) = (state.document(), state.report()) else { return commands };
        let (catalogue, today, profile) = (state.catalogue(), state.today(), document.profile());
        let mut draft = profile.clone();
        ScrollArea::vertical().id_salt("actions-view").auto_shrink([false, false]).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("Your action plan").heading().strong());
                let export = UiCommand::ExportPdf;
                if ui.button(export.text()).on_hover_text(export.tooltip()).clicked() {
                    commands.push(Command::Ui(export));
                }
            });
            ui.label(
                RichText::new(
                    "Add actions yourself, or from a role's gaps (Roles view, \"Add gaps to action plan\").",
                )
                .weak(),
            );
            if let Some(target) = profile.goal.target_role.as_deref()
                && let Some(matched) = report.role(target)
            {
                ui.horizontal_wrapped(|ui| {
                    if matched.missing_essentials().next().is_some()
                        && ui.button(format!("Add the gaps for your target, {}", matched.title())).clicked()
                    {
                        commands.push(Command::AddGaps(target.to_owned(), GapKind::Essential));
                    }
                    if matched.missing_desirables().next().is_some()
                        && ui
                            .button("Add the desirable gaps too")
                            .on_hover_text("An action for each missing desirable requirement: not needed to apply, but they strengthen an application")
                            .clicked()
                    {
                        commands.push(Command::AddGaps(target.to_owned(), GapKind::Desirable));
                    }
                });
            }
            ui.horizontal(|ui| {
                ui.checkbox(&mut self.show_done, "Show achieved and dropped actions");
                let hidden = draft.actions.iter().filter(|action| !action.status.is_open()).count();
                if !self.show_done && hidden > 0 {
                    ui.label(RichText::new(hidden_text(hidden)).weak());
                }
            });
            actions_list_ui(ui, catalogue, today, &mut draft.actions, self.show_done);
            who_can_help_ui(ui, catalogue, today, profile);
        });
        if draft != *profile {
            commands.push(Command::EditProfile(Box::new(draft), EditGroup::Actions));
        }
        commands
    }
}

/// "3 finished actions hidden".
fn hidden_text(count: usize) -> String {
    if count == 1 {
        "1 finished action hidden".to_owned()
    } else {
        format!("{count} finished actions hidden")
    }
}

fn actions_list_ui(
    ui: &mut Ui,
    catalogue: &Catalogue,
    today: Month,
    actions: &mut Vec<ActionItem>,
    show_done: bool,
) {
    let count = actions.len();
    let mut change: Option<(usize, RowAction)> = None;
    for (index, action) in actions.iter_mut().enumerate() {
        if !show_done && !action.status.is_open() {
            continue;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let width = (ui.available_width() - 460.0).max(240.0);
                text_field_ui(ui, "Action", &mut action.title, width);
                kind_ui(ui, index, &mut action.kind);
                status_ui(ui, index, &mut action.status);
            });
            ui.horizontal_wrapped(|ui| {
                let mut has_due = action.due.is_some();
                if ui.checkbox(&mut has_due, "Due by").changed() {
                    action.due = has_due.then(|| today.plus(6));
                }
                if let Some(due) = action.due.as_mut() {
                    month_ui(ui, ("due", index), "Due", due);
                }
                if let Some(link) = &action.serves {
                    let target = catalogue
                        .role(&link.target)
                        .map(|role| role.title.clone())
                        .or_else(|| catalogue.route(&link.target).map(|route| route.title.clone()))
                        .unwrap_or_else(|| link.target.clone());
                    ui.label(RichText::new(format!("For: {target}")).weak());
                }
                if let Some(chosen) = row_controls_ui(ui, index, count) {
                    change = Some((index, chosen));
                }
            });
            let label = ui.label("Note");
            ui.add(TextEdit::singleline(&mut action.note).desired_width(f32::INFINITY)).labelled_by(label.id);
        });
    }
    if let Some((index, chosen)) = change {
        apply_row_action(actions, index, chosen);
    }
    if ui.button("Add an action").clicked() {
        actions.push(ActionItem {
            title: String::new(),
            kind: ActionKind::Learning,
            due: Some(today.plus(6)),
            status: ActionStatus::NotStarted,
            serves: None,
            note: String::new(),
        });
    }
}

fn kind_ui(ui: &mut Ui, index: usize, kind: &mut ActionKind) {
    let label = ui.label("Type");
    ComboBox::from_id_salt(("kind", index))
        .selected_text(kind.name())
        .show_ui(ui, |ui| {
            for choice in ActionKind::ALL {
                ui.selectable_value(kind, choice, choice.name());
            }
        })
        .response
        .labelled_by(label.id);
}

fn status_ui(ui: &mut Ui, index: usize, status: &mut ActionStatus) {
    let label = ui.label("Status");
    ComboBox::from_id_salt(("status", index))
        .selected_text(status.name())
        .show_ui(ui, |ui| {
            for choice in ActionStatus::ALL {
                ui.selectable_value(status, choice, choice.name());
            }
        })
        .response
        .labelled_by(label.id);
}

/// What to do next and who can help, for the person's stage (seed 000's table and checklist).
fn who_can_help_ui(ui: &mut Ui, catalogue: &Catalogue, today: Month, profile: &Profile) {
    let (stage_id, why) = crate::domain::stage::stage_of(catalogue, profile, today);
    let Some(stage) = catalogue.next_steps.stages.iter().find(|stage| stage.id == stage_id) else { return };
    heading_ui(ui, &format!("What to do next: {}", stage.title));
    ui.label(RichText::new(why).weak());
    let mut chain = vec![stage];
    while let Some(base) = chain
        .last()
        .and_then(|s| s.builds_on.as_deref())
        .and_then(|id| catalogue.next_steps.stages.iter().find(|s| s.id == id))
    {
        if chain.iter().any(|known| known.id == base.id) {
            break;
        }
        chain.push(base);
    }
    for stage in chain.iter().rev() {
        for item in &stage.what_to_do {
            linked_bullet_ui(ui, item);
        }
    }
    ui.label(RichText::new("Who can help").strong());
    ui.label(stage.who_can_help.join(", "));
    ui.label(RichText::new("A checklist for everyone").strong());
    for item in &catalogue.next_steps.checklist {
        linked_bullet_ui(ui, item);
    }
    ui.label(RichText::new("Contacts").strong());
    for contact in &catalogue.next_steps.contacts {
        linked_bullet_ui(ui, &format!("{}: {}", contact.name, contact.detail));
    }
}
