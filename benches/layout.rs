//! Layout benchmark: for each size (nodes x edges) it generates a synthetic
//! document ([`entente::generate`]), then times the median
//! [`ForceLayout::step`] (Barnes-Hut, on all cores and on one), the exact
//! O(n²) [`SimpleForceLayout`] step where n ≤ 10k, the generator itself and a
//! [`SpatialIndex`] build. Prints a table, then one JSON line.
//!
//! `cargo bench --bench layout`; sizes and step counts from the environment:
//! `LAYOUT_BENCH_SIZES=1000x3000,10000x30000,100000x300000`,
//! `LAYOUT_BENCH_STEPS=30` (measured steps after 5 warm-up steps),
//! `LAYOUT_BENCH_SEED=1`. Steps are timed from the start of a layout, where
//! nodes move most, so the figures are those a user waits through.

use std::time::Instant;

use entente::generate::generate;
use entente::layout::{ForceLayout, SimpleForceLayout, SpatialIndex, LINK_DISTANCE};
use entente::model::Model;

const WARM_UP_STEPS: usize = 5;
/// The exact baseline is only run up to this many nodes.
const BASELINE_MAX_NODES: usize = 10_000;

struct Row {
    nodes: usize,
    edges: usize,
    generate_ms: f64,
    step_ms: f64,
    step_one_thread_ms: f64,
    /// CPU time of the one-thread step: what the step costs, whatever else
    /// runs on the machine.
    step_one_thread_cpu_ms: Option<f64>,
    baseline_step_ms: Option<f64>,
    spatial_build_ms: f64,
    threads: usize,
}

fn main() {
    let sizes = std::env::var("LAYOUT_BENCH_SIZES")
        .unwrap_or_else(|_| "1000x3000,10000x30000,100000x300000".to_owned());
    let steps: usize = env_number("LAYOUT_BENCH_STEPS", 30).max(1);
    let seed: u64 = env_number("LAYOUT_BENCH_SEED", 1);

    let mut rows = Vec::new();
    for size in sizes.split(',') {
        let Some((nodes, edges)) = size
            .trim()
            .split_once('x')
            .and_then(|(n, m)| Some((n.parse::<usize>().ok()?, m.parse::<usize>().ok()?)))
        else {
            eprintln!("skipping size {size:?}: expected NODESxEDGES");
            continue;
        };
        rows.push(bench_size(nodes, edges, steps, seed));
    }

    let load = load_average();
    println!("load average at the end: {}", load.as_deref().unwrap_or("unknown"));
    println!(
        "{:>8} {:>8} {:>11} {:>10} {:>10} {:>14} {:>15} {:>11}",
        "nodes", "edges", "generate_ms", "step_ms", "step_1t_ms", "step_1t_cpu_ms", "baseline_ms", "spatial_ms"
    );
    let optional = |ms: Option<f64>, empty: &str| ms.map_or(empty.to_owned(), |ms| format!("{ms:.3}"));
    for row in &rows {
        println!(
            "{:>8} {:>8} {:>11.1} {:>10.3} {:>10.3} {:>14} {:>15} {:>11.2}",
            row.nodes,
            row.edges,
            row.generate_ms,
            row.step_ms,
            row.step_one_thread_ms,
            optional(row.step_one_thread_cpu_ms, "-"),
            optional(row.baseline_step_ms, "-"),
            row.spatial_build_ms
        );
    }
    let json_rows: Vec<String> = rows
        .iter()
        .map(|row| {
            format!(
                "{{\"nodes\":{},\"edges\":{},\"threads\":{},\"generate_ms\":{:.2},\"layout_step_ms\":{:.3},\
                 \"layout_step_one_thread_ms\":{:.3},\"layout_step_one_thread_cpu_ms\":{},\
                 \"baseline_layout_step_ms\":{},\"spatial_build_ms\":{:.3}}}",
                row.nodes,
                row.edges,
                row.threads,
                row.generate_ms,
                row.step_ms,
                row.step_one_thread_ms,
                optional(row.step_one_thread_cpu_ms, "null"),
                optional(row.baseline_step_ms, "null"),
                row.spatial_build_ms
            )
        })
        .collect();
    println!(
        "{{\"bench\":\"layout\",\"steps\":{steps},\"load_average\":{},\"results\":[{}]}}",
        load.map_or("null".to_owned(), |l| format!("{l:?}")),
        json_rows.join(",")
    );
}

fn bench_size(nodes: usize, edges: usize, steps: usize, seed: u64) -> Row {
    eprintln!("{nodes} nodes, {edges} edges ...");
    let started = Instant::now();
    let document = generate(nodes, edges, seed);
    let generate_ms = ms_since(started);
    let model = Model::from_document(document);
    let edge_list: Vec<(usize, usize)> = model
        .graph
        .edge_indices()
        .filter_map(|e| model.graph.edge_endpoints(e))
        .map(|(a, b)| (a.index(), b.index()))
        .collect();

    let mut layout = ForceLayout::new(nodes, &edge_list, seed);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let step_ms = median_step_ms(|| layout.step(), steps);

    let mut one_thread = ForceLayout::new(nodes, &edge_list, seed);
    one_thread.set_threads(1);
    let cpu_before = thread_cpu_ns();
    let step_one_thread_ms = median_step_ms(|| one_thread.step(), steps);
    let step_one_thread_cpu_ms = cpu_before
        .zip(thread_cpu_ns())
        .map(|(before, after)| (after - before) as f64 / 1e6 / (steps + WARM_UP_STEPS) as f64);

    let baseline_step_ms = (nodes <= BASELINE_MAX_NODES).then(|| {
        let mut simple = SimpleForceLayout::new(nodes, &edge_list, seed);
        // O(n²): fewer steps where it is slow.
        let baseline_steps = if nodes > 3_000 { 5 } else { steps };
        median_step_ms(|| simple.step(), baseline_steps)
    });

    let positions = layout.positions().to_vec();
    let mut spatial_times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let index = SpatialIndex::build(&positions, LINK_DISTANCE);
        spatial_times.push(ms_since(started));
        std::hint::black_box(index);
    }

    Row {
        nodes,
        edges,
        generate_ms,
        step_ms,
        step_one_thread_ms,
        step_one_thread_cpu_ms,
        baseline_step_ms,
        spatial_build_ms: median(spatial_times),
        threads,
    }
}

/// Median wall time of `steps` calls after a few warm-up calls.
fn median_step_ms(mut step: impl FnMut() -> bool, steps: usize) -> f64 {
    for _ in 0..WARM_UP_STEPS {
        step();
    }
    let times: Vec<f64> = (0..steps)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(step());
            ms_since(started)
        })
        .collect();
    median(times)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// CPU time of the calling thread so far (Linux; `None` elsewhere).
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// The 1, 5 and 15 minute load averages (Linux): figures taken on a busy
/// machine are slower than the code.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(text.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}
