//! The frame around the views: menu bar, navigation, status bar, notices, About.

use egui::{Button, Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::state::{Command, Shortcut, ShortcutKey, State, Theme, UiCommand, View};

/// A command's shortcut as egui's.
#[must_use]
pub fn keyboard_shortcut(shortcut: Shortcut) -> KeyboardShortcut {
    let modifiers = if shortcut.shift { Modifiers::COMMAND | Modifiers::SHIFT } else { Modifiers::COMMAND };
    let key = match shortcut.key {
        ShortcutKey::E => Key::E,
        ShortcutKey::N => Key::N,
        ShortcutKey::O => Key::O,
        ShortcutKey::Q => Key::Q,
        ShortcutKey::S => Key::S,
        ShortcutKey::Y => Key::Y,
        ShortcutKey::Z => Key::Z,
        ShortcutKey::Plus => Key::Plus,
        ShortcutKey::Equals => Key::Equals,
        ShortcutKey::Minus => Key::Minus,
        ShortcutKey::Zero => Key::Num0,
    };
    KeyboardShortcut::new(modifiers, key)
}

/// A menu item for a command: its text, shortcut and tooltip from its one definition.
pub fn command_button_ui(ui: &mut Ui, command: UiCommand, selected: bool, enabled: bool) -> Option<Command> {
    let mut button = Button::new(command.text()).selected(selected);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&keyboard_shortcut(shortcut)));
    }
    let clicked = ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked();
    clicked.then(|| {
        ui.close();
        Command::Ui(command)
    })
}

/// The menu bar and the navigation between views.
#[must_use]
pub fn menu_bar_ui(ui: &mut Ui, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    let has_document = state.document().is_some();
    let (can_undo, can_redo) = state.document().map_or((false, false), |d| (d.can_undo(), d.can_redo()));
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                commands.extend(command_button_ui(ui, UiCommand::New, false, true));
                commands.extend(command_button_ui(ui, UiCommand::Open, false, true));
                ui.menu_button("Open recent", |ui| {
                    if state.recent().paths.is_empty() {
                        ui.label(RichText::new("No recent files").weak());
                    }
                    for path in &state.recent().paths {
                        let name = path
                            .file_name()
                            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                        if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                            commands.push(Command::OpenPath(path.clone()));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                commands.extend(command_button_ui(ui, UiCommand::Save, false, has_document));
                commands.extend(command_button_ui(ui, UiCommand::SaveAs, false, has_document));
                commands.extend(command_button_ui(ui, UiCommand::ExportPdf, false, has_document));
                ui.separator();
                commands.extend(command_button_ui(ui, UiCommand::Quit, false, true));
            });
            ui.menu_button("Edit", |ui| {
                commands.extend(command_button_ui(ui, UiCommand::Undo, false, can_undo));
                commands.extend(command_button_ui(ui, UiCommand::Redo, false, can_redo));
            });
            ui.menu_button("View", |ui| {
                let theme = state.theme();
                commands.extend(command_button_ui(ui, UiCommand::ThemeSystem, theme == Theme::System, true));
                commands.extend(command_button_ui(ui, UiCommand::ThemeLight, theme == Theme::Light, true));
                commands.extend(command_button_ui(ui, UiCommand::ThemeDark, theme == Theme::Dark, true));
                ui.separator();
                commands.extend(command_button_ui(ui, UiCommand::ZoomIn, false, true));
                commands.extend(command_button_ui(ui, UiCommand::ZoomOut, false, true));
                commands.extend(command_button_ui(ui, UiCommand::ZoomReset, false, true));
            });
            ui.menu_button("Help", |ui| {
                commands.extend(command_button_ui(ui, UiCommand::GettingStarted, false, true));
                commands.extend(command_button_ui(ui, UiCommand::KeyboardShortcuts, false, true));
                ui.separator();
                commands.extend(command_button_ui(ui, UiCommand::About, false, true));
            });
            ui.separator();
            commands.extend(navigation_ui(ui, state));
        });
    });
    commands
}

/// Why a view is not available yet.
pub const NEEDS_PROFILE: &str =
    "Start a new profile or open one first: this view is worked out from your profile";

/// The buttons that move between views; those that need a profile are disabled, with the
/// reason on hover, until one is open.
fn navigation_ui(ui: &mut Ui, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    let has_document = state.document().is_some();
    // Without a profile, a view that needs one shows the start page.
    let shown = if state.view().needs_profile() && !has_document { View::Welcome } else { state.view() };
    for view in std::iter::once(View::Welcome).chain(View::NAVIGATION) {
        let available = has_document || !view.needs_profile();
        let response = ui
            .add_enabled(available, Button::selectable(shown == view, view.name()))
            .on_disabled_hover_text(NEEDS_PROFILE);
        if response.clicked() {
            commands.push(Command::Show(view));
        }
    }
    commands
}

/// The status bar: file, saved or unsaved, pay year, what is running, the last message.
pub fn status_bar_ui(ui: &mut Ui, state: &State) {
    egui::Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            match state.document() {
                Some(document) => {
                    ui.label(document.name());
                    let state = match (document.is_dirty(), document.path()) {
                        (true, _) => "● Unsaved changes",
                        (false, Some(_)) => "✔ Saved",
                        (false, None) => "Not saved to a file yet",
                    };
                    ui.label(RichText::new(state).weak());
                }
                None => {
                    ui.label(RichText::new("No profile open").weak());
                }
            }
            ui.separator();
            let latest = state
                .catalogue()
                .latest_pay_table(state.pay_nation())
                .map_or_else(String::new, |table| format!(" (latest table from {})", table.applies_from));
            ui.label(format!("Pay year {}{latest}", state.pay_year()));
            // Quick jobs finish before the spinner would only flash.
            if let Some((job, running)) = state.busy()
                && running >= std::time::Duration::from_millis(250)
            {
                ui.separator();
                ui.spinner();
                ui.label(format!("{job}…"));
            }
            if let Some(notice) = crate::domain::wording::own_data_notice(state.catalogue()) {
                ui.separator();
                ui.label(RichText::new("⚠ Your own data in use").strong()).on_hover_text(notice);
            }
            if let Some(message) = state.status_message() {
                ui.separator();
                ui.label(message);
            }
        });
    });
}

/// A dismissible notice across the top.
#[must_use]
pub fn notice_ui(ui: &mut Ui, notice: &str) -> Option<Command> {
    let mut dismissed = false;
    egui::Panel::top("notice").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("ℹ").strong());
            ui.label(notice);
            dismissed = ui.button("Dismiss").clicked();
        });
    });
    dismissed.then_some(Command::DismissNotice)
}

/// The About window: what the app is, the data's sources and dates, and the disclaimer.
#[must_use]
pub fn about_window_ui(ctx: &egui::Context, state: &State) -> Option<Command> {
    let mut open = true;
    egui::Window::new("About the NHS careers planner").open(&mut open).collapsible(false).default_width(560.0).show(ctx, |ui| {
        ui.label(format!(
            "Version {}. Everything runs on this computer: your profile never leaves it and the planner makes no network connection.",
            env!("CARGO_PKG_VERSION")
        ));
        super::widgets::heading_ui(ui, "Disclaimer");
        ui.label(crate::domain::wording::DISCLAIMER);
        super::widgets::heading_ui(ui, "Data and sources");
        if let Some(notice) = crate::domain::wording::own_data_notice(state.catalogue()) {
            ui.label(RichText::new(format!("⚠ {notice}.")).strong());
        }
        egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
            for table in &state.catalogue().pay_tables {
                let own = if table.from_own_data { " (from your own data)" } else { "" };
                ui.label(format!("Pay table {} {}: applies from {}{own}", table.nation.name(), table.year, table.applies_from));
            }
            ui.add_space(6.0);
            for document in &state.catalogue().documents {
                let date = document.date.map_or_else(String::new, |date| format!(", {date}"));
                ui.label(RichText::new(format!("{} ({}{date})", document.title, document.publisher)).strong());
                ui.label(RichText::new(&document.location).small());
                if !document.note.is_empty() {
                    ui.label(RichText::new(&document.note).small().weak());
                }
                ui.add_space(4.0);
            }
        });
    });
    let escaped = state.prompt().is_none() && ctx.input(|input| input.key_pressed(Key::Escape));
    (!open || escaped).then_some(Command::CloseAbout)
}
