//! Small widgets shared by the views.

use egui::{RichText, Ui};

use crate::domain::Catalogue;
use crate::domain::matching::Fit;
use crate::domain::model::catalogue::Source;

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

/// A small "typical" tag with its explanation on hover.
pub fn typical_tag_ui(ui: &mut Ui) {
    ui.label(RichText::new("typical").italics().small().weak())
        .on_hover_text("The planner's reading of such posts (for example years of experience), not a rule stated by a source");
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
}

/// Pounds with thousands separators: "£49,387".
#[must_use]
pub fn pounds(value: u32) -> String {
    crate::domain::format::pounds(u64::from(value))
}
