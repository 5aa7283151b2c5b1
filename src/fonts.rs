//! The fonts of both the window and the PDF: `DejaVu` Sans (embedded in the binary) and, for
//! scripts it lacks (Chinese, Japanese, Korean, Devanagari, Bengali, Tamil...), fonts found on
//! the system with `fontdb`, read once per process.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// `DejaVu` Sans, regular (licence in `assets/fonts/LICENSE-DejaVu.txt`).
pub const REGULAR_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// `DejaVu` Sans, bold.
pub const BOLD_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");

/// A system font that draws characters `DejaVu` Sans cannot.
#[derive(Debug)]
pub struct SystemFont {
    /// Its family name: "Noto Sans CJK SC".
    pub family: String,
    /// The font file's bytes (kept for the life of the process).
    pub bytes: &'static [u8],
    /// The face's index in a collection file.
    pub index: u32,
}

struct Library {
    database: fontdb::Database,
    /// Files already read, by path: (bytes, face index) per face id.
    loaded: Mutex<HashMap<fontdb::ID, Option<&'static SystemFont>>>,
    /// The face chosen for a character (none when no font has it).
    chosen: Mutex<HashMap<(char, bool), Option<fontdb::ID>>>,
}

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        Library { database, loaded: Mutex::new(HashMap::new()), chosen: Mutex::new(HashMap::new()) }
    })
}

/// A font on the system that has a glyph for `c` (bold when asked and there is one), sans
/// serif first; none when no installed font has it.
#[must_use]
pub fn fallback_for(c: char, bold: bool) -> Option<&'static SystemFont> {
    let library = library();
    let id = {
        let mut chosen = library.chosen.lock().ok()?;
        *chosen.entry((c, bold)).or_insert_with(|| choose(&library.database, c, bold))
    }?;
    let mut loaded = library.loaded.lock().ok()?;
    *loaded.entry(id).or_insert_with(|| load(&library.database, id))
}

fn choose(database: &fontdb::Database, c: char, bold: bool) -> Option<fontdb::ID> {
    let wanted = if bold { fontdb::Weight::BOLD } else { fontdb::Weight::NORMAL };
    database
        .faces()
        .filter(|face| face.style == fontdb::Style::Normal)
        .filter(|face| {
            database
                .with_face_data(face.id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .ok()
                        .and_then(|parsed| parsed.glyph_index(c))
                        .is_some()
                })
                .unwrap_or(false)
        })
        .min_by_key(|face| {
            let family = face.families.first().map_or("", |(name, _)| name.as_str());
            let sans = family.contains("Sans") && !family.contains("Mono");
            (!sans, !family.starts_with("Noto"), face.weight.0.abs_diff(wanted.0), family.len())
        })
        .map(|face| face.id)
}

fn load(database: &fontdb::Database, id: fontdb::ID) -> Option<&'static SystemFont> {
    let face = database.face(id)?;
    let bytes = match &face.source {
        fontdb::Source::File(path) => std::fs::read(path).ok()?,
        fontdb::Source::Binary(data) | fontdb::Source::SharedFile(_, data) => (**data).as_ref().to_vec(),
    };
    let family = face.families.first().map_or_else(String::new, |(name, _)| name.clone());
    // Read once and kept: a handful of fonts at most, used until the process ends.
    let font = SystemFont { family, bytes: Vec::leak(bytes), index: face.index };
    Some(Box::leak(Box::new(font)))
}

/// The name of the script a character belongs to, for the notice when no font has it.
#[must_use]
pub fn script_name(c: char) -> &'static str {
    match u32::from(c) {
        0x0590..=0x05FF => "Hebrew",
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => "Arabic",
        0x0900..=0x097F => "Devanagari",
        0x0980..=0x09FF => "Bengali",
        0x0A00..=0x0A7F => "Gurmukhi",
        0x0A80..=0x0AFF => "Gujarati",
        0x0B80..=0x0BFF => "Tamil",
        0x0C00..=0x0C7F => "Telugu",
        0x0D80..=0x0DFF => "Sinhala",
        0x0E00..=0x0E7F => "Thai",
        0x1100..=0x11FF | 0xAC00..=0xD7AF => "Korean",
        0x3040..=0x30FF => "Japanese",
        0x2E80..=0x2FFF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => "Chinese",
        0x1F000..=0x1FAFF => "emoji",
        _ => "other",
    }
}
