//! Export round trips: every format is read back (GraphML and GEXF with
//! quick-xml into a small element tree, CSV with an RFC 4180 reader, JSON as
//! a v1 document) and compared with the model: counts, kinds, labels,
//! negation, modality, dates, confidence and evidence, with names full of
//! characters that need escaping. Pictures: the SVG parses, has one group
//! per node and edge and a legend; the PNG has a valid signature and the
//! IHDR size the SVG implies.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use entente::analysis::filter::Visibility;
use entente::io::export::{
    self, ExportError, Format, csv_paths, export_csv, export_files, write_export,
};
use entente::model::{
    Document, Entity, EntityKind, Evidence, Modality, Model, Relation, RelationKind, SourceDocument,
};
use quick_xml::Reader;
use quick_xml::events::Event;

const TRICKY_NAME: &str = "Smith & \"Sons\" <Ltd> 'ağ'";
const EVIDENCE: &str = "He said: \"we won't join\" & left.";

fn entity(id: &str, name: &str, kind: EntityKind) -> Entity {
    Entity {
        id: id.to_owned(),
        name: name.to_owned(),
        kind,
        aliases: Vec::new(),
        mentions: Vec::new(),
    }
}

fn relation(id: &str, subject: &str, object: &str, kind: RelationKind) -> Relation {
    Relation {
        id: id.to_owned(),
        subject: subject.to_owned(),
        object: object.to_owned(),
        kind,
        label: None,
        negated: false,
        modality: Modality::Asserted,
        date: None,
        date_iso: None,
        evidence: Vec::new(),
        confidence: 1.0,
    }
}

/// Five entities of every kind, a negated relation with two evidence
/// sentences (one with a line break), a planned one, a symmetric pair of
/// parallel relations, a dated one and a self-loop.
fn sample() -> Model {
    let mut document = Document::new();
    document.documents.push(SourceDocument {
        id: "doc".into(),
        title: "A <test> & title".into(),
        source: None,
        text: String::new(),
    });
    document.entities = vec![
        entity("japan", "Japan", EntityKind::Country),
        entity("nato", "NATO", EntityKind::Organization),
        entity("kishida", "Fumio Kishida", EntityKind::Person),
        entity("tokyo", "Tokyo", EntityKind::Place),
        entity("smith", TRICKY_NAME, EntityKind::Event),
    ];
    document.entities[2].aliases = vec!["Kishida".into(), "Mr. Kishida".into()];
    let mut member = relation("r0", "japan", "nato", RelationKind::MemberOf);
    member.negated = true;
    member.confidence = 0.75;
    member.evidence = vec![
        Evidence {
            document: "doc".into(),
            sentence: EVIDENCE.into(),
            start: 0,
            end: 10,
        },
        Evidence {
            document: "doc".into(),
            sentence: "Line one,\nline two.".into(),
            start: 11,
            end: 20,
        },
    ];
    let mut office = relation("r1", "nato", "tokyo", RelationKind::OpensOfficeIn);
    office.modality = Modality::Planned;
    office.label = Some("liaison office".into());
    let mut meets = relation("r2", "kishida", "smith", RelationKind::Meets);
    meets.date = Some("On May 24".into());
    meets.date_iso = Some("2023-05-24".into());
    let again = relation("r3", "smith", "kishida", RelationKind::Meets);
    let holds = relation("r4", "kishida", "japan", RelationKind::HoldsOffice);
    let self_loop = relation("r5", "tokyo", "tokyo", RelationKind::Other);
    document.relations = vec![member, office, meets, again, holds, self_loop];
    document.validate().unwrap();
    Model::from_document(document)
}

fn positions(model: &Model) -> Vec<[f32; 2]> {
    (0..model.node_count())
        .map(|i| [i as f32 * 120.0, (i % 2) as f32 * 90.0])
        .collect()
}

// ---------------------------------------------------------------- XML tree

#[derive(Debug, Default)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn all<'a>(&'a self, name: &'a str) -> Vec<&'a Element> {
        let mut found = Vec::new();
        self.collect(name, &mut found);
        found
    }

    fn collect<'a>(&'a self, name: &str, found: &mut Vec<&'a Element>) {
        if self.name == name {
            found.push(self);
        }
        for child in &self.children {
            child.collect(name, found);
        }
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    fn attribute(&self, name: &str) -> &str {
        self.attributes.get(name).map_or("", String::as_str)
    }
}

/// Parses a whole XML document strictly (mismatched end tags are errors).
fn parse_xml(bytes: &[u8]) -> Element {
    let text = std::str::from_utf8(bytes).unwrap();
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![Element {
        name: "#document".into(),
        ..Element::default()
    }];
    loop {
        match reader.read_event().unwrap() {
            Event::Start(start) => stack.push(element_of(&start)),
            Event::Empty(start) => {
                let element = element_of(&start);
                stack.last_mut().unwrap().children.push(element);
            }
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(text) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&text.decode().unwrap()),
            Event::GeneralRef(reference) => {
                let resolved = if reference.is_char_ref() {
                    reference.resolve_char_ref().unwrap().unwrap().to_string()
                } else {
                    let name = reference.decode().unwrap();
                    quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap()
                        .to_owned()
                };
                stack.last_mut().unwrap().text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    stack.pop().unwrap()
}

fn element_of(start: &quick_xml::events::BytesStart<'_>) -> Element {
    Element {
        name: String::from_utf8(start.name().as_ref().to_vec()).unwrap(),
        attributes: start
            .attributes()
            .map(|attribute| {
                let attribute = attribute.unwrap();
                (
                    String::from_utf8(attribute.key.as_ref().to_vec()).unwrap(),
                    attribute.unescape_value().unwrap().into_owned(),
                )
            })
            .collect(),
        ..Element::default()
    }
}

// ---------------------------------------------------------------- GraphML

/// GraphML `<data>` of an element, by attribute name (via the `<key>`s).
fn graphml_data(root: &Element, element: &Element) -> BTreeMap<String, String> {
    let names: BTreeMap<&str, &str> = root
        .all("key")
        .into_iter()
        .map(|key| (key.attribute("id"), key.attribute("attr.name")))
        .collect();
    element
        .all("data")
        .into_iter()
        .map(|data| (names[data.attribute("key")].to_owned(), data.text.clone()))
        .collect()
}

#[test]
fn graphml_round_trips_every_node_edge_and_attribute() {
    let model = sample();
    let bytes = export::export(&model, None, Some(&positions(&model)), Format::Graphml).unwrap();
    let root = parse_xml(&bytes);

    // Every key is declared once, with a type networkx knows.
    let keys = root.all("key");
    let mut ids: Vec<&str> = keys.iter().map(|k| k.attribute("id")).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), keys.len());
    for key in &keys {
        assert!(
            ["string", "int", "double", "boolean"].contains(&key.attribute("attr.type")),
            "{key:?}"
        );
    }
    let graph = &root.all("graph")[0];
    assert_eq!(graph.attribute("edgedefault"), "directed");

    let nodes = root.all("node");
    assert_eq!(nodes.len(), model.node_count());
    let by_id: BTreeMap<&str, &Element> = nodes.iter().map(|n| (n.attribute("id"), *n)).collect();
    for entity in &model.document.entities {
        let data = graphml_data(&root, by_id[entity.id.as_str()]);
        assert_eq!(data["label"], entity.name);
        assert_eq!(data["kind"], entity.kind.as_str());
        assert!(data.contains_key("x") && data.contains_key("y"));
    }
    let kishida = graphml_data(&root, by_id["kishida"]);
    assert_eq!(kishida["aliases"], "Kishida; Mr. Kishida");
    assert_eq!(kishida["degree"], "3");

    let edges = root.all("edge");
    assert_eq!(edges.len(), model.edge_count());
    for (edge, relation) in edges.iter().zip(&model.document.relations) {
        assert_eq!(edge.attribute("id"), relation.id);
        assert_eq!(edge.attribute("source"), relation.subject);
        assert_eq!(edge.attribute("target"), relation.object);
        let data = graphml_data(&root, edge);
        assert_eq!(data["kind"], relation.kind.as_str());
        assert_eq!(data["negated"], relation.negated.to_string());
        assert_eq!(data["modality"], relation.modality.as_str());
        assert_eq!(data["symmetric"], relation.kind.is_symmetric().to_string());
        assert_eq!(
            data["confidence"].parse::<f32>().unwrap(),
            relation.confidence
        );
        assert_eq!(data["support"], relation.evidence.len().to_string());
    }
    let member = graphml_data(&root, edges[0]);
    assert_eq!(
        member["evidence"],
        format!("{EVIDENCE}\nLine one,\nline two.")
    );
    assert_eq!(member["documents"], "doc");
    let office = graphml_data(&root, edges[1]);
    assert_eq!(office["label"], "liaison office");
    assert_eq!(office["modality"], "planned");
    let meets = graphml_data(&root, edges[2]);
    assert_eq!(
        (meets["date"].as_str(), meets["date_iso"].as_str()),
        ("On May 24", "2023-05-24")
    );
    assert_eq!(
        by_id["smith"]
            .all("data")
            .iter()
            .find(|d| d.attribute("key") == "n_label")
            .unwrap()
            .text,
        TRICKY_NAME
    );
}

#[test]
fn a_filtered_export_holds_only_what_is_shown() {
    let model = sample();
    let mut visibility = Visibility::all(&model);
    visibility.nodes[model.node("japan").unwrap().index()] = false;
    // r0 (japan - nato) and r4 (kishida - japan) lose an end; r3 is hidden
    // on its own.
    visibility.edges[3] = false;
    let root =
        parse_xml(&export::export(&model, Some(&visibility), None, Format::Graphml).unwrap());
    assert_eq!(root.all("node").len(), 4);
    let edge_ids: Vec<&str> = root.all("edge").iter().map(|e| e.attribute("id")).collect();
    assert_eq!(edge_ids, ["r1", "r2", "r5"]);
    // No positions given: no x / y keys.
    assert!(
        root.all("key")
            .iter()
            .all(|k| k.attribute("attr.name") != "x")
    );

    let json = export::export(&model, Some(&visibility), None, Format::Json).unwrap();
    let document = Document::from_json_bytes(&json).unwrap();
    assert_eq!(document.entities.len(), 4);
    assert_eq!(document.relations.len(), 3);
    assert_eq!(
        document.documents.len(),
        1,
        "evidence keeps pointing at its article"
    );

    let gexf = parse_xml(&export::export(&model, Some(&visibility), None, Format::Gexf).unwrap());
    assert_eq!((gexf.all("node").len(), gexf.all("edge").len()), (4, 3));
    let tables = export_csv(&model, Some(&visibility), None);
    assert_eq!(
        (read_csv(&tables.nodes).len(), read_csv(&tables.edges).len()),
        (5, 4)
    );
}

// ---------------------------------------------------------------- GEXF

#[test]
fn gexf_round_trips_attributes_colours_and_positions() {
    let model = sample();
    let given = positions(&model);
    let root = parse_xml(&export::export(&model, None, Some(&given), Format::Gexf).unwrap());
    let gexf = &root.children[0];
    assert_eq!(gexf.name, "gexf");
    assert_eq!(gexf.attribute("xmlns"), "http://www.gexf.net/1.2draft");
    assert_eq!(gexf.attribute("version"), "1.2");

    let mut declared: BTreeMap<(String, String), String> = BTreeMap::new();
    for block in root.all("attributes") {
        for attribute in block.all("attribute") {
            declared.insert(
                (
                    block.attribute("class").to_owned(),
                    attribute.attribute("id").to_owned(),
                ),
                attribute.attribute("type").to_owned(),
            );
        }
    }
    for name in ["kind", "aliases", "degree"] {
        assert!(
            declared.contains_key(&("node".to_owned(), name.to_owned())),
            "{name}"
        );
    }
    for name in [
        "kind",
        "negated",
        "modality",
        "date",
        "date_iso",
        "confidence",
        "evidence",
    ] {
        assert!(
            declared.contains_key(&("edge".to_owned(), name.to_owned())),
            "{name}"
        );
    }
    assert_eq!(
        declared[&("edge".to_owned(), "negated".to_owned())],
        "boolean"
    );

    let values = |element: &Element| -> BTreeMap<String, String> {
        element
            .all("attvalue")
            .into_iter()
            .map(|v| {
                (
                    v.attribute("for").to_owned(),
                    v.attribute("value").to_owned(),
                )
            })
            .collect()
    };
    let nodes = root.all("node");
    assert_eq!(nodes.len(), model.node_count());
    for (index, (node, entity)) in nodes.iter().zip(&model.document.entities).enumerate() {
        assert_eq!(node.attribute("id"), entity.id);
        assert_eq!(node.attribute("label"), entity.name);
        assert_eq!(values(node)["kind"], entity.kind.as_str());
        let color = node.child("viz:color").unwrap();
        let expected = entente::palette::entity_color(entity.kind);
        assert_eq!(color.attribute("r"), expected.0.to_string());
        let position = node.child("viz:position").unwrap();
        assert_eq!(
            position.attribute("x").parse::<f32>().unwrap(),
            given[index][0]
        );
        assert_eq!(
            position.attribute("y").parse::<f32>().unwrap(),
            -given[index][1],
            "y points up in GEXF"
        );
    }

    let edges = root.all("edge");
    assert_eq!(edges.len(), model.edge_count());
    for (edge, relation) in edges.iter().zip(&model.document.relations) {
        assert_eq!(
            (
                edge.attribute("id"),
                edge.attribute("source"),
                edge.attribute("target")
            ),
            (
                relation.id.as_str(),
                relation.subject.as_str(),
                relation.object.as_str()
            )
        );
        let attvalues = values(edge);
        assert_eq!(attvalues["negated"], relation.negated.to_string());
        assert_eq!(attvalues["modality"], relation.modality.as_str());
        assert_eq!(
            edge.attribute("weight"),
            relation.evidence.len().max(1).to_string()
        );
    }
    // Line breaks in evidence survive inside an attribute value.
    assert_eq!(
        values(edges[0])["evidence"],
        format!("{EVIDENCE}\nLine one,\nline two.")
    );
    assert_eq!(
        edges[0].child("viz:shape").unwrap().attribute("value"),
        "dashed"
    );
    assert_eq!(
        edges[1].child("viz:shape").unwrap().attribute("value"),
        "dotted"
    );
    assert_eq!(edges[1].attribute("label"), "liaison office");
    assert_eq!(values(edges[2])["date_iso"], "2023-05-24");
}

// ---------------------------------------------------------------- CSV

/// Rows of an RFC 4180 table (quoted fields may hold commas, quotes and
/// line breaks).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "table ends with a line break"
    );
    rows
}

#[test]
fn csv_tables_have_one_row_per_element_and_keep_awkward_text() {
    let model = sample();
    let tables = export_csv(&model, None, Some(&positions(&model)));
    let nodes = read_csv(&tables.nodes);
    assert_eq!(
        nodes[0],
        ["Id", "Label", "kind", "aliases", "degree", "x", "y"]
    );
    assert_eq!(nodes.len(), model.node_count() + 1);
    assert!(nodes.iter().all(|row| row.len() == 7));
    assert!(nodes.iter().any(|row| row[1] == TRICKY_NAME));

    let edges = read_csv(&tables.edges);
    assert_eq!(edges.len(), model.edge_count() + 1);
    let header = &edges[0];
    assert!(edges.iter().all(|row| row.len() == header.len()));
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        edges[1][column("evidence")],
        format!("{EVIDENCE}\nLine one,\nline two.")
    );
    assert_eq!(edges[1][column("negated")], "true");
    assert_eq!(edges[1][column("confidence")], "0.75");
    assert_eq!(edges[3][column("Type")], "Undirected");
    assert_eq!(edges[5][column("Type")], "Directed");
    assert_eq!(edges[3][column("date_iso")], "2023-05-24");
}

#[test]
fn csv_is_two_files_named_after_the_output() {
    let [nodes, edges] = csv_paths(Path::new("out/graph.csv"));
    assert_eq!(
        (nodes.to_str(), edges.to_str()),
        (Some("out/graph_nodes.csv"), Some("out/graph_edges.csv"))
    );
    let [nodes, _] = csv_paths(Path::new("graph"));
    assert_eq!(nodes.to_str(), Some("graph_nodes.csv"));

    let model = sample();
    assert!(matches!(
        export::export(&model, None, None, Format::Csv),
        Err(ExportError::SeveralFiles)
    ));
    let files = export_files(&model, None, None, Format::Csv, Path::new("x.csv")).unwrap();
    assert_eq!(files.len(), 2);

    let dir = tempfile::tempdir().unwrap();
    let written =
        write_export(&model, None, None, Format::Csv, &dir.path().join("map.csv")).unwrap();
    assert_eq!(
        written,
        [
            dir.path().join("map_nodes.csv"),
            dir.path().join("map_edges.csv")
        ]
    );
    let edges = std::fs::read_to_string(&written[1]).unwrap();
    assert_eq!(read_csv(&edges).len(), model.edge_count() + 1);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no temporary files left"
    );
}

// ---------------------------------------------------------------- DOT

#[test]
fn dot_has_every_node_and_edge_with_styles_and_escaping() {
    let model = sample();
    let dot = String::from_utf8(export::export(&model, None, None, Format::Dot).unwrap()).unwrap();
    assert!(dot.starts_with("digraph entente {") && dot.trim_end().ends_with('}'));
    for relation in &model.document.relations {
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("id=\"{}\"", relation.id)))
            .unwrap_or_else(|| panic!("{} missing", relation.id));
        assert!(
            line.contains(&format!(
                "\"{}\" -> \"{}\"",
                relation.subject, relation.object
            )),
            "{line}"
        );
    }
    let line = |id: &str| {
        dot.lines()
            .find(|l| l.contains(&format!("id=\"{id}\"")))
            .unwrap()
            .to_owned()
    };
    assert!(line("r0").contains("style=dashed") && line("r0").contains("label=\"not member of\""));
    assert!(line("r1").contains("style=dotted"));
    assert!(line("r2").contains("dir=none"));
    assert!(
        line("r0")
            .contains(r#"tooltip="He said: \"we won't join\" & left.\nLine one,\nline two.""#)
    );
    assert!(dot.contains(r#"label="Smith & \"Sons\" <Ltd> 'ağ'""#));
    // Quotes balance on every line once escaped quotes are removed.
    for l in dot.lines() {
        assert_eq!(l.replace("\\\"", "").matches('"').count() % 2, 0, "{l}");
    }
}

// ---------------------------------------------------------------- pictures

#[test]
fn svg_is_well_formed_with_a_group_per_node_and_edge_and_a_legend() {
    let model = sample();
    let svg = export::export(&model, None, Some(&positions(&model)), Format::Svg).unwrap();
    let root = parse_xml(&svg);
    let svg_element = &root.children[0];
    assert_eq!(svg_element.name, "svg");
    assert_eq!(svg_element.attribute("xmlns"), "http://www.w3.org/2000/svg");

    let groups = root.all("g");
    let class = |name: &str| {
        groups
            .iter()
            .filter(|g| g.attribute("class") == name)
            .count()
    };
    assert_eq!(class("node"), model.node_count());
    assert_eq!(class("edge"), model.edge_count());
    assert_eq!(class("legend"), 1);
    // Every node group names its entity in a tooltip.
    let titles: Vec<&str> = groups
        .iter()
        .filter(|g| g.attribute("class") == "node")
        .map(|g| g.child("title").unwrap().text.as_str())
        .collect();
    assert!(titles.contains(&format!("{TRICKY_NAME} (event)").as_str()));
    // Directed relations have arrowheads, symmetric ones none; the negated
    // one is dashed red with a cross.
    let edge_paths = |id: &str| {
        groups
            .iter()
            .find(|g| g.attribute("id") == id)
            .unwrap()
            .all("path")
            .into_iter()
            .map(|p| p.attributes.clone())
            .collect::<Vec<_>>()
    };
    let negated = edge_paths("edge-0");
    assert_eq!(negated.len(), 2, "line and cross");
    assert_eq!(negated[0]["stroke"], entente::palette::NEGATED.hex());
    assert!(negated[0].contains_key("stroke-dasharray") && negated[0].contains_key("marker-end"));
    assert!(!edge_paths("edge-2")[0].contains_key("marker-end"));
    let markers: Vec<String> = root
        .all("marker")
        .iter()
        .map(|m| format!("url(#{})", m.attribute("id")))
        .collect();
    assert!(markers.contains(&negated[0]["marker-end"]));
    // Legend rows for the kinds present.
    let texts: Vec<&str> = root.all("text").iter().map(|t| t.text.as_str()).collect();
    assert!(texts.contains(&"People (1)") && texts.contains(&"denied (negated)"));
}

#[test]
fn svg_without_positions_is_laid_out_and_an_empty_map_still_draws() {
    let model = sample();
    let svg = export::export(&model, None, None, Format::Svg).unwrap();
    assert_eq!(
        parse_xml(&svg)
            .all("g")
            .iter()
            .filter(|g| g.attribute("class") == "node")
            .count(),
        5
    );

    let empty = Model::from_document(Document::new());
    let svg = export::export(&empty, None, None, Format::Svg).unwrap();
    let root = parse_xml(&svg);
    assert_eq!(
        root.all("g")
            .iter()
            .filter(|g| g.attribute("class") == "node")
            .count(),
        0
    );
    assert!(export::export(&empty, None, None, Format::Png).is_ok());
}

#[test]
fn wrong_number_of_positions_is_an_error_not_a_panic() {
    let model = sample();
    let result = export::export(&model, None, Some(&[[0.0, 0.0]]), Format::Svg);
    assert!(matches!(
        result,
        Err(ExportError::PositionCount { count: 1, nodes: 5 })
    ));
}

#[test]
fn png_decodes_to_twice_the_svg_size() {
    let model = sample();
    let given = positions(&model);
    let svg = parse_xml(&export::export(&model, None, Some(&given), Format::Svg).unwrap());
    let svg_element = &svg.children[0];
    let width: f32 = svg_element.attribute("width").parse().unwrap();
    let height: f32 = svg_element.attribute("height").parse().unwrap();

    let png = export::export(&model, None, Some(&given), Format::Png).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let png_width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let png_height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!(
        (png_width, png_height),
        ((width * 2.0).ceil() as u32, (height * 2.0).ceil() as u32)
    );
    assert_eq!(&png[png.len() - 8..png.len() - 4], b"IEND");
}

// ---------------------------------------------------------------- formats

#[test]
fn formats_parse_from_names_and_paths() {
    for format in Format::ALL {
        assert_eq!(format.as_str().parse::<Format>().unwrap(), format);
        assert_eq!(
            Format::from_path(Path::new(&format!("x.{}", format.extension()))),
            Some(format)
        );
    }
    assert_eq!("GraphML".parse::<Format>().unwrap(), Format::Graphml);
    assert_eq!(Format::from_path(Path::new("x.dot")), Some(Format::Dot));
    assert!("pdf".parse::<Format>().is_err());
    assert_eq!(Format::from_path(Path::new("x")), None);
    assert!(Format::Png.needs_positions() && !Format::Graphml.needs_positions());
}
