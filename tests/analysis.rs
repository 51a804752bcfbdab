//! The analyst's toolkit on small hand-made graphs whose answers are known:
//! each filter criterion, focus depth and expand / collapse, shortest paths,
//! betweenness / PageRank / communities, search ranking and the timeline.

#![allow(clippy::unwrap_used, clippy::inconsistent_digit_grouping)]

use entente::analysis::filter::{Filter, NodeOverrides, Visibility, focus};
use entente::analysis::metrics::{
    betweenness, betweenness_sampled, communities, degrees, modularity, page_rank,
};
use entente::analysis::paths::shortest_paths;
use entente::analysis::search::{self, SearchIndex};
use entente::analysis::timeline::{DateSpan, Timeline, iso_from_sortable, sortable_date};
use entente::model::{Document, Entity, EntityKind, Modality, Model, Relation, RelationKind};
use petgraph::graph::{EdgeIndex, NodeIndex};

fn entity(id: &str, kind: EntityKind) -> Entity {
    Entity {
        id: id.to_owned(),
        name: id.to_owned(),
        kind,
        aliases: Vec::new(),
        mentions: Vec::new(),
    }
}

fn relation(subject: &str, object: &str, kind: RelationKind) -> Relation {
    Relation {
        id: String::new(),
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

fn model(entities: Vec<Entity>, mut relations: Vec<Relation>) -> Model {
    for (index, relation) in relations.iter_mut().enumerate() {
        relation.id = format!("r{index}");
    }
    let mut document = Document::new();
    document.entities = entities;
    document.relations = relations;
    document.validate().unwrap();
    Model::from_document(document)
}

/// People named by `names`, linked by `meets` along `pairs`.
fn people(names: &[&str], pairs: &[(&str, &str)]) -> Model {
    model(
        names
            .iter()
            .map(|n| entity(n, EntityKind::Person))
            .collect(),
        pairs
            .iter()
            .map(|(a, b)| relation(a, b, RelationKind::Meets))
            .collect(),
    )
}

fn node(model: &Model, id: &str) -> NodeIndex {
    model.node(id).unwrap()
}

fn shown_ids(model: &Model, visibility: &Visibility) -> Vec<String> {
    model
        .document
        .entities
        .iter()
        .enumerate()
        .filter(|(i, _)| visibility.nodes[*i])
        .map(|(_, e)| e.id.clone())
        .collect()
}

// ---------------------------------------------------------------- filters

#[test]
fn default_filter_shows_everything_and_knows_it() {
    let m = people(&["a", "b", "c"], &[("a", "b")]);
    let filter = Filter::default();
    assert!(filter.is_default());
    assert!(filter.apply(&m).is_everything());
    let changed = Filter {
        hide_isolated: true,
        ..Filter::default()
    };
    assert!(!changed.is_default());
}

#[test]
fn hiding_an_entity_kind_hides_its_nodes_and_their_relations() {
    let m = model(
        vec![
            entity("kishida", EntityKind::Person),
            entity("japan", EntityKind::Country),
            entity("nato", EntityKind::Organization),
        ],
        vec![
            relation("kishida", "japan", RelationKind::HoldsOffice),
            relation("japan", "nato", RelationKind::CooperatesWith),
        ],
    );
    let filter = Filter {
        hidden_entity_kinds: [EntityKind::Person].into(),
        ..Filter::default()
    };
    let v = filter.apply(&m);
    assert_eq!(shown_ids(&m, &v), ["japan", "nato"]);
    assert_eq!(v.edges, [false, true]);
}

#[test]
fn hiding_a_relation_kind_keeps_the_entities() {
    let m = model(
        vec![
            entity("a", EntityKind::Person),
            entity("b", EntityKind::Country),
        ],
        vec![
            relation("a", "b", RelationKind::HoldsOffice),
            relation("a", "b", RelationKind::Visits),
        ],
    );
    let filter = Filter {
        hidden_relation_kinds: [RelationKind::Visits].into(),
        ..Filter::default()
    };
    let v = filter.apply(&m);
    assert_eq!(v.nodes, [true, true]);
    assert_eq!(v.edges, [true, false]);
}

#[test]
fn negated_prospective_and_asserted_are_separate_switches() {
    let mut negated_plan = relation("a", "b", RelationKind::MemberOf);
    negated_plan.negated = true;
    negated_plan.modality = Modality::Planned;
    let mut planned = relation("a", "b", RelationKind::Visits);
    planned.modality = Modality::Expected;
    let mut reported = relation("a", "b", RelationKind::Meets);
    reported.modality = Modality::Reported;
    let m = model(
        vec![
            entity("a", EntityKind::Country),
            entity("b", EntityKind::Organization),
        ],
        vec![negated_plan, planned, reported],
    );
    let without = |f: fn(&mut Filter)| {
        let mut filter = Filter::default();
        f(&mut filter);
        filter.apply(&m).edges
    };
    // Negation wins over modality: the negated plan goes with the negated.
    assert_eq!(without(|f| f.show_negated = false), [false, true, true]);
    assert_eq!(without(|f| f.show_prospective = false), [true, false, true]);
    assert_eq!(without(|f| f.show_asserted = false), [true, true, false]);
}

#[test]
fn co_mention_guesses_hide_with_their_own_switch() {
    let mut guess = relation("a", "b", RelationKind::MemberOf);
    guess.confidence = 0.25;
    guess.label = Some("co-mentioned".to_owned());
    let stated = relation("a", "b", RelationKind::Meets);
    let m = model(
        vec![
            entity("a", EntityKind::Country),
            entity("b", EntityKind::Organization),
        ],
        vec![guess, stated],
    );
    assert_eq!(Filter::default().apply(&m).edges, [true, true]);
    let filter = Filter { show_weak: false, ..Filter::default() };
    assert!(!filter.is_default());
    assert_eq!(filter.apply(&m).edges, [false, true]);
}

#[test]
fn minimum_degree_counts_visible_relations_only() {
    // hub - x, hub - y, hub - z, x - y; hub has degree 3, x and y 2, z 1.
    let m = people(
        &["hub", "x", "y", "z"],
        &[("hub", "x"), ("hub", "y"), ("hub", "z"), ("x", "y")],
    );
    let filter = Filter {
        min_degree: 2,
        ..Filter::default()
    };
    let v = filter.apply(&m);
    assert_eq!(shown_ids(&m, &v), ["hub", "x", "y"]);
    assert_eq!(v.edges, [true, true, false, true]);

    // With x - y hidden by kind... here by date: x and y fall to degree 1.
    let mut dated = m.document.clone();
    dated.relations[3].date_iso = Some("2020".into());
    let m = Model::from_document(dated);
    let filter = Filter {
        min_degree: 2,
        date_from: Some("2023".into()),
        ..Filter::default()
    };
    assert_eq!(shown_ids(&m, &filter.apply(&m)), ["hub"]);
}

#[test]
fn hide_isolated_drops_nodes_without_visible_relations() {
    let m = people(&["a", "b", "loner"], &[("a", "b")]);
    let filter = Filter {
        hide_isolated: true,
        ..Filter::default()
    };
    assert_eq!(shown_ids(&m, &filter.apply(&m)), ["a", "b"]);
    let both = Filter {
        hide_isolated: true,
        hidden_relation_kinds: [RelationKind::Meets].into(),
        ..Filter::default()
    };
    assert_eq!(both.apply(&m).visible_node_count(), 0);
}

#[test]
fn date_range_uses_iso_prefixes_and_keeps_undated_unless_asked() {
    let m = {
        let mut relations = Vec::new();
        for date in [
            Some("2023-04-30"),
            Some("2023-05-24"),
            Some("2023"),
            Some("2023-06"),
            None,
            Some("soon"),
        ] {
            let mut r = relation("a", "b", RelationKind::Meets);
            r.date_iso = date.map(str::to_owned);
            relations.push(r);
        }
        model(
            vec![
                entity("a", EntityKind::Person),
                entity("b", EntityKind::Person),
            ],
            relations,
        )
    };
    let may = Filter {
        date_from: Some("2023-05".into()),
        date_to: Some("2023-05".into()),
        ..Filter::default()
    };
    // "2023" (the whole year) overlaps May; undated and unparsable are kept.
    assert_eq!(may.apply(&m).edges, [false, true, true, false, true, true]);
    let strict = Filter {
        undated_hidden: true,
        ..may.clone()
    };
    assert_eq!(
        strict.apply(&m).edges,
        [false, true, true, false, false, false]
    );
    let open_start = Filter {
        date_to: Some("2023-04".into()),
        ..Filter::default()
    };
    assert_eq!(
        open_start.apply(&m).edges,
        [true, false, true, false, true, true]
    );
}

#[test]
fn filter_round_trips_through_serde_and_fills_missing_fields() {
    let filter = Filter {
        hidden_entity_kinds: [EntityKind::Event].into(),
        min_degree: 3,
        date_from: Some("2022".into()),
        ..Filter::default()
    };
    let json = serde_json::to_string(&filter).unwrap();
    assert_eq!(serde_json::from_str::<Filter>(&json).unwrap(), filter);
    let partial: Filter = serde_json::from_str(r#"{"min_degree": 2}"#).unwrap();
    assert!(partial.show_negated && partial.show_asserted);
    assert_eq!(partial.min_degree, 2);
}

// ---------------------------------------------------------------- focus

#[test]
fn focus_shows_the_neighbourhood_to_the_given_depth() {
    let m = people(
        &["a", "b", "c", "d", "e"],
        &[("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")],
    );
    let all = Visibility::all(&m);
    let seed = [node(&m, "c")];
    assert_eq!(shown_ids(&m, &focus(&m, &seed, 0, &all)), ["c"]);
    let one = focus(&m, &seed, 1, &all);
    assert_eq!(shown_ids(&m, &one), ["b", "c", "d"]);
    assert_eq!(one.edges, [false, true, true, false]);
    assert_eq!(
        shown_ids(&m, &focus(&m, &seed, 2, &all)),
        ["a", "b", "c", "d", "e"]
    );

    // A hidden relation stops the walk.
    let mut cut = all.clone();
    cut.edges[2] = false;
    assert_eq!(shown_ids(&m, &focus(&m, &seed, 3, &cut)), ["a", "b", "c"]);
    // Two seeds join their neighbourhoods; a hidden seed is ignored.
    let mut without_e = all.clone();
    without_e.nodes[4] = false;
    without_e.hide_dangling_edges(&m);
    let both = focus(&m, &[node(&m, "a"), node(&m, "e")], 1, &without_e);
    assert_eq!(shown_ids(&m, &both), ["a", "b"]);
}

#[test]
fn expand_adds_neighbours_and_collapse_removes_only_hanging_ones() {
    // a - b - c, b - d, c - d, c - e
    let m = people(
        &["a", "b", "c", "d", "e"],
        &[("a", "b"), ("b", "c"), ("b", "d"), ("c", "d"), ("c", "e")],
    );
    let all = Visibility::all(&m);
    let view = focus(&m, &[node(&m, "a")], 1, &all);
    assert_eq!(shown_ids(&m, &view), ["a", "b"]);

    let mut overrides = NodeOverrides::default();
    overrides.expand(&m, &all, node(&m, "b"));
    let expanded = overrides.apply(&m, &all, &view);
    assert_eq!(shown_ids(&m, &expanded), ["a", "b", "c", "d"]);
    assert!(expanded.edges[3], "c - d is shown once both ends are");

    overrides.expand(&m, &all, node(&m, "c"));
    let more = overrides.apply(&m, &all, &view);
    assert_eq!(shown_ids(&m, &more), ["a", "b", "c", "d", "e"]);

    // Collapsing c hides e (hangs off c alone) but not b or d.
    overrides.collapse(&m, &more, node(&m, "c"));
    assert_eq!(
        shown_ids(&m, &overrides.apply(&m, &all, &view)),
        ["a", "b", "c", "d"]
    );
    overrides.clear();
    assert!(overrides.is_empty());
}

// ---------------------------------------------------------------- paths

#[test]
fn all_shortest_paths_of_a_diamond_ignore_direction() {
    // a -> b <- d, a -> c -> d, plus a longer way a - x - y - d.
    let m = people(
        &["a", "b", "c", "d", "x", "y"],
        &[
            ("a", "b"),
            ("d", "b"),
            ("a", "c"),
            ("c", "d"),
            ("a", "x"),
            ("x", "y"),
            ("y", "d"),
        ],
    );
    let paths = shortest_paths(&m, &Visibility::all(&m), node(&m, "a"), node(&m, "d"), 10);
    assert_eq!(paths.len(), 2);
    let names: Vec<Vec<(usize, usize, usize)>> = paths
        .iter()
        .map(|p| {
            p.iter()
                .map(|h| (h.from.index(), h.edge.index(), h.to.index()))
                .collect()
        })
        .collect();
    assert_eq!(
        names,
        [vec![(0, 0, 1), (1, 1, 3)], vec![(0, 2, 2), (2, 3, 3)]]
    );
    assert_eq!(
        shortest_paths(&m, &Visibility::all(&m), node(&m, "a"), node(&m, "d"), 1).len(),
        1
    );
}

#[test]
fn paths_respect_visibility_and_report_no_path() {
    let m = people(
        &["a", "b", "c", "island"],
        &[("a", "b"), ("b", "c"), ("a", "c")],
    );
    let all = Visibility::all(&m);
    let direct = shortest_paths(&m, &all, node(&m, "a"), node(&m, "c"), 5);
    assert_eq!(direct.len(), 1);
    assert_eq!(direct[0].len(), 1);

    let mut without_direct = all.clone();
    without_direct.edges[2] = false;
    let around = shortest_paths(&m, &without_direct, node(&m, "a"), node(&m, "c"), 5);
    assert_eq!(around.len(), 1);
    assert_eq!(around[0].len(), 2);

    assert!(shortest_paths(&m, &all, node(&m, "a"), node(&m, "island"), 5).is_empty());
    let mut hidden_end = all.clone();
    hidden_end.nodes[2] = false;
    hidden_end.hide_dangling_edges(&m);
    assert!(shortest_paths(&m, &hidden_end, node(&m, "a"), node(&m, "c"), 5).is_empty());
    assert_eq!(
        shortest_paths(&m, &all, node(&m, "a"), node(&m, "a"), 5),
        vec![vec![]]
    );
}

#[test]
fn parallel_relations_are_evidence_for_one_hop_not_extra_paths() {
    let m = model(
        vec![
            entity("a", EntityKind::Person),
            entity("b", EntityKind::Country),
        ],
        vec![
            relation("a", "b", RelationKind::HoldsOffice),
            relation("b", "a", RelationKind::Criticizes),
        ],
    );
    let paths = shortest_paths(&m, &Visibility::all(&m), node(&m, "b"), node(&m, "a"), 10);
    assert_eq!(paths.len(), 1);
    let hop = &paths[0][0];
    assert_eq!((hop.from.index(), hop.to.index()), (1, 0));
    assert_eq!(
        hop.edges().collect::<Vec<_>>(),
        [EdgeIndex::new(0), EdgeIndex::new(1)]
    );
}

// ---------------------------------------------------------------- metrics

#[test]
fn star_centre_has_betweenness_one_and_the_most_page_rank() {
    let m = people(
        &["centre", "a", "b", "c", "d"],
        &[
            ("centre", "a"),
            ("centre", "b"),
            ("centre", "c"),
            ("centre", "d"),
        ],
    );
    let all = Visibility::all(&m);
    let b = betweenness(&m, &all);
    assert!((b[0] - 1.0).abs() < 1e-12, "{b:?}");
    assert!(b[1..].iter().all(|&x| x == 0.0));
    assert_eq!(degrees(&m, &all), [4, 1, 1, 1, 1]);

    let rank = page_rank(&m, &all);
    assert!((rank.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    assert!(
        rank[1..].iter().all(|&leaf| rank[0] > 2.0 * leaf),
        "{rank:?}"
    );
}

#[test]
fn path_graph_betweenness_matches_networkx() {
    // networkx.betweenness_centrality(nx.path_graph(5)) = 0, .5, .667, .5, 0
    let m = people(
        &["0", "1", "2", "3", "4"],
        &[("0", "1"), ("1", "2"), ("2", "3"), ("3", "4")],
    );
    let all = Visibility::all(&m);
    let expected = [0.0, 0.5, 2.0 / 3.0, 0.5, 0.0];
    for (got, want) in betweenness(&m, &all).iter().zip(expected) {
        assert!((got - want).abs() < 1e-12);
    }
    // Sampling every node is exact; hiding an end shortens the path.
    assert_eq!(betweenness_sampled(&m, &all, 5, 7), betweenness(&m, &all));
    let mut shorter = all.clone();
    shorter.nodes[4] = false;
    shorter.hide_dangling_edges(&m);
    let b = betweenness(&m, &shorter);
    assert_eq!(b[4], 0.0);
    assert!(
        (b[2] - 2.0 / 3.0).abs() < 1e-12,
        "P4 middle: 2 of 3 pairs: {b:?}"
    );
}

#[test]
fn sampled_betweenness_is_seeded_and_close_on_a_larger_graph() {
    // A ring of 60 with chords: every node has some betweenness.
    let names: Vec<String> = (0..60).map(|i| i.to_string()).collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut pairs = Vec::new();
    for i in 0..60 {
        pairs.push((name_refs[i], name_refs[(i + 1) % 60]));
        if i % 7 == 0 {
            pairs.push((name_refs[i], name_refs[(i + 23) % 60]));
        }
    }
    let m = people(&name_refs, &pairs);
    let all = Visibility::all(&m);
    let exact = betweenness(&m, &all);
    let sampled = betweenness_sampled(&m, &all, 30, 42);
    assert_eq!(sampled, betweenness_sampled(&m, &all, 30, 42));
    let mean_error: f64 = exact
        .iter()
        .zip(&sampled)
        .map(|(a, b)| (a - b).abs())
        .sum::<f64>()
        / exact.len() as f64;
    let mean: f64 = exact.iter().sum::<f64>() / exact.len() as f64;
    assert!(mean_error < 0.5 * mean, "error {mean_error} vs mean {mean}");
}

#[test]
fn page_rank_follows_direction_for_directed_kinds() {
    // Three people hold office in one country: the country ranks highest.
    let m = model(
        vec![
            entity("p1", EntityKind::Person),
            entity("p2", EntityKind::Person),
            entity("p3", EntityKind::Person),
            entity("land", EntityKind::Country),
        ],
        vec![
            relation("p1", "land", RelationKind::HoldsOffice),
            relation("p2", "land", RelationKind::HoldsOffice),
            relation("p3", "land", RelationKind::HoldsOffice),
        ],
    );
    let rank = page_rank(&m, &Visibility::all(&m));
    assert!(
        rank[3] > rank[0] && rank[0] == rank[1] && rank[1] == rank[2],
        "{rank:?}"
    );
    assert!((rank.iter().sum::<f64>() - 1.0).abs() < 1e-9);
}

#[test]
fn two_cliques_joined_by_one_edge_are_two_communities() {
    let names = [
        "a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5", "b6",
    ];
    let mut pairs = Vec::new();
    for group in [&names[..5], &names[5..]] {
        for (i, x) in group.iter().enumerate() {
            for y in &group[i + 1..] {
                pairs.push((*x, *y));
            }
        }
    }
    pairs.push(("a1", "b1"));
    let m = people(&names, &pairs);
    let all = Visibility::all(&m);
    for seed in 0..20 {
        let found = communities(&m, &all, seed);
        assert_eq!(found.sizes, [6, 5], "seed {seed}");
        // The larger clique is community 0.
        assert!(
            found.by_node[5..].iter().all(|&c| c == Some(0)),
            "seed {seed}"
        );
        assert!(
            found.by_node[..5].iter().all(|&c| c == Some(1)),
            "seed {seed}"
        );
        assert!(modularity(&m, &all, &found) > 0.4);
    }
    assert_eq!(communities(&m, &all, 3), communities(&m, &all, 3));

    let mut only_a = all.clone();
    for shown in &mut only_a.nodes[5..] {
        *shown = false;
    }
    only_a.hide_dangling_edges(&m);
    let found = communities(&m, &only_a, 1);
    assert_eq!(found.sizes, [5]);
    assert_eq!(found.by_node[5], None);
}

// ---------------------------------------------------------------- search

#[test]
fn search_ranks_exact_prefix_word_substring_subsequence() {
    let mut entities: Vec<Entity> = [
        "Nato",
        "NATO Summit",
        "Summit of Nato",
        "Senator Smith",
        "North Atlantic Treaty Organization",
    ]
    .iter()
    .enumerate()
    .map(|(i, name)| Entity {
        name: (*name).to_owned(),
        ..entity(&format!("e{i}"), EntityKind::Organization)
    })
    .collect();
    entities.push(Entity {
        name: "Recep Tayyip Erdoğan".into(),
        aliases: vec!["Erdoğan".into()],
        ..entity("erdogan", EntityKind::Person)
    });
    let m = model(entities, Vec::new());
    let index = SearchIndex::new(&m);
    let hits = index.search(&m, "nato", 10);
    let order: Vec<&str> = hits.iter().map(|h| h.matched.as_str()).collect();
    // exact, prefix, word prefix, substring ("seNATOr"), subsequence.
    assert_eq!(
        order,
        [
            "Nato",
            "NATO Summit",
            "Summit of Nato",
            "Senator Smith",
            "North Atlantic Treaty Organization"
        ]
    );
    assert_eq!(hits[0].score, search::EXACT);
    assert!(hits.windows(2).all(|w| w[0].score > w[1].score));

    // Case and accents do not matter; the exact alias beats the name.
    let hits = index.search(&m, "  ERDOGAN ", 3);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].node, node(&m, "erdogan"));
    assert_eq!(hits[0].matched, "Erdoğan");
    assert!(hits[0].is_alias);
    assert_eq!(hits[0].score, search::EXACT);

    assert!(index.search(&m, "   ", 5).is_empty());
    assert!(index.search(&m, "zzz", 5).is_empty());
    assert_eq!(index.search(&m, "n", 2).len(), 2);
}

#[test]
fn folding_lowercases_strips_accents_and_collapses_spaces() {
    let mut out = String::new();
    search::fold_into("  Zoë  Straße Łódź’s ", &mut out);
    assert_eq!(out, "zoe strasse lodz's");
}

// ---------------------------------------------------------------- timeline

#[test]
fn dates_parse_to_sortable_spans() {
    assert_eq!(
        DateSpan::parse("2023"),
        Some(DateSpan {
            first: 2023_01_01,
            last: 2023_12_31
        })
    );
    assert_eq!(
        DateSpan::parse("2023-05"),
        Some(DateSpan {
            first: 2023_05_01,
            last: 2023_05_31
        })
    );
    assert_eq!(
        DateSpan::parse("2023-05-24T10:00Z"),
        Some(DateSpan {
            first: 2023_05_24,
            last: 2023_05_24
        })
    );
    for bad in [
        "",
        "May 2023",
        "23-05",
        "2023-13",
        "2023-05-32",
        "2023-5-1",
        "2023-05-24-1",
    ] {
        assert_eq!(DateSpan::parse(bad), None, "{bad:?}");
    }
    assert_eq!(sortable_date("2023-07"), Some(2023_07_01));
    assert_eq!(iso_from_sortable(2023_07_01), "2023-07-01");
    // The end of a month span shows as a real date.
    assert_eq!(iso_from_sortable(DateSpan::parse("2024-02").unwrap().last), "2024-02-29");
    assert_eq!(iso_from_sortable(DateSpan::parse("2023-02").unwrap().last), "2023-02-28");
    assert_eq!(iso_from_sortable(DateSpan::parse("2023-04").unwrap().last), "2023-04-30");
}

#[test]
fn timeline_lists_dated_relations_in_order() {
    let mut relations = Vec::new();
    for date in [
        Some("2023-07"),
        None,
        Some("2022"),
        Some("2023-05-24"),
        Some("later"),
    ] {
        let mut r = relation("a", "b", RelationKind::Meets);
        r.date_iso = date.map(str::to_owned);
        relations.push(r);
    }
    let m = model(
        vec![
            entity("a", EntityKind::Person),
            entity("b", EntityKind::Person),
        ],
        relations,
    );
    let timeline = Timeline::new(&m);
    let edges: Vec<usize> = timeline.entries.iter().map(|e| e.edge.index()).collect();
    assert_eq!(edges, [2, 3, 0]);
    assert_eq!(timeline.min_date(), Some(2022_01_01));
    assert_eq!(timeline.max_date(), Some(2023_07_31));
    assert!(Timeline::new(&people(&["x"], &[])).is_empty());
}
