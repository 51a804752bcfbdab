//! What survives a restart, and how the app is started.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::ui::Camera;

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

/// How the app is started.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// A file given on the command line.
    pub file: Option<PathBuf>,
    /// Ignore the remembered state (tests, screenshots).
    pub fresh: bool,
}
