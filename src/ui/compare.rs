//! Up to [`MAX_COMPARED_ROLES`] roles side by side: fit, bands and pay, requirements met or missing, ways in.

use egui::{RichText, ScrollArea, Ui};

use super::widgets::{fit_colour, fit_icon, strength_tag_ui};
use crate::domain::matching::{Fit, MatchReport, RoleMatch};
use crate::domain::model::catalogue::Role;
use crate::domain::pay::band_pay_range;
use crate::state::{Command, MAX_COMPARED_ROLES, State};

/// A role with its verdicts.
type Compared<'r, 'c> = (&'c Role, &'r RoleMatch<'c>);

/// Draws the comparison of the chosen roles.
pub fn compare_ui(ui: &mut Ui, state: &State) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(report) = state.report() else { return commands };
    let (catalogue, compared, pay_year) = (state.catalogue(), state.compared(), state.pay_year());
    ui.horizontal(|ui| {
        ui.label(RichText::new("Compare roles").heading().strong());
        if compared.len() < MAX_COMPARED_ROLES {
            add_role_ui(ui, report, compared, &mut commands);
        }
    });
    if compared.is_empty() {
        ui.label(format!("Choose up to {MAX_COMPARED_ROLES} roles to see them side by side: use \"Add a role\" above, or \"Add to comparison\" in the Roles view. Your best matches are at the top of the list."));
        return commands;
    }
    let roles: Vec<Compared<'_, '_>> =
        compared.iter().filter_map(|id| Some((catalogue.role(id)?, report.role(id)?))).collect();
    let nation = state.pay_nation();
    let widths = ColumnWidths::for_width(ui.available_width(), roles.len());
    ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
        // Columns share the width; below their least width they scroll sideways instead of
        // being cut.
        ui.set_min_width(widths.total);
        let cell = widths.role;
        egui::Grid::new("compare-grid")
            .num_columns(roles.len() + 1)
            .striped(true)
            .spacing([COLUMN_GAP, 8.0])
            .max_col_width(cell)
            .show(ui, |ui| {
                titles_row_ui(ui, &roles, &mut commands);
                row_ui(ui, "Your fit", &roles, |ui, (_, matched)| {
                    let text = format!(
                        "{} {} · score {}",
                        fit_icon(matched.fit),
                        matched.fit.label(),
                        matched.score
                    );
                    ui.label(RichText::new(text).color(fit_colour(ui, matched.fit)));
                });
                row_ui(ui, "Band", &roles, |ui, (role, _)| {
                    ui.label(role.pay.label());
                });
                row_ui(ui, &format!("Pay {pay_year} ({})", nation.name()), &roles, |ui, (role, _)| {
                    let range = role.pay.band_range().and_then(|bands| {
                        let range = band_pay_range(catalogue, nation, pay_year, bands)?;
                        Some(format!("{} a year, full time ({})", range.span_words(), range.basis))
                    });
                    ui.label(
                        range.unwrap_or_else(|| "Not on the AfC tables (see the role's details)".to_owned()),
                    );
                });
                row_ui(ui, "Essential requirements", &roles, |ui, (_, matched)| {
                    essentials_ui(ui, matched, cell);
                });
                row_ui(ui, "Desirable met", &roles, |ui, (_, matched)| {
                    let desirable: Vec<_> = matched.requirements.iter().filter(|v| !v.essential).collect();
                    ui.label(format!(
                        "{} of {}",
                        desirable.iter().filter(|v| v.met()).count(),
                        desirable.len()
                    ));
                });
                row_ui(ui, "Ways in", &roles, |ui, (role, _)| {
                    ui.vertical(|ui| {
                        ui.set_max_width(cell);
                        for route in role.entry_routes.iter().filter_map(|id| catalogue.route(id)) {
                            ui.label(&route.title);
                        }
                    });
                });
            });
    });
    commands
}

/// The gap between columns.
const COLUMN_GAP: f32 = 16.0;

/// The widths of the comparison's columns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColumnWidths {
    /// Each role's column.
    pub role: f32,
    /// Everything, with the headings' column and the gaps.
    pub total: f32,
}

impl ColumnWidths {
    /// The headings' column.
    const HEADINGS: f32 = 160.0;
    /// The least width of a role's column: below it the grid scrolls sideways.
    const LEAST: f32 = 200.0;
    /// The most width of a role's column.
    const MOST: f32 = 360.0;

    /// The widths for `roles` columns in `available` points.
    #[must_use]
    pub fn for_width(available: f32, roles: usize) -> Self {
        let count = f32::from(u8::try_from(roles.max(1)).unwrap_or(u8::MAX));
        let room = available - Self::HEADINGS - COLUMN_GAP * (count + 1.0);
        let role = (room / count).clamp(Self::LEAST, Self::MOST);
        Self { role, total: Self::HEADINGS + (role + COLUMN_GAP) * count }
    }
}

/// The searchable list of roles to add, best matches first (see [`super::picker`]).
fn add_role_ui(ui: &mut Ui, report: &MatchReport<'_>, compared: &[String], commands: &mut Vec<Command>) {
    let addable: Vec<(&str, String, &[String])> = report
        .roles
        .iter()
        .filter(|matched| !compared.iter().any(|id| id == matched.role_id()))
        .map(|matched| {
            let text = format!("{} {} ({})", fit_icon(matched.fit), matched.title(), matched.score);
            (matched.role_id(), text, matched.role.also_known_as.as_slice())
        })
        .collect();
    let mut chosen: Option<String> = None;
    let picker = super::picker::Picker { label: "Add a role", selected_text: "Choose…", none: None };
    let entries = || {
        addable
            .iter()
            .map(|(id, text, also)| super::picker::PickerEntry {
                id,
                title: text,
                also: also.iter().map(String::as_str).collect(),
            })
            .collect()
    };
    if picker.ui(ui, "compare-add", entries, &mut chosen)
        && let Some(id) = chosen
    {
        commands.push(Command::ToggleCompare(id));
    }
}

/// The first row: each role's title, with Details and Remove.
fn titles_row_ui(ui: &mut Ui, roles: &[Compared<'_, '_>], commands: &mut Vec<Command>) {
    ui.label("");
    for (role, _) in roles {
        ui.vertical(|ui| {
            ui.label(RichText::new(&role.title).strong());
            ui.horizontal(|ui| {
                if ui
                    .small_button("Details")
                    .on_hover_text(format!("Show {} in the Roles view", role.title))
                    .clicked()
                {
                    commands.push(Command::ShowRole(role.id.clone()));
                }
                if ui
                    .small_button("Remove")
                    .on_hover_text(format!("Take {} out of the comparison", role.title))
                    .clicked()
                {
                    commands.push(Command::ToggleCompare(role.id.clone()));
                }
            });
        });
    }
    ui.end_row();
}

/// One row of the grid: its heading, then a cell per role.
fn row_ui<'r, 'c>(
    ui: &mut Ui,
    heading: &str,
    roles: &[Compared<'r, 'c>],
    mut cell: impl FnMut(&mut Ui, Compared<'r, 'c>),
) {
    ui.label(RichText::new(heading).strong());
    for role in roles {
        cell(ui, *role);
    }
    ui.end_row();
}

/// Each essential requirement, met or missing, in words and an icon.
fn essentials_ui(ui: &mut Ui, matched: &RoleMatch<'_>, width: f32) {
    ui.vertical(|ui| {
        for verdict in matched.requirements.iter().filter(|v| v.essential) {
            let (icon, words, colour) = if verdict.met() {
                ("✔", "Met", fit_colour(ui, Fit::Eligible))
            } else {
                ("✖", "Missing", ui.visuals().error_fg_color)
            };
            ui.horizontal_wrapped(|ui| {
                ui.set_max_width(width);
                ui.label(RichText::new(icon).color(colour)).on_hover_text(words);
                ui.label(verdict.text());
                strength_tag_ui(ui, verdict.requirement, &verdict.source);
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::ColumnWidths;

    #[test]
    fn three_columns_fit_at_1024_and_scroll_below_their_least_width() {
        let wide = ColumnWidths::for_width(1000.0, 3);
        assert!(wide.total <= 1000.0, "{wide:?}");
        let narrow = ColumnWidths::for_width(600.0, 3);
        assert!((narrow.role - ColumnWidths::LEAST).abs() < f32::EPSILON);
        assert!(narrow.total > 600.0, "wider than the window: it scrolls sideways");
    }
}
