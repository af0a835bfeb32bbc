//! The shared harness of the made-up clause tables (`tests/classify_paraphrases.rs` for English,
//! `tests/classify_german.rs` for German): each case is read as a one-section policy in the suite's
//! language, every failure is reported, and a table fails only below its floor.
#![allow(dead_code)]

use std::collections::BTreeMap;

use clausewise::{classify, Clause, Finding, Language, Policy, Rubric, Section};
use serde::Deserialize;

/// The four tests of a language's tables: the two pass rates against their floors, a printer of every
/// failing case (`-- --ignored --nocapture`), and the strict check of the tables themselves.
#[macro_export]
macro_rules! clause_table_tests {
    ($suite:expr, $paraphrase_floor:expr, $not_evidence_floor:expr) => {
        #[test]
        fn paraphrases_pass_rate() {
            clause_tables::check_rate("paraphrases", &clause_tables::run_paraphrases(&$suite, &clausewise::Rubric::default()), $paraphrase_floor);
        }

        #[test]
        fn not_evidence_pass_rate() {
            clause_tables::check_rate("not_evidence", &clause_tables::run_not_evidence(&$suite, &clausewise::Rubric::default()), $not_evidence_floor);
        }

        #[test]
        #[ignore = "prints every failing case in full; run with --ignored --nocapture"]
        fn print_failing_cases() {
            clause_tables::print_all(&$suite);
        }

        #[test]
        fn tables_are_well_formed() {
            clause_tables::check_tables(&$suite);
        }
    };
}

/// One language's tables.
pub struct Suite {
    pub language: Language,
    /// The paraphrase table's TOML text.
    pub paraphrases: &'static str,
    /// The not-evidence table's TOML text.
    pub not_evidence: &'static str,
    pub min_paraphrases: usize,
    pub min_not_evidence: usize,
}

/// Runs a table, prints its summary and failures, and checks its floor.
pub fn check_rate(name: &str, tally: &Tally, floor: f64) {
    println!("{}", summary(name, tally));
    if !tally.failures.is_empty() {
        println!("{} failing {name} cases:", tally.failures.len());
        println!("{}", if detail_requested() { detailed_failures(tally) } else { short_failures(tally) });
    }
    assert!(tally.rate() >= floor, "{name} pass rate {:.3} is below the floor {floor:.3}\n{}", tally.rate(), summary(name, tally));
}

/// Every failing case of both tables in full, for working on the engine.
pub fn print_all(suite: &Suite) {
    let rubric = Rubric::default();
    for (name, tally) in [("paraphrases", run_paraphrases(suite, &rubric)), ("not_evidence", run_not_evidence(suite, &rubric))] {
        println!("{}", summary(name, &tally));
        println!("{}\n", detailed_failures(&tally));
    }
}

#[derive(Deserialize)]
struct Paraphrases {
    case: Vec<Paraphrase>,
}

/// A case of a table that gives the answer a sentence must get (the paraphrase tables, and the
/// strict table of tricky clauses in `tests/classify_clauses.rs`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paraphrase {
    pub question: String,
    pub answer: String,
    pub text: String,
    #[serde(default)]
    pub heading: String,
    #[serde(default)]
    pub more: Vec<String>,
    pub why: String,
}

#[derive(Deserialize)]
struct NotEvidenceTable {
    case: Vec<NotEvidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotEvidence {
    question: String,
    not_answer: String,
    text: String,
    #[serde(default)]
    heading: String,
    #[serde(default)]
    more: Vec<String>,
    why: String,
}

fn paraphrases(suite: &Suite) -> Vec<Paraphrase> {
    toml::from_str::<Paraphrases>(suite.paraphrases).unwrap().case
}

fn not_evidence(suite: &Suite) -> Vec<NotEvidence> {
    toml::from_str::<NotEvidenceTable>(suite.not_evidence).unwrap().case
}

fn policy(suite: &Suite, heading: &str, text: &str, more: &[String]) -> Policy {
    one_section_policy(suite.language, heading, text, more)
}

/// A one-section policy in `language`: `text` is clause c1, `more` follow as c2, c3, ...
pub fn one_section_policy(language: Language, heading: &str, text: &str, more: &[String]) -> Policy {
    let clauses = std::iter::once(text)
        .chain(more.iter().map(String::as_str))
        .enumerate()
        .map(|(i, text)| Clause { id: format!("c{}", i + 1), text: text.to_string() })
        .collect();
    Policy {
        title: "Privacy Policy".into(),
        language,
        sections: vec![Section { heading: heading.to_string(), path: vec![heading.to_string()], clauses }],
    }
}

/// The engine's finding for `question`, or `None` when it gives none (a language without a lexicon
/// gets no findings: that counts as a failing case, not a panic, so the suite still reports).
fn finding(suite: &Suite, rubric: &Rubric, question: &str, heading: &str, text: &str, more: &[String]) -> Option<Finding> {
    classify(&policy(suite, heading, text, more), rubric).into_iter().find(|f| f.question.as_str() == question)
}

/// One failing case, for the reports.
struct Failure {
    question: String,
    /// What the case asks for: `answer` or `not <answer>`.
    want: String,
    why: String,
    text: String,
    /// What went wrong, in a few words.
    problem: String,
    /// The engine's finding, `None` when it gave none.
    got: Option<Finding>,
}

/// Passes and totals per question, and the failures, for one table.
#[derive(Default)]
pub struct Tally {
    per_question: BTreeMap<String, (usize, usize)>,
    failures: Vec<Failure>,
}

impl Tally {
    fn record(&mut self, question: &str, failure: Option<Failure>) {
        let entry = self.per_question.entry(question.to_string()).or_default();
        entry.1 += 1;
        match failure {
            None => entry.0 += 1,
            Some(f) => self.failures.push(f),
        }
    }

    pub fn totals(&self) -> (usize, usize) {
        self.per_question.values().fold((0, 0), |(p, n), (pq, nq)| (p + pq, n + nq))
    }

    pub fn rate(&self) -> f64 {
        let (pass, total) = self.totals();
        if total == 0 {
            1.0
        } else {
            pass as f64 / total as f64
        }
    }
}

pub fn run_paraphrases(suite: &Suite, rubric: &Rubric) -> Tally {
    let mut tally = Tally::default();
    for case in paraphrases(suite) {
        let got = finding(suite, rubric, &case.question, &case.heading, &case.text, &case.more);
        let problem = if let Some(got) = &got { paraphrase_problem(&case, got) } else { Some("no finding".to_string()) };
        let failure = problem.map(|problem| Failure {
            question: case.question.clone(),
            want: case.answer.clone(),
            why: case.why.clone(),
            text: case.text.clone(),
            problem,
            got,
        });
        tally.record(&case.question, failure);
    }
    tally
}

/// What is wrong with the engine's finding for a paraphrase case, if anything.
fn paraphrase_problem(case: &Paraphrase, got: &Finding) -> Option<String> {
    if got.answer.as_str() != case.answer {
        Some(format!("answered {}", got.answer))
    } else if case.answer == "not_stated" {
        (!got.evidence.is_empty()).then(|| "not_stated shown with evidence".to_string())
    } else {
        match got.evidence.first() {
            None => Some("no evidence".to_string()),
            Some(e) if e.text != case.text => Some("first quote is another clause".to_string()),
            Some(_) => None,
        }
    }
}

pub fn run_not_evidence(suite: &Suite, rubric: &Rubric) -> Tally {
    let mut tally = Tally::default();
    for case in not_evidence(suite) {
        let got = finding(suite, rubric, &case.question, &case.heading, &case.text, &case.more);
        // No finding at all quotes nothing, so the case passes.
        let quoted = got
            .as_ref()
            .is_some_and(|g| g.answer.as_str() == case.not_answer && g.evidence.iter().any(|e| e.text == case.text));
        let failure = quoted.then(|| Failure {
            question: case.question.clone(),
            want: format!("not {}", case.not_answer),
            why: case.why.clone(),
            text: case.text.clone(),
            problem: format!("quoted as evidence for {}", case.not_answer),
            got,
        });
        tally.record(&case.question, failure);
    }
    tally
}

pub fn summary(name: &str, tally: &Tally) -> String {
    let mut out = String::new();
    let (pass, total) = tally.totals();
    out.push_str(&format!("{name}: {pass}/{total} pass ({:.3})\n", tally.rate()));
    for (question, (p, n)) in &tally.per_question {
        let failed = n - p;
        out.push_str(&format!("  {question:<24} {p:>3}/{n:<3} {:.3}  failed {failed}\n", *p as f64 / *n as f64));
    }
    out
}

pub fn short_failures(tally: &Tally) -> String {
    tally
        .failures
        .iter()
        .map(|f| format!("  {} [{}] {} — {}: {:?}", f.question, f.want, f.problem, f.why, f.text))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn detailed_failures(tally: &Tally) -> String {
    tally
        .failures
        .iter()
        .map(|f| {
            let head = format!("- {} want {} — {}\n    text: {:?}\n", f.question, f.want, f.why, f.text);
            let Some(got) = &f.got else {
                return format!("{head}    got: no finding: {}", f.problem);
            };
            let quotes: Vec<String> =
                got.evidence.iter().map(|e| format!("      [{}] {:?}", e.clause_id, e.text)).collect();
            format!(
                "{head}    got: {} (confidence {:.2}): {}\n{}",
                got.answer,
                got.confidence,
                f.problem,
                if quotes.is_empty() { "      (no evidence)".to_string() } else { quotes.join("\n") }
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn detail_requested() -> bool {
    std::env::var("CLAUSEWISE_PARAPHRASE_DETAIL").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// The tables themselves: known questions and answers, every answer of the contract covered, no duplicates,
/// every case explained. This part is strict.
pub fn check_tables(suite: &Suite) {
    let rubric = Rubric::default();
    let answers_of = |question: &str| -> Vec<String> {
        rubric
            .questions
            .iter()
            .find(|q| q.id == question)
            .unwrap_or_else(|| panic!("unknown question {question}"))
            .answers
            .iter()
            .map(|a| a.id.clone())
            .collect()
    };
    let paraphrases = paraphrases(suite);
    let not_evidence = not_evidence(suite);
    assert!(paraphrases.len() >= suite.min_paraphrases, "{} paraphrase cases", paraphrases.len());
    assert!(not_evidence.len() >= suite.min_not_evidence, "{} not-evidence cases", not_evidence.len());

    let mut seen = std::collections::HashSet::new();
    let mut seen_not = std::collections::HashSet::new();
    for case in &paraphrases {
        assert!(answers_of(&case.question).contains(&case.answer), "{}: unknown answer {}", case.question, case.answer);
        assert!(!case.why.trim().is_empty() && !case.text.trim().is_empty(), "{:?}: empty text or why", case.text);
        assert!(seen.insert((&case.question, &case.text)), "duplicate paraphrase case {:?}", case.text);
    }
    for case in &not_evidence {
        assert!(
            answers_of(&case.question).contains(&case.not_answer),
            "{}: unknown answer {}",
            case.question,
            case.not_answer
        );
        assert!(case.not_answer != "not_stated", "{:?}: not_stated has no evidence to forbid", case.text);
        assert!(!case.why.trim().is_empty() && !case.text.trim().is_empty(), "{:?}: empty text or why", case.text);
        assert!(
            seen_not.insert((&case.question, &case.not_answer, &case.text)),
            "duplicate not-evidence case {:?}",
            case.text
        );
    }
    for q in &rubric.questions {
        for a in &q.answers {
            let n = paraphrases.iter().filter(|c| c.question == q.id && c.answer == a.id).count();
            assert!(n >= 2, "{} = {} has {n} paraphrase cases", q.id, a.id);
        }
        assert!(not_evidence.iter().any(|c| c.question == q.id), "{} has no not-evidence case", q.id);
    }
}
