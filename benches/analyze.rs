//! Speed of the whole engine (extract + classify + score) on the OPP-115 pages of the development
//! corpus, against scraper's bare `Html::parse_document` of the same page: parsing is work every
//! HTML reader must do, so the ratio says what the engine adds on top.
//!
//! `cargo bench --bench analyze` first prints per-page percentiles (each page timed as the median of
//! several runs) and the whole batch's ratio (total analysis time over total parse time), then runs
//! criterion on the whole set. Skips with a message without the corpus.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::Criterion;

fn pages() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/docs");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut pages: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("opp115-") && name.ends_with(".html")
        })
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            Some((p.file_name()?.to_str()?.to_string(), String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect();
    pages.sort();
    pages
}

fn median_of(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// The German development corpus's policies: plain text, one paragraph a line.
fn german_texts() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-de/docs");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut texts: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let text = String::from_utf8_lossy(&std::fs::read(&p).ok()?).into_owned();
            Some((p.file_name()?.to_str()?.to_string(), text))
        })
        .collect();
    texts.sort();
    texts
}

/// The German policies as bare HTML pages, one `<p>` a paragraph.
fn german_pages() -> Vec<(String, String)> {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    german_texts()
        .into_iter()
        .map(|(name, text)| {
            let body: String = text.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{}</p>\n", escape(l))).collect();
            (name, format!("<html lang=\"de\"><head><title>Datenschutzerklärung</title></head><body><main>{body}</main></body></html>"))
        })
        .collect()
}

/// The German policies' text in the markup of real pages: the OPP-115 pages in turn, each `<p>`
/// element's text replaced by the next German paragraph (paragraphs left over follow the last one,
/// `<p>` elements left over are emptied). The corpus holds German policies as text only, and bare
/// `<p>` pages parse in a few hundredths of a millisecond, far from what a browser hands the engine;
/// in a real page's markup the parse has the weight it has on real sites, so the ratio compares.
fn german_in_page_markup(german: &[(String, String)], pages: &[(String, String)]) -> Vec<(String, String)> {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    german
        .iter()
        .zip(pages.iter().cycle())
        .map(|((name, text), (_, page))| {
            let mut paragraphs = text.lines().filter(|l| !l.trim().is_empty()).map(escape);
            let lower = page.to_ascii_lowercase();
            let mut out = String::with_capacity(page.len() + text.len());
            let mut at = 0;
            let mut last_close = None;
            while let Some(found) = lower[at..].find("<p") {
                let open = at + found;
                let after = lower.as_bytes().get(open + 2).copied();
                let Some(end_of_tag) = lower[open..].find('>').map(|e| open + e + 1) else { break };
                let Some(close) = lower[end_of_tag..].find("</p>").map(|c| end_of_tag + c) else { break };
                if !matches!(after, Some(b'>' | b' ' | b'\t' | b'\n')) {
                    out.push_str(&page[at..end_of_tag]);
                    at = end_of_tag;
                    continue;
                }
                out.push_str(&page[at..end_of_tag]);
                out.push_str(&paragraphs.next().unwrap_or_default());
                at = close;
                last_close = Some(out.len() + 4);
            }
            out.push_str(&page[at..]);
            let rest: String = paragraphs.map(|p| format!("<p>{p}</p>\n")).collect();
            out.insert_str(last_close.unwrap_or(out.len()).min(out.len()), &rest);
            (name.clone(), out.replacen("<html", "<html lang=\"de\"", 1))
        })
        .collect()
}

/// Per-page timings: p50 and p95 over pages of the analysis time, the parse time and their ratio.
fn percentiles(pages: &[(String, String)]) {
    percentiles_of("OPP-115 pages", pages);
    let german = german_pages();
    if !german.is_empty() {
        percentiles_of("German policies (corpus-de, as bare HTML)", &german);
        let transplanted = german_in_page_markup(&german_texts(), pages);
        // The English headings and lists left in the markup must not make the engine read English.
        let rubric = clausewise::Rubric::default();
        let read_german = transplanted
            .iter()
            .filter(|(_, html)| clausewise::analyze_html(html, "https://bench.test/privacy", &rubric).language == clausewise::Language::German)
            .count();
        percentiles_of("German policies in real page markup (corpus-de text in OPP-115 markup)", &transplanted);
        println!("\n{read_german} of these {} pages are read as German.", transplanted.len());
    }
}

fn percentiles_of(what: &str, pages: &[(String, String)]) {
    let rubric = clausewise::Rubric::default();
    let mut analyze = Vec::new();
    let mut parse = Vec::new();
    let mut ratio = Vec::new();
    let mut extract = Vec::new();
    for (_, html) in pages {
        let e = median_of(15, || {
            let _ = black_box(clausewise::extract(black_box(html), "https://bench.test/privacy"));
        });
        extract.push(e.as_secs_f64() * 1e3);
        let a = median_of(15, || {
            black_box(clausewise::analyze_html(black_box(html), "https://bench.test/privacy", &rubric));
        });
        let p = median_of(15, || {
            black_box(scraper::Html::parse_document(black_box(html)));
        });
        analyze.push(a.as_secs_f64() * 1e3);
        parse.push(p.as_secs_f64() * 1e3);
        ratio.push(a.as_secs_f64() / p.as_secs_f64());
    }
    // The whole batch: total analysis time over total parse time, so long policies weigh by their
    // length (the per-page median alone hides a page that costs more than its size).
    let batch = analyze.iter().sum::<f64>() / parse.iter().sum::<f64>();
    for v in [&mut analyze, &mut parse, &mut ratio, &mut extract] {
        v.sort_by(f64::total_cmp);
    }
    if std::env::var_os("CLAUSEWISE_BENCH_MARKDOWN").is_some() {
        println!("\n## Speed: {what}\n");
        println!(
            "{} {what}, native optimised build (`cargo bench --bench analyze`, bench profile), each page timed as the median of 15 runs; \
             p50/p95 are over pages. The ratio is taken per page.\n",
            pages.len()
        );
        println!("| measure | p50 | p95 |\n|---|---:|---:|");
        println!("| analyze: extract + classify + score (ms) | {:.2} | {:.2} |", percentile(&analyze, 0.5), percentile(&analyze, 0.95));
        println!("| of which extract (ms) | {:.2} | {:.2} |", percentile(&extract, 0.5), percentile(&extract, 0.95));
        println!("| scraper `Html::parse_document` (ms) | {:.2} | {:.2} |", percentile(&parse, 0.5), percentile(&parse, 0.95));
        println!("| ratio analyze / parse | {:.2}× | {:.2}× |", percentile(&ratio, 0.5), percentile(&ratio, 0.95));
        println!("\nWhole batch (total analyze time over total parse time across the {} pages): {batch:.2}×.", pages.len());
        return;
    }
    println!("{} {what}", pages.len());
    println!("analyze (extract+classify+score) ms: p50 {:.2}  p95 {:.2}", percentile(&analyze, 0.5), percentile(&analyze, 0.95));
    println!("  of which extract ms:              p50 {:.2}  p95 {:.2}", percentile(&extract, 0.5), percentile(&extract, 0.95));
    println!("Html::parse_document ms:            p50 {:.2}  p95 {:.2}", percentile(&parse, 0.5), percentile(&parse, 0.95));
    println!("ratio analyze / parse:              p50 {:.2}  p95 {:.2}", percentile(&ratio, 0.5), percentile(&ratio, 0.95));
    println!("batch ratio (total analyze / total parse): {batch:.2}");
}

fn main() {
    let pages = pages();
    if pages.is_empty() {
        println!("skipped: no OPP-115 pages under ../shared/corpus/docs");
        return;
    }
    percentiles(&pages);
    if std::env::var_os("CLAUSEWISE_BENCH_MARKDOWN").is_some() {
        return;
    }
    let rubric = clausewise::Rubric::default();
    let mut c = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(8)).configure_from_args();
    c.bench_function("analyze all OPP-115 pages", |b| {
        b.iter(|| {
            for (_, html) in &pages {
                black_box(clausewise::analyze_html(black_box(html), "https://bench.test/privacy", &rubric));
            }
        })
    });
    c.bench_function("parse_document all OPP-115 pages", |b| {
        b.iter(|| {
            for (_, html) in &pages {
                black_box(scraper::Html::parse_document(black_box(html)));
            }
        })
    });
    c.final_summary();
}
