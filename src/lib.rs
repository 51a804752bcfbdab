//! Entente turns English news articles into a map of who relates to whom.
//!
//! Data flows one way:
//!
//! ```text
//! article text ─▶ extract ─▶ model (Document + graph) ─▶ layout ─▶ ui ─▶ app (commands)
//! ```
//!
//! - [`extract`]: pure functions from article text to a relations document.
//! - [`model`]: the relations document (format v1) and the petgraph graph over it.
//! - [`layout`]: node positions (force simulation and others); knows no egui.
//! - [`analysis`]: paths, metrics and communities on the model.
//! - [`io`]: reading and writing files, atomically; exports.
//! - [`ui`]: the graph view and the panels; they read state and emit commands.
//! - [`app`]: the eframe app; owns model and view state and applies commands.
//! - [`palette`]: colours and shapes shared by the window and the exports.
//! - [`cli`]: the command-line verbs.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod eval;
pub mod extract;
pub mod generate;
pub mod io;
pub mod layout;
pub mod model;
pub mod palette;
pub mod ui;
