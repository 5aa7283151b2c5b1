//! Fonts of the window: egui's own, with `DejaVu` Sans as a fallback for the symbols the views
//! use (✔ ✖ ◑ ○ ● ⚠ ☐ ☑) and for names in many scripts.

use std::sync::Arc;

/// `DejaVu` Sans, regular: the same bytes the PDF embeds (licence in
/// `assets/fonts/LICENSE-DejaVu.txt`).
const DEJAVU_SANS: &[u8] = crate::fonts::REGULAR_BYTES;

/// Adds `DejaVu` Sans after egui's fonts in both families.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("dejavu-sans".to_owned(), Arc::new(egui::FontData::from_static(DEJAVU_SANS)));
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push("dejavu-sans".to_owned());
    }
    ctx.set_fonts(fonts);
}
