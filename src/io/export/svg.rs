//! The SVG picture of the diagram: what the window shows at zoom 1, drawn
//! from node positions with [`crate::palette`]: a background, a title line,
//! the relations (arrowheads for directed kinds, dashed red with a cross for
//! negated, dotted for prospective, parallel relations bowed apart, labels
//! when there are few), the entities (shape and colour of their kind, one
//! `<g class="node">` each, with a `<title>` tooltip) and a legend of the
//! kinds and line styles present.
//!
//! Labels never pile up: they are placed greedily from the most connected
//! entity down, and a label that would cover another label or a node is
//! left out (the `<title>` still names the node). A uniform grid keeps that
//! check cheap for large graphs. Positions are world units (the layout's
//! [`LINK_DISTANCE`](crate::layout::LINK_DISTANCE) apart); they are drawn
//! 1:1 unless the diagram would exceed [`MAX_DIAGRAM_PX`], then scaled down.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::xml::Xml;
use super::{ExportError, Shown, relation_label};
use crate::model::{EntityKind, RelationKind};
use crate::palette::{self, Shape, Stroke};

/// The largest side of the diagram area, in pixels.
pub const MAX_DIAGRAM_PX: f32 = 4000.0;
const MIN_DIAGRAM_WIDTH_PX: f32 = 420.0;
const MIN_DIAGRAM_HEIGHT_PX: f32 = 320.0;
const MARGIN_PX: f32 = 56.0;
const HEADER_PX: f32 = 44.0;
const LEGEND_WIDTH_PX: f32 = 200.0;
const LEGEND_ROW_PX: f32 = 20.0;
const LABEL_FONT_PX: f32 = 12.0;
const EDGE_FONT_PX: f32 = 10.0;
/// Edge labels are drawn only up to this many relations.
const MAX_EDGE_LABELS: usize = 200;
const PARALLEL_SPACING_PX: f32 = 16.0;

const BACKGROUND: &str = "#f8f9fb";
const TEXT: &str = "#1f2328";
const MUTED_TEXT: &str = "#57606a";
const FONT_FAMILY: &str = "Ubuntu, 'Ubuntu Light', 'DejaVu Sans', Arial, sans-serif";

/// The radius of a node drawn for an entity with `degree` visible relations.
pub fn node_radius_px(degree: usize) -> f32 {
    (9.0 + 2.2 * (degree as f32).sqrt()).min(22.0)
}

pub(crate) fn to_svg(shown: &Shown<'_>, positions: &[[f32; 2]]) -> Result<Vec<u8>, ExportError> {
    let node_count = shown.model.node_count();
    if positions.len() != node_count {
        return Err(ExportError::PositionCount {
            count: positions.len(),
            nodes: node_count,
        });
    }
    let frame = Frame::new(shown, positions);
    let legend = Legend::new(shown);
    let width = frame.diagram_width + LEGEND_WIDTH_PX + 16.0;
    let height = (frame.diagram_height + HEADER_PX).max(HEADER_PX + legend.height() + MARGIN_PX);

    let mut xml = Xml::new(1)?;
    let (width_text, height_text) = (px(width), px(height));
    let view_box = format!("0 0 {width_text} {height_text}");
    xml.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("version", "1.1"),
            ("width", &width_text),
            ("height", &height_text),
            ("viewBox", &view_box),
            ("font-family", FONT_FAMILY),
        ],
    )?;
    xml.text_element("title", &[], "Entente relation map")?;
    write_markers(&mut xml, shown)?;
    xml.empty(
        "rect",
        &[
            ("class", "background"),
            ("width", "100%"),
            ("height", "100%"),
            ("fill", BACKGROUND),
        ],
    )?;
    write_header(&mut xml, shown)?;

    let mut placed = Placement::new();
    let points: Vec<[f32; 2]> = positions.iter().map(|&p| frame.map(p)).collect();
    let radii: Vec<f32> = (0..node_count)
        .map(|i| node_radius_px(shown.degree(i)))
        .collect();
    for &node in &shown.nodes {
        if let (Some(&[x, y]), Some(&r)) = (points.get(node), radii.get(node)) {
            placed.insert(Rect::around(x, y, r, r), Some(node));
        }
    }
    let node_labels = place_node_labels(shown, &points, &radii, &mut placed);
    write_edges(&mut xml, shown, &points, &radii, &mut placed)?;
    write_nodes(&mut xml, shown, &points, &radii, &node_labels)?;
    legend.write(&mut xml, frame.diagram_width + 8.0, HEADER_PX)?;
    xml.close("svg")?;
    Ok(xml.finish())
}

/// Where the world is drawn: a uniform scale and an offset that centre the
/// visible nodes in the diagram area (left of the legend, below the header).
struct Frame {
    scale: f32,
    offset: [f32; 2],
    diagram_width: f32,
    diagram_height: f32,
}

impl Frame {
    fn new(shown: &Shown<'_>, positions: &[[f32; 2]]) -> Self {
        let mut min = [f32::INFINITY; 2];
        let mut max = [f32::NEG_INFINITY; 2];
        for &node in &shown.nodes {
            let Some(&[x, y]) = positions.get(node) else {
                continue;
            };
            if !(x.is_finite() && y.is_finite()) {
                continue;
            }
            min = [min[0].min(x), min[1].min(y)];
            max = [max[0].max(x), max[1].max(y)];
        }
        if min[0] > max[0] {
            min = [0.0; 2];
            max = [0.0; 2];
        }
        let world = [max[0] - min[0], max[1] - min[1]];
        let scale = (MAX_DIAGRAM_PX / world[0].max(world[1]).max(1.0)).min(1.0);
        let drawn = [world[0] * scale, world[1] * scale];
        let diagram_width = (drawn[0] + 2.0 * MARGIN_PX).max(MIN_DIAGRAM_WIDTH_PX);
        let diagram_height = (drawn[1] + 2.0 * MARGIN_PX).max(MIN_DIAGRAM_HEIGHT_PX);
        let offset = [
            (diagram_width - drawn[0]) / 2.0 - min[0] * scale,
            HEADER_PX + (diagram_height - drawn[1]) / 2.0 - min[1] * scale,
        ];
        Self {
            scale,
            offset,
            diagram_width,
            diagram_height,
        }
    }

    fn map(&self, [x, y]: [f32; 2]) -> [f32; 2] {
        let finite = |v: f32| if v.is_finite() { v } else { 0.0 };
        [
            finite(x) * self.scale + self.offset[0],
            finite(y) * self.scale + self.offset[1],
        ]
    }
}

/// An axis-aligned box in pixels.
#[derive(Clone, Copy, Debug)]
struct Rect {
    min: [f32; 2],
    max: [f32; 2],
}

impl Rect {
    fn around(x: f32, y: f32, half_width: f32, half_height: f32) -> Self {
        Self {
            min: [x - half_width, y - half_height],
            max: [x + half_width, y + half_height],
        }
    }

    fn overlaps(&self, other: &Self) -> bool {
        self.min[0] < other.max[0]
            && other.min[0] < self.max[0]
            && self.min[1] < other.max[1]
            && other.min[1] < self.max[1]
    }
}

/// Boxes already drawn (nodes, placed labels), bucketed in a uniform grid so
/// that a new label is checked against its neighbours only.
struct Placement {
    boxes: Vec<(Rect, Option<usize>)>,
    cells: HashMap<(i32, i32), Vec<usize>>,
}

impl Placement {
    const CELL_PX: f32 = 64.0;

    fn new() -> Self {
        Self {
            boxes: Vec::new(),
            cells: HashMap::new(),
        }
    }

    fn cells_of(rect: &Rect) -> impl Iterator<Item = (i32, i32)> {
        let cell = |v: f32| (v / Self::CELL_PX).floor() as i32;
        let (x0, x1) = (cell(rect.min[0]), cell(rect.max[0]));
        let (y0, y1) = (cell(rect.min[1]), cell(rect.max[1]));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// True when `rect` overlaps nothing placed except boxes owned by `owner`.
    fn is_free(&self, rect: &Rect, owner: Option<usize>) -> bool {
        Self::cells_of(rect).all(|cell| {
            self.cells.get(&cell).is_none_or(|ids| {
                ids.iter().all(|&id| {
                    self.boxes.get(id).is_none_or(|(other, other_owner)| {
                        (owner.is_some() && *other_owner == owner) || !rect.overlaps(other)
                    })
                })
            })
        })
    }

    fn insert(&mut self, rect: Rect, owner: Option<usize>) {
        let id = self.boxes.len();
        self.boxes.push((rect, owner));
        for cell in Self::cells_of(&rect) {
            self.cells.entry(cell).or_default().push(id);
        }
    }
}

/// Text shown for a node, shortened past 32 characters.
fn short_name(name: &str) -> String {
    const MAX_CHARS: usize = 32;
    if name.chars().count() <= MAX_CHARS {
        name.to_owned()
    } else {
        let mut short: String = name.chars().take(MAX_CHARS - 1).collect();
        short.push('…');
        short
    }
}

/// An estimate of the width of `text` at `font_px`, without shaping: the
/// average advance of a proportional sans-serif face.
fn text_width_px(text: &str, font_px: f32) -> f32 {
    text.chars().count() as f32 * font_px * 0.56
}

/// Which nodes get a label, most connected first, skipping labels that
/// would collide.
fn place_node_labels(
    shown: &Shown<'_>,
    points: &[[f32; 2]],
    radii: &[f32],
    placed: &mut Placement,
) -> BTreeMap<usize, String> {
    let mut order = shown.nodes.clone();
    order.sort_by_key(|&node| (std::cmp::Reverse(shown.degree(node)), node));
    let mut labels = BTreeMap::new();
    for node in order {
        let (Some(entity), Some(&[x, y]), Some(&r)) = (
            shown.model.document.entities.get(node),
            points.get(node),
            radii.get(node),
        ) else {
            continue;
        };
        let text = short_name(&entity.name);
        let half_width = text_width_px(&text, LABEL_FONT_PX) / 2.0;
        let top = y + r + 3.0;
        let rect = Rect {
            min: [x - half_width, top],
            max: [x + half_width, top + LABEL_FONT_PX * 1.15],
        };
        if placed.is_free(&rect, Some(node)) {
            placed.insert(rect, Some(node));
            labels.insert(node, text);
        }
    }
    labels
}

fn write_markers(xml: &mut Xml, shown: &Shown<'_>) -> std::io::Result<()> {
    let mut colors = BTreeSet::new();
    for (_, relation, _, _) in shown.relations() {
        if !relation.kind.is_symmetric() {
            colors.insert(palette::edge_color(relation.negated, relation.kind).hex());
        }
    }
    for kind in RelationKind::ALL {
        colors.insert(palette::relation_color(kind).hex());
    }
    xml.open("defs", &[])?;
    for color in colors {
        let id = marker_id(&color);
        xml.open(
            "marker",
            &[
                ("id", &id),
                ("viewBox", "0 0 10 10"),
                ("refX", "10"),
                ("refY", "5"),
                ("markerWidth", "9"),
                ("markerHeight", "9"),
                ("markerUnits", "userSpaceOnUse"),
                ("orient", "auto"),
            ],
        )?;
        xml.empty("path", &[("d", "M0,0.5 L10,5 L0,9.5 Z"), ("fill", &color)])?;
        xml.close("marker")?;
    }
    xml.close("defs")
}

fn marker_id(hex: &str) -> String {
    format!("arrow-{}", hex.trim_start_matches('#'))
}



fn write_header(xml: &mut Xml, shown: &Shown<'_>) -> std::io::Result<()> {
    let titles: Vec<&str> = shown
        .model
        .document
        .documents
        .iter()
        .map(|d| d.title.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let title = match titles.as_slice() {
        [] => "Relation map".to_owned(),
        [one] => short_title(one),
        [first, rest @ ..] => format!("{} and {} more", short_title(first), rest.len()),
    };
    let x = px(MARGIN_PX / 2.0);
    xml.text_element(
        "text",
        &[
            ("x", &x),
            ("y", "27"),
            ("font-size", "15"),
            ("font-weight", "bold"),
            ("fill", TEXT),
        ],
        &title,
    )?;
    let counts = format!(
        "{} entities · {} relations",
        shown.nodes.len(),
        shown.edges.len()
    );
    let counts_x = px(MARGIN_PX / 2.0 + text_width_px(&title, 15.0) + 16.0);
    xml.text_element(
        "text",
        &[
            ("x", &counts_x),
            ("y", "27"),
            ("font-size", "12"),
            ("fill", MUTED_TEXT),
        ],
        &counts,
    )
}

fn short_title(title: &str) -> String {
    const MAX_CHARS: usize = 80;
    if title.chars().count() <= MAX_CHARS {
        title.to_owned()
    } else {
        let mut short: String = title.chars().take(MAX_CHARS - 1).collect();
        short.push('…');
        short
    }
}

fn write_edges(
    xml: &mut Xml,
    shown: &Shown<'_>,
    points: &[[f32; 2]],
    radii: &[f32],
    placed: &mut Placement,
) -> std::io::Result<()> {
    // Relations between the same two entities, in either direction, are
    // bowed apart symmetrically.
    let mut by_pair: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    let mut ends_of = HashMap::new();
    for &edge in &shown.edges {
        let Some((a, b)) = shown.model.ends(petgraph::graph::EdgeIndex::new(edge)) else {
            continue;
        };
        let (a, b) = (a.index(), b.index());
        ends_of.insert(edge, (a, b));
        by_pair.entry((a.min(b), a.max(b))).or_default().push(edge);
    }
    let label_edges = shown.edges.len() <= MAX_EDGE_LABELS;
    xml.open("g", &[("class", "edges"), ("fill", "none")])?;
    for ((low, high), edges) in &by_pair {
        for (k, &edge) in edges.iter().enumerate() {
            let (Some(relation), Some(&(a, b))) =
                (shown.model.document.relations.get(edge), ends_of.get(&edge))
            else {
                continue;
            };
            let (Some(&from), Some(&to), Some(&from_r), Some(&to_r)) =
                (points.get(a), points.get(b), radii.get(a), radii.get(b))
            else {
                continue;
            };
            let geometry = if low == high {
                loop_geometry(from, from_r)
            } else {
                // The bow is measured on the pair's own axis (low to high),
                // so opposite directions do not cancel out.
                let bow = (k as f32 - (edges.len() as f32 - 1.0) / 2.0) * PARALLEL_SPACING_PX;
                let (low_point, high_point) = if a == *low { (from, to) } else { (to, from) };
                let normal = unit_normal(low_point, high_point);
                let mid = [(from[0] + to[0]) / 2.0, (from[1] + to[1]) / 2.0];
                let control = [
                    mid[0] + normal[0] * bow * 2.0,
                    mid[1] + normal[1] * bow * 2.0,
                ];
                curve_geometry(from, control, to, from_r, to_r + 1.5)
            };
            write_edge(xml, shown, edge, relation, &geometry, label_edges, placed)?;
        }
    }
    xml.close("g")
}

/// A drawn relation: the SVG path and the point halfway along it.
struct EdgeGeometry {
    path: String,
    middle: [f32; 2],
}

fn curve_geometry(
    from: [f32; 2],
    control: [f32; 2],
    to: [f32; 2],
    from_r: f32,
    to_r: f32,
) -> EdgeGeometry {
    let start = step_towards(from, control, from_r);
    let end = step_towards(to, control, to_r);
    let straight = (control[0] - (from[0] + to[0]) / 2.0).abs() < 0.01
        && (control[1] - (from[1] + to[1]) / 2.0).abs() < 0.01;
    let path = if straight {
        format!(
            "M{} {} L{} {}",
            px(start[0]),
            px(start[1]),
            px(end[0]),
            px(end[1])
        )
    } else {
        format!(
            "M{} {} Q{} {} {} {}",
            px(start[0]),
            px(start[1]),
            px(control[0]),
            px(control[1]),
            px(end[0]),
            px(end[1])
        )
    };
    let middle = [
        0.25 * start[0] + 0.5 * control[0] + 0.25 * end[0],
        0.25 * start[1] + 0.5 * control[1] + 0.25 * end[1],
    ];
    EdgeGeometry { path, middle }
}

/// A loop above the node, for a relation of an entity with itself.
fn loop_geometry(at: [f32; 2], radius: f32) -> EdgeGeometry {
    let [x, y] = at;
    let top = y - radius;
    let path = format!(
        "M{} {} C{} {} {} {} {} {}",
        px(x - 5.0),
        px(top + 1.0),
        px(x - 22.0),
        px(top - 34.0),
        px(x + 22.0),
        px(top - 34.0),
        px(x + 5.0),
        px(top + 1.0)
    );
    EdgeGeometry {
        path,
        middle: [x, top - 25.0],
    }
}

/// `point` moved `distance` towards `target`.
fn step_towards(point: [f32; 2], target: [f32; 2], distance: f32) -> [f32; 2] {
    let d = [target[0] - point[0], target[1] - point[1]];
    let length = (d[0] * d[0] + d[1] * d[1]).sqrt();
    if length < 1e-3 {
        return point;
    }
    let t = (distance / length).min(0.45);
    [point[0] + d[0] * t, point[1] + d[1] * t]
}

fn unit_normal(from: [f32; 2], to: [f32; 2]) -> [f32; 2] {
    let d = [to[0] - from[0], to[1] - from[1]];
    let length = (d[0] * d[0] + d[1] * d[1]).sqrt();
    if length < 1e-3 {
        return [0.0, -1.0];
    }
    [-d[1] / length, d[0] / length]
}

fn write_edge(
    xml: &mut Xml,
    shown: &Shown<'_>,
    edge: usize,
    relation: &crate::model::Relation,
    geometry: &EdgeGeometry,
    with_label: bool,
    placed: &mut Placement,
) -> std::io::Result<()> {
    let color = palette::edge_color(relation.negated, relation.kind).hex();
    let stroke = palette::relation_stroke(relation.negated, relation.modality);
    let id = format!("edge-{edge}");
    let names = |node: Option<(petgraph::graph::NodeIndex, petgraph::graph::NodeIndex)>| {
        let name = |n| shown.model.entity(n).map_or("?", |e| e.name.as_str());
        node.map(|(a, b)| (name(a).to_owned(), name(b).to_owned()))
    };
    let (subject, object) =
        names(shown.model.ends(petgraph::graph::EdgeIndex::new(edge))).unwrap_or_default();
    let label = relation_label(relation);
    let negation = if relation.negated { "not " } else { "" };
    xml.open("g", &[("class", "edge"), ("id", &id)])?;
    xml.text_element(
        "title",
        &[],
        &format!("{subject} {negation}{label} {object}"),
    )?;

    let marker = format!("url(#{})", marker_id(&color));
    let mut attributes = vec![
        ("d", geometry.path.as_str()),
        ("stroke", color.as_str()),
        ("stroke-width", "1.6"),
    ];
    match stroke {
        Stroke::Solid => {}
        Stroke::Dashed => attributes.push(("stroke-dasharray", "7 4")),
        Stroke::Dotted => {
            attributes.push(("stroke-dasharray", "0.5 4"));
            attributes.push(("stroke-linecap", "round"));
            attributes.push(("stroke-width", "2.2"));
        }
    }
    if !relation.kind.is_symmetric() {
        attributes.push(("marker-end", &marker));
    }
    dedup_attributes(&mut attributes);
    xml.empty("path", &attributes)?;

    let [mx, my] = geometry.middle;
    if relation.negated {
        let cross = format!(
            "M{} {} L{} {} M{} {} L{} {}",
            px(mx - 5.0),
            px(my - 5.0),
            px(mx + 5.0),
            px(my + 5.0),
            px(mx - 5.0),
            px(my + 5.0),
            px(mx + 5.0),
            px(my - 5.0)
        );
        xml.empty(
            "path",
            &[
                ("d", &cross),
                ("stroke", &color),
                ("stroke-width", "2.2"),
                ("stroke-linecap", "round"),
            ],
        )?;
    }
    if with_label {
        let text = format!("{negation}{label}");
        let half_width = text_width_px(&text, EDGE_FONT_PX) / 2.0;
        let baseline = my - 6.0;
        let rect = Rect {
            min: [mx - half_width, baseline - EDGE_FONT_PX],
            max: [mx + half_width, baseline + 2.0],
        };
        if placed.is_free(&rect, None) {
            placed.insert(rect, None);
            xml.text_element(
                "text",
                &[
                    ("x", &px(mx)),
                    ("y", &px(baseline)),
                    ("font-size", &px(EDGE_FONT_PX)),
                    ("text-anchor", "middle"),
                    ("fill", MUTED_TEXT),
                    ("stroke", BACKGROUND),
                    ("stroke-width", "3"),
                    ("stroke-linejoin", "round"),
                    ("paint-order", "stroke"),
                ],
                &text,
            )?;
        }
    }
    xml.close("g")
}

/// Keeps the last value of a repeated attribute name.
fn dedup_attributes(attributes: &mut Vec<(&str, &str)>) {
    let mut seen = BTreeSet::new();
    let mut kept: Vec<(&str, &str)> = Vec::with_capacity(attributes.len());
    for &(name, value) in attributes.iter().rev() {
        if seen.insert(name) {
            kept.push((name, value));
        }
    }
    kept.reverse();
    *attributes = kept;
}

fn write_nodes(
    xml: &mut Xml,
    shown: &Shown<'_>,
    points: &[[f32; 2]],
    radii: &[f32],
    labels: &BTreeMap<usize, String>,
) -> std::io::Result<()> {
    xml.open("g", &[("class", "nodes")])?;
    for (node, entity) in shown.entities() {
        let (Some(&[x, y]), Some(&r)) = (points.get(node), radii.get(node)) else {
            continue;
        };
        let id = format!("node-{node}");
        xml.open(
            "g",
            &[("class", "node"), ("id", &id), ("data-id", &entity.id)],
        )?;
        xml.text_element(
            "title",
            &[],
            &format!("{} ({})", entity.name, entity.kind.as_str()),
        )?;
        let fill = palette::entity_color(entity.kind).hex();
        write_shape(
            xml,
            palette::entity_shape(entity.kind),
            [x, y],
            r,
            &[
                ("fill", &fill),
                ("stroke", "#ffffff"),
                ("stroke-width", "1.5"),
            ],
        )?;
        if let Some(text) = labels.get(&node) {
            xml.text_element(
                "text",
                &[
                    ("x", &px(x)),
                    ("y", &px(y + r + 3.0 + LABEL_FONT_PX * 0.9)),
                    ("font-size", &px(LABEL_FONT_PX)),
                    ("text-anchor", "middle"),
                    ("fill", TEXT),
                    ("stroke", BACKGROUND),
                    ("stroke-width", "3"),
                    ("stroke-linejoin", "round"),
                    ("paint-order", "stroke"),
                ],
                text,
            )?;
        }
        xml.close("g")?;
    }
    xml.close("g")
}

/// A node outline centred on `centre`, about `r` in radius, with the same
/// visual weight for every shape.
fn write_shape(
    xml: &mut Xml,
    shape: Shape,
    centre: [f32; 2],
    r: f32,
    style: &[(&str, &str)],
) -> std::io::Result<()> {
    let [x, y] = centre;
    let polygon = |points: &[[f32; 2]]| {
        points
            .iter()
            .map(|[px_, py_]| format!("{},{}", px(x + px_ * r), px(y + py_ * r)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match shape {
        Shape::Circle => {
            let mut attributes = vec![("cx", px(x)), ("cy", px(y)), ("r", px(r))];
            attributes.extend(style.iter().map(|&(k, v)| (k, v.to_owned())));
            let borrowed: Vec<(&str, &str)> =
                attributes.iter().map(|(k, v)| (*k, v.as_str())).collect();
            xml.empty("circle", &borrowed)
        }
        Shape::Square => {
            let side = r * 1.7;
            let mut attributes = vec![
                ("x", px(x - side / 2.0)),
                ("y", px(y - side / 2.0)),
                ("width", px(side)),
                ("height", px(side)),
                ("rx", px(2.5)),
            ];
            attributes.extend(style.iter().map(|&(k, v)| (k, v.to_owned())));
            let borrowed: Vec<(&str, &str)> =
                attributes.iter().map(|(k, v)| (*k, v.as_str())).collect();
            xml.empty("rect", &borrowed)
        }
        Shape::Diamond => {
            let points = polygon(&[[0.0, -1.2], [1.2, 0.0], [0.0, 1.2], [-1.2, 0.0]]);
            polygon_element(xml, &points, style)
        }
        Shape::Triangle => {
            let points = polygon(&[[0.0, -1.25], [1.15, 0.8], [-1.15, 0.8]]);
            polygon_element(xml, &points, style)
        }
        Shape::Hexagon => {
            let corners: Vec<[f32; 2]> = (0..6)
                .map(|k| {
                    let angle = std::f32::consts::PI / 3.0 * k as f32;
                    [1.08 * angle.cos(), 1.08 * angle.sin()]
                })
                .collect();
            polygon_element(xml, &polygon(&corners), style)
        }
    }
}

fn polygon_element(xml: &mut Xml, points: &str, style: &[(&str, &str)]) -> std::io::Result<()> {
    let mut attributes = vec![("points", points)];
    attributes.extend_from_slice(style);
    xml.empty("polygon", &attributes)
}

/// The kinds and line styles present, drawn as a panel.
struct Legend {
    entity_kinds: Vec<(EntityKind, usize)>,
    relation_kinds: Vec<(RelationKind, usize)>,
    any_negated: bool,
    any_prospective: bool,
}

impl Legend {
    fn new(shown: &Shown<'_>) -> Self {
        let mut entity_counts: BTreeMap<EntityKind, usize> = BTreeMap::new();
        for (_, entity) in shown.entities() {
            *entity_counts.entry(entity.kind).or_default() += 1;
        }
        let mut relation_counts: BTreeMap<RelationKind, usize> = BTreeMap::new();
        let (mut any_negated, mut any_prospective) = (false, false);
        for (_, relation, _, _) in shown.relations() {
            *relation_counts.entry(relation.kind).or_default() += 1;
            any_negated |= relation.negated;
            any_prospective |= !relation.negated && relation.modality.is_prospective();
        }
        Self {
            entity_kinds: EntityKind::ALL
                .into_iter()
                .filter_map(|k| Some((k, *entity_counts.get(&k)?)))
                .collect(),
            relation_kinds: RelationKind::ALL
                .into_iter()
                .filter_map(|k| Some((k, *relation_counts.get(&k)?)))
                .collect(),
            any_negated,
            any_prospective,
        }
    }

    fn rows(&self) -> usize {
        let styles = usize::from(self.any_negated) + usize::from(self.any_prospective);
        2 + self.entity_kinds.len()
            + self.relation_kinds.len()
            + if styles > 0 { 1 + styles } else { 0 }
    }

    fn height(&self) -> f32 {
        self.rows() as f32 * LEGEND_ROW_PX + 24.0
    }

    fn write(&self, xml: &mut Xml, left: f32, top: f32) -> std::io::Result<()> {
        let transform = format!("translate({},{})", px(left), px(top));
        xml.open("g", &[("class", "legend"), ("transform", &transform)])?;
        xml.empty(
            "rect",
            &[
                ("width", &px(LEGEND_WIDTH_PX)),
                ("height", &px(self.height())),
                ("rx", "6"),
                ("fill", "#ffffff"),
                ("stroke", "#d0d7de"),
            ],
        )?;
        let mut y = 12.0 + LEGEND_ROW_PX / 2.0;
        self.heading(xml, "Entities", y)?;
        y += LEGEND_ROW_PX;
        for &(kind, count) in &self.entity_kinds {
            let fill = palette::entity_color(kind).hex();
            write_shape(
                xml,
                palette::entity_shape(kind),
                [20.0, y],
                6.0,
                &[
                    ("fill", &fill),
                    ("stroke", "#ffffff"),
                    ("stroke-width", "1"),
                ],
            )?;
            self.row_text(xml, &format!("{} ({count})", kind.plural_label()), y)?;
            y += LEGEND_ROW_PX;
        }
        self.heading(xml, "Relations", y)?;
        y += LEGEND_ROW_PX;
        for &(kind, count) in &self.relation_kinds {
            let color = palette::relation_color(kind).hex();
            let marker = format!("url(#{})", marker_id(&color));
            let path = format!("M10 {} L32 {}", px(y), px(y));
            let mut attributes = vec![
                ("d", path.as_str()),
                ("stroke", color.as_str()),
                ("stroke-width", "2"),
            ];
            if !kind.is_symmetric() {
                attributes.push(("marker-end", &marker));
            }
            xml.empty("path", &attributes)?;
            self.row_text(xml, &format!("{} ({count})", kind.label()), y)?;
            y += LEGEND_ROW_PX;
        }
        if self.any_negated || self.any_prospective {
            self.heading(xml, "Line styles", y)?;
            y += LEGEND_ROW_PX;
        }
        if self.any_negated {
            let red = palette::NEGATED.hex();
            let path = format!("M10 {} L32 {}", px(y), px(y));
            xml.empty(
                "path",
                &[
                    ("d", &path),
                    ("stroke", &red),
                    ("stroke-width", "1.6"),
                    ("stroke-dasharray", "7 4"),
                ],
            )?;
            let cross = format!(
                "M17 {} L25 {} M17 {} L25 {}",
                px(y - 4.0),
                px(y + 4.0),
                px(y + 4.0),
                px(y - 4.0)
            );
            xml.empty(
                "path",
                &[
                    ("d", &cross),
                    ("stroke", &red),
                    ("stroke-width", "2"),
                    ("stroke-linecap", "round"),
                ],
            )?;
            self.row_text(xml, "denied (negated)", y)?;
            y += LEGEND_ROW_PX;
        }
        if self.any_prospective {
            let path = format!("M10 {} L32 {}", px(y), px(y));
            xml.empty(
                "path",
                &[
                    ("d", &path),
                    ("stroke", MUTED_TEXT),
                    ("stroke-width", "2.2"),
                    ("stroke-dasharray", "0.5 4"),
                    ("stroke-linecap", "round"),
                ],
            )?;
            self.row_text(xml, "planned / expected", y)?;
        }
        xml.close("g")
    }

    fn heading(&self, xml: &mut Xml, text: &str, y: f32) -> std::io::Result<()> {
        xml.text_element(
            "text",
            &[
                ("x", "10"),
                ("y", &px(y + 4.0)),
                ("font-size", "12"),
                ("font-weight", "bold"),
                ("fill", TEXT),
            ],
            text,
        )
    }

    fn row_text(&self, xml: &mut Xml, text: &str, y: f32) -> std::io::Result<()> {
        xml.text_element(
            "text",
            &[
                ("x", "40"),
                ("y", &px(y + 4.0)),
                ("font-size", "11.5"),
                ("fill", TEXT),
            ],
            text,
        )
    }
}

/// A coordinate with one decimal, without a trailing `.0`.
fn px(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}
