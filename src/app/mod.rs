//! The eframe app: owns the model, the layout and the view state, lays out
//! the panels, and applies the [`Command`]s they push at the end of each
//! frame.
//!
//! Slow work (reading a large file, building its graph, extracting an
//! article, a file dialog) runs on a worker thread and reports back over a
//! channel; the window keeps drawing and the status bar shows progress. What
//! survives a restart is [`PersistedState`]: theme, panes, and the camera,
//! node positions and pins of the last document (eframe remembers the window
//! and egui the panel sizes).

mod jobs;
mod prepare;
mod state;

use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::analysis::filter::Filter;
use crate::analysis::search::SearchIndex;
use crate::analysis::timeline::Timeline;
use crate::io::load;
use crate::layout::force::ForceLayout;
use crate::model::{Document, Model};
use crate::ui::explore::ExploreState;
use crate::ui::graph_view::{GraphGeometry, GraphInput, canvas_toolbar_ui, graph_view_ui};
use crate::ui::layout_state::{LayoutKind, LayoutState};
use crate::ui::panels::article::MentionIndex;
use crate::ui::panels::legend::EntityLists;
use crate::ui::panels::search::SearchState;
use crate::ui::panels::status_bar::{Severity, StatusInput, StatusMessage};
use crate::ui::panels::table::TableState;
use crate::ui::panels::{article, filters, help, inspector, legend, menu_bar, paths, search, status_bar, table, timeline};
use crate::ui::{Command, Selection, ViewState};

use jobs::{Job, JobMessage};
pub use prepare::{LAYOUT_SEED, Prepared, Source, app_force_params};
pub use state::{PersistedState, SavedView, StartOptions};

/// The window title; also what `xdotool search --name` looks for.
pub const APP_NAME: &str = "Entente";

/// Positions are remembered for documents up to this size.
const MAX_REMEMBERED_NODES: usize = 5_000;

/// How long the layout may run per frame.
const LAYOUT_BUDGET: Duration = Duration::from_millis(8);

/// The paste-an-article box.
#[derive(Default)]
struct PasteBox {
    title: String,
    text: String,
}

pub struct EntenteApp {
    pub state: PersistedState,
    pub model: Model,
    pub source: Source,
    geometry: GraphGeometry,
    lists: EntityLists,
    mentions: MentionIndex,
    search_index: SearchIndex,
    timeline: Timeline,
    pub layout: LayoutState,
    pub view: ViewState,
    pub explore: ExploreState,
    pub search: SearchState,
    pub table: TableState,
    message: Option<StatusMessage>,
    job: Option<Job>,
    job_tx: Sender<JobMessage>,
    job_rx: Receiver<JobMessage>,
    show_help: bool,
    paste: Option<PasteBox>,
    commands: Vec<Command>,
    egui_ctx: Option<egui::Context>,
}

impl EntenteApp {
    /// The app on the embedded sample, with `state` restored.
    pub fn new(state: PersistedState, options: &StartOptions) -> Self {
        let (job_tx, job_rx) = channel();
        let (prepared, message) = match load::sample_document() {
            Ok(document) => (Prepared::from_document(document, Source::Sample, Vec::new()), None),
            Err(err) => (
                Prepared::from_document(Document::new(), Source::Sample, Vec::new()),
                Some(StatusMessage {
                    severity: Severity::Error,
                    text: format!("The built-in sample is damaged: {err}"),
                }),
            ),
        };
        let mut app = Self {
            state,
            model: Model::default(),
            source: Source::Sample,
            geometry: GraphGeometry::default(),
            lists: EntityLists::default(),
            mentions: MentionIndex::default(),
            search_index: SearchIndex::new(&Model::default()),
            timeline: Timeline::default(),
            layout: LayoutState::new(ForceLayout::new(0, &[], LAYOUT_SEED), LAYOUT_SEED),
            view: ViewState::default(),
            explore: ExploreState::default(),
            search: SearchState::default(),
            table: TableState::default(),
            message: None,
            job: None,
            job_tx,
            job_rx,
            show_help: false,
            paste: None,
            commands: Vec::new(),
            egui_ctx: None,
        };
        app.install(prepared);
        if message.is_some() {
            app.message = message;
        }
        if let Some(path) = &options.file {
            app.open_path(path.clone());
        } else if !options.fresh
            && let Some(path) = app.state.last_path.clone()
            && path.exists()
        {
            app.open_path(path);
        }
        app
    }

    /// The eframe entry point: restores state from storage.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, options: &StartOptions) -> Self {
        let state = if options.fresh {
            PersistedState::default()
        } else {
            cc.storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default()
        };
        let mut app = Self::new(state, options);
        app.egui_ctx = Some(cc.egui_ctx.clone());
        app
    }

    /// Replaces the open document with a prepared one.
    fn install(&mut self, prepared: Prepared) {
        let Prepared {
            model,
            geometry,
            lists,
            mentions,
            search,
            timeline,
            force,
            source,
            warnings,
        } = prepared;
        self.model = model;
        self.geometry = geometry;
        self.lists = lists;
        self.mentions = mentions;
        self.search_index = search;
        self.timeline = timeline;
        self.explore.reset();
        self.explore.update(&self.model);
        self.table.reset();
        self.layout = LayoutState::new(force, LAYOUT_SEED);
        self.source = source;
        self.view.selection = Selection::None;
        self.view.fit_requested = true;
        self.restore_view();
        self.state.last_path = match &self.source {
            Source::File(path) => Some(path.clone()),
            _ => None,
        };
        let text = format!(
            "Opened {}: {} entities, {} relations",
            self.source.describe(),
            self.model.node_count(),
            self.model.edge_count()
        );
        self.message = Some(match warnings.first() {
            Some(warning) => StatusMessage {
                severity: Severity::Warning,
                text: format!("{text}. {warning}"),
            },
            None => StatusMessage {
                severity: Severity::Info,
                text,
            },
        });
    }

    fn fingerprint(&self) -> u64 {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::hash::DefaultHasher::new();
        for entity in &self.model.document.entities {
            entity.id.hash(&mut hasher);
        }
        self.model.document.relations.len().hash(&mut hasher);
        hasher.finish()
    }

    fn restore_view(&mut self) {
        let Some(saved) = self.state.last_view.clone() else { return };
        if saved.fingerprint != self.fingerprint() {
            return;
        }
        let positions: Vec<(usize, [f32; 2])> = saved
            .positions
            .iter()
            .filter_map(|(id, p)| self.model.node(id).map(|n| (n.index(), *p)))
            .collect();
        let pinned: Vec<usize> = saved
            .pinned
            .iter()
            .filter_map(|id| self.model.node(id).map(|n| n.index()))
            .collect();
        self.layout.restore(&positions, &pinned);
        if let Some(camera) = saved.camera {
            self.view.camera = camera;
            self.view.fit_requested = false;
        }
    }

    fn remember_view(&mut self) {
        let mut saved = SavedView {
            fingerprint: self.fingerprint(),
            camera: Some(self.view.camera),
            ..Default::default()
        };
        if self.model.node_count() <= MAX_REMEMBERED_NODES {
            for (entity, pos) in self.model.document.entities.iter().zip(self.layout.positions()) {
                saved.positions.push((entity.id.clone(), *pos));
            }
            saved.pinned = (0..self.model.node_count())
                .filter(|&i| self.layout.is_pinned(i))
                .filter_map(|i| self.model.document.entities.get(i).map(|e| e.id.clone()))
                .collect();
        }
        self.state.last_view = Some(saved);
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(selection) => {
                self.view.selection = selection;
                self.view.scroll_article = true;
            }
            Command::SelectAndCenter(node) => {
                self.view.selection = Selection::Node(node);
                self.view.center_on = Some(node);
                self.view.scroll_article = true;
            }
            Command::OpenDialog => self.file_dialog(false),
            Command::OpenPath(path) => self.open_path(path),
            Command::OpenSample => match load::sample_document() {
                Ok(document) => self.install(Prepared::from_document(document, Source::Sample, Vec::new())),
                Err(err) => self.error(format!("The built-in sample is damaged: {err}")),
            },
            Command::ExtractText { title, text } => {
                self.paste = None;
                self.extract_text(title, text);
            }
            Command::SaveAsDialog => self.file_dialog(true),
            Command::ExportDialog(format) => self.export_dialog(format),
            Command::FitView => self.view.fit_requested = true,
            Command::ToggleLayout => self.layout.toggle_running(),
            Command::RerunLayout => self.layout.rerun(),
            Command::MoveNode { node, pos } => self.layout.move_node(node.index(), pos),
            Command::SetPinned { node, pinned } => self.layout.set_pinned(node.index(), pinned),
            Command::UnpinAll => self.layout.unpin_all(),
            Command::ToggleTheme => self.state.dark = !self.state.dark,
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::ToggleArticle => self.state.show_article = !self.state.show_article,
            Command::TogglePaste => {
                self.paste = match self.paste {
                    Some(_) => None,
                    None => Some(PasteBox::default()),
                }
            }
            Command::Quit => {
                if let Some(ctx) = &self.egui_ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Command::SetFilter(filter) => self.explore.filter = filter,
            Command::ResetFilters => {
                self.explore.filter = Filter::default();
                self.explore.focus = None;
                self.explore.overrides.clear();
            }
            Command::SetFilterMode(mode) => {
                self.explore.mode = mode;
                self.sync_layout_with_filters();
            }
            Command::Focus { node, depth } => {
                self.explore.focus = Some((node, depth.clamp(1, 3)));
                self.explore.overrides.clear();
                self.view.fit_requested = true;
            }
            Command::ClearFocus => self.explore.focus = None,
            Command::Expand(node) => {
                self.explore.update(&self.model);
                if let Some(available) = self.explore.filtered().cloned() {
                    self.explore.overrides.expand(&self.model, &available, node);
                }
            }
            Command::Collapse(node) => {
                self.explore.update(&self.model);
                if let Some(shown) = self.explore.shown().cloned() {
                    self.explore.overrides.collapse(&self.model, &shown, node);
                }
            }
            Command::PathFrom(node) => self.explore.path_from = Some(node),
            Command::PathTo(node) => self.explore.path_to = Some(node),
            Command::ClearPath => {
                self.explore.path_from = None;
                self.explore.path_to = None;
            }
            Command::SetSizeBy(size_by) => self.explore.size_by = size_by,
            Command::SetColorBy(color_by) => self.explore.color_by = color_by,
            Command::SetLayoutKind(kind) => {
                let center = match self.view.selection {
                    Selection::Node(node) => Some(node.index()),
                    _ => None,
                };
                let active = self.explore.hidden_mask().map(|v| v.nodes.clone());
                self.layout
                    .set_kind(kind, &self.model.edge_pairs(), active.as_deref(), center);
                if kind != LayoutKind::Force {
                    self.view.fit_after_transition = true;
                }
            }
            Command::ToggleSearch => self.search.toggle(),
            Command::ToggleTable => self.table.open = !self.table.open,
        }
    }

    /// Hidden nodes take no part in the force layout; faded ones do.
    fn sync_layout_with_filters(&mut self) {
        let active = self.explore.hidden_mask().map(|v| v.nodes.clone());
        self.layout.set_active(active.as_deref());
    }

    fn error(&mut self, text: String) {
        self.message = Some(StatusMessage {
            severity: Severity::Error,
            text,
        });
    }

    /// The last status message, for tests.
    pub fn status_text(&self) -> Option<&str> {
        self.message.as_ref().map(|m| m.text.as_str())
    }

    /// Where a node is drawn on screen in the last frame (tests click there).
    pub fn node_screen_pos(&self, node: petgraph::graph::NodeIndex) -> Option<egui::Pos2> {
        let rect = self.view.canvas_rect?;
        let p = self.layout.positions().get(node.index())?;
        Some(self.view.camera.world_to_screen(rect, *p))
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let mut pushed = Vec::new();
        ctx.input_mut(|i| {
            if i.consume_shortcut(&command(Key::O)) {
                pushed.push(Command::OpenDialog);
            }
            if i.consume_shortcut(&command(Key::S)) {
                pushed.push(Command::SaveAsDialog);
            }
            if i.consume_shortcut(&command(Key::Q)) {
                pushed.push(Command::Quit);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::V)) {
                pushed.push(Command::TogglePaste);
            }
            if i.consume_shortcut(&command(Key::F)) {
                pushed.push(Command::ToggleSearch);
            }
            if i.consume_shortcut(&command(Key::T)) {
                pushed.push(Command::ToggleTable);
            }
            if i.consume_key(Modifiers::NONE, Key::F1) {
                pushed.push(Command::ToggleHelp);
            }
        });
        let typing = ctx.egui_wants_keyboard_input();
        if !typing {
            ctx.input_mut(|i| {
                let plain = |i: &mut egui::InputState, key| i.consume_key(Modifiers::NONE, key);
                if plain(i, Key::F) {
                    pushed.push(Command::FitView);
                }
                if plain(i, Key::Space) {
                    pushed.push(Command::ToggleLayout);
                }
                if plain(i, Key::R) {
                    pushed.push(Command::RerunLayout);
                }
                if plain(i, Key::A) {
                    pushed.push(Command::ToggleArticle);
                }
                if plain(i, Key::T) {
                    pushed.push(Command::ToggleTheme);
                }
                if plain(i, Key::Questionmark) || i.consume_key(Modifiers::SHIFT, Key::Slash) {
                    pushed.push(Command::ToggleHelp);
                }
                if plain(i, Key::Escape) {
                    if self.show_help {
                        pushed.push(Command::ToggleHelp);
                    } else {
                        pushed.push(Command::Select(Selection::None));
                    }
                }
            });
        }
        self.commands.extend(pushed);
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        // One file at a time: the first of a multi-file drop.
        if let Some(file) = dropped.first() {
            self.commands.push(Command::OpenPath(file.path().to_owned()));
        }
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop_overlay"),
            ));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop a .json document or a .txt article to open it",
                egui::FontId::proportional(20.0),
                egui::Color32::WHITE,
            );
        }
    }

    fn paste_window(&mut self, ctx: &egui::Context) {
        let Some(paste) = &mut self.paste else { return };
        let mut open = true;
        let mut extract = false;
        egui::Window::new("Paste an article")
            .open(&mut open)
            .default_size([520.0, 420.0])
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.label("Title");
                    ui.text_edit_singleline(&mut paste.title);
                });
                egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut paste.text)
                            .hint_text("Paste the text of an English news article here")
                            .desired_rows(14)
                            .desired_width(f32::INFINITY),
                    );
                });
                let ready = !paste.text.trim().is_empty();
                if ui.add_enabled(ready, egui::Button::new("Extract relations")).clicked() {
                    extract = true;
                }
            });
        if extract {
            let title = if paste.title.trim().is_empty() {
                "Pasted article".to_owned()
            } else {
                paste.title.trim().to_owned()
            };
            let text = std::mem::take(&mut paste.text);
            self.commands.push(Command::ExtractText { title, text });
        } else if !open {
            self.paste = None;
        }
    }
}

impl eframe::App for EntenteApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.egui_ctx.is_none() {
            self.egui_ctx = Some(ctx.clone());
        }
        ctx.set_theme(if self.state.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        self.poll_jobs();
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        if self.explore.update(&self.model) {
            self.sync_layout_with_filters();
        }
        if self.layout.tick(LAYOUT_BUDGET) {
            ctx.request_repaint();
        } else if std::mem::take(&mut self.view.fit_after_transition) {
            self.view.fit_requested = true;
        }
        if self.job.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }

        let mut commands = std::mem::take(&mut self.commands);
        egui::Panel::top("menu_bar").show(ui, |ui| {
            let input = menu_bar::MenuInput {
                layout_running: !self.layout.is_paused(),
                layout_kind: self.layout.kind(),
                size_by: self.explore.size_by,
                color_by: self.explore.color_by,
            };
            menu_bar::menu_bar_ui(ui, &input, &mut commands);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            let busy = self.job.as_ref().map(|job| {
                let seconds = job.started.elapsed().as_secs_f32();
                (format!("{} ({seconds:.0} s)", job.label), job.progress)
            });
            status_bar::status_bar_ui(
                ui,
                &StatusInput {
                    entity_count: self.model.node_count(),
                    relation_count: self.model.edge_count(),
                    visible: self
                        .explore
                        .is_filtering()
                        .then(|| self.explore.shown())
                        .flatten()
                        .map(|v| (v.visible_node_count(), v.visible_edge_count())),
                    layout_state: self.layout.state_label(),
                    source: &self.source.describe(),
                    busy: busy.as_ref().map(|(label, progress)| (label.as_str(), *progress)),
                    message: self.message.as_ref(),
                },
            );
        });
        if !self.timeline.is_empty() {
            egui::Panel::bottom("timeline").show(ui, |ui| {
                timeline::timeline_ui(
                    ui,
                    &self.model,
                    &self.timeline,
                    &self.explore.filter,
                    self.view.selection,
                    self.state.dark,
                    &mut commands,
                );
            });
        }
        egui::Panel::left("legend")
            .resizable(true)
            .default_size(250.0)
            .show(ui, |ui| {
                let filter_title = match filters::filter_summary(&self.explore) {
                    Some(_) => "Filters (active)",
                    None => "Filters",
                };
                egui::CollapsingHeader::new(filter_title)
                    .id_salt("filters_section")
                    .default_open(false)
                    .show(ui, |ui| {
                        filters::filters_ui(
                            ui,
                            &self.explore,
                            &self.lists.present_entity_kinds(),
                            &self.lists.present_relation_kinds(),
                            self.state.dark,
                            &mut commands,
                        );
                    });
                if self.explore.path_from.is_some() || self.explore.path_to.is_some() {
                    egui::CollapsingHeader::new("Path")
                        .id_salt("path_section")
                        .default_open(true)
                        .show(ui, |ui| paths::paths_ui(ui, &self.model, &self.explore, &mut commands));
                }
                ui.separator();
                legend::legend_ui(
                    ui,
                    &self.model,
                    &self.lists,
                    self.view.selection,
                    self.state.dark,
                    &mut commands,
                );
            });
        let pinned = match self.view.selection {
            Selection::Node(node) => self.layout.is_pinned(node.index()),
            _ => false,
        };
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(340.0)
            .show(ui, |ui| {
                inspector::inspector_ui(
                    ui,
                    &self.model,
                    self.view.selection,
                    pinned,
                    self.state.dark,
                    &mut commands,
                );
            });
        if self.state.show_article {
            let scroll = std::mem::take(&mut self.view.scroll_article);
            egui::Panel::bottom("article")
                .resizable(true)
                .default_size(200.0)
                .show(ui, |ui| {
                    article::article_ui(
                        ui,
                        &self.model,
                        &self.mentions,
                        self.view.selection,
                        scroll,
                        self.state.dark,
                        &mut commands,
                    );
                });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                self.layout.refresh_spatial();
                let layout = &self.layout;
                let path_edges = self.explore.path_edges();
                let input = GraphInput {
                    model: &self.model,
                    geometry: &self.geometry,
                    positions: layout.positions(),
                    spatial: layout.spatial(),
                    pinned: &|i| layout.is_pinned(i),
                    shown: self.explore.hidden_mask(),
                    unfaded: self.explore.faded_mask(),
                    node_radius: self.explore.node_radius(),
                    community: self.explore.community(),
                    path_edges: &path_edges,
                    dark: self.state.dark,
                };
                graph_view_ui(ui, &input, &mut self.view, &mut commands);
                canvas_toolbar_ui(ui, self.layout.is_paused(), &mut commands);
            });

        search::search_ui(&ctx, &mut self.search, &self.search_index, &self.model, &mut commands);
        table::table_ui(
            &ctx,
            &mut self.table,
            &self.model,
            self.explore.shown(),
            self.view.selection,
            &mut commands,
        );
        if self.show_help {
            help::help_ui(&ctx, &mut commands);
        }
        self.commands = commands;
        self.paste_window(&ctx);
        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.remember_view();
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}
