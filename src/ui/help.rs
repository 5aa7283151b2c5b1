//! The Help menu's windows: every command with its keyboard shortcut (from the commands' one
//! definition), and what each view is for.

use egui::{Key, RichText};

use super::frame::keyboard_shortcut;
use crate::state::{UiCommand, View};

/// What each view is for, one line each, in the order of the navigation bar.
pub const GETTING_STARTED: [(View, &str); 5] = [
    (View::Profile, "Say where you are now: your job, qualifications, skills and what you want next."),
    (View::Roles, "Browse NHS roles and see which you could apply for now, and what each one needs."),
    (View::Compare, "Put up to three roles side by side: fit, pay, what you have and what is missing."),
    (View::Path, "Choose a target role and see the steps, years and estimated pay to reach it."),
    (View::Actions, "Keep the actions that close your gaps, and export them as a PDF for an adviser."),
];

/// Which Help windows are open (the window's own state: opened by commands, closed inline).
#[derive(Debug, Default)]
pub struct HelpView {
    /// True while the keyboard shortcuts are shown.
    pub shortcuts_open: bool,
    /// True while the guide to the views is shown.
    pub guide_open: bool,
}

impl HelpView {
    /// Draws the open Help windows; Escape closes them when no prompt is shown.
    pub fn ui(&mut self, ctx: &egui::Context, prompt_shown: bool) {
        if !prompt_shown && ctx.input(|input| input.key_pressed(Key::Escape)) {
            self.shortcuts_open = false;
            self.guide_open = false;
        }
        egui::Window::new("Keyboard shortcuts")
            .open(&mut self.shortcuts_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, shortcuts_ui);
        egui::Window::new("Getting started")
            .open(&mut self.guide_open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                for (view, line) in GETTING_STARTED {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(view.name()).strong());
                        ui.label(line);
                    });
                }
            });
    }
}

/// The shortcut of a command in words ("Ctrl+Shift+S"), with its alternatives, or "none".
#[must_use]
pub fn shortcut_words(ctx: &egui::Context, command: UiCommand) -> String {
    let words: Vec<String> = command
        .shortcut()
        .into_iter()
        .chain(command.alternative_shortcuts().iter().copied())
        .map(|shortcut| ctx.format_shortcut(&keyboard_shortcut(shortcut)))
        .collect();
    if words.is_empty() { "none".to_owned() } else { words.join(" or ") }
}

fn shortcuts_ui(ui: &mut egui::Ui) {
    egui::Grid::new("keyboard-shortcuts").num_columns(3).striped(true).spacing([16.0, 4.0]).show(ui, |ui| {
        for header in ["Menu", "Command", "Shortcut"] {
            ui.label(RichText::new(header).strong());
        }
        ui.end_row();
        for command in UiCommand::IN_MENU_ORDER {
            ui.label(command.menu());
            ui.label(command.text()).on_hover_text(command.tooltip());
            ui.label(shortcut_words(ui.ctx(), command));
            ui.end_row();
        }
    });
    ui.add_space(6.0);
    ui.label(
        RichText::new("Escape closes a window or cancels a question; Tab moves between controls.").weak(),
    );
}
