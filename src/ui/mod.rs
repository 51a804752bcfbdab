//! Everything the user sees. Panels and the graph view read the model and the
//! view state and push [`Command`]s; the [`app`](crate::app) applies them once
//! per frame. Nothing in here mutates the model.
//!
//! - [`graph_view`]: the node-link diagram (pan, zoom, drag, hover, select).
//! - [`panels`]: menu bar, legend and entity list, inspector, article pane,
//!   status bar, help overlay.
//! - [`view`]: camera and selection, the state the panels share.
//! - [`theme`]: the palette in egui colours, light and dark.

pub mod command;
pub mod explore;
pub mod graph_view;
pub mod layout_state;
pub mod panels;
pub mod theme;
pub mod view;

pub use command::Command;
pub use view::{Camera, Selection, ViewState};
