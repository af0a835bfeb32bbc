//! The German table suite: made-up German policy sentences (GDPR-era wording) written from the rubric contract and
//! the German conventions of `../shared/corpus-de/README.md`, not from the German development corpus or the engine's
//! readers; each read as a one-section German policy (harness: `tests/common/clause_tables.rs`).
//!
//! - `tests/fixtures/classify/de/paraphrases.toml`: the answer the contract gives, and the sentence that must be the
//!   first evidence quote (no evidence for `not_stated`).
//! - `tests/fixtures/classify/de/not_evidence.toml`: sentences that must never be quoted as evidence for `not_answer`.
//!
//! Like `classify_paraphrases`, these tables measure the engine rather than pin it: every failure is reported, and the
//! test fails only when a table's pass rate drops below its floor.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/clause_tables.rs"]
mod clause_tables;

use clause_tables::Suite;
use clausewise::Language;

/// Lowest accepted share of German paraphrase cases that pass: 183/196 = 0.934 on the first German lexicon,
/// 190/196 = 0.969 later, 212/217 = 0.977, 219/224 = 0.978, 225/230 = 0.978, now 252/252 = 1.000, so the floor sits
/// just below.
const PARAPHRASE_FLOOR: f64 = 0.99;
/// Lowest accepted share of German not-evidence cases that pass: 53/54 = 0.981, then 63/64 = 0.984, 69/70 = 0.986,
/// 74/75 = 0.987, now 82/82 measured.
const NOT_EVIDENCE_FLOOR: f64 = 0.99;

const SUITE: Suite = Suite {
    language: Language::German,
    paraphrases: include_str!("fixtures/classify/de/paraphrases.toml"),
    not_evidence: include_str!("fixtures/classify/de/not_evidence.toml"),
    // Issue 13 asks for at least 150 German sentences.
    min_paraphrases: 180,
    min_not_evidence: 40,
};

clause_table_tests!(SUITE, PARAPHRASE_FLOOR, NOT_EVIDENCE_FLOOR);

/// The first quote the engine shows for `question` on a one-section policy of `clauses`.
fn first_quote(language: Language, heading: &str, clauses: &[&str], question: &str) -> (String, String) {
    let (first, more) = clauses.split_first().expect("a clause");
    let more: Vec<String> = more.iter().map(|c| c.to_string()).collect();
    let policy = clause_tables::one_section_policy(language, heading, first, &more);
    let finding = clausewise::classify(&policy, &clausewise::Rubric::default()).into_iter().find(|f| f.question.as_str() == question).expect("a finding");
    (finding.answer.as_str().to_string(), finding.evidence.first().map(|e| e.text.clone()).unwrap_or_default())
}

#[test]
fn the_deciding_sentence_comes_first() {
    // (question, answer, clauses in document order, the clause that must be quoted first)
    let cases: &[(&str, &str, &[&str], usize)] = &[
        // An age limit decides; parents' consent follows from it.
        (
            "children",
            "yes",
            &[
                "Eltern können die Einwilligung für ihre Kinder jederzeit widerrufen.",
                "Kinder unter 16 Jahren dürfen sich nur mit Zustimmung eines Elternteils registrieren.",
            ],
            1,
        ),
        // A sentence naming the legal basis says why data is processed, not what is done with it.
        (
            "law_enforcement",
            "yes",
            &[
                "Rechtsgrundlage ist Art. 6 Abs. 1 lit. c DSGVO, soweit wir gesetzlich verpflichtet sind, Daten an Behörden zu übermitteln.",
                "Auf gerichtliche Anordnung geben wir Ihre Daten an Strafverfolgungsbehörden weiter.",
            ],
            1,
        ),
        // Refusing the signal decides; that there is no standard yet only introduces it.
        (
            "do_not_track",
            "not_honored",
            &[
                "Für Do-Not-Track-Signale gibt es bislang keinen einheitlichen Standard.",
                "Wir reagieren deshalb nicht auf Do-Not-Track-Signale Ihres Browsers.",
            ],
            1,
        ),
        // The company handing data over decides; an authority that may reach data on its own says less.
        (
            "law_enforcement",
            "yes",
            &[
                "In manchen Drittländern können Behörden auf dort gespeicherte Daten zugreifen.",
                "Wir übermitteln Ihre Daten an Behörden, wenn wir gesetzlich dazu verpflichtet sind.",
            ],
            1,
        ),
    ];
    for (question, answer, clauses, want) in cases {
        let (got, quote) = first_quote(Language::German, "Hinweise", clauses, question);
        assert_eq!(&got, answer, "{clauses:?}");
        assert_eq!(quote, clauses[*want], "{question}: {clauses:?}");
    }
}

#[test]
fn a_paragraph_in_another_language_is_neither_read_nor_quoted() {
    // A page read as English with a German paragraph in it (a banner, a part left untranslated): the
    // report grades and quotes the language it names, so the German sentence decides nothing.
    let clauses = [
        "We collect information you give us when you create an account and when you contact our support team.",
        "Weil es keinen einheitlichen Standard gibt, reagieren unsere Dienste derzeit nicht auf Do-Not-Track-Signale von Browsern.",
        "We use this information to run the service and to answer your questions.",
    ];
    assert_eq!(first_quote(Language::English, "Your choices", &clauses, "do_not_track"), ("not_stated".to_string(), String::new()));
    // The same sentence on a German page is the answer.
    let german = [clauses[1], "Wir speichern Ihre Angaben nur so lange, wie es für den Zweck nötig ist."];
    assert_eq!(first_quote(Language::German, "Ihre Wahlmöglichkeiten", &german, "do_not_track"), ("not_honored".to_string(), clauses[1].to_string()));
}
