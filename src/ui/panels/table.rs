//! The table view (Ctrl+T): every entity with its degree, betweenness,
//! PageRank and community, or every relation with its flags and date; click a
//! header to sort, click a row to select. Rows are virtual, so a 100k-row
//! table scrolls as fast as a short one. Metrics are computed when the table
//! is first shown for a document and kept until the next.

use std::cmp::Ordering;

use egui_extras::{Column, TableBuilder};
use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::analysis::filter::Visibility;
use crate::analysis::metrics;
use crate::model::Model;
use crate::ui::{Command, Selection};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Entities,
    Relations,
}

/// Entity metrics, per node.
struct EntityMetrics {
    degree: Vec<usize>,
    betweenness: Vec<f64>,
    page_rank: Vec<f64>,
    community: Vec<usize>,
}

#[derive(Default)]
pub struct TableState {
    pub open: bool,
    pub tab: Tab,
    sort_column: usize,
    descending: bool,
    metrics: Option<EntityMetrics>,
    metrics_nodes: usize,
    entity_rows: Vec<NodeIndex>,
    relation_rows: Vec<EdgeIndex>,
    rows_sorted_for: Option<(Tab, usize, bool, usize)>,
}

impl TableState {
    /// Drops what was computed for the previous document.
    pub fn reset(&mut self) {
        *self = Self {
            open: self.open,
            tab: self.tab,
            ..Self::default()
        };
    }
}

const ENTITY_COLUMNS: [&str; 6] = ["Name", "Kind", "Degree", "Betweenness", "PageRank", "Community"];
const RELATION_COLUMNS: [&str; 7] = ["Subject", "Relation", "Object", "Label", "Status", "Date", "Support"];

pub fn table_ui(
    ctx: &egui::Context,
    table: &mut TableState,
    model: &Model,
    shown: Option<&Visibility>,
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    if !table.open {
        return;
    }
    let all = Visibility::all(model);
    let visible = shown.unwrap_or(&all);
    if table.metrics.is_none() || table.metrics_nodes != model.node_count() {
        let betweenness = crate::ui::explore::interactive_betweenness(model, visible);
        let communities = metrics::communities(model, visible, 7);
        table.metrics = Some(EntityMetrics {
            degree: metrics::degrees(model, visible),
            betweenness,
            page_rank: metrics::page_rank(model, visible),
            community: model
                .graph
                .node_indices()
                .map(|n| communities.of(n).unwrap_or(0))
                .collect(),
        });
        table.metrics_nodes = model.node_count();
        table.rows_sorted_for = None;
    }
    let key = (table.tab, table.sort_column, table.descending, model.node_count() + model.edge_count());
    if table.rows_sorted_for != Some(key) {
        sort_rows(table, model);
        table.rows_sorted_for = Some(key);
    }

    let mut open = true;
    egui::Window::new("Table")
        .open(&mut open)
        .default_pos([300.0, 90.0])
        .default_size([720.0, 420.0])
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                for (tab, label) in [(Tab::Entities, "Entities"), (Tab::Relations, "Relations")] {
                    if ui.selectable_label(table.tab == tab, label).clicked() && table.tab != tab {
                        table.tab = tab;
                        table.sort_column = 0;
                        table.descending = false;
                    }
                }
            });
            ui.separator();
            match table.tab {
                Tab::Entities => entity_table_ui(ui, table, model, selection, commands),
                Tab::Relations => relation_table_ui(ui, table, model, selection, commands),
            }
        });
    if !open {
        table.open = false;
    }
}

fn header_ui(ui: &mut egui::Ui, table: &mut TableState, column: usize, title: &str) {
    let arrow = match (table.sort_column == column, table.descending) {
        (true, false) => " ^",
        (true, true) => " v",
        _ => "",
    };
    if ui.button(format!("{title}{arrow}")).clicked() {
        if table.sort_column == column {
            table.descending = !table.descending;
        } else {
            table.sort_column = column;
            // Numbers read best largest first.
            table.descending = column >= 2;
        }
    }
}

fn entity_table_ui(
    ui: &mut egui::Ui,
    table: &mut TableState,
    model: &Model,
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    let rows = std::mem::take(&mut table.entity_rows);
    let Some(m) = table.metrics.take() else { return };
    let (degree, betweenness, page_rank, community) = (&m.degree, &m.betweenness, &m.page_rank, &m.community);
    TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::remainder().at_least(160.0))
        .columns(Column::auto().at_least(70.0), 5)
        .header(22.0, |mut header| {
            for (k, title) in ENTITY_COLUMNS.iter().enumerate() {
                header.col(|ui| header_ui(ui, table, k, title));
            }
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let Some(&node) = rows.get(row.index()) else { return };
                let Some(entity) = model.entity(node) else { return };
                let i = node.index();
                row.set_selected(selection == Selection::Node(node));
                row.col(|ui| {
                    ui.label(&entity.name);
                });
                row.col(|ui| {
                    ui.label(entity.kind.as_str());
                });
                row.col(|ui| {
                    ui.label(degree.get(i).copied().unwrap_or(0).to_string());
                });
                row.col(|ui| {
                    ui.label(format!("{:.3}", betweenness.get(i).copied().unwrap_or(0.0)));
                });
                row.col(|ui| {
                    ui.label(format!("{:.4}", page_rank.get(i).copied().unwrap_or(0.0)));
                });
                row.col(|ui| {
                    ui.label(community.get(i).copied().unwrap_or(0).to_string());
                });
                if row.response().clicked() {
                    commands.push(Command::SelectAndCenter(node));
                }
            });
        });
    table.metrics = Some(m);
    table.entity_rows = rows;
}

fn relation_table_ui(
    ui: &mut egui::Ui,
    table: &mut TableState,
    model: &Model,
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    let rows = std::mem::take(&mut table.relation_rows);
    let name = |id: &str| {
        model
            .node(id)
            .and_then(|n| model.entity(n))
            .map_or_else(|| id.to_owned(), |e| e.name.clone())
    };
    TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::auto().at_least(120.0))
        .column(Column::auto().at_least(100.0))
        .column(Column::auto().at_least(120.0))
        .columns(Column::auto().at_least(60.0), 3)
        .column(Column::remainder().at_least(50.0))
        .header(22.0, |mut header| {
            for (k, title) in RELATION_COLUMNS.iter().enumerate() {
                header.col(|ui| header_ui(ui, table, k, title));
            }
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let Some(&edge) = rows.get(row.index()) else { return };
                let Some(relation) = model.relation(edge) else { return };
                row.set_selected(selection == Selection::Edge(edge));
                row.col(|ui| {
                    ui.label(name(&relation.subject));
                });
                row.col(|ui| {
                    ui.label(relation.kind.label());
                });
                row.col(|ui| {
                    ui.label(name(&relation.object));
                });
                row.col(|ui| {
                    ui.label(relation.label.as_deref().unwrap_or(""));
                });
                row.col(|ui| {
                    ui.label(status(relation));
                });
                row.col(|ui| {
                    ui.label(relation.date.as_deref().unwrap_or(""));
                });
                row.col(|ui| {
                    ui.label(relation.evidence.len().to_string());
                });
                if row.response().clicked() {
                    commands.push(Command::Select(Selection::Edge(edge)));
                }
            });
        });
    table.relation_rows = rows;
}

fn status(relation: &crate::model::Relation) -> &'static str {
    if relation.negated { "denied" } else { relation.modality.as_str() }
}

fn sort_rows(table: &mut TableState, model: &Model) {
    let column = table.sort_column;
    match table.tab {
        Tab::Entities => {
            let mut rows: Vec<NodeIndex> = model.graph.node_indices().collect();
            let Some(m) = &table.metrics else { return };
            let name = |n: NodeIndex| model.entity(n).map(|e| e.name.to_lowercase()).unwrap_or_default();
            let num = |values: &[f64], n: NodeIndex| values.get(n.index()).copied().unwrap_or(0.0);
            match column {
                0 => rows.sort_by_cached_key(|&n| name(n)),
                1 => rows.sort_by_cached_key(|&n| (model.entity(n).map(|e| e.kind), name(n))),
                2 => rows.sort_by_key(|&n| m.degree.get(n.index()).copied().unwrap_or(0)),
                3 => rows.sort_by(|&a, &b| cmp_f64(num(&m.betweenness, a), num(&m.betweenness, b))),
                4 => rows.sort_by(|&a, &b| cmp_f64(num(&m.page_rank, a), num(&m.page_rank, b))),
                _ => rows.sort_by_key(|&n| m.community.get(n.index()).copied().unwrap_or(0)),
            }
            if table.descending {
                rows.reverse();
            }
            table.entity_rows = rows;
        }
        Tab::Relations => {
            let mut rows: Vec<EdgeIndex> = model.graph.edge_indices().collect();
            let name = |id: &str| {
                model
                    .node(id)
                    .and_then(|n| model.entity(n))
                    .map(|e| e.name.to_lowercase())
                    .unwrap_or_default()
            };
            rows.sort_by_cached_key(|&e| {
                let Some(r) = model.relation(e) else { return (String::new(), 0) };
                match column {
                    0 => (name(&r.subject), 0),
                    1 => (r.kind.as_str().to_owned(), 0),
                    2 => (name(&r.object), 0),
                    3 => (r.label.clone().unwrap_or_default(), 0),
                    4 => (status(r).to_owned(), 0),
                    5 => (r.date_iso.clone().unwrap_or_default(), 0),
                    _ => (String::new(), r.evidence.len()),
                }
            });
            if table.descending {
                rows.reverse();
            }
            table.relation_rows = rows;
        }
    }
}

fn cmp_f64(a: f64, b: f64) -> Ordering {
    a.partial_cmp(&b).unwrap_or(Ordering::Equal)
}
