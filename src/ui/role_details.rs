//! The details pane of a role: everything the catalogue holds about it, with pay for the
//! chosen pay year and, when a profile is open, each requirement met or missing.

use egui::{RichText, ScrollArea, Ui};

use super::widgets::{
    bullet_ui, fit_colour, fit_icon, heading_ui, met_label_ui, sources_ui, strength_tag_ui,
};
use crate::domain::format::pounds;
use crate::domain::gaps::GapKind;
use crate::domain::matching::{RequirementVerdict, RoleMatch, span};
use crate::domain::model::catalogue::{Requirement, Role, RolePay, Source};
use crate::domain::model::taxonomy::Nation;
use crate::domain::pay::band_pay_range;
use crate::domain::{Catalogue, FinancialYear};
use crate::state::Command;

/// What the details pane knows besides the role.
pub struct DetailsContext<'a, 'c> {
    /// The pay year whose figures are shown.
    pub pay_year: FinancialYear,
    /// The nation whose pay tables apply.
    pub nation: Nation,
    /// The role judged against the open profile, if any.
    pub matched: Option<&'a RoleMatch<'c>>,
    /// True when the role is in the comparison.
    pub compared: bool,
    /// True when a profile is open.
    pub has_profile: bool,
    /// True when the first action should take the keyboard focus (Enter in the roles list).
    pub focus_actions: bool,
}

/// Draws the details of a role.
pub fn details_ui(
    ui: &mut Ui,
    catalogue: &Catalogue,
    role: &Role,
    context: &DetailsContext<'_, '_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let pay_year = context.pay_year;
    // Each role opens at the top: the scroll position is reset when another role is shown.
    let shown_id = egui::Id::unique("role-details-shown");
    let shown_before = ui.data(|data| data.get_temp::<String>(shown_id));
    let mut scroll = ScrollArea::vertical().id_salt("role-details").auto_shrink([false, false]);
    if shown_before.as_deref() != Some(role.id.as_str()) {
        ui.data_mut(|data| data.insert_temp(shown_id, role.id.clone()));
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show(ui, |ui| {
        ui.label(RichText::new(&role.title).heading().strong());
        actions_ui(ui, role, context, &mut commands);
        if !role.also_known_as.is_empty() {
            ui.label(RichText::new(format!("Also known as: {}", role.also_known_as.join(", "))).weak());
        }
        let specialism =
            catalogue.specialism(&role.specialism).map_or(role.specialism.as_str(), |s| s.name.as_str());
        let mut facts = vec![format!("Specialism: {specialism}")];
        if let Some(parent) = role.parent.as_deref().and_then(|id| catalogue.role(id)) {
            facts.push(format!("Part of: {}", parent.title));
        }
        if let Some(level) = role.framework_level {
            let name = catalogue
                .frameworks
                .career_framework_levels
                .iter()
                .find(|entry| entry.level == level)
                .map_or(String::new(), |entry| format!(" ({})", entry.name));
            facts.push(format!("Career framework level {level}{name}"));
        }
        ui.label(facts.join("  ·  "));
        ui.add_space(4.0);
        ui.label(&role.summary);

        heading_ui(ui, "Pay");
        pay_ui(ui, catalogue, &role.pay, pay_year, context.nation);

        heading_ui(ui, "What the work involves");
        for activity in &role.activities {
            bullet_ui(ui, activity);
        }
        if !role.settings.is_empty() {
            let settings: Vec<&str> = role.settings.iter().map(|setting| setting.name()).collect();
            ui.label(RichText::new(format!("Found in: {}", settings.join(", "))).weak());
        }

        if let Some(matched) = context.matched {
            fit_ui(ui, matched);
            verdicts_ui(ui, "Essential requirements", matched.requirements.iter().filter(|v| v.essential));
            if !role.desirable.is_empty() {
                verdicts_ui(ui, "Desirable", matched.requirements.iter().filter(|v| !v.essential));
            }
        } else {
            requirements_ui(ui, catalogue, "Essential requirements", &role.essential);
            if !role.desirable.is_empty() {
                requirements_ui(ui, catalogue, "Desirable", &role.desirable);
            }
        }

        if !role.work_towards.is_empty() {
            heading_ui(ui, "Professional qualifications to work towards");
            for id in &role.work_towards {
                if let Some(qualification) = catalogue.qualification(id) {
                    bullet_ui(ui, &qualification_line(qualification));
                }
            }
        }
        if !role.entry_routes.is_empty() {
            heading_ui(ui, "Ways in");
            for id in &role.entry_routes {
                if let Some(route) = catalogue.route(id) {
                    bullet_ui(ui, &format!("{} ({})", route.title, route.kind.name()));
                }
            }
        }
        if !role.leads_to.is_empty() {
            heading_ui(ui, "Usually leads to");
            for next in &role.leads_to {
                if let Some(next_role) = catalogue.role(&next.role) {
                    bullet_ui(
                        ui,
                        &format!(
                            "{} ({}), typically after at least {}",
                            next_role.title,
                            next_role.pay.label(),
                            crate::domain::matching::span(next.min_months)
                        ),
                    );
                }
            }
        }
        if !role.notes.is_empty() {
            heading_ui(ui, "Notes");
            for note in &role.notes {
                bullet_ui(ui, note);
            }
        }
        ui.add_space(8.0);
        let mut sources: Vec<&Source> = role.sources.iter().collect();
        sources.push(role.pay.source());
        sources.extend(role.essential.iter().chain(&role.desirable).map(|requirement| &requirement.source));
        sources_ui(ui, catalogue, &sources);
    });
    commands
}

/// The buttons acting on a role.
fn actions_ui(ui: &mut Ui, role: &Role, context: &DetailsContext<'_, '_>, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let enabled = context.has_profile;
        let target = ui
            .add_enabled(enabled, egui::Button::new("Set as target"))
            .on_hover_text("Aim your path and action plan at this role")
            .on_disabled_hover_text("Open or start a profile first");
        if target.clicked() {
            commands.push(Command::SetTarget(role.id.clone()));
        }
        if context.focus_actions && enabled {
            target.request_focus();
        }
        let missing = context.matched.is_some_and(|matched| matched.missing_essentials().next().is_some());
        let gaps = ui
            .add_enabled(enabled && missing, egui::Button::new("Add gaps to action plan"))
            .on_hover_text("Add an action for each missing essential requirement")
            .on_disabled_hover_text("Nothing essential is missing, or no profile is open");
        if gaps.clicked() {
            commands.push(Command::AddGaps(role.id.clone(), GapKind::Essential));
        }
        let desirable = context.matched.is_some_and(|matched| matched.missing_desirables().next().is_some());
        let desirable_gaps = ui
            .add_enabled(enabled && desirable, egui::Button::new("Add desirable gaps"))
            .on_hover_text("Add an action for each missing desirable requirement: not needed to apply, but they strengthen an application")
            .on_disabled_hover_text("Nothing desirable is missing, or no profile is open");
        if desirable_gaps.clicked() {
            commands.push(Command::AddGaps(role.id.clone(), GapKind::Desirable));
        }
        let label = if context.compared { "Remove from comparison" } else { "Add to comparison" };
        let compare = ui.button(label).on_hover_text("Compare up to three roles side by side");
        if compare.clicked() {
            commands.push(Command::ToggleCompare(role.id.clone()));
        }
        if context.focus_actions && !enabled {
            compare.request_focus();
        }
    });
}

/// Fit, score and why.
fn fit_ui(ui: &mut Ui, matched: &RoleMatch<'_>) {
    heading_ui(ui, "Your fit");
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("{} {}", fit_icon(matched.fit), matched.fit.label()))
                .color(fit_colour(ui, matched.fit))
                .strong()
                .size(16.0),
        );
        ui.label(format!("score {} of 100", matched.score));
    });
    for reason in &matched.reasons {
        bullet_ui(ui, reason);
    }
}

/// Each requirement met or missing, why, and how to close it.
fn verdicts_ui<'v, 'c: 'v>(
    ui: &mut Ui,
    title: &str,
    verdicts: impl Iterator<Item = &'v RequirementVerdict<'c>>,
) {
    heading_ui(ui, title);
    for verdict in verdicts {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                met_label_ui(ui, verdict.met());
                ui.label(RichText::new(verdict.text()).strong());
                strength_tag_ui(ui, verdict.requirement, &verdict.source);
            });
            ui.label(verdict.reason());
            if !verdict.met() {
                for way in verdict.ways() {
                    bullet_ui(ui, &way.text);
                }
                if let Some(months) = verdict.months_to_close() {
                    ui.label(
                        RichText::new(format!("Quickest: about {} (estimated)", span(months.max(1)))).weak(),
                    );
                }
            }
            if let Some(note) = verdict.note() {
                ui.label(RichText::new(note).small().weak());
            }
        });
    }
}

/// "CIPD Level 5 Associate Diploma (level 5), about 8 to 10 months, part time".
#[must_use]
pub fn qualification_line(qualification: &crate::domain::model::catalogue::Qualification) -> String {
    let mut line = qualification.title.clone();
    if let Some(level) = qualification.level {
        line = format!("{line} (level {level})");
    }
    if let Some(duration) = qualification.duration {
        line = format!("{line}, {}", duration.phrase());
    }
    line
}

fn requirements_ui(ui: &mut Ui, catalogue: &Catalogue, title: &str, requirements: &[Requirement]) {
    heading_ui(ui, title);
    for requirement in requirements {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.label(&requirement.text);
            strength_tag_ui(ui, requirement, &catalogue.cite(&requirement.source));
        });
        let ways: Vec<String> = requirement
            .ways_to_meet
            .iter()
            .filter_map(|id| {
                catalogue
                    .qualification(id)
                    .map(qualification_line)
                    .or_else(|| catalogue.route(id).map(|route| route.title.clone()))
            })
            .collect();
        if !ways.is_empty() {
            ui.indent(("ways", &requirement.id), |ui| {
                ui.label(RichText::new(format!("Ways to meet it: {}", ways.join("; "))).small());
            });
        }
    }
}

fn pay_ui(ui: &mut Ui, catalogue: &Catalogue, pay: &RolePay, year: FinancialYear, nation: Nation) {
    ui.label(RichText::new(pay.label()).strong());
    if let Some(bands) = pay.band_range() {
        match band_pay_range(catalogue, nation, year, bands) {
            Some(range) => {
                for band in &range.bands {
                    ui.label(format!("{}: {} a year, full time", band.band, band.words()));
                }
                ui.label(RichText::new(range.table_words()).small().weak());
            }
            None => {
                ui.label(format!("There is no pay table for {year} in the data."));
            }
        }
    }
    match pay {
        RolePay::Afc { .. } => {}
        RolePay::NotUsuallyAfc { typical_pay, note, .. } | RolePay::OutsideAfc { typical_pay, note, .. } => {
            ui.label(note);
            if let Some(figure) = typical_pay {
                let meaning = match figure.meaning {
                    crate::domain::model::catalogue::FigureMeaning::Average => "on average",
                    crate::domain::model::catalogue::FigureMeaning::AtLeast => "can exceed",
                    crate::domain::model::catalogue::FigureMeaning::Typical => "typically",
                };
                ui.label(format!(
                    "{meaning}: {} a year ({}; estimated)",
                    pounds(figure.annual_pounds),
                    figure.year
                ));
                if !figure.note.is_empty() {
                    ui.label(RichText::new(&figure.note).small().weak());
                }
            }
        }
    }
}
