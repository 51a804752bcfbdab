//! Background work: opening files, extracting articles, file dialogs and
//! exports run on worker threads and report back over a channel that the app
//! polls each frame, so the window never waits on them.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use super::EntenteApp;
use super::prepare::{Prepared, Source, prepare_article, prepare_path};
use crate::ui::panels::status_bar::{Severity, StatusMessage};

/// Messages from worker threads.
pub(super) enum JobMessage {
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
pub(super) struct Job {
    pub(super) label: String,
    pub(super) progress: Option<f32>,
    pub(super) started: Instant,
}

/// Hands a finished job to the app and wakes it up.
fn send(tx: &Sender<JobMessage>, ctx: Option<&egui::Context>, message: JobMessage) {
    let _ = tx.send(message);
    if let Some(ctx) = ctx {
        ctx.request_repaint();
    }
}

/// Sends extraction progress to the app and wakes it up.
fn progress_reporter<'a>(
    tx: &'a Sender<JobMessage>,
    ctx: Option<&'a egui::Context>,
) -> impl Fn(f32) + 'a {
    move |fraction| {
        send(tx, ctx, JobMessage::Progress(fraction));
    }
}

impl EntenteApp {
    pub(super) fn start_job(&mut self, label: String) -> Sender<JobMessage> {
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
            let progress = progress_reporter(&tx, ctx.as_ref());
            let message = match prepare_path(&path, &progress) {
                Ok(prepared) => JobMessage::Loaded(Box::new(prepared)),
                Err(err) => JobMessage::Failed(err),
            };
            send(&tx, ctx.as_ref(), message);
        });
    }

    /// Extracts pasted text on a worker thread.
    pub(super) fn extract_text(&mut self, title: String, text: String) {
        let tx = self.start_job(format!("Extracting {title}"));
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let progress = progress_reporter(&tx, ctx.as_ref());
            let message = match prepare_article(&title, &title, &text, Vec::new(), &progress) {
                Ok(mut prepared) => {
                    prepared.source = Source::Pasted(title);
                    JobMessage::Loaded(Box::new(prepared))
                }
                Err(err) => JobMessage::Failed(err),
            };
            send(&tx, ctx.as_ref(), message);
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

    pub(super) fn poll_jobs(&mut self) {
        while let Ok(message) = self.job_rx.try_recv() {
            self.on_job_message(message);
        }
    }

    pub(super) fn on_job_message(&mut self, message: JobMessage) {
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
                match path {
                    Some(path) => self.open_path(path),
                    // The dialog cannot tell a cancel from a desktop without a
                    // file-chooser portal; say how else to open a file.
                    None => {
                        self.message = Some(StatusMessage {
                            severity: Severity::Info,
                            text: "No file chosen. Without a file dialog, drop a file on the window \
                                   or run `entente FILE`."
                                .to_owned(),
                        })
                    }
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
            send(&tx, ctx.as_ref(), JobMessage::Exported(result));
        });
    }

    pub(super) fn export_dialog(&mut self, format: crate::io::export::Format) {
        let tx = self.start_job("Choosing where to export".to_owned());
        let ctx = self.egui_ctx.clone();
        std::thread::spawn(move || {
            let path = rfd::FileDialog::new()
                .add_filter(format.description(), &[format.extension()])
                .set_file_name(format!("entente.{}", format.extension()))
                .save_file();
            send(&tx, ctx.as_ref(), JobMessage::ExportPicked(format, path));
        });
    }

    pub(super) fn file_dialog(&mut self, save: bool) {
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
            send(&tx, ctx.as_ref(), message);
        });
    }
}
