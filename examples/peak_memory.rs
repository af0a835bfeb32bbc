//! Peak memory and time of one analysis of a generated policy page (default 10 MB), or of a file.
//!
//! ```sh
//! cargo build --release --example peak_memory
//! target/release/examples/peak_memory            # 10 MB generated page
//! target/release/examples/peak_memory 50         # 50 MB
//! target/release/examples/peak_memory page.html  # a saved page
//! ```
//!
//! Peak memory is the process's high-water mark (`VmHWM` in /proc/self/status, Linux only), read
//! before the analysis (input in memory) and after it; tools/peak-memory.sh cross-checks it with
//! `/usr/bin/time -v`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use clausewise::{analyze, discover, Format, Rubric};

#[path = "../tests/common/pages.rs"]
mod pages;
use pages::big_policy;

fn high_water_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "10".into());
    let bytes = match arg.parse::<usize>() {
        Ok(mb) => big_policy(mb * 1024 * 1024).into_bytes(),
        Err(_) => std::fs::read(&arg).expect("read the page"),
    };
    let which = std::env::args().nth(2).unwrap_or_else(|| "analyze".into());
    let before = high_water_kb();
    let start = Instant::now();
    let summary = match which.as_str() {
        "discover" => {
            let found = discover(&String::from_utf8_lossy(&bytes), "https://example.com/");
            format!("{} candidates", found.candidates.len())
        }
        _ => {
            let report = analyze(&bytes, Format::Html, "https://example.com/privacy", &Rubric::default());
            format!("status {:?}, {} clauses, grade {:?}", report.status, report.clause_count, report.grade)
        }
    };
    let elapsed = start.elapsed();
    let after = high_water_kb();
    let mb = |kb: Option<u64>| kb.map_or("n/a".to_string(), |kb| format!("{:.1} MB", kb as f64 / 1024.0));
    println!(
        "{which} on {:.1} MB: {elapsed:.2?}; {summary}; peak RSS before {} (input in memory), after {}",
        bytes.len() as f64 / (1024.0 * 1024.0),
        mb(before),
        mb(after)
    );
}
