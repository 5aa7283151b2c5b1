//! Fonts of the window: egui's own, with `DejaVu` Sans as a fallback for the symbols the views
//! use (✔ ✖ ◑ ○ ● ⚠ ☐ ☑) and for names in many scripts, then the system fonts the PDF also
//! falls back to, so a name typed in Chinese or Devanagari shows in the profile editor.

use std::sync::Arc;

/// `DejaVu` Sans, regular: the same bytes the PDF embeds (licence in
/// `assets/fonts/LICENSE-DejaVu.txt`).
const DEJAVU_SANS: &[u8] = crate::fonts::REGULAR_BYTES;

/// Adds `DejaVu` Sans after egui's fonts in both families.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("dejavu-sans".to_owned(), Arc::new(egui::FontData::from_static(DEJAVU_SANS)));
    let mut names = vec!["dejavu-sans".to_owned()];
    // One character of each script DejaVu Sans lacks that names are often written in.
    for sample in ['李', 'あ', '한', 'क', 'অ', 'த'] {
        if let Some(system) = crate::fonts::fallback_for(sample, false)
            && !names.contains(&system.family)
        {
            let mut data = egui::FontData::from_static(system.bytes);
            data.index = system.index;
            fonts.font_data.insert(system.family.clone(), Arc::new(data));
            names.push(system.family.clone());
        }
    }
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().extend(names.iter().cloned());
    }
    ctx.set_fonts(fonts);
}
