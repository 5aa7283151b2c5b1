//! The roles browser: search, filters by specialism and band, a virtualised list, and a
//! details pane with everything the catalogue holds about the selected role.

use egui::{ComboBox, RichText, ScrollArea, TextEdit, Ui};

use crate::domain::format::thousands;
use crate::domain::matching::MatchReport;
use crate::domain::model::catalogue::Role;
use crate::domain::{Band, Catalogue, FinancialYear};
use crate::state::{Command, State};

/// Which bands to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BandFilter {
    /// Every role.
    Any,
    /// Roles whose typical range includes this band.
    Band(Band),
    /// Roles paid outside Agenda for Change.
    OutsideAfc,
}

/// The filter inputs the cached list was built from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct FilterKey {
    search: String,
    specialism: Option<String>,
    band: BandFilter,
    roles: usize,
    /// The version of the verdicts when sorted by best match (none in catalogue order).
    ranking: Option<u64>,
}

/// The roles browser's own state: search, filters, order and the selected role.
#[derive(Debug)]
pub struct RolesView {
    search: String,
    specialism: Option<String>,
    band: BandFilter,
    selected: Option<String>,
    by_best_match: bool,
    filtered: Vec<usize>,
    filter_key: Option<FilterKey>,
    /// Set by Enter in the search box or on a role: the details' first action takes the focus.
    focus_details: bool,
}

impl Default for RolesView {
    fn default() -> Self {
        Self {
            search: String::new(),
            specialism: None,
            band: BandFilter::Any,
            selected: None,
            by_best_match: true,
            filtered: Vec::new(),
            filter_key: None,
            focus_details: false,
        }
    }
}

impl RolesView {
    /// The selected role's id.
    #[must_use]
    pub fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    /// Selects a role.
    pub fn select(&mut self, id: Option<String>) {
        self.selected = id;
    }

    /// The ids of the roles listed now, in order.
    #[must_use]
    pub fn listed<'c>(&self, catalogue: &'c Catalogue) -> Vec<&'c str> {
        self.filtered.iter().filter_map(|&at| catalogue.roles.get(at)).map(|role| role.id.as_str()).collect()
    }

    /// Rebuilds the filtered list only when an input changed, so typing and scrolling stay fast
    /// with large catalogues.
    fn refresh(&mut self, catalogue: &Catalogue, report: Option<&MatchReport<'_>>, version: u64) {
        let ranked = report.filter(|_| self.by_best_match);
        let key = FilterKey {
            search: self.search.trim().to_lowercase(),
            specialism: self.specialism.clone(),
            band: self.band,
            roles: catalogue.roles.len(),
            ranking: ranked.map(|_| version),
        };
        if self.filter_key.as_ref() == Some(&key) {
            return;
        }
        let order: Vec<usize> = match ranked {
            Some(report) => {
                report.roles.iter().filter_map(|matched| catalogue.role_index(matched.role_id())).collect()
            }
            None => (0..catalogue.roles.len()).collect(),
        };
        self.filtered = order
            .into_iter()
            .filter(|&at| catalogue.roles.get(at).is_some_and(|role| matches(catalogue, role, &key)))
            .collect();
        self.filter_key = Some(key);
        let still_listed =
            self.selected.as_ref().is_some_and(|id| self.listed(catalogue).contains(&id.as_str()));
        if !still_listed {
            self.selected =
                self.filtered.first().and_then(|&at| catalogue.roles.get(at)).map(|role| role.id.clone());
        }
    }

    /// Draws the browser; with a profile's verdicts, each role shows its fit and score.
    pub fn ui(&mut self, ui: &mut Ui, state: &State) -> Vec<Command> {
        let catalogue = state.catalogue();
        let report = state.report();
        let version = state.document().map_or(0, crate::state::Document::version);
        let mut commands = Vec::new();
        self.refresh(catalogue, report, version);
        egui::Panel::left("roles-list").resizable(true).default_size(360.0).min_size(260.0).show(ui, |ui| {
            let mut pay_year = state.pay_year();
            self.filters_ui(ui, catalogue, report.is_some(), &mut pay_year);
            if pay_year != state.pay_year() {
                commands.push(Command::SetPayYear(pay_year));
            }
            self.refresh(catalogue, report, version);
            ui.separator();
            self.list_ui(ui, catalogue, report);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let role = self.selected.as_deref().and_then(|id| catalogue.role(id));
            match role {
                Some(role) => {
                    let matched = report.and_then(|report| report.role(&role.id));
                    let context = super::role_details::DetailsContext {
                        pay_year: state.pay_year(),
                        nation: state.pay_nation(),
                        matched,
                        compared: state.compared().contains(&role.id),
                        has_profile: report.is_some(),
                        focus_actions: std::mem::take(&mut self.focus_details),
                    };
                    commands.extend(super::role_details::details_ui(ui, catalogue, role, &context));
                }
                None => {
                    ui.label("No role matches the search and filters. Clear the search or choose \"All\" in the filters.");
                }
            }
        });
        commands
    }

    fn filters_ui(
        &mut self,
        ui: &mut Ui,
        catalogue: &Catalogue,
        has_verdicts: bool,
        pay_year: &mut FinancialYear,
    ) {
        let label = ui.label("Search roles");
        let search = ui
            .add(
                TextEdit::singleline(&mut self.search)
                    .hint_text("Title, also known as, or words in the summary")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .on_hover_text("Enter goes to the first role's details and its \"Set as target\" button");
        if search.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
            self.focus_details = true;
        }
        ui.horizontal(|ui| {
            let label = ui.label("Specialism");
            let chosen = self
                .specialism
                .as_deref()
                .and_then(|id| catalogue.specialism(id))
                .map_or("All", |specialism| specialism.name.as_str());
            ComboBox::from_id_salt("specialism-filter")
                .selected_text(chosen)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.specialism, None, "All");
                    for specialism in &catalogue.specialisms {
                        ui.selectable_value(
                            &mut self.specialism,
                            Some(specialism.id.clone()),
                            &specialism.name,
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            let label = ui.label("Band");
            ComboBox::from_id_salt("band-filter")
                .selected_text(band_filter_text(self.band))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.band, BandFilter::Any, "All");
                    for band in &Band::ALL[1..] {
                        ui.selectable_value(&mut self.band, BandFilter::Band(*band), band.to_string());
                    }
                    ui.selectable_value(&mut self.band, BandFilter::OutsideAfc, "Outside AfC");
                })
                .response
                .labelled_by(label.id);
            let label = ui.label("Pay year");
            ComboBox::from_id_salt("pay-year")
                .selected_text(pay_year.to_string())
                .show_ui(ui, |ui| {
                    for table in &catalogue.pay_tables {
                        ui.selectable_value(
                            pay_year,
                            table.year,
                            format!("{} ({})", table.year, table.nation.name()),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if has_verdicts {
            ui.horizontal(|ui| {
                ui.label("Order");
                ui.selectable_value(&mut self.by_best_match, true, "Best match")
                    .on_hover_text("Your best fits first, by score");
                ui.selectable_value(&mut self.by_best_match, false, "Catalogue")
                    .on_hover_text("Grouped by specialism");
            });
        }
    }

    fn list_ui(&mut self, ui: &mut Ui, catalogue: &Catalogue, report: Option<&MatchReport<'_>>) {
        let (listed, all) = (self.filtered.len() as u64, catalogue.roles.len() as u64);
        ui.label(RichText::new(format!("{} of {} roles", thousands(listed), thousands(all))).weak());
        let row_height = ui.text_style_height(&egui::TextStyle::Body)
            + 2.0 * ui.spacing().button_padding.y
            + ui.spacing().item_spacing.y;
        let mut clicked = None;
        ScrollArea::vertical().id_salt("roles-scroll").auto_shrink([false, false]).show_rows(
            ui,
            row_height,
            self.filtered.len(),
            |ui, rows| {
                for &at in self.filtered.get(rows).unwrap_or_default() {
                    let Some(role) = catalogue.roles.get(at) else { continue };
                    let selected = self.selected.as_deref() == Some(role.id.as_str());
                    let band = role
                        .pay
                        .band_range()
                        .map_or_else(|| "Outside AfC".to_owned(), |(min, max)| band_short(min, max));
                    let matched = report.and_then(|report| report.role(&role.id));
                    let (title, right, hover) = match matched {
                        Some(matched) => (
                            format!("{} {}", super::widgets::fit_icon(matched.fit), role.title),
                            format!("{} · {band}", matched.score),
                            format!(
                                "{}: {} (score {} of 100), {}",
                                role.title,
                                matched.fit.label(),
                                matched.score,
                                role.pay.label()
                            ),
                        ),
                        None => (role.title.clone(), band, format!("{}: {}", role.title, role.pay.label())),
                    };
                    let button = egui::Button::selectable(selected, title)
                        .truncate()
                        .right_text(RichText::new(right).weak())
                        .min_size(egui::vec2(ui.available_width(), 0.0));
                    let response = ui.add(button).on_hover_text(hover);
                    if response.clicked() {
                        clicked = Some(role.id.clone());
                        // Enter on a role (not a click) goes on to its details' actions.
                        if response.has_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                            self.focus_details = true;
                        }
                    }
                }
            },
        );
        if clicked.is_some() {
            self.selected = clicked;
        }
    }
}

/// "7", "8a-9": a compact band range for list rows.
fn band_short(min: Band, max: Band) -> String {
    if min == max {
        format!("Band {}", min.short_name())
    } else {
        format!("Bands {}-{}", min.short_name(), max.short_name())
    }
}

fn band_filter_text(filter: BandFilter) -> String {
    match filter {
        BandFilter::Any => "All".to_owned(),
        BandFilter::Band(band) => band.to_string(),
        BandFilter::OutsideAfc => "Outside AfC".to_owned(),
    }
}

fn matches(catalogue: &Catalogue, role: &Role, key: &FilterKey) -> bool {
    let specialism = key.specialism.as_ref().is_none_or(|wanted| *wanted == role.specialism);
    let band = match key.band {
        BandFilter::Any => true,
        BandFilter::Band(band) => role.pay.band_range().is_some_and(|(min, max)| (min..=max).contains(&band)),
        BandFilter::OutsideAfc => role.pay.band_range().is_none(),
    };
    let search = key.search.is_empty() || {
        let specialism_name = catalogue.specialism(&role.specialism).map_or("", |s| s.name.as_str());
        key.search.split_whitespace().all(|word| {
            [role.title.as_str(), role.summary.as_str(), specialism_name]
                .into_iter()
                .chain(role.also_known_as.iter().map(String::as_str))
                .any(|text| text.to_lowercase().contains(word))
        })
    };
    specialism && band && search
}
