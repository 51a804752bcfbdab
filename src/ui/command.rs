//! What the user asked for this frame. Panels push commands; the app applies
//! them in order at the end of the frame, so no panel mutates the model or
//! another panel's state directly.

use std::path::PathBuf;

use petgraph::graph::NodeIndex;

use super::explore::{ColorBy, FilterMode, SizeBy};
use super::layout_state::LayoutKind;
use super::view::Selection;
use crate::analysis::filter::Filter;

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
    /// Export what is shown (dialog for the file name).
    ExportDialog(crate::io::export::Format),
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

    /// Replace the filter.
    SetFilter(Filter),
    /// Show everything again: filter, focus and expansions reset.
    ResetFilters,
    SetFilterMode(FilterMode),
    /// Show only the neighbourhood of a node, to a depth of 1 to 3.
    Focus { node: NodeIndex, depth: u8 },
    ClearFocus,
    /// Show a node's hidden neighbours.
    Expand(NodeIndex),
    /// Hide a node's neighbours that only it brings in.
    Collapse(NodeIndex),
    /// Trace paths from this node (to the path target).
    PathFrom(NodeIndex),
    /// Trace paths to this node (from the path source).
    PathTo(NodeIndex),
    ClearPath,
    SetSizeBy(SizeBy),
    SetColorBy(ColorBy),
    /// Switch layout, animating to the new positions.
    SetLayoutKind(LayoutKind),
    ToggleSearch,
    ToggleTable,
}
