//! `entente bench --nodes N --edges M`: the figures behind
//! `docs/PERFORMANCE.md`. Generates a graph, then measures what a user
//! waits for: loading it (parse, build the model and its indices, the first
//! layout step and the first frame), a force layout step (median), one full
//! egui frame of the real graph view at 1280x800 with the whole graph in view
//! and zoomed in on a neighbourhood (UI pass plus tessellation, median), the
//! exact O(n²) layout as a baseline where it finishes in reasonable time, and
//! peak memory. With `--igraph` it also runs igraph's Fruchterman-Reingold on
//! the same graph through `scripts/igraph_baseline.py`. The last line printed
//! is one JSON object.

use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde_json::json;

use crate::app::Prepared;
use crate::app::Source;
use crate::layout::SimpleForceLayout;
use crate::model::Document;
use crate::ui::graph_view::{GraphInput, graph_view_ui};
use crate::ui::layout_state::LayoutState;
use crate::ui::{Camera, ViewState};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Number of entities.
    #[arg(long, default_value_t = 10_000)]
    pub nodes: usize,

    /// Number of relations.
    #[arg(long, default_value_t = 30_000)]
    pub edges: usize,

    #[arg(long, default_value_t = 1)]
    pub seed: u64,

    /// Layout steps measured (after warm-up).
    #[arg(long, default_value_t = 30)]
    pub steps: usize,

    /// Frames measured (after warm-up).
    #[arg(long, default_value_t = 20)]
    pub frames: usize,

    /// Also time igraph's Fruchterman-Reingold on the same graph
    /// (needs `python3` with `igraph`).
    #[arg(long)]
    pub igraph: bool,
}

/// The exact baseline is run up to this many nodes.
const BASELINE_MAX_NODES: usize = 10_000;

const SCREEN: egui::Vec2 = egui::Vec2::new(1280.0, 800.0);

pub fn run(args: Args) -> anyhow::Result<()> {
    eprintln!("generating {} nodes, {} edges (seed {})", args.nodes, args.edges, args.seed);
    let generated = crate::generate::generate(args.nodes, args.edges, args.seed);
    let json_text = serde_json::to_string(&generated).context("serialising the generated graph")?;
    let edge_pairs: Vec<(usize, usize)> = {
        let model = crate::model::Model::from_document(generated.clone());
        model.edge_pairs()
    };
    drop(generated);

    // Load: what opening the file costs, up to the first frame. Peak memory
    // counts from here: generating the input is not what a user pays.
    reset_peak_rss();
    let ctx = egui::Context::default();
    let load_start = Instant::now();
    let document = Document::from_json(&json_text).context("parsing the generated graph")?;
    let prepared = Prepared::from_document(document, Source::Sample, Vec::new());
    let Prepared {
        model,
        geometry,
        force,
        ..
    } = prepared;
    let mut layout = LayoutState::new(force, 7);
    layout.tick(Duration::ZERO);
    layout.refresh_spatial();
    let mut view = ViewState {
        fit_requested: true,
        ..Default::default()
    };
    let frame = |layout: &LayoutState, view: &mut ViewState| {
        let input = GraphInput {
            model: &model,
            geometry: &geometry,
            positions: layout.positions(),
            spatial: layout.spatial(),
            pinned: &|i| layout.is_pinned(i),
            shown: None,
            unfaded: None,
            node_radius: &[],
            community: None,
            path_edges: &[],
            dark: true,
        };
        run_frame(&ctx, &input, view)
    };
    frame(&layout, &mut view);
    let load_ms = ms(load_start.elapsed());
    drop(json_text);

    // Layout steps, from the start of a layout where nodes move most.
    let mut steps = Vec::with_capacity(args.steps);
    for k in 0..args.steps + 3 {
        let start = Instant::now();
        layout.tick(Duration::ZERO);
        if k >= 3 {
            steps.push(ms(start.elapsed()));
        }
    }
    let layout_step_ms = median(&mut steps);

    // Frames with the whole graph in view.
    layout.refresh_spatial();
    view.fit_requested = true;
    frame(&layout, &mut view);
    let mut frames = Vec::with_capacity(args.frames);
    for k in 0..args.frames + 3 {
        let start = Instant::now();
        frame(&layout, &mut view);
        if k >= 3 {
            frames.push(ms(start.elapsed()));
        }
    }
    let frame_ms = median(&mut frames);

    // Zoomed in on the neighbourhood of the busiest node.
    let hub = model
        .graph
        .node_indices()
        .max_by_key(|&n| model.degree(n))
        .map_or(0, |n| n.index());
    let hub_position = layout.positions().get(hub).copied().unwrap_or([0.0, 0.0]);
    view.camera = Camera {
        center: hub_position,
        zoom: 1.5,
    };
    let mut zoomed = Vec::with_capacity(args.frames);
    for k in 0..args.frames + 3 {
        let start = Instant::now();
        frame(&layout, &mut view);
        if k >= 3 {
            zoomed.push(ms(start.elapsed()));
        }
    }
    let frame_zoomed_ms = median(&mut zoomed);

    let baseline_layout_step_ms = (args.nodes <= BASELINE_MAX_NODES).then(|| {
        let mut baseline = SimpleForceLayout::new(model.node_count(), &edge_pairs, args.seed);
        let mut times = Vec::new();
        for k in 0..8 {
            let start = Instant::now();
            baseline.step();
            if k >= 2 {
                times.push(ms(start.elapsed()));
            }
        }
        median(&mut times)
    });

    let igraph = if args.igraph {
        Some(igraph_figures(&edge_pairs).unwrap_or_else(|err| json!({ "error": format!("{err:#}") })))
    } else {
        None
    };
    let peak_rss_mb = peak_rss_mb();

    println!("entente bench: {} nodes, {} edges", model.node_count(), model.edge_count());
    println!("  load (parse, model, first step, first frame)  {load_ms:9.1} ms");
    println!("  layout step (Barnes-Hut, median)             {layout_step_ms:9.2} ms");
    if let Some(baseline) = baseline_layout_step_ms {
        println!("  layout step (exact O(n^2) baseline)          {baseline:9.2} ms");
    }
    println!("  frame, whole graph in view (median)          {frame_ms:9.2} ms");
    println!("  frame, zoomed on a neighbourhood (median)    {frame_zoomed_ms:9.2} ms");
    println!("  peak memory                                  {peak_rss_mb:9.1} MB");
    if let Some(igraph) = &igraph {
        println!("  igraph: {igraph}");
    }
    let figures = json!({
        "nodes": model.node_count(),
        "edges": model.edge_count(),
        "layout_step_ms": layout_step_ms,
        "frame_ms": frame_ms,
        "frame_zoomed_ms": frame_zoomed_ms,
        "load_ms": load_ms,
        "peak_rss_mb": peak_rss_mb,
        "baseline_layout_step_ms": baseline_layout_step_ms,
        "igraph": igraph,
        "threads": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "load_average": load_average(),
    });
    println!("{figures}");
    Ok(())
}

/// One egui pass of the graph view at 1280x800, plus tessellation.
fn run_frame(ctx: &egui::Context, input: &GraphInput<'_>, view: &mut ViewState) {
    let raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN)),
        ..Default::default()
    };
    let mut commands = Vec::new();
    let output = ctx.run_ui(raw, |ui| {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| graph_view_ui(ui, input, view, &mut commands));
    });
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    std::hint::black_box(primitives);
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Peak resident memory of this process (Linux), in MB.
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Resets the kernel's high-water mark of this process's memory (Linux;
/// ignored elsewhere).
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Runs `scripts/igraph_baseline.py` on the same edge list and returns its
/// JSON line.
fn igraph_figures(edges: &[(usize, usize)]) -> anyhow::Result<serde_json::Value> {
    let dir = std::env::temp_dir().join(format!("entente-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("graph.edges");
    let mut text = String::with_capacity(edges.len() * 12);
    for (a, b) in edges {
        text.push_str(&format!("{a} {b}\n"));
    }
    std::fs::write(&path, text)?;
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/igraph_baseline.py");
    let mut command = std::process::Command::new("python3");
    command.arg(&script).arg(&path);
    if edges.len() <= 3 * BASELINE_MAX_NODES {
        command.arg("--exact");
    }
    let output = command.output().context("running python3")?;
    let _ = std::fs::remove_dir_all(&dir);
    anyhow::ensure!(
        output.status.success(),
        "igraph baseline failed: {}",
        String::from_utf8_lossy(&output.stderr).trim()
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last).context("reading the igraph figures")
}
