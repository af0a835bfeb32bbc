//! Extraction speed on the corpus pages, against scraper's bare `Html::parse_document`.
//!
//! Reads every `docs/*.html` of `../shared/corpus` (or `CLAUSEWISE_CORPUS`) at bench time and skips
//! with a message when there is none. Criterion times the whole corpus through each function; a
//! per-page pass then prints the p50/p95 of both and of their ratio, the numbers the report quotes.

use std::hint::black_box;
use std::path::PathBuf;

use clausewise::eval::extraction::{corpus_pages, measure_speed};
use criterion::{criterion_group, Criterion};

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CLAUSEWISE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    dir.join("docs").is_dir().then_some(dir)
}

fn bench(c: &mut Criterion) {
    let Some(dir) = corpus_dir() else {
        println!("skipped: no corpus at ../shared/corpus (set CLAUSEWISE_CORPUS)");
        return;
    };
    let pages = match corpus_pages(&dir) {
        Ok(pages) if !pages.is_empty() => pages,
        Ok(_) => {
            println!("skipped: no HTML page in {}", dir.display());
            return;
        }
        Err(e) => {
            println!("skipped: {e}");
            return;
        }
    };
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| {
            for (_, html) in &pages {
                let _ = black_box(clausewise::extract::extract(
                    black_box(html),
                    "https://example.com/privacy",
                ));
            }
        })
    });
    group.bench_function("bare_parse", |b| {
        b.iter(|| {
            for (_, html) in &pages {
                black_box(scraper::Html::parse_document(black_box(html)));
            }
        })
    });
    group.finish();

    let speed = measure_speed(&pages, 10);
    println!(
        "\nper page over {} pages (fastest of {} runs each):",
        speed.pages, speed.runs
    );
    println!(
        "  extract     p50 {:8.3} ms   p95 {:8.3} ms",
        speed.extract_p50_ms, speed.extract_p95_ms
    );
    println!(
        "  bare parse  p50 {:8.3} ms   p95 {:8.3} ms",
        speed.parse_p50_ms, speed.parse_p95_ms
    );
    println!(
        "  ratio       p50 {:8.2}×     p95 {:8.2}×",
        speed.ratio_p50, speed.ratio_p95
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
