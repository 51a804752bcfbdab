//! Search (Ctrl+F): fuzzy matching on names and aliases as you type, a result
//! list navigable with the arrow keys, Enter selects and centres the entity.

use egui::{Key, RichText};

use crate::analysis::search::{SearchHit, SearchIndex};
use crate::model::Model;
use crate::ui::{Command, theme};

/// Results shown at most.
const MAX_HITS: usize = 50;

#[derive(Default)]
pub struct SearchState {
    pub open: bool,
    pub query: String,
    hits_for: Option<String>,
    hits: Vec<SearchHit>,
    cursor: usize,
    /// Give the text field focus on the next frame.
    focus_requested: bool,
}

impl SearchState {
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.focus_requested = self.open;
    }
}

pub fn search_ui(
    ctx: &egui::Context,
    search: &mut SearchState,
    index: &SearchIndex,
    model: &Model,
    commands: &mut Vec<Command>,
) {
    if !search.open {
        return;
    }
    if search.hits_for.as_deref() != Some(search.query.as_str()) {
        search.hits = index.search(model, &search.query, MAX_HITS);
        search.hits_for = Some(search.query.clone());
        search.cursor = 0;
    }
    let mut open = true;
    egui::Window::new("Search")
        .open(&mut open)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 40.0])
        .collapsible(false)
        .resizable(false)
        .default_width(360.0)
        .show(ctx, |ui| {
            let field = ui.add(
                egui::TextEdit::singleline(&mut search.query)
                    .hint_text("Name or alias, e.g. a surname or an acronym")
                    .desired_width(340.0),
            );
            if search.focus_requested {
                field.request_focus();
                search.focus_requested = false;
            }
            let (down, up, enter, escape) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                    i.key_pressed(Key::Enter),
                    i.consume_key(egui::Modifiers::NONE, Key::Escape),
                )
            });
            if down {
                search.cursor = (search.cursor + 1).min(search.hits.len().saturating_sub(1));
            }
            if up {
                search.cursor = search.cursor.saturating_sub(1);
            }
            if escape {
                search.open = false;
            }
            if enter && let Some(hit) = search.hits.get(search.cursor) {
                commands.push(Command::SelectAndCenter(hit.node));
                search.open = false;
            }
            if search.query.trim().is_empty() {
                return;
            }
            if search.hits.is_empty() {
                ui.weak("No entity matches.");
                return;
            }
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                for (k, hit) in search.hits.iter().enumerate() {
                    let Some(entity) = model.entity(hit.node) else { continue };
                    let mut text = RichText::new(&entity.name).color(theme::entity_color(entity.kind));
                    if k == search.cursor {
                        text = text.strong();
                    }
                    ui.horizontal(|ui| {
                        if ui.selectable_label(k == search.cursor, text).clicked() {
                            commands.push(Command::SelectAndCenter(hit.node));
                        }
                        ui.weak(entity.kind.as_str());
                        if hit.is_alias {
                            ui.weak(format!("as '{}'", hit.matched));
                        }
                    });
                }
            });
        });
    if !open {
        search.open = false;
    }
}
