//! The node-link diagram: draws entities and relations at the layout's
//! positions and turns pointer input into camera moves and [`Command`]s.
//!
//! Drawing has two levels of detail. Near: every visible node gets its shape
//! and colour, every edge a curve with an arrowhead and its stroke style
//! (dashed red with a cross for negated, dotted for planned), and labels are
//! placed by priority (selection, hover, degree) so that they never overlap.
//! Far (nodes smaller than a couple of pixels): nodes become dots and edges
//! thin straight lines, each batched into a single mesh. Anything outside the
//! viewport is skipped. Hover and click use a spatial grid over the positions,
//! so finding the node under the pointer does not scan the graph.

use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Sense, Shape, Stroke, Vec2, epaint};
use petgraph::graph::{EdgeIndex, NodeIndex};

use super::command::Command;
use super::theme;
use super::view::{Camera, Selection, ViewState};
use crate::analysis::filter::Visibility;
use crate::layout::spatial::SpatialIndex;
use crate::model::Model;
use crate::palette::{self, Shape as NodeShape};

/// Per-model data the diagram needs every frame, computed once per document:
/// how far each edge bends (so parallel relations become separate curves),
/// node sizes and the order in which labels are tried.
#[derive(Clone, Debug, Default)]
pub struct GraphGeometry {
    /// Signed bend of each edge, in units of [`BEND_WORLD`].
    pub edge_bend: Vec<f32>,
    /// Radius of each node in world units.
    pub node_radius: Vec<f32>,
    /// Nodes by decreasing degree: labels are placed in this order.
    pub label_order: Vec<NodeIndex>,
    /// (subject, object) node indices of each edge.
    pub edge_ends: Vec<(u32, u32)>,
}

/// How far apart parallel curves are at their middle, in world units.
const BEND_WORLD: f32 = 22.0;

/// Below this on-screen radius, nodes are drawn as dots and edges batched.
const FAR_RADIUS_PX: f32 = 2.5;

/// Beyond this many edges in view, edges are drawn as one batched mesh of
/// straight lines, with only the emphasised ones in detail.
const DETAILED_EDGE_LIMIT: usize = 2_500;

/// Edge labels are written only when this few edges are in view.
const EDGE_LABEL_LIMIT: usize = 150;

/// At most this many edges go into the batched mesh per frame; beyond it an
/// evenly spaced sample is drawn, a little stronger, which looks the same as
/// a haze of hundreds of thousands of sub-pixel lines at a fraction of the
/// cost.
const BATCHED_EDGE_BUDGET: usize = 80_000;

impl GraphGeometry {
    pub fn from_model(model: &Model) -> Self {
        use std::collections::HashMap;
        let mut pair_counts: HashMap<(usize, usize), u32> = HashMap::new();
        let ends: Vec<(usize, usize)> = model.edge_pairs();
        for &(a, b) in &ends {
            *pair_counts.entry((a.min(b), a.max(b))).or_default() += 1;
        }
        let mut pair_seen: HashMap<(usize, usize), u32> = HashMap::new();
        let edge_bend = ends
            .iter()
            .map(|&(a, b)| {
                let key = (a.min(b), a.max(b));
                let count = pair_counts.get(&key).copied().unwrap_or(1);
                let seen = pair_seen.entry(key).or_default();
                let k = *seen;
                *seen += 1;
                if a == b {
                    return 0.0;
                }
                let centred = k as f32 - (count as f32 - 1.0) / 2.0;
                // The normal of a->b is the negative of the normal of b->a:
                // flip so both directions share one side convention.
                if a < b { centred } else { -centred }
            })
            .collect();

        let degrees: Vec<usize> = model
            .graph
            .node_indices()
            .map(|n| model.degree(n))
            .collect();
        let node_radius = degrees
            .iter()
            .map(|&d| 9.0 + 3.0 * (d as f32).sqrt().min(8.0))
            .collect();
        let mut label_order: Vec<NodeIndex> = model.graph.node_indices().collect();
        label_order.sort_by_key(|n| std::cmp::Reverse(degrees.get(n.index()).copied().unwrap_or(0)));
        let edge_ends = ends.iter().map(|&(a, b)| (a as u32, b as u32)).collect();
        Self {
            edge_bend,
            node_radius,
            label_order,
            edge_ends,
        }
    }
}

/// What the diagram shows this frame.
pub struct GraphInput<'a> {
    pub model: &'a Model,
    pub geometry: &'a GraphGeometry,
    pub positions: &'a [[f32; 2]],
    pub spatial: &'a SpatialIndex,
    pub pinned: &'a dyn Fn(usize) -> bool,
    /// Elements outside this are not drawn. `None`: everything is drawn.
    pub shown: Option<&'a Visibility>,
    /// Elements outside this are drawn faded. `None`: nothing is faded.
    pub unfaded: Option<&'a Visibility>,
    /// Radius of each node in world units.
    pub node_radius: &'a [f32],
    /// A community per node: colour nodes by community instead of kind.
    pub community: Option<&'a [usize]>,
    /// Edges of a found path, drawn emphasised.
    pub path_edges: &'a [EdgeIndex],
    pub dark: bool,
}

impl GraphInput<'_> {
    fn node_visible(&self, node: usize) -> bool {
        self.shown.is_none_or(|v| v.node_index(node))
    }

    fn edge_visible(&self, edge: usize) -> bool {
        self.shown.is_none_or(|v| v.edge_index(edge))
    }

    /// 1 for normal elements, less for filtered-out ones in fade mode.
    fn node_fade(&self, node: usize) -> f32 {
        if self.unfaded.is_none_or(|v| v.node_index(node)) { 1.0 } else { 0.15 }
    }

    fn edge_fade(&self, edge: usize) -> f32 {
        if self.unfaded.is_none_or(|v| v.edge_index(edge)) { 1.0 } else { 0.12 }
    }

    fn node_color(&self, node: NodeIndex, kind: crate::model::EntityKind) -> Color32 {
        match self.community.and_then(|c| c.get(node.index())) {
            Some(&community) => theme::community_color(community),
            None => theme::entity_color(kind),
        }
    }

    fn position(&self, node: usize) -> Option<[f32; 2]> {
        self.positions.get(node).copied()
    }
}

/// What the pointer is over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Hover {
    #[default]
    Nothing,
    Node(NodeIndex),
    Edge(EdgeIndex),
}

/// Shows the diagram in the whole of `ui`'s remaining space.
pub fn graph_view_ui(
    ui: &mut egui::Ui,
    input: &GraphInput<'_>,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    view.canvas_rect = Some(rect);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, theme::canvas_color(input.dark));

    if view.fit_requested {
        view.camera = fit_camera(input, rect);
        view.fit_requested = false;
    }
    if let Some(node) = view.center_on.take()
        && let Some(p) = input.position(node.index())
    {
        view.camera.center = p;
        view.camera.zoom = view.camera.zoom.max(0.8);
    }

    let camera = view.camera;
    let pointer = response.hover_pos();
    let hover = match pointer {
        Some(p) if view.dragging.is_none() => hover_at(input, &camera, rect, p),
        _ => Hover::Nothing,
    };

    handle_input(ui, input, view, &response, rect, hover, commands);
    let camera = view.camera;

    let edge_labels = draw_edges(&painter, input, &camera, rect, view.selection, hover);
    draw_nodes(&painter, input, &camera, rect, view.selection, hover);
    draw_labels(&painter, input, &camera, rect, view.selection, hover, &edge_labels);

    if input.model.node_count() == 0 {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            "Nothing to show. Open a document or an article (Ctrl+O), or drop a file here.",
            FontId::proportional(15.0),
            theme::ink_color(input.dark).gamma_multiply(0.7),
        );
    }

    match hover {
        Hover::Node(node) => {
            response.on_hover_ui_at_pointer(|ui| node_tooltip_ui(ui, input, node));
        }
        Hover::Edge(edge) => {
            response.on_hover_ui_at_pointer(|ui| edge_tooltip_ui(ui, input.model, edge));
        }
        Hover::Nothing => {}
    }
}

/// Buttons over the top right corner of the diagram: fit, pause or resume
/// the layout, search. Drawn after the diagram so they take the clicks.
pub fn canvas_toolbar_ui(ui: &mut egui::Ui, paused: bool, commands: &mut Vec<Command>) {
    let rect = ui.max_rect();
    let toolbar = Rect::from_min_size(rect.right_top() + Vec2::new(-220.0, 8.0), Vec2::new(212.0, 24.0));
    ui.scope_builder(egui::UiBuilder::new().max_rect(toolbar), |ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Fit").on_hover_text("Fit the graph to the view (F)").clicked() {
                commands.push(Command::FitView);
            }
            let label = if paused { "Resume" } else { "Pause" };
            if ui.button(label).on_hover_text("Pause or resume the layout (Space)").clicked() {
                commands.push(Command::ToggleLayout);
            }
            if ui.button("Search").on_hover_text("Find an entity (Ctrl+F)").clicked() {
                commands.push(Command::ToggleSearch);
            }
        });
    });
}

/// The camera that shows every visible node.
pub fn fit_camera(input: &GraphInput<'_>, rect: Rect) -> Camera {
    let visible = (0..input.positions.len())
        .filter(|&i| input.node_visible(i))
        .filter_map(|i| input.position(i));
    Camera::fit(rect, visible)
}

fn node_radius_px(input: &GraphInput<'_>, camera: &Camera, node: usize) -> f32 {
    input
        .node_radius
        .get(node)
        .or_else(|| input.geometry.node_radius.get(node))
        .copied()
        .unwrap_or(10.0)
        * camera.zoom
}

fn hover_at(input: &GraphInput<'_>, camera: &Camera, rect: Rect, pointer: Pos2) -> Hover {
    let world = camera.screen_to_world(rect, pointer);
    let max_world = 40.0_f32.max(8.0 / camera.zoom);
    let mut best: Option<(f32, usize)> = None;
    let mut candidates = Vec::new();
    input.spatial.query_rect(
        [world[0] - max_world, world[1] - max_world],
        [world[0] + max_world, world[1] + max_world],
        &mut candidates,
    );
    for node in candidates {
        if !input.node_visible(node) {
            continue;
        }
        let Some(p) = input.position(node) else { continue };
        let screen = camera.world_to_screen(rect, p);
        let distance = screen.distance(pointer);
        let reach = node_radius_px(input, camera, node).max(3.0) + 4.0;
        if distance <= reach && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, node));
        }
    }
    if let Some((_, node)) = best {
        return Hover::Node(NodeIndex::new(node));
    }
    // Edges are only worth hovering when they are drawn as curves.
    if camera.zoom * 10.0 < FAR_RADIUS_PX {
        return Hover::Nothing;
    }
    let mut best_edge: Option<(f32, usize)> = None;
    for edge in input.model.graph.edge_indices() {
        if !input.edge_visible(edge.index())
            || !edge_screen_box(input, camera, rect, edge.index()).is_some_and(|b| b.contains(pointer))
        {
            continue;
        }
        let Some(points) = edge_polyline(input, camera, rect, edge) else {
            continue;
        };
        let bounds = Rect::from_points(&points).expand(6.0);
        if !bounds.contains(pointer) {
            continue;
        }
        let distance = points
            .windows(2)
            .map(|w| distance_to_segment(pointer, w[0], w[1]))
            .fold(f32::INFINITY, f32::min);
        if distance <= 5.0 && best_edge.is_none_or(|(d, _)| distance < d) {
            best_edge = Some((distance, edge.index()));
        }
    }
    best_edge.map_or(Hover::Nothing, |(_, e)| Hover::Edge(EdgeIndex::new(e)))
}

fn handle_input(
    ui: &egui::Ui,
    input: &GraphInput<'_>,
    view: &mut ViewState,
    response: &egui::Response,
    rect: Rect,
    hover: Hover,
    commands: &mut Vec<Command>,
) {
    if response.drag_started_by(egui::PointerButton::Primary)
        && let Hover::Node(node) = hover
    {
        view.dragging = Some(node);
    }
    if response.dragged() {
        match view.dragging {
            Some(node) => {
                if let Some(p) = response.interact_pointer_pos() {
                    let pos = view.camera.screen_to_world(rect, p);
                    commands.push(Command::MoveNode { node, pos });
                }
            }
            None => view.camera.pan_by_screen(response.drag_delta()),
        }
    }
    if response.drag_stopped() {
        view.dragging = None;
    }

    if response.hovered() {
        let (scroll, zoom_delta) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let mut factor = zoom_delta;
        if scroll.y != 0.0 {
            factor *= (scroll.y * 0.0025).exp();
        }
        if (factor - 1.0).abs() > 1e-4
            && let Some(p) = response.hover_pos()
        {
            view.camera.zoom_around(rect, p, factor);
        }
    }

    if response.clicked() {
        let selection = match hover {
            Hover::Node(node) => Selection::Node(node),
            Hover::Edge(edge) => Selection::Edge(edge),
            Hover::Nothing => Selection::None,
        };
        commands.push(Command::Select(selection));
    }
    if response.double_clicked()
        && let Hover::Node(node) = hover
        && (input.pinned)(node.index())
    {
        commands.push(Command::SetPinned { node, pinned: false });
    }
    if response.secondary_clicked() {
        view.context_node = match hover {
            Hover::Node(node) => Some(node),
            _ => None,
        };
    }
    response.context_menu(|ui| {
        let Some(node) = view.context_node else {
            if ui.button("Fit to view").clicked() {
                commands.push(Command::FitView);
            }
            if ui.button("Unpin all nodes").clicked() {
                commands.push(Command::UnpinAll);
            }
            return;
        };
        let name = input
            .model
            .entity(node)
            .map_or_else(String::new, |e| e.name.clone());
        ui.label(egui::RichText::new(name).strong());
        if ui.button("Select").clicked() {
            commands.push(Command::Select(Selection::Node(node)));
        }
        let pinned = (input.pinned)(node.index());
        if ui.button(if pinned { "Unpin" } else { "Pin here" }).clicked() {
            commands.push(Command::SetPinned {
                node,
                pinned: !pinned,
            });
        }
        if ui.button("Center").clicked() {
            commands.push(Command::SelectAndCenter(node));
        }
    });
}

/// The screen box of an edge's two ends, widened by its bend: a cheap test
/// that rejects edges far from the viewport before any curve is built.
fn edge_screen_box(input: &GraphInput<'_>, camera: &Camera, rect: Rect, edge: usize) -> Option<Rect> {
    let &(a, b) = input.geometry.edge_ends.get(edge)?;
    let pa = camera.world_to_screen(rect, input.position(a as usize)?);
    let pb = camera.world_to_screen(rect, input.position(b as usize)?);
    let bend = input.geometry.edge_bend.get(edge).copied().unwrap_or(0.0).abs();
    Some(Rect::from_two_pos(pa, pb).expand(bend * BEND_WORLD * camera.zoom * 2.0 + 40.0))
}

/// The curve of an edge in screen space, trimmed to the node outlines.
/// `None` when either end is hidden or has no position.
fn edge_polyline(
    input: &GraphInput<'_>,
    camera: &Camera,
    rect: Rect,
    edge: EdgeIndex,
) -> Option<Vec<Pos2>> {
    let (a, b) = input.model.ends(edge)?;
    if !input.node_visible(a.index()) || !input.node_visible(b.index()) {
        return None;
    }
    let p0 = camera.world_to_screen(rect, input.position(a.index())?);
    let p1 = camera.world_to_screen(rect, input.position(b.index())?);
    let r0 = node_radius_px(input, camera, a.index());
    let r1 = node_radius_px(input, camera, b.index());
    let bend = input.geometry.edge_bend.get(edge.index()).copied().unwrap_or(0.0);

    if a == b {
        // A self-loop: a small circle above the node.
        let centre = p0 + Vec2::new(0.0, -r0 * 1.6);
        return Some(
            (0..=16)
                .map(|i| {
                    let angle = i as f32 / 16.0 * std::f32::consts::TAU;
                    centre + Vec2::angled(angle) * r0 * 0.8
                })
                .collect(),
        );
    }
    let along = p1 - p0;
    let length = along.length();
    if length < 1e-3 {
        return None;
    }
    let normal = Vec2::new(-along.y, along.x) / length;
    let control = p0 + along * 0.5 + normal * bend * BEND_WORLD * camera.zoom * 2.0;
    let start = p0 + (control - p0).normalized() * r0;
    let end = p1 + (control - p1).normalized() * (r1 + 1.0);
    if bend == 0.0 {
        return Some(vec![start, end]);
    }
    let segments = 14;
    Some(
        (0..=segments)
            .map(|i| {
                let t = i as f32 / segments as f32;
                let u = 1.0 - t;
                Pos2::new(
                    u * u * start.x + 2.0 * u * t * control.x + t * t * end.x,
                    u * u * start.y + 2.0 * u * t * control.y + t * t * end.y,
                )
            })
            .collect(),
    )
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

/// Whether an element is emphasised, normal or faded this frame.
fn emphasis_for_node(input: &GraphInput<'_>, node: NodeIndex, selection: Selection, hover: Hover) -> f32 {
    let focus = match (hover, selection) {
        (Hover::Node(n), _) | (_, Selection::Node(n)) => Some(n),
        _ => None,
    };
    match focus {
        Some(f) if f == node => 1.0,
        Some(f) => {
            if input.model.graph.contains_edge(f, node) || input.model.graph.contains_edge(node, f) {
                1.0
            } else {
                0.3
            }
        }
        None => 1.0,
    }
}

/// A relation caption waiting to be placed: emphasised ones first.
struct EdgeLabel {
    at: Pos2,
    text: String,
    emphasised: bool,
}

/// Draws the edges; returns the captions to place with the node labels.
fn draw_edges(
    painter: &egui::Painter,
    input: &GraphInput<'_>,
    camera: &Camera,
    rect: Rect,
    selection: Selection,
    hover: Hover,
) -> Vec<EdgeLabel> {
    let mut labels = Vec::new();
    let far = camera.zoom * 10.0 < FAR_RADIUS_PX;

    // Edges near the viewport; the rest cost one box test each.
    let candidates: Vec<EdgeIndex> = (0..input.geometry.edge_ends.len())
        .filter(|&e| input.edge_visible(e))
        .filter(|&e| edge_screen_box(input, camera, rect, e).is_some_and(|b| b.intersects(rect)))
        .map(EdgeIndex::new)
        .collect();
    let is_emphasised = |edge: EdgeIndex| {
        selection == Selection::Edge(edge) || hover == Hover::Edge(edge) || input.path_edges.contains(&edge)
    };
    let batched = far || candidates.len() > DETAILED_EDGE_LIMIT;
    if batched {
        batched_edges(painter, input, camera, rect, &candidates, far);
    }
    if far {
        return labels;
    }
    let focus_node = match (hover, selection) {
        (Hover::Node(n), _) | (_, Selection::Node(n)) => Some(n),
        _ => None,
    };
    let selected_edge = match selection {
        Selection::Edge(e) => Some(e),
        _ => None,
    };
    let hovered_edge = match hover {
        Hover::Edge(e) => Some(e),
        _ => None,
    };
    let show_all_labels = camera.zoom >= 1.4 && candidates.len() <= EDGE_LABEL_LIMIT;
    let touches = |edge: EdgeIndex, node: NodeIndex| {
        input.model.ends(edge).is_some_and(|(a, b)| a == node || b == node)
    };
    // When batched, only the emphasised edges and those of the focus node are
    // drawn in detail on top.
    let detailed: Vec<EdgeIndex> = if batched {
        candidates
            .iter()
            .copied()
            .filter(|&e| is_emphasised(e) || focus_node.is_some_and(|f| touches(e, f)))
            .take(DETAILED_EDGE_LIMIT)
            .collect()
    } else {
        candidates
    };
    let few_focus_edges = detailed.len() <= EDGE_LABEL_LIMIT;
    for edge in detailed {
        let Some(relation) = input.model.relation(edge) else { continue };
        let Some(points) = edge_polyline(input, camera, rect, edge) else {
            continue;
        };
        if !Rect::from_points(&points).intersects(rect) {
            continue;
        }
        let touches_focus = focus_node.is_some_and(|f| {
            input
                .model
                .ends(edge)
                .is_some_and(|(a, b)| a == f || b == f)
        });
        let on_path = input.path_edges.contains(&edge);
        let emphasised = selected_edge == Some(edge) || hovered_edge == Some(edge) || on_path;
        let faded = focus_node.is_some() && !touches_focus && !emphasised;

        let mut color = theme::edge_color(relation);
        if faded {
            color = color.gamma_multiply(0.18);
        }
        color = color.gamma_multiply(input.edge_fade(edge.index()));
        // A guess from a co-mention is drawn faint and thin.
        if relation.is_weak() && !emphasised {
            color = color.gamma_multiply(0.4);
        }
        let mut width = (1.6 * camera.zoom.sqrt()).clamp(1.0, 3.0) * if relation.is_weak() { 0.6 } else { 1.0 };
        if emphasised || touches_focus {
            width += 1.2;
        }
        if emphasised {
            // A halo under the line.
            painter.add(Shape::line(
                points.clone(),
                Stroke::new(width + 4.0, theme::highlight_color(input.dark).gamma_multiply(0.55)),
            ));
        }
        let stroke = Stroke::new(width, color);
        match palette::relation_stroke(relation.negated, relation.modality) {
            palette::Stroke::Solid => {
                painter.add(Shape::line(points.clone(), stroke));
            }
            palette::Stroke::Dashed => {
                painter.extend(Shape::dashed_line(&points, stroke, 9.0, 5.0));
            }
            palette::Stroke::Dotted => {
                painter.extend(Shape::dotted_line(&points, color, 5.0, width * 0.75));
            }
        }

        let (Some(&last), Some(&before)) = (points.last(), points.get(points.len().saturating_sub(2)))
        else {
            continue;
        };
        if !relation.kind.is_symmetric() {
            let dir = (last - before).normalized();
            let size = (7.0 * camera.zoom.sqrt()).clamp(5.0, 11.0) + width;
            let side = Vec2::new(-dir.y, dir.x) * size * 0.5;
            let base = last - dir * size;
            painter.add(Shape::convex_polygon(
                vec![last, base + side, base - side],
                color,
                Stroke::NONE,
            ));
        }
        let middle = points.get(points.len() / 2).copied().unwrap_or(last);
        let middle = if points.len() == 2 {
            points[0].lerp(last, 0.5)
        } else {
            middle
        };
        if relation.negated {
            let s = 5.0;
            let cross = Stroke::new(2.2, color);
            painter.line_segment([middle + Vec2::new(-s, -s), middle + Vec2::new(s, s)], cross);
            painter.line_segment([middle + Vec2::new(-s, s), middle + Vec2::new(s, -s)], cross);
        }
        if (emphasised || show_all_labels || (touches_focus && few_focus_edges)) && !faded {
            labels.push(EdgeLabel {
                at: middle,
                text: relation_caption(relation),
                emphasised,
            });
        }
    }
    labels
}

/// Draws edges as thin straight lines in one mesh: grey haze when far,
/// relation colours when nearer.
fn batched_edges(
    painter: &egui::Painter,
    input: &GraphInput<'_>,
    camera: &Camera,
    rect: Rect,
    edges: &[EdgeIndex],
    far: bool,
) {
    let stride = edges.len().div_ceil(BATCHED_EDGE_BUDGET).max(1);
    let ink = theme::ink_color(input.dark);
    let haze = ink.gamma_multiply((0.12 * stride as f32).min(0.35));
    let half_width = if far { 0.35 } else { 0.6 };
    // Thousands of crossing lines would wash the canvas out: the more there
    // are, the fainter each.
    let density = (0.5 * (2_500.0 / edges.len().max(1) as f32).sqrt()).clamp(0.12, 0.5);
    let drawn = edges.len() / stride + 1;
    let mut mesh = Mesh::default();
    mesh.vertices.reserve(drawn * 4);
    mesh.indices.reserve(drawn * 6);
    for &edge in edges.iter().step_by(stride) {
        let Some(&(a, b)) = input.geometry.edge_ends.get(edge.index()) else { continue };
        let (Some(pa), Some(pb)) = (input.position(a as usize), input.position(b as usize)) else {
            continue;
        };
        let color = if far {
            haze
        } else {
            let Some(relation) = input.model.relation(edge) else { continue };
            let color = theme::edge_color(relation);
            color.gamma_multiply(density * input.edge_fade(edge.index()))
        };
        let sa = camera.world_to_screen(rect, pa);
        let sb = camera.world_to_screen(rect, pb);
        let dir = (sb - sa).normalized();
        let n = Vec2::new(-dir.y, dir.x) * half_width;
        let base = mesh.vertices.len() as u32;
        for p in [sa + n, sa - n, sb - n, sb + n] {
            mesh.colored_vertex(p, color);
        }
        mesh.add_triangle(base, base + 1, base + 2);
        mesh.add_triangle(base, base + 2, base + 3);
    }
    painter.add(Shape::mesh(mesh));
}

/// "member of (denied)", "opens office in (planned)", "holds office: Prime Minister".
pub fn relation_caption(relation: &crate::model::Relation) -> String {
    let mut text = relation.kind.label().to_owned();
    if let Some(label) = &relation.label
        && !label.is_empty()
    {
        text = format!("{text}: {label}");
    }
    if relation.negated {
        text.push_str(" (denied)");
    } else if relation.modality != crate::model::Modality::Asserted {
        text = format!("{text} ({})", relation.modality.as_str());
    }
    text
}

fn draw_nodes(
    painter: &egui::Painter,
    input: &GraphInput<'_>,
    camera: &Camera,
    rect: Rect,
    selection: Selection,
    hover: Hover,
) {
    let ink = theme::ink_color(input.dark);
    let far = camera.zoom * 10.0 < FAR_RADIUS_PX;
    let screen = rect.expand(30.0);
    if far {
        let mut mesh = Mesh::default();
        for node in 0..input.positions.len() {
            if !input.node_visible(node) {
                continue;
            }
            let Some(p) = input.position(node) else { continue };
            let s = camera.world_to_screen(rect, p);
            if !screen.contains(s) {
                continue;
            }
            let Some(entity) = input.model.entity(NodeIndex::new(node)) else {
                continue;
            };
            let r = node_radius_px(input, camera, node).max(1.0);
            mesh.add_colored_rect(
                Rect::from_center_size(s, Vec2::splat(2.0 * r)),
                input.node_color(NodeIndex::new(node), entity.kind).gamma_multiply(input.node_fade(node)),
            );
        }
        painter.add(Shape::mesh(mesh));
    } else {
        for node in input.model.graph.node_indices() {
            let i = node.index();
            if !input.node_visible(i) {
                continue;
            }
            let (Some(p), Some(entity)) = (input.position(i), input.model.entity(node)) else {
                continue;
            };
            let center = camera.world_to_screen(rect, p);
            let radius = node_radius_px(input, camera, i);
            if !screen.expand(radius).contains(center) {
                continue;
            }
            let alpha = emphasis_for_node(input, node, selection, hover) * input.node_fade(i);
            let fill = input.node_color(node, entity.kind).gamma_multiply(alpha);
            let outline = Stroke::new(1.2, ink.gamma_multiply(0.6 * alpha));
            paint_node_shape(painter, palette::entity_shape(entity.kind), center, radius, fill, outline);
            if selection == Selection::Node(node) {
                painter.circle_stroke(
                    center,
                    radius + 5.0,
                    Stroke::new(2.5, theme::highlight_color(input.dark)),
                );
            } else if hover == Hover::Node(node) {
                painter.circle_stroke(center, radius + 4.0, Stroke::new(1.5, ink.gamma_multiply(0.7)));
            }
            if (input.pinned)(i) {
                // A small pin mark at the top right.
                let pin = center + Vec2::new(radius * 0.75, -radius * 0.75);
                painter.circle_filled(pin, 3.0, ink);
            }
        }
    }
}

/// Paints one node outline.
pub fn paint_node_shape(
    painter: &egui::Painter,
    shape: NodeShape,
    center: Pos2,
    radius: f32,
    fill: Color32,
    outline: Stroke,
) {
    let polygon = |corners: usize, rotation: f32, scale: f32| -> Vec<Pos2> {
        (0..corners)
            .map(|k| {
                let angle = rotation + k as f32 / corners as f32 * std::f32::consts::TAU;
                center + Vec2::angled(angle) * radius * scale
            })
            .collect()
    };
    let shape = match shape {
        NodeShape::Circle => Shape::Circle(epaint::CircleShape {
            center,
            radius,
            fill,
            stroke: outline,
        }),
        NodeShape::Square => Shape::Rect(epaint::RectShape::new(
            Rect::from_center_size(center, Vec2::splat(radius * 1.7)),
            radius * 0.25,
            fill,
            outline,
            egui::StrokeKind::Middle,
        )),
        NodeShape::Diamond => Shape::convex_polygon(polygon(4, 0.0, 1.15), fill, outline),
        NodeShape::Triangle => Shape::convex_polygon(
            polygon(3, -std::f32::consts::FRAC_PI_2, 1.25),
            fill,
            outline,
        ),
        NodeShape::Hexagon => Shape::convex_polygon(polygon(6, 0.0, 1.05), fill, outline),
    };
    painter.add(shape);
}

/// Places labels by priority without overlaps: the selected and hovered
/// nodes and their neighbours, emphasised relation captions, then the other
/// nodes by degree, then the other captions. A label that would overlap one
/// already placed is left out.
fn draw_labels(
    painter: &egui::Painter,
    input: &GraphInput<'_>,
    camera: &Camera,
    rect: Rect,
    selection: Selection,
    hover: Hover,
    edge_labels: &[EdgeLabel],
) {
    let ink = theme::ink_color(input.dark);
    let font = FontId::proportional(12.5);
    let mut priority: Vec<NodeIndex> = Vec::new();
    if let Selection::Node(n) = selection {
        priority.push(n);
    }
    if let Hover::Node(n) = hover {
        priority.push(n);
        priority.extend(input.model.neighbors(n));
    }
    if let Selection::Node(n) = selection {
        priority.extend(input.model.neighbors(n));
    }
    // Labels are screen-sized; collisions, not zoom, decide how many fit.
    let readable = camera.zoom >= 0.15;
    let mut placed: Vec<Rect> = Vec::new();
    let caption_font = FontId::proportional(11.0);
    let place_captions = |placed: &mut Vec<Rect>, emphasised: bool| {
        for label in edge_labels.iter().filter(|l| l.emphasised == emphasised) {
            let galley = painter.layout_no_wrap(label.text.clone(), caption_font.clone(), ink);
            let top_left = label.at + Vec2::new(-galley.size().x / 2.0, -galley.size().y - 3.0);
            let label_rect = Rect::from_min_size(top_left, galley.size()).expand(1.5);
            if placed.iter().any(|r| r.intersects(label_rect)) {
                continue;
            }
            painter.rect_filled(label_rect, 3.0, theme::canvas_color(input.dark).gamma_multiply(0.8));
            painter.galley(top_left, galley, ink.gamma_multiply(if emphasised { 1.0 } else { 0.75 }));
            placed.push(label_rect);
        }
    };
    let max_labels = 400;
    let order = priority
        .iter()
        .copied()
        .chain(input.geometry.label_order.iter().copied().filter(|_| readable));
    let mut seen = std::collections::HashSet::new();
    let priority_count = priority.len();
    let mut captions_placed = false;
    for (k, node) in order.enumerate() {
        if k == priority_count {
            place_captions(&mut placed, true);
            captions_placed = true;
        }
        if placed.len() >= max_labels || !seen.insert(node) {
            continue;
        }
        let i = node.index();
        if !input.node_visible(i) {
            continue;
        }
        let (Some(p), Some(entity)) = (input.position(i), input.model.entity(node)) else {
            continue;
        };
        let center = camera.world_to_screen(rect, p);
        if !rect.contains(center) {
            continue;
        }
        let radius = node_radius_px(input, camera, i);
        let galley = painter.layout_no_wrap(entity.name.clone(), font.clone(), ink);
        let top_left = center + Vec2::new(-galley.size().x / 2.0, radius + 3.0);
        let label_rect = Rect::from_min_size(top_left, galley.size()).expand(2.0);
        if placed.iter().any(|r| r.intersects(label_rect)) {
            continue;
        }
        let alpha = emphasis_for_node(input, node, selection, hover) * input.node_fade(i);
        if alpha < 0.2 {
            continue;
        }
        painter.rect_filled(
            label_rect,
            3.0,
            theme::canvas_color(input.dark).gamma_multiply(0.75 * alpha),
        );
        painter.galley(top_left, galley, ink.gamma_multiply(alpha));
        placed.push(label_rect);
    }
    if !captions_placed {
        place_captions(&mut placed, true);
    }
    place_captions(&mut placed, false);
}

fn node_tooltip_ui(ui: &mut egui::Ui, input: &GraphInput<'_>, node: NodeIndex) {
    let Some(entity) = input.model.entity(node) else { return };
    ui.label(egui::RichText::new(&entity.name).strong());
    ui.label(format!(
        "{} · {} relations",
        entity.kind.as_str(),
        input.model.degree(node)
    ));
    if (input.pinned)(node.index()) {
        ui.weak("pinned (double-click to release)");
    }
}

fn edge_tooltip_ui(ui: &mut egui::Ui, model: &Model, edge: EdgeIndex) {
    let Some(relation) = model.relation(edge) else { return };
    let name = |id: &str| {
        model
            .node(id)
            .and_then(|n| model.entity(n))
            .map_or_else(|| id.to_owned(), |e| e.name.clone())
    };
    ui.label(
        egui::RichText::new(format!(
            "{} — {} — {}",
            name(&relation.subject),
            relation_caption(relation),
            name(&relation.object)
        ))
        .strong(),
    );
    if let Some(evidence) = relation.evidence.first() {
        ui.set_max_width(420.0);
        ui.label(egui::RichText::new(&evidence.sentence).italics());
    }
}
