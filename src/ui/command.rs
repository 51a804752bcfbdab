//! What the user asked for this frame. Panels push commands; the app applies
//! them in order at the end of the frame, so no panel mutates the model or
//! another panel's state directly.

use std::path::PathBuf;

use super::view::Selection;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select an entity or relation (or nothing).
    Select(Selection),
    /// Select and bring an entity into view.
    SelectAndCenter(petgraph::graph::NodeIndex),
    /// Show the native open dialog.
    OpenDialog,
    /// Open a file (a relations document or an article).
    OpenPath(PathBuf),
    /// Go back to the embedded sample.
    OpenSample,
    /// Extract an article given as text (the paste box).
    ExtractText { title: String, text: String },
    /// Save the current document as JSON (dialog).
    SaveAsDialog,
    /// Fit the whole graph in view.
    FitView,
    /// Pause or resume the force layout.
    ToggleLayout,
    /// Re-run the force layout from fresh seeded positions (pins kept).
    RerunLayout,
    /// Move a node (while dragging it); it stays pinned afterwards.
    MoveNode { node: petgraph::graph::NodeIndex, pos: [f32; 2] },
    /// Pin or unpin a node.
    SetPinned { node: petgraph::graph::NodeIndex, pinned: bool },
    /// Unpin every node and resume the layout.
    UnpinAll,
    ToggleTheme,
    ToggleHelp,
    ToggleArticle,
    TogglePaste,
    Quit,
}
