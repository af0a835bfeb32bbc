//! Scores the engine's rubric answers and evidence quotes against a labelled corpus.
//!
//! A corpus is a directory with a `labels.jsonl` file: one JSON object per document naming the
//! document's `file` (relative to the directory), its `format` (`html`, `markdown` or `text`), the gold
//! `labels` (question id → answer id) and gold `evidence` quotes (question id → verbatim sentences).
//! A question absent from a document's labels is not evaluated for that document.
//!
//! Three things are measured:
//! - per question: accuracy, macro-F1 over the answers that occur in gold or in predictions (so a
//!   rare answer the engine never gives still counts against it), and the confusion matrix;
//! - overall: micro accuracy over every labelled answer and the mean of the per-question macro-F1;
//! - evidence: over every labelled answer that has gold quotes, the share where one of the engine's
//!   quotes overlaps one gold quote by at least half the shorter of the two. Overlap is the longest
//!   common substring after folding case and whitespace, so a quote cut at a different sentence
//!   boundary still counts, while a quote of an unrelated sentence does not.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::{Finding, Format, Rubric};

/// One labelled document of a corpus, as a line of `labels.jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelledDoc {
    /// The document's id.
    pub id: String,
    /// The document's path, relative to the corpus directory.
    pub file: String,
    /// `html`, `markdown` or `text`.
    pub format: String,
    /// Where the labels come from (e.g. `OPP-115`); informative only.
    #[serde(default)]
    pub source: String,
    /// Gold answers: question id → answer id.
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Gold evidence quotes: question id → verbatim sentences.
    #[serde(default)]
    pub evidence: BTreeMap<String, Vec<String>>,
}

impl LabelledDoc {
    /// The extractor format this document is read with.
    pub fn format(&self) -> Format {
        match self.format.as_str() {
            "markdown" | "md" => Format::Markdown,
            "text" | "txt" => Format::Text,
            _ => Format::Html,
        }
    }
}

/// Parses a `labels.jsonl` text; blank lines are skipped and a bad line is an error naming its number.
pub fn parse_labels(jsonl: &str) -> Result<Vec<LabelledDoc>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| serde_json::from_str(line).map_err(|e| format!("labels line {}: {e}", i + 1)))
        .collect()
}

/// The engine's answers for one document: its findings, or why it could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Prediction {
    /// The document's id.
    pub id: String,
    /// One finding per question (empty when the document could not be read or graded).
    pub findings: Vec<Finding>,
}

/// One gold answer compared with the engine's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The document's id.
    pub doc: String,
    /// The question's id.
    pub question: String,
    /// The gold answer.
    pub gold: String,
    /// The engine's answer (`not_stated` when it gave none).
    pub predicted: String,
    /// Whether evidence was scored (the gold has quotes), and if so whether a quote matched.
    pub evidence_hit: Option<bool>,
    /// The engine's quotes for its answer, strongest first.
    pub quotes: Vec<String>,
}

/// Scores of one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionScore {
    /// The question's id.
    pub question: String,
    /// How many documents have a gold answer for it.
    pub n: usize,
    /// Share of those the engine answered right.
    pub accuracy: f64,
    /// Mean F1 over the answers occurring in gold or predictions.
    pub macro_f1: f64,
    /// F1 of each of those answers.
    pub f1: BTreeMap<String, f64>,
    /// The answers in the order of the confusion matrix's rows and columns.
    pub answers: Vec<String>,
    /// `confusion[gold][predicted]` counts, indexed like `answers`.
    pub confusion: Vec<Vec<usize>>,
}

/// The result of evaluating a corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// How many documents were evaluated.
    pub documents: usize,
    /// Per question, in rubric order.
    pub questions: Vec<QuestionScore>,
    /// Share of all labelled answers the engine got right.
    pub micro_accuracy: f64,
    /// Mean of the per-question macro-F1.
    pub mean_macro_f1: f64,
    /// How many labelled answers have gold quotes.
    pub evidence_n: usize,
    /// Share of those where an engine quote overlaps a gold quote enough.
    pub evidence_overlap: f64,
    /// Documents the engine could not read or grade (no findings): extraction failures, mostly.
    pub unreadable: Vec<String>,
    /// Micro accuracy over the documents the engine could read, to tell classification errors
    /// from extraction failures.
    pub readable_micro_accuracy: f64,
    /// The evidence rule's self-check: how many quotes were shown for answers other than
    /// `not_stated` (filled by [`evaluate_dir`], which has the documents' languages)…
    pub quotes_shown: usize,
    /// … and how many of them, read alone with their heading and context, give the same answer.
    pub quotes_reproducing: usize,
    /// Every compared answer, for error analysis.
    pub outcomes: Vec<Outcome>,
}

/// Compares predictions with gold labels. Documents without a prediction count as all `not_stated`.
pub fn evaluate(docs: &[LabelledDoc], predictions: &[Prediction], rubric: &Rubric) -> Evaluation {
    let mut outcomes = Vec::new();
    for doc in docs {
        let findings = predictions.iter().find(|p| p.id == doc.id).map(|p| p.findings.as_slice()).unwrap_or(&[]);
        for (question, gold) in &doc.labels {
            let finding = findings.iter().find(|f| &f.question == question);
            let predicted = finding.map_or("not_stated", |f| f.answer.as_str()).to_string();
            let evidence_hit = doc.evidence.get(question).filter(|quotes| !quotes.is_empty()).map(|quotes| {
                finding.is_some_and(|f| {
                    f.evidence.iter().any(|e| quotes.iter().any(|q| quotes_overlap(&e.text, q)))
                })
            });
            outcomes.push(Outcome {
                doc: doc.id.clone(),
                question: question.clone(),
                gold: gold.clone(),
                predicted,
                evidence_hit,
                quotes: finding.map(|f| f.evidence.iter().map(|e| e.text.clone()).collect()).unwrap_or_default(),
            });
        }
    }
    // Questions in rubric order, then any labelled question the rubric does not know.
    let mut order: Vec<String> = rubric.questions.iter().map(|q| q.id.clone()).collect();
    for o in &outcomes {
        if !order.contains(&o.question) {
            order.push(o.question.clone());
        }
    }
    let questions: Vec<QuestionScore> = order
        .iter()
        .filter_map(|q| {
            let mine: Vec<&Outcome> = outcomes.iter().filter(|o| &o.question == q).collect();
            (!mine.is_empty()).then(|| question_score(q, &mine, rubric))
        })
        .collect();
    let unreadable: Vec<String> = docs
        .iter()
        .filter(|d| predictions.iter().find(|p| p.id == d.id).is_none_or(|p| p.findings.is_empty()))
        .map(|d| d.id.clone())
        .collect();
    let readable: Vec<&Outcome> = outcomes.iter().filter(|o| !unreadable.contains(&o.doc)).collect();
    let readable_correct = readable.iter().filter(|o| o.gold == o.predicted).count();
    let correct = outcomes.iter().filter(|o| o.gold == o.predicted).count();
    let scored: Vec<bool> = outcomes.iter().filter_map(|o| o.evidence_hit).collect();
    Evaluation {
        documents: docs.len(),
        micro_accuracy: ratio(correct, outcomes.len()),
        mean_macro_f1: if questions.is_empty() {
            0.0
        } else {
            questions.iter().map(|q| q.macro_f1).sum::<f64>() / questions.len() as f64
        },
        evidence_n: scored.len(),
        evidence_overlap: ratio(scored.iter().filter(|h| **h).count(), scored.len()),
        questions,
        readable_micro_accuracy: ratio(readable_correct, readable.len()),
        quotes_shown: 0,
        quotes_reproducing: 0,
        unreadable,
        outcomes,
    }
}

fn question_score(question: &str, outcomes: &[&Outcome], rubric: &Rubric) -> QuestionScore {
    let present: BTreeSet<&str> =
        outcomes.iter().flat_map(|o| [o.gold.as_str(), o.predicted.as_str()]).collect();
    // Rubric answer order reads best in the matrix; unknown answers go last.
    let mut answers: Vec<String> = rubric
        .question(question)
        .map(|q| q.answers.iter().map(|a| a.id.clone()).filter(|a| present.contains(a.as_str())).collect())
        .unwrap_or_default();
    for a in &present {
        if !answers.iter().any(|x| x == a) {
            answers.push((*a).to_string());
        }
    }
    let index = |a: &str| answers.iter().position(|x| x == a).unwrap_or(0);
    let mut confusion = vec![vec![0usize; answers.len()]; answers.len()];
    for o in outcomes {
        if let Some(row) = confusion.get_mut(index(&o.gold)) {
            if let Some(cell) = row.get_mut(index(&o.predicted)) {
                *cell += 1;
            }
        }
    }
    let mut f1 = BTreeMap::new();
    for (i, a) in answers.iter().enumerate() {
        let tp = confusion[i][i];
        let gold: usize = confusion[i].iter().sum();
        let predicted: usize = confusion.iter().map(|row| row[i]).sum();
        let precision = ratio(tp, predicted);
        let recall = ratio(tp, gold);
        let score = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        f1.insert(a.clone(), score);
    }
    let correct = outcomes.iter().filter(|o| o.gold == o.predicted).count();
    QuestionScore {
        question: question.to_string(),
        n: outcomes.len(),
        accuracy: ratio(correct, outcomes.len()),
        macro_f1: if f1.is_empty() { 0.0 } else { f1.values().sum::<f64>() / f1.len() as f64 },
        f1,
        answers,
        confusion,
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Lower-cases and collapses whitespace, the folding both quotes get before comparison.
fn fold(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        // Curly quotes and apostrophes vary between a page and its gold text; they are not evidence.
        let c = match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{a0}' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The length in characters of the longest common substring of `a` and `b`.
pub fn longest_common_substring(a: &[char], b: &[char]) -> usize {
    let mut best = 0;
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for ca in a {
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] = if ca == cb { previous[j] + 1 } else { 0 };
            best = best.max(current[j + 1]);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    best
}

/// Whether an engine quote and a gold quote overlap by at least half of the shorter one.
pub fn quotes_overlap(engine: &str, gold: &str) -> bool {
    let (a, b) = (fold(engine), fold(gold));
    let shorter = a.len().min(b.len());
    shorter > 0 && 2 * longest_common_substring(&a, &b) >= shorter
}

/// Reads `dir/labels.jsonl`, analyzes every document with the default engine and scores it.
pub fn evaluate_dir(dir: &Path, rubric: &Rubric) -> Result<Evaluation, String> {
    let labels_path = dir.join("labels.jsonl");
    let jsonl = std::fs::read_to_string(&labels_path)
        .map_err(|e| format!("cannot read {}: {e}", labels_path.display()))?;
    let docs = parse_labels(&jsonl)?;
    let mut predictions = Vec::with_capacity(docs.len());
    let (mut shown, mut reproducing) = (0, 0);
    for doc in &docs {
        let path = dir.join(&doc.file);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let url = format!("file://{}", path.display());
        let report = crate::analyze(&bytes, doc.format(), &url, rubric);
        // Every quote shown must prove its answer on its own (with its heading and context).
        for f in &report.findings {
            for e in &f.evidence {
                shown += 1;
                if crate::classify::read_alone(&e.text, &e.heading, &e.context, report.language, f.question) == f.answer {
                    reproducing += 1;
                }
            }
        }
        predictions.push(Prediction { id: doc.id.clone(), findings: report.findings });
    }
    let mut evaluation = evaluate(&docs, &predictions, rubric);
    evaluation.quotes_shown = shown;
    evaluation.quotes_reproducing = reproducing;
    Ok(evaluation)
}

impl Evaluation {
    /// A plain-text table of the scores, for the terminal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{} documents, {} labelled answers", self.documents, self.outcomes.len());
        for q in &self.questions {
            let _ = writeln!(out, "\n{}  n={}  accuracy={:.3}  macro-F1={:.3}", q.question, q.n, q.accuracy, q.macro_f1);
            let width = q.answers.iter().map(String::len).max().unwrap_or(4).max(11);
            let _ = write!(out, "  {:width$}", "gold\\pred");
            for a in &q.answers {
                let _ = write!(out, " {a:>width$}");
            }
            let _ = writeln!(out);
            for (a, row) in q.answers.iter().zip(&q.confusion) {
                let _ = write!(out, "  {a:width$}");
                for count in row {
                    let _ = write!(out, " {count:>width$}");
                }
                let _ = writeln!(out, "   F1={:.3}", q.f1.get(a).copied().unwrap_or(0.0));
            }
        }
        let _ = writeln!(out, "\nmicro accuracy     {:.3}", self.micro_accuracy);
        let _ = writeln!(out, "mean macro-F1      {:.3}", self.mean_macro_f1);
        let _ =
            writeln!(out, "evidence overlap   {:.3} (of {} answers with gold quotes)", self.evidence_overlap, self.evidence_n);
        let _ = writeln!(
            out,
            "quotes proving    {:.3} ({} of {} shown quotes give their answer when read alone)",
            ratio(self.quotes_reproducing, self.quotes_shown),
            self.quotes_reproducing,
            self.quotes_shown
        );
        if !self.unreadable.is_empty() {
            let _ = writeln!(
                out,
                "unreadable         {} documents ({}); micro accuracy on the others {:.3}",
                self.unreadable.len(),
                self.unreadable.join(", "),
                self.readable_micro_accuracy
            );
        }
        out
    }

    /// A Markdown report of the scores.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "## Summary\n");
        let _ = writeln!(out, "- documents: {}; labelled answers: {}", self.documents, self.outcomes.len());
        let _ = writeln!(out, "- micro accuracy: **{:.3}**", self.micro_accuracy);
        let _ = writeln!(out, "- mean macro-F1 over questions: **{:.3}**", self.mean_macro_f1);
        let _ = writeln!(
            out,
            "- evidence overlap: **{:.1} %** of {} labelled answers with gold quotes",
            100.0 * self.evidence_overlap,
            self.evidence_n
        );
        let _ = writeln!(
            out,
            "- quotes that prove their answer when read alone (with heading and lead-in): **{:.1} %** ({} of {})\n",
            100.0 * ratio(self.quotes_reproducing, self.quotes_shown),
            self.quotes_reproducing,
            self.quotes_shown
        );
        if !self.unreadable.is_empty() {
            let _ = writeln!(
                out,
                "- documents the engine could not read (every answer counted as `not_stated`): {} ({}); \
                 micro accuracy on the readable documents: {:.3}\n",
                self.unreadable.len(),
                self.unreadable.join(", "),
                self.readable_micro_accuracy
            );
        }
        let _ = writeln!(out, "| question | n | accuracy | macro-F1 | per-answer F1 |\n|---|---:|---:|---:|---|");
        for q in &self.questions {
            let per: Vec<String> = q.answers.iter().map(|a| format!("{a} {:.2}", q.f1.get(a).copied().unwrap_or(0.0))).collect();
            let _ = writeln!(out, "| {} | {} | {:.3} | {:.3} | {} |", q.question, q.n, q.accuracy, q.macro_f1, per.join(", "));
        }
        let _ = writeln!(out, "\n## Confusion matrices\n\nRows are gold answers, columns the engine's.");
        for q in &self.questions {
            let _ = writeln!(out, "\n### {}\n", q.question);
            let _ = writeln!(out, "| gold \\ engine | {} |", q.answers.join(" | "));
            let _ = writeln!(out, "|---|{}", "---:|".repeat(q.answers.len()));
            for (a, row) in q.answers.iter().zip(&q.confusion) {
                let cells: Vec<String> = row.iter().map(usize::to_string).collect();
                let _ = writeln!(out, "| {a} | {} |", cells.join(" | "));
            }
        }
        let wrong: Vec<&Outcome> = self.outcomes.iter().filter(|o| o.gold != o.predicted).collect();
        let _ = writeln!(out, "\n## Wrong answers ({})\n", wrong.len());
        let _ = writeln!(out, "| document | question | gold | engine |\n|---|---|---|---|");
        for o in wrong {
            let _ = writeln!(out, "| {} | {} | {} | {} |", o.doc, o.question, o.gold, o.predicted);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AnswerId, Evidence, QuestionId};

    #[test]
    fn overlap_table() {
        let cases = [
            ("We do not sell your data.", "we do  NOT sell your data", true),
            ("Intro. We do not sell your data. More text here that goes on.", "We do not sell your data.", true),
            ("We keep logs for 30 days.", "We do not sell your data.", false),
            ("", "anything", false),
            ("Ünïcode “quotes” matter not.", "ünïcode \"quotes\" matter not.", true),
        ];
        for (engine, gold, want) in cases {
            assert_eq!(quotes_overlap(engine, gold), want, "{engine} / {gold}");
        }
    }

    #[test]
    fn metrics_and_confusion() {
        let docs = parse_labels(
            r#"{"id":"a","file":"a.txt","format":"text","labels":{"sells_data":"yes"},"evidence":{"sells_data":["We sell data."]}}

{"id":"b","file":"b.txt","format":"text","labels":{"sells_data":"no"}}
{"id":"c","file":"c.txt","format":"text","labels":{"sells_data":"yes"}}"#,
        )
        .unwrap();
        let finding = |answer: AnswerId, quote: &str| Finding {
            question: QuestionId::SellsData,
            answer,
            confidence: 1.0,
            evidence: vec![Evidence { clause_id: "c1".into(), text: quote.into(), heading: String::new(), context: String::new() }],
        };
        let predictions = vec![
            Prediction { id: "a".into(), findings: vec![finding(AnswerId::Yes, "we sell data")] },
            Prediction { id: "b".into(), findings: vec![finding(AnswerId::Yes, "x")] },
        ];
        let rubric = Rubric { version: 1, categories: vec![], questions: vec![], grading: Default::default() };
        let eval = evaluate(&docs, &predictions, &rubric);
        let q = &eval.questions[0];
        assert_eq!((q.n, q.answers.clone()), (3, vec!["no".to_string(), "not_stated".into(), "yes".into()]));
        assert_eq!(q.confusion, vec![vec![0, 0, 1], vec![0, 0, 0], vec![0, 1, 1]]);
        assert!((eval.micro_accuracy - 1.0 / 3.0).abs() < 1e-9);
        // yes: precision 1/2, recall 1/2 → F1 0.5; no and not_stated score 0.
        assert!((q.macro_f1 - 0.5 / 3.0).abs() < 1e-9);
        assert_eq!((eval.evidence_n, eval.evidence_overlap), (1, 1.0));
        assert!(parse_labels("{nope").unwrap_err().starts_with("labels line 1"));
    }
}
