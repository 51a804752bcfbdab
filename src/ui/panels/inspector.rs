//! The inspector: everything known about the selection. For an entity: name,
//! kind, aliases, degree and its relations grouped by kind, each with its
//! evidence sentence. For a relation: subject, kind, object, label, negation,
//! modality, date, confidence and every evidence sentence.

use egui::RichText;
use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::model::{Model, RelationKind};
use crate::ui::graph_view::relation_caption;
use crate::ui::panels::legend::kind_swatch_ui;
use crate::ui::{Command, Selection};

pub fn inspector_ui(
    ui: &mut egui::Ui,
    model: &Model,
    selection: Selection,
    pinned: bool,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .id_salt("inspector_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| match selection {
            Selection::None => {
                ui.heading("Inspector");
                ui.weak(
                    "Click a node or an edge, or a name in the list on the left, \
                     to see what the articles say about it.",
                );
            }
            Selection::Node(node) => entity_ui(ui, model, node, pinned, dark, commands),
            Selection::Edge(edge) => relation_ui(ui, model, edge, commands),
        });
}

fn entity_ui(
    ui: &mut egui::Ui,
    model: &Model,
    node: NodeIndex,
    pinned: bool,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    let Some(entity) = model.entity(node) else {
        ui.weak("The selected entity no longer exists.");
        return;
    };
    ui.horizontal(|ui| {
        kind_swatch_ui(ui, entity.kind, dark);
        ui.heading(&entity.name);
    });
    egui::Grid::new("entity_facts").num_columns(2).show(ui, |ui| {
        ui.weak("Kind");
        ui.label(entity.kind.as_str());
        ui.end_row();
        ui.weak("Relations");
        ui.label(model.degree(node).to_string());
        ui.end_row();
        ui.weak("Mentions");
        ui.label(entity.mentions.len().to_string());
        ui.end_row();
        if !entity.aliases.is_empty() {
            ui.weak("Also called");
            ui.add(egui::Label::new(entity.aliases.join(", ")).wrap());
            ui.end_row();
        }
    });
    ui.horizontal(|ui| {
        if ui.button("Center").clicked() {
            commands.push(Command::SelectAndCenter(node));
        }
        let label = if pinned { "Unpin" } else { "Pin" };
        if ui.button(label).clicked() {
            commands.push(Command::SetPinned {
                node,
                pinned: !pinned,
            });
        }
        if ui.button("Expand").on_hover_text("Show its hidden neighbours").clicked() {
            commands.push(Command::Expand(node));
        }
        if ui.button("Collapse").on_hover_text("Hide the neighbours only it brings in").clicked() {
            commands.push(Command::Collapse(node));
        }
    });
    ui.horizontal(|ui| {
        ui.label("Focus:");
        for depth in 1..=3u8 {
            if ui
                .button(format!("{depth} hop{}", if depth > 1 { "s" } else { "" }))
                .on_hover_text("Show only entities this many relations away")
                .clicked()
            {
                commands.push(Command::Focus { node, depth });
            }
        }
    });
    ui.horizontal(|ui| {
        if ui.button("Path from here").clicked() {
            commands.push(Command::PathFrom(node));
        }
        if ui.button("Path to here").clicked() {
            commands.push(Command::PathTo(node));
        }
    });
    ui.separator();

    let edges = model.incident_edges(node);
    if edges.is_empty() {
        ui.weak("No relations.");
    }
    for kind in RelationKind::ALL {
        let of_kind: Vec<EdgeIndex> = edges
            .iter()
            .copied()
            .filter(|&e| model.relation(e).is_some_and(|r| r.kind == kind))
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{} ({})", kind.label(), of_kind.len())).strong());
        for edge in of_kind {
            relation_row_ui(ui, model, node, edge, commands);
        }
    }
}

/// One relation of the selected entity: the other end, clickable, and the
/// first evidence sentence.
fn relation_row_ui(
    ui: &mut egui::Ui,
    model: &Model,
    from: NodeIndex,
    edge: EdgeIndex,
    commands: &mut Vec<Command>,
) {
    let (Some(relation), Some((subject, object))) = (model.relation(edge), model.ends(edge)) else {
        return;
    };
    let (arrow, other) = if subject == from {
        ("->", object)
    } else {
        ("<-", subject)
    };
    let other_name = model.entity(other).map_or("?", |e| e.name.as_str());
    ui.horizontal_wrapped(|ui| {
        ui.label(arrow);
        if ui.link(other_name).clicked() {
            commands.push(Command::SelectAndCenter(other));
        }
        let mut notes = Vec::new();
        if let Some(label) = &relation.label {
            notes.push(label.clone());
        }
        if relation.negated {
            notes.push("denied".to_owned());
        } else if relation.modality != crate::model::Modality::Asserted {
            notes.push(relation.modality.as_str().to_owned());
        }
        if let Some(date) = &relation.date {
            notes.push(date.clone());
        }
        if !notes.is_empty() {
            ui.weak(notes.join(" · "));
        }
        if ui.small_button("evidence").clicked() {
            commands.push(Command::Select(Selection::Edge(edge)));
        }
    });
    if let Some(evidence) = relation.evidence.first() {
        ui.indent(("evidence", edge.index()), |ui| {
            ui.add(egui::Label::new(RichText::new(&evidence.sentence).italics()).wrap());
        });
    }
}

fn relation_ui(ui: &mut egui::Ui, model: &Model, edge: EdgeIndex, commands: &mut Vec<Command>) {
    let (Some(relation), Some((subject, object))) = (model.relation(edge), model.ends(edge)) else {
        ui.weak("The selected relation no longer exists.");
        return;
    };
    let name = |n: NodeIndex| model.entity(n).map_or("?", |e| e.name.as_str());
    ui.heading(relation_caption(relation));
    ui.horizontal_wrapped(|ui| {
        if ui.link(name(subject)).clicked() {
            commands.push(Command::SelectAndCenter(subject));
        }
        ui.label(if relation.kind.is_symmetric() { "--" } else { "->" });
        ui.label(RichText::new(relation.kind.label()).strong());
        ui.label(if relation.kind.is_symmetric() { "--" } else { "->" });
        if ui.link(name(object)).clicked() {
            commands.push(Command::SelectAndCenter(object));
        }
    });
    egui::Grid::new("relation_facts").num_columns(2).show(ui, |ui| {
        ui.weak("Subject");
        ui.label(name(subject));
        ui.end_row();
        ui.weak("Kind");
        ui.label(relation.kind.as_str());
        ui.end_row();
        ui.weak("Object");
        ui.label(name(object));
        ui.end_row();
        if let Some(label) = &relation.label {
            ui.weak("Label");
            ui.label(label);
            ui.end_row();
        }
        ui.weak("Negated");
        if relation.negated {
            ui.colored_label(ui.visuals().error_fg_color, "yes — the text denies it");
        } else {
            ui.label("no");
        }
        ui.end_row();
        ui.weak("Modality");
        ui.label(relation.modality.as_str());
        ui.end_row();
        if let Some(date) = &relation.date {
            ui.weak("Date");
            match &relation.date_iso {
                Some(iso) => ui.label(format!("{date} ({iso})")),
                None => ui.label(date),
            };
            ui.end_row();
        }
        ui.weak("Confidence");
        if relation.is_weak() {
            ui.label(format!("{:.0}% — a guess: named together, link not stated", relation.confidence * 100.0));
        } else {
            ui.label(format!("{:.0}%", relation.confidence * 100.0));
        }
        ui.end_row();
        ui.weak("Support");
        ui.label(format!("{} sentence(s)", relation.evidence.len()));
        ui.end_row();
    });
    ui.separator();
    ui.label(RichText::new("Evidence").strong());
    if relation.evidence.is_empty() {
        ui.weak("No evidence sentence recorded.");
    }
    for evidence in &relation.evidence {
        let title = model
            .document
            .documents
            .iter()
            .find(|d| d.id == evidence.document)
            .map_or(evidence.document.as_str(), |d| {
                if d.title.is_empty() { d.id.as_str() } else { d.title.as_str() }
            });
        ui.weak(title);
        ui.add(egui::Label::new(RichText::new(&evidence.sentence).italics()).wrap());
        ui.add_space(4.0);
    }
}
