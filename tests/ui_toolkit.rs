//! The analyst's toolkit driven through the real app: search, a filter, the
//! path finder and the timeline. Expectations are computed from the loaded
//! document, not written into the test.

#![allow(clippy::unwrap_used)]

use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, StartOptions};
use entente::model::EntityKind;
use entente::ui::Selection;
use petgraph::graph::NodeIndex;

fn start_with(file: Option<std::path::PathBuf>) -> Harness<'static, EntenteApp> {
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_max_steps(20)
        .build_eframe(move |cc| EntenteApp::from_creation_context(cc, &StartOptions { file, fresh: true }));
    harness.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    for _ in 0..400 {
        harness.step();
        if !harness.state().layout.is_animating() {
            break;
        }
    }
    harness.run_steps(3);
    harness
}

#[test]
fn search_finds_by_partial_name_and_enter_selects() {
    let mut harness = start_with(None);
    let model = &harness.state().model;
    // A person's surname, typed in lower case.
    let (node, surname) = model
        .graph
        .node_indices()
        .filter_map(|n| {
            let entity = model.entity(n)?;
            let last = entity.name.split_whitespace().last()?.to_lowercase();
            (entity.kind == EntityKind::Person && entity.name.contains(' ')).then_some((n, last))
        })
        .next()
        .unwrap();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_steps(3);
    harness.get_by_role(egui::accesskit::Role::TextInput).type_text(&surname);
    harness.run_steps(3);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_eq!(harness.state().view.selection, Selection::Node(node));
    assert!(!harness.state().search.open);
}

#[test]
fn unticking_a_kind_hides_it_and_reset_shows_everything() {
    let mut harness = start_with(None);
    let people: Vec<NodeIndex> = {
        let model = &harness.state().model;
        model
            .graph
            .node_indices()
            .filter(|&n| model.entity(n).unwrap().kind == EntityKind::Person)
            .collect()
    };
    assert!(!people.is_empty());
    harness.get_by_label("Filters").click();
    harness.run_steps(3);
    harness.get_by_label(EntityKind::Person.plural_label()).click();
    harness.run_steps(3);
    {
        let app = harness.state();
        let shown = app.explore.hidden_mask().unwrap();
        assert!(people.iter().all(|&n| !shown.node(n)));
        assert!(shown.visible_node_count() == app.model.node_count() - people.len());
        // The status bar tells how much is shown.
        let counts = format!("({} / ", shown.visible_node_count());
        assert!(harness.query_all_by_label_contains(&counts).count() >= 1);
    }
    harness.get_by_label("Reset filters").click();
    harness.run_steps(3);
    assert!(harness.state().explore.hidden_mask().is_none());
}

/// Two entities two hops apart, found by breadth-first search.
fn two_hops_apart(harness: &Harness<'static, EntenteApp>) -> (NodeIndex, NodeIndex) {
    let model = &harness.state().model;
    for a in model.graph.node_indices() {
        for middle in model.neighbors(a) {
            for b in model.neighbors(middle) {
                if b != a && !model.neighbors(a).contains(&b) {
                    return (a, b);
                }
            }
        }
    }
    panic!("no two entities two hops apart");
}

#[test]
fn path_finder_lists_each_hop_with_its_evidence() {
    let mut harness = start_with(None);
    let (from, to) = two_hops_apart(&harness);
    harness.state_mut().apply(entente::ui::Command::Select(Selection::Node(from)));
    harness.run_steps(2);
    harness.get_by_label("Path from here").click();
    harness.run_steps(2);
    harness.state_mut().apply(entente::ui::Command::Select(Selection::Node(to)));
    harness.run_steps(2);
    harness.get_by_label("Path to here").click();
    harness.run_steps(3);

    let app = harness.state();
    let paths = app.explore.paths();
    assert!(!paths.is_empty());
    assert!(paths.iter().all(|p| p.len() == 2));
    // Each hop of the first path is listed with its evidence sentence.
    for hop in &paths[0] {
        let relation = app.model.relation(hop.edge).unwrap();
        if let Some(evidence) = relation.evidence.first() {
            assert!(harness.query_all_by_label(&evidence.sentence).count() >= 1);
        }
    }
    harness.get_by_label_contains("shortest path(s) of 2 hop(s)");
}

#[test]
fn timeline_range_filters_relations_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dated.json");
    let relation = |id: &str, object: &str, iso: &str| {
        serde_json::json!({ "id": id, "subject": "a", "object": object, "kind": "meets",
                            "date": iso, "date_iso": iso })
    };
    let document = serde_json::json!({
        "format": "entente-relations", "version": "1.0",
        "entities": [
            { "id": "a", "name": "Avaria", "kind": "country" },
            { "id": "b", "name": "Belmont", "kind": "country" },
            { "id": "c", "name": "Corvia", "kind": "country" },
            { "id": "d", "name": "Dunmere", "kind": "country" }
        ],
        "relations": [relation("r1", "b", "2021-03-01"), relation("r2", "c", "2022-06-15"), relation("r3", "d", "2023-11-30")]
    });
    std::fs::write(&path, document.to_string()).unwrap();
    let mut harness = start_with(Some(path));
    assert_eq!(harness.state().model.node_count(), 4);
    harness.get_by_label_contains("3 dated relation(s)");

    // Move "from" past the first date.
    let day_2022 = entente::analysis::timeline::day_number(20220101) as f64;
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "from")
        .set_value_accesskit(day_2022);
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.explore.filter.date_from.as_deref(), Some("2022-01-01"));
    let shown = app.explore.shown().unwrap();
    let r1 = petgraph::graph::EdgeIndex::new(0);
    assert!(!shown.edge(r1));
    assert!(shown.edge(petgraph::graph::EdgeIndex::new(1)));
    assert!(shown.edge(petgraph::graph::EdgeIndex::new(2)));
}

#[test]
fn exporting_a_filtered_view_exports_what_is_shown() {
    let mut harness = start_with(None);
    let mut filter = entente::analysis::filter::Filter::default();
    filter.hidden_entity_kinds.insert(EntityKind::Person);
    harness.state_mut().apply(entente::ui::Command::SetFilter(filter));
    harness.run_steps(3);
    let (shown_nodes, shown_edges) = {
        let shown = harness.state().explore.hidden_mask().unwrap();
        (shown.visible_node_count(), shown.visible_edge_count())
    };
    assert!(shown_nodes < harness.state().model.node_count());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("view.graphml");
    harness
        .state_mut()
        .export_to(entente::io::export::Format::Graphml, path.clone());
    harness.state_mut().wait_for_jobs(std::time::Duration::from_secs(30));
    let status = harness.state().status_text().unwrap().to_owned();
    assert!(status.starts_with("Exported"), "{status}");
    let xml = std::fs::read_to_string(&path).unwrap();
    assert_eq!(xml.matches("<node ").count(), shown_nodes);
    assert_eq!(xml.matches("<edge ").count(), shown_edges);
}

#[test]
fn switching_to_the_circular_layout_animates_onto_a_circle() {
    let mut harness = start_with(None);
    let before = harness.state().layout.positions().to_vec();
    harness
        .state_mut()
        .apply(entente::ui::Command::SetLayoutKind(entente::ui::layout_state::LayoutKind::Circular));
    // Part way: nodes have left their places but are not yet on the circle.
    harness.step();
    assert!(harness.state().layout.is_animating());
    std::thread::sleep(entente::ui::layout_state::TRANSITION + std::time::Duration::from_millis(50));
    harness.run_steps(3);
    let app = harness.state();
    assert!(!app.layout.is_animating());
    let after = app.layout.positions();
    assert_ne!(after, &before[..]);
    let n = after.len() as f32;
    let centre = after.iter().fold([0.0, 0.0], |c, p| [c[0] + p[0] / n, c[1] + p[1] / n]);
    let radii: Vec<f32> = after
        .iter()
        .map(|p| ((p[0] - centre[0]).powi(2) + (p[1] - centre[1]).powi(2)).sqrt())
        .collect();
    let (min, max) = radii.iter().fold((f32::MAX, 0.0_f32), |(lo, hi), &r| (lo.min(r), hi.max(r)));
    assert!(max - min < 0.01 * max, "radii from {min} to {max}");
    assert!(app.layout.state_label().starts_with("Circular"));
}
