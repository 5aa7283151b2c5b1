//! The frame around the views: menu bar, navigation, status bar, notices, About.

use egui::{Button, RichText, Ui};

use crate::app::{App, Command, Theme, UiCommand, View};

/// A menu item for a command: its text, shortcut and tooltip from its one definition.
pub fn command_button_ui(ui: &mut Ui, command: UiCommand, selected: bool) -> Option<Command> {
    let mut button = Button::new(command.text()).selected(selected);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let clicked = ui.add(button).on_hover_text(command.tooltip()).clicked();
    clicked.then(|| {
        ui.close();
        Command::Ui(command)
    })
}

/// The menu bar and the navigation between views.
pub fn menu_bar_ui(app: &mut App, ui: &mut Ui) {
    let mut commands = Vec::new();
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                commands.extend(command_button_ui(ui, UiCommand::Quit, false));
            });
            ui.menu_button("View", |ui| {
                let theme = app.theme();
                commands.extend(command_button_ui(ui, UiCommand::ThemeSystem, theme == Theme::System));
                commands.extend(command_button_ui(ui, UiCommand::ThemeLight, theme == Theme::Light));
                commands.extend(command_button_ui(ui, UiCommand::ThemeDark, theme == Theme::Dark));
                ui.separator();
                commands.extend(command_button_ui(ui, UiCommand::ZoomIn, false));
                commands.extend(command_button_ui(ui, UiCommand::ZoomOut, false));
                commands.extend(command_button_ui(ui, UiCommand::ZoomReset, false));
            });
            ui.menu_button("Help", |ui| {
                commands.extend(command_button_ui(ui, UiCommand::About, false));
            });
            ui.separator();
            for view in View::ALL {
                if ui.selectable_label(app.view() == view, view.name()).clicked() {
                    commands.push(Command::Show(view));
                }
            }
        });
    });
    for command in commands {
        app.push(command);
    }
}

/// The status bar: data date and pay year.
pub fn status_bar_ui(app: &App, ui: &mut Ui) {
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let catalogue = app.catalogue();
            let year = app.roles.pay_year();
            let latest = catalogue
                .latest_pay_table(crate::domain::model::taxonomy::Nation::England)
                .map_or_else(String::new, |table| {
                    format!("latest pay table {} (from {})", table.year, table.applies_from)
                });
            ui.label(format!("Pay year {year}"));
            ui.separator();
            ui.label(latest);
            ui.separator();
            ui.label(RichText::new("Estimates from public rules: see Help › About").weak());
        });
    });
}

/// A dismissible notice across the top. Returns true when dismissed.
pub fn notice_ui(ui: &mut Ui, notice: &str) -> bool {
    let mut dismissed = false;
    egui::Panel::top("notice").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("ℹ").strong());
            ui.label(notice);
            dismissed = ui.button("Dismiss").clicked();
        });
    });
    dismissed
}

/// The About window: what the app is, the data's sources and dates, and the disclaimer.
pub fn about_window_ui(app: &mut App, ctx: &egui::Context) {
    let mut open = true;
    egui::Window::new("About the NHS careers planner")
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(format!(
                "Version {}. Everything runs on this computer: your profile never leaves it.",
                env!("CARGO_PKG_VERSION")
            ));
            super::widgets::heading_ui(ui, "Disclaimer");
            ui.label(crate::domain::wording::DISCLAIMER);
            super::widgets::heading_ui(ui, "Data and sources");
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                for table in &app.catalogue().pay_tables {
                    ui.label(format!(
                        "Pay table {} {}: applies from {}",
                        table.nation.name(),
                        table.year,
                        table.applies_from
                    ));
                }
                ui.add_space(6.0);
                for document in &app.catalogue().documents {
                    let date = document.date.map_or_else(String::new, |date| format!(", {date}"));
                    ui.label(
                        RichText::new(format!("{} ({}{date})", document.title, document.publisher)).strong(),
                    );
                    ui.label(RichText::new(&document.location).small());
                    if !document.note.is_empty() {
                        ui.label(RichText::new(&document.note).small().weak());
                    }
                    ui.add_space(4.0);
                }
            });
        });
    if !open {
        app.close_about();
    }
}
