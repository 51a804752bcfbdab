//! View state shared by the panels: the camera over the diagram and the
//! current selection. Hover is transient and lives in the graph view.

use egui::{Pos2, Rect, Vec2};
use petgraph::graph::{EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};

/// What is selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    #[default]
    None,
    Node(NodeIndex),
    Edge(EdgeIndex),
}

/// Maps world coordinates (layout units) to screen points:
/// `screen = rect.center() + (world - center) * zoom`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Camera {
    pub center: [f32; 2],
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            center: [0.0, 0.0],
            zoom: 1.0,
        }
    }
}

impl Camera {
    pub const MIN_ZOOM: f32 = 0.002;
    pub const MAX_ZOOM: f32 = 20.0;

    pub fn world_to_screen(&self, rect: Rect, world: [f32; 2]) -> Pos2 {
        rect.center()
            + Vec2::new(world[0] - self.center[0], world[1] - self.center[1]) * self.zoom
    }

    pub fn screen_to_world(&self, rect: Rect, screen: Pos2) -> [f32; 2] {
        let offset = (screen - rect.center()) / self.zoom;
        [self.center[0] + offset.x, self.center[1] + offset.y]
    }

    /// Moves the view by a screen-space drag.
    pub fn pan_by_screen(&mut self, delta: Vec2) {
        self.center[0] -= delta.x / self.zoom;
        self.center[1] -= delta.y / self.zoom;
    }

    /// Zooms by `factor`, keeping the world point under `anchor` fixed.
    pub fn zoom_around(&mut self, rect: Rect, anchor: Pos2, factor: f32) {
        let before = self.screen_to_world(rect, anchor);
        self.zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let after = self.screen_to_world(rect, anchor);
        self.center[0] += before[0] - after[0];
        self.center[1] += before[1] - after[1];
    }

    /// A camera that shows every point in `positions` inside `rect`, with a
    /// margin.
    pub fn fit(rect: Rect, positions: impl IntoIterator<Item = [f32; 2]>) -> Self {
        let mut min = [f32::INFINITY; 2];
        let mut max = [f32::NEG_INFINITY; 2];
        for p in positions {
            if p[0].is_finite() && p[1].is_finite() {
                min = [min[0].min(p[0]), min[1].min(p[1])];
                max = [max[0].max(p[0]), max[1].max(p[1])];
            }
        }
        if !min[0].is_finite() {
            return Self::default();
        }
        let margin_px = 60.0;
        let width = (max[0] - min[0]).max(1.0);
        let height = (max[1] - min[1]).max(1.0);
        let zoom_x = (rect.width() - 2.0 * margin_px).max(50.0) / width;
        let zoom_y = (rect.height() - 2.0 * margin_px).max(50.0) / height;
        Self {
            center: [(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0],
            zoom: zoom_x.min(zoom_y).clamp(Self::MIN_ZOOM, 2.0),
        }
    }
}

/// The view state panels read: camera, selection, and what the graph view
/// needs from the last frame.
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    pub camera: Camera,
    pub selection: Selection,
    /// The screen rectangle of the diagram in the last frame.
    pub canvas_rect: Option<Rect>,
    /// Set when the camera should be fitted on the next frame (after a load).
    pub fit_requested: bool,
    /// A node to bring to the middle of the view on the next frame.
    pub center_on: Option<NodeIndex>,
    /// Scroll the article pane to the selection's evidence on the next frame.
    pub scroll_article: bool,
    /// Fit the camera once the running layout transition ends.
    pub fit_after_transition: bool,
    /// The node being dragged, if any.
    pub dragging: Option<NodeIndex>,
    /// The node a context menu was opened on.
    pub context_node: Option<NodeIndex>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_anchor_fixed() {
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let mut camera = Camera::default();
        let anchor = Pos2::new(600.0, 100.0);
        let world = camera.screen_to_world(rect, anchor);
        camera.zoom_around(rect, anchor, 2.5);
        let back = camera.world_to_screen(rect, world);
        assert!((back - anchor).length() < 1e-3);
        assert!((camera.zoom - 2.5).abs() < 1e-6);
    }

    #[test]
    fn fit_contains_every_point() {
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
        let points = [[-500.0, 20.0], [300.0, 900.0], [0.0, 0.0]];
        let camera = Camera::fit(rect, points);
        for p in points {
            assert!(rect.contains(camera.world_to_screen(rect, p)));
        }
    }
}
