//! A searchable picker for long lists (roles, qualifications): a drop-down whose popup opens
//! with a search box focused. Typing filters with the same forgiving matcher as the profile's
//! qualification search; the arrow keys move the highlight, Enter chooses it and Escape closes.
//! The list draws only the rows in view, so 10,000 entries open as fast as 50.

use egui::{Key, Modifiers, PopupCloseBehavior, RichText, ScrollArea, TextEdit, Ui};

use crate::domain::search::rank;

/// One entry of a picker.
#[derive(Clone, Debug)]
pub struct PickerEntry<'a> {
    /// What is stored when it is chosen.
    pub id: &'a str,
    /// What is shown.
    pub title: &'a str,
    /// Other texts it is found by (other names, an abbreviation).
    pub also: Vec<&'a str>,
}

/// The picker's memory between frames: the search, its result and the highlight.
#[derive(Clone, Debug, Default)]
struct PickerMemory {
    open: bool,
    query: String,
    /// The query and entry count `shown` was worked out for.
    shown_for: Option<(String, usize)>,
    /// Positions in the entries (plus one: 0 is the "none" row) in the order shown.
    shown: Vec<usize>,
    highlighted: usize,
    /// The rows drawn last frame, to scroll the highlight into view.
    rows_in_view: std::ops::Range<usize>,
}

/// The most rows the popup shows at once before it scrolls.
const POPUP_HEIGHT: f32 = 320.0;

/// What a picker shows and chooses among.
pub struct Picker<'t> {
    /// The label before it, also its accessible name.
    pub label: &'t str,
    /// The text of the current choice.
    pub selected_text: &'t str,
    /// The first row, which chooses nothing; none when a choice must be made.
    pub none: Option<&'t str>,
}

impl Picker<'_> {
    /// Draws the picker; `entries` is called only while the popup is open. Returns true when
    /// the choice changed.
    pub fn ui<'a>(
        &self,
        ui: &mut Ui,
        id_salt: impl std::hash::Hash + std::fmt::Debug,
        entries: impl FnOnce() -> Vec<PickerEntry<'a>>,
        chosen: &mut Option<String>,
    ) -> bool {
        let label_response = ui.label(self.label);
        let memory_id = ui.make_persistent_id(("picker", id_salt));
        let mut memory: PickerMemory = ui.data_mut(|data| data.get_temp(memory_id)).unwrap_or_default();
        let before = chosen.clone();
        let popup = egui::ComboBox::from_id_salt(memory_id)
            .selected_text(self.selected_text)
            .width(300.0)
            .height(POPUP_HEIGHT + 60.0)
            .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
            .show_ui(ui, |ui| popup_ui(ui, self.none, &entries(), chosen, &mut memory));
        popup.response.labelled_by(label_response.id);
        if popup.inner.is_none() {
            memory.open = false;
        }
        ui.data_mut(|data| data.insert_temp(memory_id, memory));
        *chosen != before
    }

    /// Like [`Picker::ui`] for a choice that is always made.
    pub fn required_ui<'a>(
        &self,
        ui: &mut Ui,
        id_salt: impl std::hash::Hash + std::fmt::Debug,
        entries: impl FnOnce() -> Vec<PickerEntry<'a>>,
        chosen: &mut String,
    ) -> bool {
        let mut choice = Some(chosen.clone());
        let changed = self.ui(ui, id_salt, entries, &mut choice);
        if let Some(choice) = choice.filter(|_| changed) {
            *chosen = choice;
        }
        changed
    }
}

fn popup_ui(
    ui: &mut Ui,
    none: Option<&str>,
    entries: &[PickerEntry<'_>],
    chosen: &mut Option<String>,
    memory: &mut PickerMemory,
) {
    let opening = !memory.open;
    if opening {
        memory.open = true;
        memory.query.clear();
        memory.shown_for = None;
    }
    refresh(memory, none.is_some(), entries);
    if opening {
        let at = chosen.as_deref().and_then(|id| entries.iter().position(|entry| entry.id == id));
        let row = at.map_or(0, |at| at + 1);
        memory.highlighted = memory.shown.iter().position(|&shown| shown == row).unwrap_or(0);
    }
    // The keys are taken before the search box sees them (it would move its cursor).
    let (down, up, enter) = ui.input_mut(|input| {
        (
            input.consume_key(Modifiers::NONE, Key::ArrowDown),
            input.consume_key(Modifiers::NONE, Key::ArrowUp),
            input.key_pressed(Key::Enter),
        )
    });
    let count = memory.shown.len();
    let moved = down || up;
    if down {
        memory.highlighted = (memory.highlighted + 1).min(count.saturating_sub(1));
    }
    if up {
        memory.highlighted = memory.highlighted.saturating_sub(1);
    }
    let search = ui
        .horizontal(|ui| {
            let label = ui.label("Search");
            ui.add(TextEdit::singleline(&mut memory.query).hint_text("Type to search").desired_width(220.0))
                .labelled_by(label.id)
        })
        .inner;
    if opening {
        search.request_focus();
    }
    if search.changed() {
        refresh(memory, none.is_some(), entries);
        memory.highlighted = 0;
    }
    if enter && let Some(&row) = memory.shown.get(memory.highlighted) {
        choose(chosen, row, entries);
        ui.close();
        return;
    }
    if memory.shown.is_empty() {
        ui.label(RichText::new("Nothing matches: try fewer or other words").weak());
        return;
    }
    list_ui(ui, none, entries, chosen, memory, moved);
}

fn list_ui(
    ui: &mut Ui,
    none: Option<&str>,
    entries: &[PickerEntry<'_>],
    chosen: &mut Option<String>,
    memory: &mut PickerMemory,
    moved: bool,
) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let mut area = ScrollArea::vertical().max_height(POPUP_HEIGHT).auto_shrink([false, true]);
    let view = memory.rows_in_view.clone();
    if moved && !view.contains(&memory.highlighted) {
        let rows_fitting = view.len().saturating_sub(1).max(1);
        let first = if memory.highlighted < view.start {
            memory.highlighted
        } else {
            (memory.highlighted + 1).saturating_sub(rows_fitting)
        };
        #[expect(clippy::cast_precision_loss, reason = "a row number, far below 2^24")]
        let offset = first as f32 * row_height;
        area = area.vertical_scroll_offset(offset);
    }
    let mut picked = None;
    area.show_rows(ui, row_height, memory.shown.len(), |ui, rows| {
        memory.rows_in_view = rows.clone();
        for at in rows {
            let Some(&row) = memory.shown.get(at) else { continue };
            let text = match row.checked_sub(1) {
                Some(index) => entries.get(index).map_or("", |entry| entry.title),
                None => none.unwrap_or(""),
            };
            let selected = row_id(row, entries) == chosen.as_deref();
            let mut button = egui::Button::selectable(selected, text);
            if at == memory.highlighted {
                button = button.fill(ui.visuals().widgets.hovered.weak_bg_fill);
            }
            let response = ui.add(button);
            if at == memory.highlighted && moved {
                response.scroll_to_me(None);
            }
            if response.clicked() {
                picked = Some(row);
            }
        }
    });
    if let Some(row) = picked {
        choose(chosen, row, entries);
        ui.close();
    }
}

/// The id stored for a row (none for the "none" row).
fn row_id<'a>(row: usize, entries: &[PickerEntry<'a>]) -> Option<&'a str> {
    row.checked_sub(1).and_then(|at| entries.get(at)).map(|entry| entry.id)
}

fn choose(chosen: &mut Option<String>, row: usize, entries: &[PickerEntry<'_>]) {
    *chosen = row_id(row, entries).map(ToOwned::to_owned);
}

/// Works out the rows shown, only when the query or the entries changed.
fn refresh(memory: &mut PickerMemory, has_none: bool, entries: &[PickerEntry<'_>]) {
    let key = (memory.query.trim().to_owned(), entries.len());
    if memory.shown_for.as_ref() == Some(&key) {
        return;
    }
    memory.shown = if key.0.is_empty() {
        let first = usize::from(!has_none);
        (first..=entries.len()).collect()
    } else {
        let texts: Vec<Vec<&str>> = entries
            .iter()
            .map(|entry| std::iter::once(entry.title).chain(entry.also.iter().copied()).collect())
            .collect();
        rank(&key.0, &texts).into_iter().map(|at| at + 1).collect()
    };
    memory.shown_for = Some(key);
}
