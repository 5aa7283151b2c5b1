//! Small widgets shared by the views.

use egui::{RichText, Ui};

use crate::domain::Catalogue;
use crate::domain::matching::Fit;
use crate::domain::model::catalogue::{Requirement, Source, Strength};

/// A section heading.
pub fn heading_ui(ui: &mut Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(text).strong().size(16.0));
    ui.add_space(2.0);
}

/// A bulleted line that wraps.
pub fn bullet_ui(ui: &mut Ui, text: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label("•");
        ui.label(text);
    });
}

/// A bulleted line that wraps, whose web addresses are links that open in the browser.
pub fn linked_bullet_ui(ui: &mut Ui, text: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label("• ");
        linked_text_ui(ui, text);
    });
}

/// Text whose web and email addresses are links (opened by the system's browser or mail app;
/// the planner itself connects to nothing). Call inside a wrapping layout.
pub fn linked_text_ui(ui: &mut Ui, text: &str) {
    ui.spacing_mut().item_spacing.x = 0.0;
    for piece in crate::domain::links::pieces(text) {
        match piece {
            crate::domain::links::Piece::Text(text) => {
                ui.label(text);
            }
            crate::domain::links::Piece::Link { text, target } => {
                ui.hyperlink_to(text, &target).on_hover_text(format!("Open {target}"));
            }
        }
    }
}

/// The icon of a fit, so that fit never relies on colour alone.
#[must_use]
pub fn fit_icon(fit: Fit) -> &'static str {
    match fit {
        Fit::Eligible => "✔",
        Fit::Close => "◑",
        Fit::NotYet => "○",
    }
}

/// The colour of a fit, always shown with its icon and words.
#[must_use]
pub fn fit_colour(ui: &Ui, fit: Fit) -> egui::Color32 {
    let dark = ui.visuals().dark_mode;
    match (fit, dark) {
        (Fit::Eligible, false) => egui::Color32::from_rgb(0, 110, 50),
        (Fit::Eligible, true) => egui::Color32::from_rgb(110, 210, 140),
        (Fit::Close, false) => egui::Color32::from_rgb(150, 90, 0),
        (Fit::Close, true) => egui::Color32::from_rgb(240, 190, 90),
        (Fit::NotYet, _) => ui.visuals().weak_text_color(),
    }
}

/// "Met" or "Missing" with an icon.
pub fn met_label_ui(ui: &mut Ui, met: bool) {
    let (icon, text) = if met { ("✔", "Met") } else { ("✖", "Missing") };
    let colour = if met { fit_colour(ui, Fit::Eligible) } else { ui.visuals().error_fg_color };
    ui.label(RichText::new(format!("{icon} {text}")).color(colour).strong());
}

/// A small tag saying how firmly a requirement is stated ("most posts ask", "the planner's
/// estimate") and a "Source" link whose hover shows the source's own words and its title.
pub fn strength_tag_ui(ui: &mut Ui, requirement: &Requirement, citation: &str) {
    if let Some(label) = requirement.strength.label() {
        let meaning = match requirement.strength {
            Strength::Usual => {
                "The source hedges (\"usually\", \"often\", \"may\"): most posts ask for this, but it does not stop you applying"
            }
            _ => "The planner's own figure where no source gives one; check current adverts on NHS Jobs",
        };
        ui.label(RichText::new(label).italics().small().weak()).on_hover_text(meaning);
    }
    let why = if requirement.quote.is_empty() {
        citation.to_owned()
    } else {
        format!("\u{201c}{}\u{201d}\n\n{citation}", requirement.quote)
    };
    ui.label(RichText::new("Source").small().underline().weak()).on_hover_text(why);
}

/// The citations of some sources, weak and small.
pub fn sources_ui(ui: &mut Ui, catalogue: &Catalogue, sources: &[&Source]) {
    let mut seen = Vec::new();
    for source in sources {
        let cited = catalogue.cite(source);
        if !seen.contains(&cited) {
            seen.push(cited);
        }
    }
    ui.label(RichText::new(format!("Sources: {}", seen.join("; "))).small().weak());
    // The documents that are on the web, as links (opened by the system's browser).
    let mut documents: Vec<&crate::domain::model::catalogue::Document> = Vec::new();
    for source in sources {
        if let Some(document) = catalogue.document(&source.document)
            && document.location.starts_with("https://")
            && !documents.iter().any(|known| known.id == document.id)
        {
            documents.push(document);
        }
    }
    if !documents.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Read them online:").small().weak());
            for document in documents {
                ui.hyperlink_to(RichText::new(&document.title).small(), &document.location)
                    .on_hover_text(format!("Open {}", document.location));
            }
        });
    }
}

/// A month: a month list and a year box, each with an accessible name ("Start month", "Start year").
pub fn month_ui(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug + Copy,
    name: &str,
    month: &mut crate::domain::Month,
) {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut number = month.number();
    let mut year = month.year();
    let month_label = ui.label(format!("{name} month"));
    egui::ComboBox::from_id_salt(("month", id))
        .width(64.0)
        .selected_text(MONTHS.get(number.saturating_sub(1) as usize).copied().unwrap_or("?"))
        .show_ui(ui, |ui| {
            for (at, text) in (1..).zip(MONTHS) {
                ui.selectable_value(&mut number, at, text);
            }
        })
        .response
        .labelled_by(month_label.id);
    let year_label = ui.label(format!("{name} year"));
    ui.add(
        egui::DragValue::new(&mut year)
            .range(crate::domain::model::month::MIN_YEAR..=crate::domain::model::month::MAX_YEAR),
    )
    .labelled_by(year_label.id);
    if let Some(changed) = crate::domain::Month::new(year, number) {
        *month = changed;
    }
}

/// What a row's controls asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    /// Move the row up.
    Up,
    /// Move the row down.
    Down,
    /// Remove the row.
    Remove,
}

/// Move up, move down and remove buttons for a list row.
pub fn row_controls_ui(ui: &mut Ui, index: usize, count: usize) -> Option<RowAction> {
    let mut action = None;
    if ui.add_enabled(index > 0, egui::Button::new("⬆").small()).on_hover_text("Move up").clicked() {
        action = Some(RowAction::Up);
    }
    if ui.add_enabled(index + 1 < count, egui::Button::new("⬇").small()).on_hover_text("Move down").clicked()
    {
        action = Some(RowAction::Down);
    }
    if ui.add(egui::Button::new("✖ Remove").small()).on_hover_text("Remove this entry").clicked() {
        action = Some(RowAction::Remove);
    }
    action
}

/// Applies a row action to a list.
pub fn apply_row_action<T>(items: &mut Vec<T>, index: usize, action: RowAction) {
    match action {
        RowAction::Up if index > 0 && index < items.len() => items.swap(index, index - 1),
        RowAction::Down if index + 1 < items.len() => items.swap(index, index + 1),
        RowAction::Remove if index < items.len() => {
            items.remove(index);
        }
        _ => {}
    }
}

/// A problem shown next to a field, in the error colour with an icon (never colour alone).
pub fn problem_ui(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(format!("⚠ {text}")).color(ui.visuals().error_fg_color));
}

/// A labelled single-line text field.
pub fn text_field_ui(ui: &mut Ui, name: &str, text: &mut String, width: f32) -> egui::Response {
    let label = ui.label(name);
    ui.add(egui::TextEdit::singleline(text).desired_width(width)).labelled_by(label.id)
}

/// A labelled, searchable choice of catalogue role, with a first entry for "none" (see
/// [`super::picker`]). Returns true when the choice changed.
pub fn role_choice_ui(
    ui: &mut Ui,
    catalogue: &Catalogue,
    label: &str,
    none: &str,
    chosen: &mut Option<String>,
) -> bool {
    let title = chosen.as_deref().and_then(|id| catalogue.role(id)).map_or(none, |role| role.title.as_str());
    super::picker::Picker { label, selected_text: title, none: Some(none) }.ui(
        ui,
        ("role-choice", label),
        || role_entries(catalogue),
        chosen,
    )
}

/// The catalogue's roles as picker entries, found by title and other names.
#[must_use]
pub fn role_entries(catalogue: &Catalogue) -> Vec<super::picker::PickerEntry<'_>> {
    catalogue
        .roles
        .iter()
        .map(|role| super::picker::PickerEntry {
            id: &role.id,
            title: &role.title,
            also: role.also_known_as.iter().map(String::as_str).collect(),
        })
        .collect()
}
