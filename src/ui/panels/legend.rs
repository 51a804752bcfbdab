//! The left panel: the legend (what each shape, colour and stroke means, with
//! counts) and, under each entity kind, the list of its entities; clicking a
//! name selects the entity and brings it into view.

use egui::{Pos2, Sense, Stroke, Vec2};
use petgraph::graph::NodeIndex;

use crate::model::{EntityKind, Model, RelationKind};
use crate::palette;
use crate::ui::graph_view::paint_node_shape;
use crate::ui::{Command, Selection, theme};

/// Entities grouped by kind and sorted by name, computed once per document.
#[derive(Clone, Debug, Default)]
pub struct EntityLists {
    pub by_kind: Vec<(EntityKind, Vec<NodeIndex>)>,
    pub relation_counts: Vec<(RelationKind, usize)>,
}

impl EntityLists {
    /// Entity kinds that occur in the document.
    pub fn present_entity_kinds(&self) -> Vec<EntityKind> {
        self.by_kind
            .iter()
            .filter(|(_, nodes)| !nodes.is_empty())
            .map(|(kind, _)| *kind)
            .collect()
    }

    /// Relation kinds that occur in the document.
    pub fn present_relation_kinds(&self) -> Vec<RelationKind> {
        self.relation_counts.iter().map(|(kind, _)| *kind).collect()
    }

    pub fn from_model(model: &Model) -> Self {
        let by_kind = EntityKind::ALL
            .iter()
            .map(|&kind| {
                let mut nodes: Vec<NodeIndex> = model
                    .graph
                    .node_indices()
                    .filter(|&n| model.entity(n).is_some_and(|e| e.kind == kind))
                    .collect();
                nodes.sort_by_cached_key(|&n| {
                    model.entity(n).map(|e| e.name.to_lowercase()).unwrap_or_default()
                });
                (kind, nodes)
            })
            .collect();
        let relation_counts = RelationKind::ALL
            .iter()
            .map(|&kind| {
                let count = model
                    .document
                    .relations
                    .iter()
                    .filter(|r| r.kind == kind)
                    .count();
                (kind, count)
            })
            .filter(|&(_, count)| count > 0)
            .collect();
        Self {
            by_kind,
            relation_counts,
        }
    }
}

pub fn legend_ui(
    ui: &mut egui::Ui,
    model: &Model,
    lists: &EntityLists,
    selection: Selection,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .id_salt("legend_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading("Entities");
            for (kind, nodes) in &lists.by_kind {
                if nodes.is_empty() {
                    continue;
                }
                let id = ui.make_persistent_id(("kind_list", kind.as_str()));
                egui::collapsing_header::CollapsingState::load_with_default_open(
                    ui.ctx(),
                    id,
                    nodes.len() <= 12,
                )
                .show_header(ui, |ui| {
                    kind_swatch_ui(ui, *kind, dark);
                    ui.label(format!("{} ({})", kind.plural_label(), nodes.len()));
                })
                .body(|ui| entity_list_ui(ui, model, *kind, nodes, selection, commands));
            }

            ui.add_space(8.0);
            ui.heading("Relations");
            for &(kind, count) in &lists.relation_counts {
                ui.horizontal(|ui| {
                    line_swatch_ui(ui, theme::relation_color(kind), palette::Stroke::Solid, !kind.is_symmetric());
                    ui.label(format!("{} ({count})", kind.label()));
                });
            }
            ui.add_space(6.0);
            ui.weak("Line styles");
            ui.horizontal(|ui| {
                line_swatch_ui(ui, theme::ink_color(dark), palette::Stroke::Solid, true);
                ui.label("stated");
            });
            ui.horizontal(|ui| {
                line_swatch_ui(ui, theme::ink_color(dark), palette::Stroke::Dotted, true);
                ui.label("planned / expected");
            });
            ui.horizontal(|ui| {
                line_swatch_ui(ui, theme::negated_color(), palette::Stroke::Dashed, true);
                ui.label("denied (negated)");
            });
        });
}

fn entity_list_ui(
    ui: &mut egui::Ui,
    model: &Model,
    kind: EntityKind,
    nodes: &[NodeIndex],
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::vertical()
        .id_salt(("entity_rows", kind.as_str()))
        .max_height(260.0)
        .show_rows(ui, row_height, nodes.len(), |ui, rows| {
            for &node in nodes.get(rows).unwrap_or_default() {
                let Some(entity) = model.entity(node) else { continue };
                let selected = selection == Selection::Node(node);
                if ui.selectable_label(selected, &entity.name).clicked() {
                    commands.push(Command::SelectAndCenter(node));
                }
            }
        });
}

/// The node shape of a kind, small, inline.
pub fn kind_swatch_ui(ui: &mut egui::Ui, kind: EntityKind, dark: bool) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(16.0), Sense::hover());
    paint_node_shape(
        ui.painter(),
        palette::entity_shape(kind),
        rect.center(),
        6.0,
        theme::entity_color(kind),
        Stroke::new(1.0, theme::ink_color(dark).gamma_multiply(0.5)),
    );
}

fn line_swatch_ui(ui: &mut egui::Ui, color: egui::Color32, style: palette::Stroke, arrow: bool) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(34.0, 14.0), Sense::hover());
    let a = Pos2::new(rect.left() + 2.0, rect.center().y);
    let b = Pos2::new(rect.right() - 7.0, rect.center().y);
    let stroke = Stroke::new(2.0, color);
    let painter = ui.painter();
    match style {
        palette::Stroke::Solid => {
            painter.line_segment([a, b], stroke);
        }
        palette::Stroke::Dashed => {
            painter.extend(egui::Shape::dashed_line(&[a, b], stroke, 6.0, 3.0));
            let m = a.lerp(b, 0.5);
            painter.line_segment([m + Vec2::new(-3.0, -3.0), m + Vec2::new(3.0, 3.0)], stroke);
            painter.line_segment([m + Vec2::new(-3.0, 3.0), m + Vec2::new(3.0, -3.0)], stroke);
        }
        palette::Stroke::Dotted => {
            painter.extend(egui::Shape::dotted_line(&[a, b], color, 4.0, 1.3));
        }
    }
    if arrow {
        let tip = Pos2::new(rect.right() - 1.0, rect.center().y);
        painter.add(egui::Shape::convex_polygon(
            vec![tip, tip + Vec2::new(-7.0, -4.0), tip + Vec2::new(-7.0, 4.0)],
            color,
            Stroke::NONE,
        ));
    }
}
