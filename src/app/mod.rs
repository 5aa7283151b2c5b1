//! The desktop app: state, commands and the frame around the views.

mod command;
mod run;

use std::sync::Arc;

pub use command::{Command, UiCommand};
pub use run::{Launch, run_window};

use crate::domain::{Catalogue, FinancialYear, Month};
use crate::ui;

/// The views a person moves between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// The roles browser.
    Roles,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [Self; 1] = [Self::Roles];

    /// Its name in the navigation bar.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Roles => "Roles",
        }
    }
}

/// Light, dark or as the system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// The whole app's state.
pub struct App {
    catalogue: Arc<Catalogue>,
    today: Month,
    view: View,
    theme: Theme,
    zoom: f32,
    about_open: bool,
    /// A message about the data (for example a bad override folder), shown until dismissed.
    data_notice: Option<String>,
    pending: Vec<Command>,
    /// The roles browser.
    pub roles: ui::roles::RolesView,
}

impl App {
    /// An app on a catalogue, as at `today`.
    #[must_use]
    pub fn new(catalogue: Arc<Catalogue>, today: Month) -> Self {
        let pay_year = default_pay_year(&catalogue, today);
        Self {
            roles: ui::roles::RolesView::new(pay_year),
            catalogue,
            today,
            view: View::Roles,
            theme: Theme::System,
            zoom: 1.0,
            about_open: false,
            data_notice: None,
            pending: Vec::new(),
        }
    }

    /// The catalogue in use.
    #[must_use]
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The view shown.
    #[must_use]
    pub fn view(&self) -> View {
        self.view
    }

    /// The theme chosen.
    #[must_use]
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// The zoom factor.
    #[must_use]
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Shows a notice about the data until it is dismissed.
    pub fn set_data_notice(&mut self, notice: impl Into<String>) {
        self.data_notice = Some(notice.into());
    }

    /// Queues a command for the end of this frame.
    pub fn push(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Draws the whole app into `ui` and applies the frame's commands. Usable without a
    /// window (UI tests drive it through `egui_kittest`).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.shortcuts(ui.ctx());
        ui::frame::menu_bar_ui(self, ui);
        ui::frame::status_bar_ui(self, ui);
        if let Some(notice) = self.data_notice.clone()
            && ui::frame::notice_ui(ui, &notice)
        {
            self.data_notice = None;
        }
        egui::CentralPanel::default().show(ui, |ui| match self.view {
            View::Roles => {
                let commands = self.roles.ui(ui, &self.catalogue);
                self.pending.extend(commands);
            }
        });
        if self.about_open {
            ui::frame::about_window_ui(self, ui.ctx());
        }
        for command in std::mem::take(&mut self.pending) {
            self.apply(ui.ctx(), command);
        }
    }

    /// Keyboard shortcuts of every command.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        for command in UiCommand::ALL {
            let shortcuts = command.shortcut().into_iter().chain(command.alternative_shortcuts());
            for shortcut in shortcuts {
                if ctx.input_mut(|input| input.consume_shortcut(&shortcut)) {
                    self.pending.push(Command::Ui(command));
                }
            }
        }
    }

    /// Runs one command.
    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(UiCommand::Quit) => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Ui(UiCommand::ZoomIn) => self.set_zoom(ctx, self.zoom + 0.1),
            Command::Ui(UiCommand::ZoomOut) => self.set_zoom(ctx, self.zoom - 0.1),
            Command::Ui(UiCommand::ZoomReset) => self.set_zoom(ctx, 1.0),
            Command::Ui(UiCommand::ThemeSystem) => self.set_theme(ctx, Theme::System),
            Command::Ui(UiCommand::ThemeLight) => self.set_theme(ctx, Theme::Light),
            Command::Ui(UiCommand::ThemeDark) => self.set_theme(ctx, Theme::Dark),
            Command::Ui(UiCommand::About) => self.about_open = true,
            Command::Show(view) => self.view = view,
        }
    }

    fn set_zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        self.zoom = (zoom * 10.0).round().clamp(5.0, 30.0) / 10.0;
        ctx.set_zoom_factor(self.zoom);
    }

    fn set_theme(&mut self, ctx: &egui::Context, theme: Theme) {
        self.theme = theme;
        ctx.set_theme(match theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
    }

    /// Closes the About window.
    pub fn close_about(&mut self) {
        self.about_open = false;
    }

    /// Today, as the app sees it.
    #[must_use]
    pub fn today(&self) -> Month {
        self.today
    }
}

/// The pay year shown by default: this year's table if published, else the latest.
#[must_use]
pub fn default_pay_year(catalogue: &Catalogue, today: Month) -> FinancialYear {
    let nation = crate::domain::model::taxonomy::Nation::England;
    let this_year = today.financial_year();
    if catalogue.pay_table(nation, this_year).is_some() {
        this_year
    } else {
        catalogue.latest_pay_table(nation).map_or(this_year, |table| table.year)
    }
}
