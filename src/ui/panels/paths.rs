//! The path finder: shortest paths between two chosen entities, listed hop
//! by hop, each hop with the evidence sentence that links the two ends. The
//! paths are also highlighted in the diagram.

use egui::RichText;

use crate::analysis::paths::Hop;
use crate::model::Model;
use crate::ui::explore::ExploreState;
use crate::ui::graph_view::relation_caption;
use crate::ui::{Command, Selection};

pub fn paths_ui(ui: &mut egui::Ui, model: &Model, explore: &ExploreState, commands: &mut Vec<Command>) {
    let name = |node| model.entity(node).map_or("?", |e| e.name.as_str());
    ui.horizontal_wrapped(|ui| {
        ui.label("From");
        match explore.path_from {
            Some(node) => ui.strong(name(node)),
            None => ui.weak("(choose: select an entity, then \"Path from here\")"),
        };
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("To");
        match explore.path_to {
            Some(node) => ui.strong(name(node)),
            None => ui.weak("(choose: select an entity, then \"Path to here\")"),
        };
    });
    if ui.button("Clear path").clicked() {
        commands.push(Command::ClearPath);
    }
    let (Some(_), Some(_)) = (explore.path_from, explore.path_to) else {
        return;
    };
    let paths = explore.paths();
    if paths.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "No path between them among the shown relations.",
        );
        return;
    }
    let hops = paths.first().map_or(0, Vec::len);
    ui.label(format!(
        "{} shortest path(s) of {hops} hop(s)",
        paths.len()
    ));
    for (k, path) in paths.iter().enumerate() {
        egui::CollapsingHeader::new(format!("Path {}", k + 1))
            .id_salt(("path", k))
            .default_open(k == 0)
            .show(ui, |ui| {
                for hop in path {
                    hop_ui(ui, model, hop, commands);
                }
            });
    }
}

fn hop_ui(ui: &mut egui::Ui, model: &Model, hop: &Hop, commands: &mut Vec<Command>) {
    let name = |node| model.entity(node).map_or("?", |e| e.name.as_str());
    let (Some(relation), Some((subject, object))) = (model.relation(hop.edge), model.ends(hop.edge)) else {
        return;
    };
    // The hop is walked in path order, but the relation reads subject first:
    // "Mao Ning criticizes Japan", whichever end the path came from.
    ui.horizontal_wrapped(|ui| {
        if ui.link(name(subject)).clicked() {
            commands.push(Command::SelectAndCenter(subject));
        }
        if ui.link(RichText::new(relation_caption(relation)).italics()).clicked() {
            commands.push(Command::Select(Selection::Edge(hop.edge)));
        }
        if ui.link(name(object)).clicked() {
            commands.push(Command::SelectAndCenter(object));
        }
    });
    if let Some(evidence) = relation.evidence.first() {
        ui.indent(("hop", hop.edge.index()), |ui| {
            ui.add(egui::Label::new(RichText::new(&evidence.sentence).weak().italics()).wrap());
        });
    }
}
