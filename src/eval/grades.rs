//! How the grades spread over labelled corpora, and `docs/grades.md`, which says what each grade means.
//!
//! A corpus is read through its `labels.jsonl` only for the list of documents and their formats; the
//! gold answers play no part here. Each document is analyzed with the rubric as the extension would,
//! and the grades are counted three ways: as graded (bands, dealbreakers and strengths), by the score's
//! band alone, and by the fixed bands of rubric version 1 (before grades had rules), so the effect of
//! each step shows.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::score::{applying_rules, Decider};
use crate::{Grade, Rubric, Status};

/// The least share of graded documents each grade should hold.
pub const MIN_SHARE: f64 = 0.05;
/// The most share of graded documents any grade should hold.
pub const MAX_SHARE: f64 = 0.40;

/// Counts per grade, A to E.
pub type Counts = BTreeMap<Grade, usize>;

/// The grades of one corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CorpusGrades {
    /// The corpus directory as given.
    pub dir: String,
    /// Documents listed in its `labels.jsonl`.
    pub documents: usize,
    /// Documents not graded, by report status (`unsupported_language`, `not_readable`).
    pub not_graded: BTreeMap<String, usize>,
    /// Grades as the extension shows them.
    pub grades: Counts,
    /// Grades by the score's band alone (the rubric's thresholds, no rules).
    pub banded: Counts,
    /// Grades by the fixed bands of rubric version 1.
    pub version_1: Counts,
    /// How many graded documents each dealbreaker and strength applied to, by rule id.
    pub rules: BTreeMap<String, usize>,
    /// What decided the grade, by decider.
    pub decided_by: BTreeMap<Decider, usize>,
    /// How often each fact was named as a reason, as `question=answer`.
    pub reasons: BTreeMap<String, usize>,
    /// How often the engine gave each answer, by question then answer, over graded documents.
    pub answers: BTreeMap<String, BTreeMap<String, usize>>,
}

impl CorpusGrades {
    /// Documents that got a grade.
    pub fn graded(&self) -> usize {
        self.grades.values().sum()
    }

    /// The grades whose share is outside [`MIN_SHARE`]..=[`MAX_SHARE`], with their share.
    pub fn out_of_range(&self) -> Vec<(Grade, f64)> {
        out_of_range(&self.grades)
    }
}

/// The grades of `counts` whose share is outside [`MIN_SHARE`]..=[`MAX_SHARE`], with their share.
pub fn out_of_range(counts: &Counts) -> Vec<(Grade, f64)> {
    let total: usize = counts.values().sum();
    Grade::ALL
        .iter()
        .map(|g| (*g, share(counts.get(g).copied().unwrap_or(0), total)))
        .filter(|(_, s)| *s < MIN_SHARE || *s > MAX_SHARE)
        .collect()
}

fn share(count: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        count as f64 / total as f64
    }
}

/// Analyzes every document `dir/labels.jsonl` lists and counts the grades.
pub fn grade_dir(dir: &Path, rubric: &Rubric) -> Result<CorpusGrades, String> {
    let labels_path = dir.join("labels.jsonl");
    let jsonl =
        std::fs::read_to_string(&labels_path).map_err(|e| format!("cannot read {}: {e}", labels_path.display()))?;
    let docs = super::rubric::parse_labels(&jsonl)?;
    let mut out = CorpusGrades { dir: dir.display().to_string(), documents: docs.len(), ..Default::default() };
    for doc in &docs {
        let path = dir.join(&doc.file);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let report = crate::analyze(&bytes, doc.format(), &format!("file://{}", path.display()), rubric);
        let (Status::Graded, Some(grade), Some(score)) = (report.status, report.grade, report.score) else {
            let status = serde_json::to_value(report.status).ok().and_then(|v| v.as_str().map(str::to_string));
            *out.not_graded.entry(status.unwrap_or_default()).or_default() += 1;
            continue;
        };
        *out.grades.entry(grade).or_default() += 1;
        for f in &report.findings {
            *out.answers.entry(f.question.to_string()).or_default().entry(f.answer.to_string()).or_default() += 1;
        }
        *out.banded.entry(rubric.grading.thresholds.grade(score)).or_default() += 1;
        *out.version_1.entry(Grade::from_score(score)).or_default() += 1;
        for (id, _) in applying_rules(&report.findings, rubric) {
            *out.rules.entry(id.to_string()).or_default() += 1;
        }
        let decided = report.reasons.first().map_or(Decider::Score, |r| r.by);
        *out.decided_by.entry(decided).or_default() += 1;
        for reason in &report.reasons {
            *out.reasons.entry(format!("{}={}", reason.question, reason.answer)).or_default() += 1;
        }
    }
    Ok(out)
}

fn decider_name(decider: Decider) -> &'static str {
    match decider {
        Decider::Dealbreaker => "a dealbreaker",
        Decider::Strength => "a strength",
        Decider::Score => "the score",
    }
}

/// One line per corpus: the grades with their shares, and whether each grade's share is in range.
pub fn to_text(corpora: &[CorpusGrades]) -> String {
    let mut out = String::new();
    for c in corpora {
        let _ = writeln!(out, "{}: {} documents, {} graded", c.dir, c.documents, c.graded());
        for (name, counts) in [("graded", &c.grades), ("score band", &c.banded), ("version 1", &c.version_1)] {
            let _ = writeln!(out, "  {name:<11} {}", spread(counts));
        }
    }
    let all = combined(corpora);
    let _ = writeln!(out, "all graded: {}", spread(&all));
    let bad = out_of_range(&all);
    if bad.is_empty() {
        let _ = writeln!(out, "every grade holds {:.0}–{:.0} % of graded documents", 100.0 * MIN_SHARE, 100.0 * MAX_SHARE);
    } else {
        for (grade, s) in bad {
            let (s, min, max) = (100.0 * s, 100.0 * MIN_SHARE, 100.0 * MAX_SHARE);
            let _ = writeln!(out, "grade {grade} holds {s:.1} %, outside {min:.0}–{max:.0} %");
        }
    }
    out
}

/// The grades of every corpus together.
pub fn combined(corpora: &[CorpusGrades]) -> Counts {
    let mut all = Counts::new();
    for c in corpora {
        for (g, n) in &c.grades {
            *all.entry(*g).or_default() += n;
        }
    }
    all
}

fn spread(counts: &Counts) -> String {
    let total: usize = counts.values().sum();
    Grade::ALL
        .iter()
        .map(|g| {
            let n = counts.get(g).copied().unwrap_or(0);
            format!("{g} {n} ({:.0} %)", 100.0 * share(n, total))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The top of `docs/grades.md`.
const HEADER: &str = "# What the grades mean

Generated from the rubric (`src/rubric/default.json`, section `grading`) and a run of the engine over the
development corpora, by one command from the repository root:

```sh
make grades   # cargo run --release -- grades --markdown ../shared/corpus ../shared/corpus-de > docs/grades.md
```
";

/// `docs/grades.md`: what each grade means and how it is computed (both from `rubric`), and the
/// distribution over `corpora`.
pub fn to_markdown(rubric: &Rubric, corpora: &[CorpusGrades]) -> String {
    let g = &rubric.grading;
    let t = &g.thresholds;
    let en = crate::rubric::UiLanguage::En;
    let fact = |q: &str, a: &str| g.fact(q, a).map_or_else(|| format!("{q}={a}"), |t| t.get(en).to_string());
    let when = |conditions: &[crate::rubric::Condition]| {
        conditions
            .iter()
            .map(|c| c.answers.iter().map(|a| fact(&c.question, a)).collect::<Vec<_>>().join(" or "))
            .collect::<Vec<_>>()
            .join(" **and** ")
    };
    let capped_at = |grade: Grade| {
        g.dealbreakers.iter().filter(|d| d.cap == grade).map(|d| format!("“{}”", when(&d.when))).collect::<Vec<_>>()
    };
    let mut out = String::from(HEADER);
    let _ = writeln!(out, "\n## What each grade means\n");
    let _ = writeln!(out, "| grade | meaning |\n|---|---|");
    let _ = writeln!(
        out,
        "| **A** | Among the best: no dealbreaker, and a score of {} or more (most questions answered the way you would \
         want), or a B policy with a strength. |",
        t.lowest(Grade::A)
    );
    let _ = writeln!(
        out,
        "| **B** | Good: no dealbreaker, a score of {} to {}, or a C policy with a strength. |",
        t.lowest(Grade::B),
        t.lowest(Grade::A) - 1
    );
    let c_caps = capped_at(Grade::C);
    let _ = writeln!(
        out,
        "| **C** | Middling: a score of {} to {}; also the best grade of a policy with a lesser dealbreaker{}. |",
        t.lowest(Grade::C),
        t.lowest(Grade::B) - 1,
        if c_caps.is_empty() { String::new() } else { format!(" ({})", c_caps.join(", ")) }
    );
    let d_caps = capped_at(Grade::D);
    let _ = writeln!(
        out,
        "| **D** | Poor: a serious dealbreaker{}, whatever the score; or a score of {} to {}. |",
        if d_caps.is_empty() { String::new() } else { format!(" ({})", d_caps.join(", ")) },
        t.lowest(Grade::D),
        t.lowest(Grade::C) - 1
    );
    let _ = writeln!(
        out,
        "| **E** | Bad: a serious dealbreaker together with another one, or a score below {}: the policy leaves most \
         questions open or answers them the way you would least want. |",
        t.lowest(Grade::D)
    );

    let _ = writeln!(out, "\n## How a grade is computed\n");
    let _ = writeln!(
        out,
        "1. **Score.** Each switched-on question earns `weight × points / 10`, its weight halved or doubled when the \
         user makes it less or very important; the score is the share of the most it could earn, 0–100 \
         (`src/score.rs`).\n\
         2. **Band.** The score's band: A from {}, B from {}, C from {}, D from {}, E below.\n\
         3. **Strengths.** If any strength applies, the grade is one better than the band.\n\
         4. **Dealbreakers.** If dealbreakers apply, the grade is at most the worst of their caps, and one grade \
         lower for each further dealbreaker. A dealbreaker always wins over a strength.\n\
         5. **Reason.** One or two facts say why: the dealbreaker's facts when a cap set the grade, the strength's \
         when a lift did; otherwise the answers that weigh most (for A the two that earn the most, for B the one \
         that earns the most and the one that costs the most, for C–E the two that cost the most). The facts are \
         rubric data in English and German; the popup shows them under the grade and the badge's title ends with \
         them.\n\
         \n\
         A rule applies only when each question it names is switched on and answered as it says. Every \
         dealbreaker and strength can be switched off on the options page, and the bands moved; those settings \
         are exported and imported with the rest (`disabledRules`, `thresholds`).",
        t.lowest(Grade::A),
        t.lowest(Grade::B),
        t.lowest(Grade::C),
        t.lowest(Grade::D)
    );
    let _ = writeln!(out, "\n### Dealbreakers\n\n| id | applies when | grade at most | why |\n|---|---|---|---|");
    for d in &g.dealbreakers {
        let _ = writeln!(out, "| `{}` | {} | {} | {} |", d.id, when(&d.when), d.cap, d.why);
    }
    let _ = writeln!(out, "\n### Strengths\n\n| id | applies when | why |\n|---|---|---|");
    for s in &g.strengths {
        let _ = writeln!(out, "| `{}` | {} | {} |", s.id, when(&s.when), s.why);
    }
    profiles(&mut out, rubric, corpora);

    let _ = writeln!(out, "\n## Distribution on the development corpora\n");
    let _ = writeln!(
        out,
        "Each grade should hold at least {:.0} % and at most {:.0} % of the graded policies.\n",
        100.0 * MIN_SHARE,
        100.0 * MAX_SHARE
    );
    let _ = writeln!(out, "| corpus | grading | graded | A | B | C | D | E |\n|---|---|---:|---:|---:|---:|---:|---:|");
    let mut rows: Vec<(String, &str, Counts)> = Vec::new();
    for c in corpora {
        let name = Path::new(&c.dir).file_name().map_or(c.dir.clone(), |n| n.to_string_lossy().into_owned());
        rows.push((name.clone(), "**graded (bands and rules)**", c.grades.clone()));
        rows.push((name.clone(), "score band alone", c.banded.clone()));
        rows.push((name, "before: version 1 bands, no rules", c.version_1.clone()));
    }
    if corpora.len() > 1 {
        rows.push(("all".to_string(), "**graded (bands and rules)**", combined(corpora)));
    }
    for (name, how, counts) in &rows {
        let total: usize = counts.values().sum();
        let cells: Vec<String> = Grade::ALL
            .iter()
            .map(|g| {
                let n = counts.get(g).copied().unwrap_or(0);
                format!("{n} ({:.0} %)", 100.0 * share(n, total))
            })
            .collect();
        let _ = writeln!(out, "| {name} | {how} | {total} | {} |", cells.join(" | "));
    }
    for c in corpora {
        if !c.not_graded.is_empty() {
            let why: Vec<String> = c.not_graded.iter().map(|(s, n)| format!("{n} {}", s.replace('_', " "))).collect();
            let _ = writeln!(
                out,
                "\n{}: {} documents, {} graded; not graded: {}. The engine grades only the policies it reads as \
                 English; a policy in another language gets no grade (the popup says so), so the bands are calibrated \
                 on what it grades.",
                c.dir,
                c.documents,
                c.graded(),
                why.join(", ")
            );
        }
    }
    let _ = writeln!(out, "\n### Which rules applied\n\n| rule | kind | policies |\n|---|---|---:|");
    let kinds = g
        .dealbreakers
        .iter()
        .map(|d| (d.id.as_str(), format!("dealbreaker, at most {}", d.cap)))
        .chain(g.strengths.iter().map(|s| (s.id.as_str(), "strength".to_string())));
    for (id, kind) in kinds {
        let n: usize = corpora.iter().filter_map(|c| c.rules.get(id)).sum();
        let _ = writeln!(out, "| `{id}` | {kind} | {n} |");
    }
    let _ = writeln!(out, "\n### What decided the grade\n\n| decided by | policies |\n|---|---:|");
    let mut decided: BTreeMap<Decider, usize> = BTreeMap::new();
    for c in corpora {
        for (k, n) in &c.decided_by {
            *decided.entry(*k).or_default() += n;
        }
    }
    for (k, n) in decided {
        let _ = writeln!(out, "| {} | {n} |", decider_name(k));
    }
    let _ = writeln!(out, "\n### The facts named most often as the reason\n\n| fact | policies |\n|---|---:|");
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    for c in corpora {
        for (k, n) in &c.reasons {
            *reasons.entry(k).or_default() += n;
        }
    }
    let mut reasons: Vec<(&str, usize)> = reasons.into_iter().collect();
    reasons.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    for (key, n) in reasons.into_iter().take(10) {
        let (q, a) = key.split_once('=').unwrap_or((key, ""));
        let _ = writeln!(out, "| {} | {n} |", fact(q, a));
    }
    out
}

/// The answer the engine gives most often to each question over `corpora` (ties go to the rubric's
/// earlier answer): the profile of a typical policy.
pub fn typical_answers(rubric: &Rubric, corpora: &[CorpusGrades]) -> Vec<(String, String)> {
    rubric
        .questions
        .iter()
        .map(|q| {
            let count = |a: &str| corpora.iter().filter_map(|c| c.answers.get(&q.id)?.get(a)).sum::<usize>();
            let mut best = q.answers.first().map(|a| a.id.clone()).unwrap_or_default();
            for a in &q.answers {
                if count(&a.id) > count(&best) {
                    best = a.id.clone();
                }
            }
            (q.id.clone(), best)
        })
        .collect()
}

/// "Why these bands": reference profiles built from the answers' distribution, with their scores and
/// grades, so the bands can be judged against what they mean rather than against single documents.
fn profiles(out: &mut String, rubric: &Rubric, corpora: &[CorpusGrades]) {
    let typical = typical_answers(rubric, corpora);
    let with = |changes: &[(&str, &str)]| -> Vec<(String, String)> {
        typical
            .iter()
            .map(|(q, a)| {
                let changed = changes.iter().find(|(cq, _)| cq == q).map(|(_, ca)| ca.to_string());
                (q.clone(), changed.unwrap_or_else(|| a.clone()))
            })
            .collect()
    };
    let silent: Vec<(String, String)> = rubric.questions.iter().map(|q| (q.id.clone(), "not_stated".to_string())).collect();
    let rows = [
        ("the typical policy: the most common answer to each question", typical.clone()),
        ("… that does not share your data for advertising", with(&[("shares_for_advertising", "no")])),
        (
            "… that states a retention period and tells you of changes",
            with(&[("retention", "stated_period"), ("change_notice", "personal")]),
        ),
        ("… that does not say whether it sells", with(&[("sells_data", "not_stated")])),
        ("… with no stated way to delete your data", with(&[("deletion", "not_stated")])),
        ("… that sells your data", with(&[("sells_data", "yes")])),
        ("… that sells your data and offers no way to opt out", with(&[("sells_data", "yes"), ("opt_out", "not_stated")])),
        ("a policy that says nothing: every answer “not stated”", silent),
    ];
    let _ = writeln!(
        out,
        "\n### Why these bands\n\n\
         The bands were set from the distribution of the engine's answers on the development corpora, not from any \
         one document. The most common answer to each question makes a typical policy; the bands put it in B \
         (with a few points to spare), need clearly more than it for an A, and leave E to policies that \
         answer far less. The profiles, scored with the rubric as it is now:\n"
    );
    let _ = writeln!(out, "| profile | score | band | grade | why |\n|---|---:|---|---|---|");
    for (name, answers) in rows {
        let findings: Vec<crate::Finding> = answers
            .iter()
            .filter_map(|(q, a)| {
                Some(crate::Finding { question: q.parse().ok()?, answer: a.parse().ok()?, confidence: 1.0, evidence: vec![] })
            })
            .collect();
        if let Some(s) = crate::score(&findings, rubric) {
            let why = crate::score::reason_line(&s.reasons, rubric, crate::rubric::UiLanguage::En);
            let _ = writeln!(out, "| {name} | {} | {} | {} | {why} |", s.value, s.banded, s.grade);
        }
    }
    let typical_list: Vec<String> = typical.iter().map(|(q, a)| format!("`{q}={a}`")).collect();
    let _ = writeln!(out, "\nThe typical answers: {}.", typical_list.join(", "));
}
