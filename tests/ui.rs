//! The real app driven through egui_kittest: start on the sample, select an
//! entity through the list and through its node, read its evidence in the
//! inspector, pan, zoom, open broken files. Expectations come from the
//! loaded document, not from names written into the test.

#![allow(clippy::unwrap_used)]

use egui::{Event, Modifiers, PointerButton, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState, StartOptions};
use entente::ui::Selection;
use petgraph::graph::NodeIndex;

fn start() -> Harness<'static, EntenteApp> {
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_max_steps(20)
        .build_eframe(|cc| {
            EntenteApp::from_creation_context(
                cc,
                &StartOptions {
                    file: None,
                    fresh: true,
                },
            )
        });
    settle(&mut harness);
    harness
}

/// Steps until the layout has settled (bounded).
fn settle(harness: &mut Harness<'static, EntenteApp>) {
    for _ in 0..400 {
        harness.step();
        if !harness.state().layout.is_animating() {
            break;
        }
    }
    // Let the camera fit and the panels lay out.
    harness.run_steps(3);
}

/// The entity with the most relations, and one of its evidence sentences.
fn busiest_entity(app: &EntenteApp) -> (NodeIndex, String, String) {
    let model = &app.model;
    let node = model
        .graph
        .node_indices()
        .max_by_key(|&n| model.degree(n))
        .unwrap();
    let name = model.entity(node).unwrap().name.clone();
    let sentence = model
        .incident_edges(node)
        .iter()
        .find_map(|&e| model.relation(e).and_then(|r| r.evidence.first()))
        .map(|ev| ev.sentence.clone())
        .unwrap();
    (node, name, sentence)
}

fn click_at(harness: &mut Harness<'static, EntenteApp>, pos: Pos2) {
    harness.event(Event::PointerMoved(pos));
    harness.step();
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
    harness.run_steps(2);
}

#[test]
fn starts_on_the_sample_with_every_entity_listed() {
    let harness = start();
    let app = harness.state();
    assert!(app.model.node_count() >= 20);
    assert!(app.layout.positions().iter().flatten().all(|v| v.is_finite()));
    // Each kind group is listed with its count.
    for kind in entente::model::EntityKind::ALL {
        let count = app
            .model
            .document
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .count();
        if count > 0 {
            harness.get_by_label(&format!("{} ({count})", kind.plural_label()));
        }
    }
}

#[test]
fn selecting_from_the_list_shows_evidence_in_the_inspector() {
    let mut harness = start();
    let (node, name, sentence) = busiest_entity(harness.state());
    // The kind group may be collapsed for large kinds: open them all.
    harness.get_all_by_label(&name).next().unwrap().click();
    harness.run_steps(3);
    assert_eq!(harness.state().view.selection, Selection::Node(node));
    // The inspector names it and quotes the evidence.
    assert!(harness.query_all_by_label(&name).count() >= 2);
    assert!(harness.query_all_by_label(&sentence).count() >= 1, "{sentence}");
}

#[test]
fn clicking_a_node_selects_it_and_escape_clears() {
    let mut harness = start();
    let (node, _, _) = busiest_entity(harness.state());
    let pos = harness.state().node_screen_pos(node).unwrap();
    click_at(&mut harness, pos);
    assert_eq!(harness.state().view.selection, Selection::Node(node));

    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert_eq!(harness.state().view.selection, Selection::None);
}

#[test]
fn selecting_a_relation_shows_its_evidence_and_flags() {
    let mut harness = start();
    let model = &harness.state().model;
    let negated = model
        .graph
        .edge_indices()
        .find(|&e| model.relation(e).is_some_and(|r| r.negated && !r.evidence.is_empty()));
    let Some(edge) = negated else {
        return; // a sample without a denied relation has nothing to show here
    };
    let sentence = model.relation(edge).unwrap().evidence[0].sentence.clone();
    harness
        .state_mut()
        .apply(entente::ui::Command::Select(Selection::Edge(edge)));
    harness.run_steps(3);
    harness.get_by_label("yes — the text denies it");
    assert!(harness.query_all_by_label(&sentence).count() >= 1);
}

#[test]
fn dragging_the_background_pans_and_the_wheel_zooms() {
    let mut harness = start();
    let rect = harness.state().view.canvas_rect.unwrap();
    // An empty corner of the canvas.
    let from = rect.left_top() + Vec2::new(8.0, 8.0);
    let before = harness.state().view.camera;
    harness.event(Event::PointerMoved(from));
    harness.step();
    harness.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    for k in 1..=10 {
        harness.event(Event::PointerMoved(from + Vec2::new(6.0 * k as f32, 4.0 * k as f32)));
        harness.step();
    }
    let to = from + Vec2::new(60.0, 40.0);
    harness.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(2);
    let after = harness.state().view.camera;
    assert!(after.center[0] < before.center[0], "{before:?} -> {after:?}");
    assert!(after.center[1] < before.center[1], "{before:?} -> {after:?}");
    assert_eq!(after.zoom, before.zoom);

    harness.event(Event::PointerMoved(rect.center()));
    harness.event(Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: Vec2::new(0.0, 3.0),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    harness.run_steps(20);
    assert!(harness.state().view.camera.zoom > after.zoom);
}

#[test]
fn dragging_a_node_moves_and_pins_it() {
    let mut harness = start();
    let (node, _, _) = busiest_entity(harness.state());
    let from = harness.state().node_screen_pos(node).unwrap();
    harness.event(Event::PointerMoved(from));
    harness.step();
    harness.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    for k in 1..=10 {
        harness.event(Event::PointerMoved(from + Vec2::new(5.0 * k as f32, 0.0)));
        harness.step();
    }
    harness.event(Event::PointerButton {
        pos: from + Vec2::new(50.0, 0.0),
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(2);
    let app = harness.state();
    assert!(app.layout.is_pinned(node.index()));
    let now = app.node_screen_pos(node).unwrap();
    assert!((now.x - (from.x + 50.0)).abs() < 3.0, "{from:?} -> {now:?}");
}

#[test]
fn a_broken_file_keeps_the_graph_and_says_why() {
    let mut harness = start();
    let dir = tempfile::tempdir().unwrap();
    let before = harness.state().model.node_count();
    for (name, bytes) in [
        ("broken.json", &b"{\"format\": \"entente-relations\", \"version\": "[..]),
        ("empty.json", &b""[..]),
        ("image.json", &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..]),
        ("future.json", &br#"{"format":"entente-relations","version":"9.0"}"#[..]),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        harness.state_mut().open_path(path);
        harness.state_mut().wait_for_jobs(std::time::Duration::from_secs(10));
        harness.run_steps(2);
        let app = harness.state();
        assert_eq!(app.model.node_count(), before, "{name}");
        let status = app.status_text().unwrap();
        assert!(status.contains(name) && status.contains("kept the current graph"), "{status}");
    }
}

#[test]
fn help_overlay_lists_the_shortcuts() {
    let mut harness = start();
    harness.key_press(egui::Key::F1);
    harness.run_steps(3);
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("Fit the graph to the view");
    harness.key_press(egui::Key::Escape);
    harness.run_steps(3);
    assert!(harness.query_by_label("Fit the graph to the view").is_none());
}

/// An in-memory stand-in for eframe's storage.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn theme_camera_and_pins_are_remembered_between_runs() {
    let mut harness = start();
    let (node, _, _) = busiest_entity(harness.state());
    {
        let app = harness.state_mut();
        app.apply(entente::ui::Command::ToggleTheme);
        app.apply(entente::ui::Command::MoveNode { node, pos: [123.0, -45.0] });
        app.view.camera.zoom = 1.7;
    }
    harness.run_steps(2);
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let was_dark = harness.state().state.dark;

    let state: PersistedState = eframe::get_value(&storage, eframe::APP_KEY).unwrap();
    let again = EntenteApp::new(state, &StartOptions::default());
    assert_eq!(again.state.dark, was_dark);
    assert!(again.layout.is_pinned(node.index()));
    assert_eq!(again.layout.positions()[node.index()], [123.0, -45.0]);
    assert_eq!(again.view.camera.zoom, 1.7);
}

#[test]
fn an_article_file_is_extracted_and_shown_with_its_text() {
    let mut harness = start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talks.txt");
    let text = "Indonesian President Joko Widodo met Australian Prime Minister Anthony Albanese \
                in Jakarta on Tuesday. The two leaders agreed to expand defence cooperation.";
    std::fs::write(&path, text).unwrap();
    harness.state_mut().open_path(path);
    harness.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.model.document.documents[0].text, text);
    assert!(app.model.node_count() >= 3, "{:?}", app.status_text());
    assert!(app.model.edge_count() >= 1);
    // The article pane shows the new text.
    assert!(harness.query_all_by_label_contains("Joko Widodo").count() >= 1);
}

#[test]
fn pasted_text_is_extracted() {
    let mut harness = start();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::V);
    harness.run_steps(3);
    let text = "NATO Secretary General Mark Rutte visited Kyiv on Monday and met Ukrainian \
                President Volodymyr Zelensky.";
    harness.get_by_role(egui::accesskit::Role::MultilineTextInput).focus();
    harness.run_steps(1);
    harness
        .get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text(text);
    harness.run_steps(2);
    harness.get_by_label("Extract relations").click();
    harness.run_steps(2);
    harness.state_mut().wait_for_jobs(std::time::Duration::from_secs(20));
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.model.document.documents[0].text, text);
    assert!(app.model.node_count() >= 3);
    assert!(app.source.describe().starts_with("pasted"));
}

#[test]
fn an_empty_article_is_refused_with_a_message() {
    let mut harness = start();
    let before = harness.state().model.node_count();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.txt");
    std::fs::write(&path, "   \n\n ").unwrap();
    harness.state_mut().open_path(path);
    harness.state_mut().wait_for_jobs(std::time::Duration::from_secs(10));
    harness.run_steps(2);
    let app = harness.state();
    assert_eq!(app.model.node_count(), before);
    assert!(app.status_text().unwrap().contains("empty"), "{:?}", app.status_text());
}

#[test]
fn the_fit_button_brings_every_node_into_view() {
    let mut harness = start();
    harness.state_mut().view.camera.zoom = 6.0;
    harness.state_mut().view.camera.center = [5_000.0, 5_000.0];
    harness.run_steps(2);
    harness.get_by_label("Fit").click();
    harness.run_steps(3);
    let app = harness.state();
    let rect = app.view.canvas_rect.unwrap();
    for node in app.model.graph.node_indices() {
        assert!(rect.contains(app.node_screen_pos(node).unwrap()));
    }
}
