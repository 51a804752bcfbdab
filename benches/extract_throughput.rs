//! Extraction throughput: the seed and test articles concatenated to about
//! 50 MB, extracted as one input on one core; prints MB/s. Run with
//! `cargo bench --bench extract_throughput` (set `ENTENTE_BENCH_MB` to change
//! the size).

use std::time::Instant;

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut corpus = String::new();
    let mut pieces = Vec::new();
    if let Ok(seed) = std::fs::read_to_string(format!("{root}/seeds/japan-nato-liaison-office.txt")) {
        pieces.push(seed);
    }
    if let Ok(entries) = std::fs::read_dir(format!("{root}/tests/articles")) {
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        pieces.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    if pieces.is_empty() {
        eprintln!("no articles found under {root}");
        return;
    }
    let target_mb: usize = std::env::var("ENTENTE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let target_bytes = target_mb * 1024 * 1024;
    'fill: loop {
        for piece in &pieces {
            corpus.push_str(piece);
            corpus.push('\n');
            if corpus.len() >= target_bytes {
                break 'fill;
            }
        }
    }
    let started = Instant::now();
    let document = entente::extract::extract_article("bench", "bench", &corpus);
    let secs = started.elapsed().as_secs_f64();
    #[allow(clippy::cast_precision_loss)]
    let megabytes = corpus.len() as f64 / (1024.0 * 1024.0);
    println!(
        "extract_throughput: {megabytes:.1} MB in {secs:.2} s = {:.1} MB/s ({} entities, {} relations)",
        megabytes / secs,
        document.entities.len(),
        document.relations.len()
    );
}
