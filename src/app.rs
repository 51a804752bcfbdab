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

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};

use crate::analysis::filter::Filter;
use crate::analysis::search::SearchIndex;
use crate::analysis::timeline::Timeline;
use crate::io::load::{self, Opened};
use crate::layout::force::{ForceLayout, ForceParams};
use crate::model::{Document, Model};
use crate::ui::explore::ExploreState;
use crate::ui::graph_view::{GraphGeometry, GraphInput, graph_view_ui};
use crate::ui::layout_state::{LayoutKind, LayoutState};
use crate::ui::panels::article::MentionIndex;
use crate::ui::panels::legend::EntityLists;
use crate::ui::panels::status_bar::{Severity, StatusInput, StatusMessage};
use crate::ui::panels::search::SearchState;
use crate::ui::panels::table::TableState;
use crate::ui::panels::{article, filters, help, inspector, legend, menu_bar, paths, search, status_bar, table, timeline};
use crate::ui::{Camera, Command, Selection, ViewState};

/// The window title; also what `xdotool search --name` looks for.
pub const APP_NAME: &str = "Entente";

/// Seed of the force layout: the same file gives the same picture.
const LAYOUT_SEED: u64 = 7;

/// Positions are remembered for documents up to this size.
const MAX_REMEMBERED_NODES: usize = 5_000;

/// How long the layout may run per frame.
const LAYOUT_BUDGET: Duration = Duration::from_millis(8);

/// What survives a restart.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistedState {
    pub dark: bool,
    pub show_article: bool,
    pub last_view: Option<SavedView>,
    /// The file that was open, reopened at start when no file is given.
    pub last_path: Option<PathBuf>,
}

impl Default for PersistedState {
    fn default() -> Self {
        Self {
            dark: true,
            show_article: true,
            last_view: None,
            last_path: None,
        }
    }
}

/// The camera, positions and pins of one document.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SavedView {
    pub fingerprint: u64,
    pub camera: Option<Camera>,
    pub positions: Vec<(String, [f32; 2])>,
    pub pinned: Vec<String>,
}

/// Where the open document came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Sample,
    File(PathBuf),
    Pasted(String),
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Self::Sample => "sample (built in)".to_owned(),
            Self::File(path) => path.display().to_string(),
            Self::Pasted(title) => format!("pasted: {title}"),
        }
    }
}

/// A document made ready off the UI thread: the model and everything derived
/// from it that is expensive at scale.
pub struct Prepared {
    pub model: Model,
    pub geometry: GraphGeometry,
    pub lists: EntityLists,
    pub mentions: MentionIndex,
    pub search: SearchIndex,
    pub timeline: Timeline,
    pub force: ForceLayout,
    pub source: Source,
    pub warnings: Vec<String>,
}

impl Prepared {
    pub fn from_document(document: Document, source: Source, warnings: Vec<String>) -> Self {
        let model = Model::from_document(document);
        let geometry = GraphGeometry::from_model(&model);
        let lists = EntityLists::from_model(&model);
        let mentions = MentionIndex::from_model(&model);
        let search = SearchIndex::new(&model);
        let timeline = Timeline::new(&model);
        let force = ForceLayout::with_params(
            model.node_count(),
            &model.edge_pairs(),
            LAYOUT_SEED,
            app_force_params(),
        );
        Self {
            model,
            geometry,
            lists,
            mentions,
            search,
            timeline,
            force,
            source,
            warnings,
        }
    }
}

/// The window's force constants: more room between nodes than the library
/// default, since every node carries a label.
fn app_force_params() -> ForceParams {
    let defaults = ForceParams::default();
    ForceParams {
        link_distance: defaults.link_distance * 1.4,
        repulsion: defaults.repulsion * 2.0,
        min_node_distance: 0.6 * crate::layout::LINK_DISTANCE,
        ..defaults
    }
}

/// Messages from worker threads.
enum JobMessage {
    Progress(f32),
    Loaded(Box<Prepared>),
    Failed(String),
    OpenPicked(Option<PathBuf>),
    SavePicked(Option<PathBuf>),
    ExportPicked(crate::io::export::Format, Option<PathBuf>),
    /// An export finished: a message for the status bar.
    Exported(Result<String, String>),
}

/// A running background job.
struct Job {
    label: String,
    progress: Option<f32>,
    started: Instant,
}

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

/// How the app is started.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// A file given on the command line.
    pub file: Option<PathBuf>,
    /// Ignore the remembered state (tests, screenshots).
    pub fresh: bool,
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

    fn start_job(&mut self, label: String) -> Sender<JobMessage> {
        self.job = Some(Job {
            label,
            progress: None,
            started: Instant::now(),
        });
        self.job_tx.clone()
    }

    /// Opens a file on a worker thread; the current graph stays until the
    /// new one is ready, and stays for good if the file is refused.
    pub fn open_path(&mut self, path: PathBuf) {
        let name = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let tx = self.start_job(format!("Opening {name}"));
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let message = match prepare_path(&path, &tx, ctx.as_ref()) {
                Ok(prepared) => JobMessage::Loaded(Box::new(prepared)),
                Err(err) => JobMessage::Failed(err),
            };
            let _ = tx.send(message);
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
    }

    /// Extracts pasted text on a worker thread.
    fn extract_text(&mut self, title: String, text: String) {
        let tx = self.start_job(format!("Extracting {title}"));
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let message = match prepare_article(&title, &title, &text, Vec::new(), &tx, ctx.as_ref()) {
                Ok(mut prepared) => {
                    prepared.source = Source::Pasted(title);
                    JobMessage::Loaded(Box::new(prepared))
                }
                Err(err) => JobMessage::Failed(err),
            };
            let _ = tx.send(message);
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
    }

    /// Waits for and applies every finished background job. For tests and
    /// the command line: the UI polls instead.
    pub fn wait_for_jobs(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while self.job.is_some() && Instant::now() < deadline {
            match self.job_rx.recv_timeout(Duration::from_millis(20)) {
                Ok(message) => self.on_job_message(message),
                Err(_) => continue,
            }
        }
    }

    fn poll_jobs(&mut self) {
        while let Ok(message) = self.job_rx.try_recv() {
            self.on_job_message(message);
        }
    }

    fn on_job_message(&mut self, message: JobMessage) {
        match message {
            JobMessage::Progress(fraction) => {
                if let Some(job) = &mut self.job {
                    job.progress = Some(fraction);
                }
            }
            JobMessage::Loaded(prepared) => {
                self.job = None;
                self.install(*prepared);
            }
            JobMessage::Failed(text) => {
                self.job = None;
                self.message = Some(StatusMessage {
                    severity: Severity::Error,
                    text: format!("{text} — kept the current graph."),
                });
            }
            JobMessage::OpenPicked(path) => {
                self.job = None;
                if let Some(path) = path {
                    self.open_path(path);
                }
            }
            JobMessage::SavePicked(path) => {
                self.job = None;
                if let Some(path) = path {
                    self.save_to(&path);
                }
            }
            JobMessage::ExportPicked(format, path) => {
                self.job = None;
                if let Some(path) = path {
                    self.export_to(format, path);
                }
            }
            JobMessage::Exported(result) => {
                self.job = None;
                self.message = Some(match result {
                    Ok(text) => StatusMessage {
                        severity: Severity::Info,
                        text,
                    },
                    Err(text) => StatusMessage {
                        severity: Severity::Error,
                        text,
                    },
                });
            }
        }
    }

    /// Writes the open document as JSON, atomically.
    pub fn save_to(&mut self, path: &Path) {
        let json = self.model.document.to_json();
        self.message = Some(match crate::io::atomic::write_atomic(path, json.as_bytes()) {
            Ok(()) => StatusMessage {
                severity: Severity::Info,
                text: format!("Saved {}", path.display()),
            },
            Err(err) => StatusMessage {
                severity: Severity::Error,
                text: format!("Could not save {}: {err}", path.display()),
            },
        });
    }

    /// Exports what is shown (filters applied, current positions) on a
    /// worker thread.
    pub fn export_to(&mut self, format: crate::io::export::Format, path: PathBuf) {
        let model = self.model.clone();
        let shown = self.explore.hidden_mask().cloned();
        let positions = self.layout.positions().to_vec();
        let tx = self.start_job(format!("Exporting {}", format.as_str()));
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let result = crate::io::export::write_export(&model, shown.as_ref(), Some(&positions), format, &path)
                .map(|written| {
                    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
                    format!("Exported {}", names.join(", "))
                })
                .map_err(|err| format!("Could not export to {}: {err}", path.display()));
            let _ = tx.send(JobMessage::Exported(result));
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
    }

    fn export_dialog(&mut self, format: crate::io::export::Format) {
        let tx = self.start_job("Choosing where to export".to_owned());
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let path = rfd::FileDialog::new()
                .add_filter(format.description(), &[format.extension()])
                .set_file_name(format!("entente.{}", format.extension()))
                .save_file();
            let _ = tx.send(JobMessage::ExportPicked(format, path));
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
    }

    fn file_dialog(&mut self, save: bool) {
        let tx = self.start_job(if save { "Choosing where to save" } else { "Choosing a file" }.to_owned());
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new()
                .add_filter("Documents and articles", &["json", "txt"])
                .add_filter("Relations document", &["json"])
                .add_filter("Article text", &["txt"]);
            let message = if save {
                JobMessage::SavePicked(
                    rfd::FileDialog::new()
                        .add_filter("Relations document", &["json"])
                        .set_file_name("relations.json")
                        .save_file(),
                )
            } else {
                JobMessage::OpenPicked(dialog.pick_file())
            };
            let _ = tx.send(message);
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
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

/// Reads and prepares a file (worker thread).
fn prepare_path(path: &Path, tx: &Sender<JobMessage>, ctx: Option<&egui::Context>) -> Result<Prepared, String> {
    match load::open_path(path) {
        Ok(opened) => prepare_opened(path, opened, tx, ctx),
        Err(err) => Err(err.to_string()),
    }
}

fn prepare_opened(
    path: &Path,
    opened: Opened,
    tx: &Sender<JobMessage>,
    ctx: Option<&egui::Context>,
) -> Result<Prepared, String> {
    match opened {
        Opened::Document(document) => Ok(Prepared::from_document(
            document,
            Source::File(path.to_owned()),
            Vec::new(),
        )),
        Opened::Article { text, lossy } => {
            let mut warnings = Vec::new();
            if lossy {
                warnings.push("The file is not valid UTF-8; unreadable bytes were replaced.".to_owned());
            }
            let stem = path
                .file_stem()
                .map_or_else(|| "article".to_owned(), |s| s.to_string_lossy().into_owned());
            let mut prepared = prepare_article(&stem, &stem, &text, warnings, tx, ctx)?;
            prepared.source = Source::File(path.to_owned());
            Ok(prepared)
        }
    }
}

/// Extracts an article and prepares its graph (worker thread).
fn prepare_article(
    id: &str,
    title: &str,
    text: &str,
    warnings: Vec<String>,
    tx: &Sender<JobMessage>,
    ctx: Option<&egui::Context>,
) -> Result<Prepared, String> {
    if text.trim().is_empty() {
        return Err("The article is empty: there is nothing to extract".to_owned());
    }
    let progress = |fraction: f32| {
        let _ = tx.send(JobMessage::Progress(fraction));
        if let Some(ctx) = ctx {
            ctx.request_repaint();
        }
    };
    let document = crate::extract::extract_article_with_progress(id, title, text, &progress);
    if document.entities.is_empty() {
        return Err(format!("Found no entities in {title}: is it an English news article?"));
    }
    Ok(Prepared::from_document(
        document,
        Source::Pasted(title.to_owned()),
        warnings,
    ))
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
