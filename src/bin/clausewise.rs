//! The Clausewise command line: the extension's engine, for batch work and evaluation.
// On wasm32 this binary is built (by `cargo test --target wasm32-unknown-unknown`) but never run.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clausewise::{Format, Report, Rubric};
use serde_json::{json, Value};

const USAGE: &str = "usage:
  clausewise analyze [--json] FILE...     answer the rubric for each policy (html, htm, txt, md)
  clausewise extract --json FILE...       print each policy's extracted sections and clauses
  clausewise discover --url URL FILE      rank FILE's links that may lead to its privacy policy
                                          (FILE.json: a Page as the content script sends it)
  clausewise rubric                       print the default rubric as JSON
  clausewise eval-extract DIR             measure text extraction on the corpus in DIR (Markdown)
  clausewise eval [--json|--markdown] DIR score the engine on DIR/labels.jsonl (see the corpus README)
  clausewise grades [--markdown] DIR...   the grade distribution over each corpus DIR (--markdown: docs/grades.md)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("clausewise: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args.split_first().ok_or("no command given")?;
    let json = rest.iter().any(|a| a == "--json");
    let markdown = rest.iter().any(|a| a == "--markdown");
    let files: Vec<&String> = rest.iter().filter(|a| !a.starts_with("--")).collect();
    let mut out = std::io::stdout().lock();
    match command.as_str() {
        "analyze" => each_file(&files, &mut out, |file, bytes| {
            let report = clausewise::analyze(bytes, format_of(file), &file_url(file), &Rubric::default());
            Ok(if json { analyze_json(file, &report) } else { Value::String(summary(file, &report)) })
        }),
        "extract" => each_file(&files, &mut out, |file, bytes| {
            let policy = clausewise::extract::extract_bytes(bytes, format_of(file), &file_url(file))
                .map_err(|e| e.to_string())?;
            Ok(json!({
                "file": file,
                "title": policy.title,
                "language": policy.language,
                "text": policy.text(),
                "sections": policy.sections,
            }))
        }),
        "discover" => {
            let url = flag_value(rest, "--url");
            let file = rest.iter().rev().find(|a| !a.starts_with("--") && Some(*a) != url).ok_or("discover needs a FILE")?;
            let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
            // A .json file is a `Page` as the content script sends it; anything else is HTML.
            let found = if file.to_ascii_lowercase().ends_with(".json") {
                let mut page: clausewise::discover::Page =
                    serde_json::from_slice(&bytes).map_err(|e| format!("{file} is not a page: {e}"))?;
                if let Some(url) = url {
                    page.url = url.clone();
                }
                clausewise::discover::rank(&page)
            } else {
                let url = url.ok_or("discover needs --url URL for an HTML file")?;
                clausewise::discover(&String::from_utf8_lossy(&bytes), url)
            };
            print_line(&mut out, &serde_json::to_string_pretty(&found).map_err(|e| e.to_string())?)
        }
        // Evaluation is native-only (it reads corpora from disk); the wasm32 build of this binary only
        // exists because `cargo test --target wasm32-unknown-unknown` builds every target.
        #[cfg(not(target_arch = "wasm32"))]
        "eval" => {
            let [dir] = files.as_slice() else { return Err("eval needs exactly one DIR".to_string()) };
            let evaluation = clausewise::eval::rubric::evaluate_dir(Path::new(dir.as_str()), &Rubric::default())?;
            let text = if json {
                serde_json::to_string_pretty(&evaluation).map_err(|e| e.to_string())?
            } else if markdown {
                evaluation.to_markdown()
            } else {
                evaluation.to_text()
            };
            print_line(&mut out, text.trim_end())
        }
        #[cfg(not(target_arch = "wasm32"))]
        "grades" => {
            use clausewise::eval::grades;
            if files.is_empty() {
                return Err("grades needs at least one corpus DIR".to_string());
            }
            let rubric = Rubric::default();
            let corpora = files
                .iter()
                .map(|dir| grades::grade_dir(Path::new(dir.as_str()), &rubric))
                .collect::<Result<Vec<_>, _>>()?;
            let text = if markdown { grades::to_markdown(&rubric, &corpora) } else { grades::to_text(&corpora) };
            print_line(&mut out, text.trim_end())
        }
        #[cfg(not(target_arch = "wasm32"))]
        "eval-extract" => {
            use clausewise::eval::extraction as eval;
            let dir = Path::new(files.first().ok_or("eval-extract needs the corpus DIR")?.as_str());
            let quality = eval::evaluate(dir)?;
            let speed = eval::measure_speed(&eval::corpus_pages(dir)?, 5);
            print_line(&mut out, &eval::render_report(&quality, Some(&speed)))
        }
        "rubric" => print_line(&mut out, &serde_json::to_string_pretty(&Rubric::default()).map_err(|e| e.to_string())?),
        "help" | "--help" | "-h" => print_line(&mut out, USAGE),
        other => Err(format!("unknown command {other:?}")),
    }
}

/// Runs `work` on every file in order; a file that fails prints an error object and the batch goes on.
fn each_file(
    files: &[&String],
    out: &mut impl Write,
    work: impl Fn(&str, &[u8]) -> Result<Value, String>,
) -> Result<(), String> {
    if files.is_empty() {
        return Err("no FILE given".to_string());
    }
    for file in files {
        let value = std::fs::read(file)
            .map_err(|e| format!("cannot read file: {e}"))
            .and_then(|bytes| work(file, &bytes))
            .unwrap_or_else(|error| json!({ "file": file, "error": error }));
        let line = match value {
            Value::String(text) => text,
            other => other.to_string(),
        };
        print_line(out, &line)?;
    }
    Ok(())
}

fn print_line(out: &mut impl Write, line: &str) -> Result<(), String> {
    writeln!(out, "{line}").map_err(|e| format!("cannot write output: {e}"))
}

fn flag_value<'a>(args: &'a [String], flag: &str) -> Option<&'a String> {
    args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1))
}

fn format_of(file: &str) -> Format {
    match Path::new(file).extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("md" | "markdown") => Format::Markdown,
        Some("txt") => Format::Text,
        _ => Format::Html,
    }
}

fn file_url(file: &str) -> String {
    let path = std::fs::canonicalize(file).unwrap_or_else(|_| Path::new(file).to_path_buf());
    format!("file://{}", path.display())
}

fn analyze_json(file: &str, report: &Report) -> Value {
    let answers: serde_json::Map<String, Value> =
        report.findings.iter().map(|f| (f.question.to_string(), json!(f.answer))).collect();
    let evidence: serde_json::Map<String, Value> = report
        .findings
        .iter()
        .map(|f| (f.question.to_string(), json!(f.evidence.iter().map(|e| &e.text).collect::<Vec<_>>())))
        .collect();
    json!({
        "file": file,
        "status": report.status,
        "error": report.error.as_ref().map(|e| &e.message),
        "title": report.title,
        "language": report.language,
        "clauses": report.clause_count,
        "grade": report.grade,
        "score": report.score,
        "answers": answers,
        "evidence": evidence,
        "confidence": report.findings.iter().map(|f| (f.question.to_string(), json!(f.confidence))).collect::<serde_json::Map<_, _>>(),
        "contributions": report.contributions,
        "reasons": report.reasons,
    })
}

fn summary(file: &str, report: &Report) -> String {
    let mut text = format!("{file}\n  {}\n", report.title);
    match (report.grade, report.score, &report.error) {
        (Some(grade), Some(score), _) => {
            text.push_str(&format!("  grade {grade} ({score}/100), {} clauses\n", report.clause_count));
            let why = clausewise::score::reason_line(&report.reasons, &Rubric::default(), Default::default());
            if !why.is_empty() {
                text.push_str(&format!("  why: {why}\n"));
            }
        }
        (_, _, Some(error)) => text.push_str(&format!("  not graded: {}\n", error.message)),
        _ => text.push_str(&format!("  not graded: language {:?} is not supported\n", report.language.code())),
    }
    let rubric = Rubric::default();
    for finding in &report.findings {
        let question = rubric.question(finding.question.as_str()).map_or(finding.question.as_str(), |q| q.text.get(clausewise::rubric::UiLanguage::En));
        text.push_str(&format!("  {question} {} ({:.2})\n", finding.answer, finding.confidence));
        if let Some(quote) = finding.evidence.first() {
            let heading = if quote.heading.is_empty() { String::new() } else { format!(" [{}]", quote.heading) };
            text.push_str(&format!("      \"{}\"{heading}\n", quote.text));
        }
    }
    text
}
