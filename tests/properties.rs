//! Properties of the engine's public API that must hold for any input (proptest).
//!
//! Case counts are modest (64 by default, fewer for the heavier pipeline properties) so that
//! `cargo test` stays fast in a debug build; `PROPTEST_CASES=10000 cargo test --test properties`
//! runs them harder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, HashSet};

use clausewise::discover::{rank, Link, Page};
use clausewise::extract::{extract, extract_bytes};
use clausewise::rubric::{RuleKind, UiLanguage};
use clausewise::score::applying_rules;
use clausewise::{analyze, discover, Format, Grade, Overrides, Policy, Report, Rubric, Status};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property; `PROPTEST_CASES` in the environment overrides it.
fn cases(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(default);
    Config { cases, failure_persistence: None, ..Config::default() }
}

const URL: &str = "https://example.com/privacy";

/// Sentences that the classifier has readers for, so that generated policies get real answers and
/// evidence rather than only `not_stated`.
const SENTENCES: &[&str] = &[
    "We do not sell your personal information.",
    "We may sell your data to third parties.",
    "We share your information with advertising partners.",
    "We use Google Analytics and cookies to track you.",
    "We keep your data for 30 days.",
    "You can delete your account at any time.",
    "You may request access to your data.",
    "You can opt out of marketing emails.",
    "Our service is not directed to children under 13.",
    "We use encryption to protect your data.",
    "We will notify you of changes to this policy.",
    "We may disclose information to law enforcement.",
    "Your data may be transferred to the United States.",
    "We do not respond to Do Not Track signals.",
    "Contact us at privacy@example.com.",
    "We will notify you of a data breach.",
    "e.g. Inc. U.S. 2.5 etc.",
    "Wir verkaufen Ihre Daten nicht.",
];

const TAGS: &[&str] = &[
    "p", "div", "li", "ul", "h1", "h2", "h3", "span", "b", "a", "table", "tr", "td", "section", "nav", "footer",
    "script", "header", "main", "blockquote", "dd", "dt", "br", "aside", "template", "em",
];

/// Strings that look like (broken) HTML: tags, attributes, entities, policy sentences and noise.
fn html_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(SENTENCES).prop_map(str::to_string),
        3 => proptest::sample::select(TAGS).prop_map(|t| format!("<{t}>")),
        3 => proptest::sample::select(TAGS).prop_map(|t| format!("</{t}>")),
        1 => "[ \t\n\u{a0}\u{2028}]{1,4}",
        1 => "\\PC{0,12}",
        1 => proptest::sample::select(&["&nbsp;", "&amp;", "&#0;", "&#x10FFFF;", "<!--", "-->", "<p hidden>", "<div aria-hidden=\"true\">", "<a href=\"/privacy\">", "\u{0}", "\u{feff}", "<![CDATA[", "<title>Privacy</title>"][..]).prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Documents in any of the three formats, made of policy-like text.
fn document() -> impl Strategy<Value = (Format, String)> {
    let text_block = proptest::collection::vec(proptest::sample::select(SENTENCES), 1..4).prop_map(|v| v.join(" "));
    let markdown = proptest::collection::vec(
        prop_oneof![
            text_block.clone(),
            "#{1,7} [A-Za-z ]{0,20}",
            proptest::sample::select(SENTENCES).prop_map(|s| format!("- {s}")),
            "\\PC{0,30}",
        ],
        0..12,
    )
    .prop_map(|v| v.join("\n\n"));
    prop_oneof![
        html_like().prop_map(|s| (Format::Html, s)),
        markdown.clone().prop_map(|s| (Format::Markdown, s)),
        markdown.prop_map(|s| (Format::Text, s)),
    ]
}

/// Every structural invariant of an extracted policy.
fn check_policy(policy: &Policy) -> Result<(), TestCaseError> {
    let mut ids = HashSet::new();
    let text = policy.text();
    prop_assert!(policy.clause_count() > 0, "an Ok policy has clauses");
    for section in &policy.sections {
        prop_assert!(!section.clauses.is_empty(), "empty section {:?}", section.heading);
    }
    for (_, clause) in policy.clauses() {
        prop_assert!(ids.insert(clause.id.clone()), "duplicate clause id {}", clause.id);
        prop_assert!(!clause.text.is_empty(), "empty clause {}", clause.id);
        prop_assert_eq!(clause.text.trim(), clause.text.as_str(), "clause {} is not trimmed", clause.id);
        let normalised = clause.text.split_whitespace().collect::<Vec<_>>().join(" ");
        prop_assert_eq!(&normalised, &clause.text, "clause {} is not whitespace-normalised", clause.id);
        prop_assert!(text.contains(&clause.text), "Policy::text() misses clause {}", clause.id);
    }
    Ok(())
}

/// The grade is the score's band moved only by the rules that apply: at most one grade up, and only
/// with a strength; never above a dealbreaker's cap; the band itself when no rule applies. One or two
/// reasons name it, each an answer of the report with a fact in every language.
fn check_grade(report: &Report, rubric: &Rubric) -> Result<(), TestCaseError> {
    let (Some(score), Some(grade)) = (report.score, report.grade) else {
        prop_assert!(report.reasons.is_empty(), "reasons without a grade");
        return Ok(());
    };
    let banded = rubric.grading.thresholds.grade(score);
    let rules = applying_rules(&report.findings, rubric);
    prop_assert!(grade >= banded.better(), "{:?} from band {:?}", grade, banded);
    if !rules.iter().any(|(_, kind)| *kind == RuleKind::Strength) {
        prop_assert!(grade >= banded, "{:?} above band {:?} with no strength", grade, banded);
    }
    for (id, _) in rules.iter().filter(|(_, kind)| *kind == RuleKind::Dealbreaker) {
        let cap = rubric.grading.dealbreakers.iter().find(|d| d.id == *id).map(|d| d.cap);
        prop_assert!(cap.is_some_and(|cap| grade >= cap), "{:?} above the cap of {}", grade, id);
    }
    if rules.is_empty() {
        prop_assert_eq!(grade, banded);
    }
    prop_assert!((1..=2).contains(&report.reasons.len()), "{} reasons", report.reasons.len());
    for reason in &report.reasons {
        prop_assert_eq!(report.answer(reason.question.parse().unwrap()).map(|a| a.as_str()), Some(reason.answer.as_str()), "reason {:?}", reason);
        for language in UiLanguage::ALL {
            prop_assert!(reason.text(rubric, language).is_some(), "no {:?} fact for {:?}", language, reason);
        }
    }
    Ok(())
}

/// Every invariant of a report, given the policy it was made from (if any).
fn check_report(report: &Report, policy: Option<&Policy>, rubric: &Rubric) -> Result<(), TestCaseError> {
    prop_assert_eq!(report.rubric_version, rubric.version);
    match report.status {
        Status::Graded => {
            prop_assert_eq!(report.findings.len(), rubric.questions.len(), "one finding per question");
            let policy = policy.expect("a graded report comes from a policy");
            let clauses: BTreeMap<&str, &str> = policy.clauses().map(|(_, c)| (c.id.as_str(), c.text.as_str())).collect();
            for (finding, question) in report.findings.iter().zip(&rubric.questions) {
                prop_assert_eq!(finding.question.as_str(), question.id.as_str(), "findings follow the rubric's order");
                prop_assert!(
                    question.answers.iter().any(|a| finding.answer == a.id),
                    "{}: answer {} is not one of its answers",
                    question.id,
                    finding.answer
                );
                prop_assert!(finding.evidence.len() <= 3, "{}: {} evidence clauses", question.id, finding.evidence.len());
                prop_assert!((0.0..=1.0).contains(&finding.confidence), "{}: confidence {}", question.id, finding.confidence);
                for evidence in &finding.evidence {
                    prop_assert_eq!(
                        clauses.get(evidence.clause_id.as_str()).copied(),
                        Some(evidence.text.as_str()),
                        "{}: evidence {:?} is not a clause of the policy",
                        question.id,
                        evidence
                    );
                }
            }
            let score = report.score.expect("a graded report has a score");
            prop_assert!(score <= 100, "score {}", score);
            check_grade(report, rubric)?;
        }
        Status::UnsupportedLanguage | Status::NotReadable => {
            prop_assert!(report.score.is_none() && report.grade.is_none(), "ungraded report has a grade");
            prop_assert!(report.findings.is_empty());
        }
    }
    prop_assert_eq!(report.status == Status::NotReadable, report.error.is_some());
    Ok(())
}

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn extraction_never_panics_on_arbitrary_strings(s in "\\PC{0,300}|[\\x00-\\x7f]{0,300}") {
        if let Ok(policy) = extract(&s, URL) {
            check_policy(&policy)?;
        }
    }

    #[test]
    fn extraction_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600), format in 0u8..3) {
        let format = [Format::Html, Format::Text, Format::Markdown][usize::from(format)];
        if let Ok(policy) = extract_bytes(&bytes, format, URL) {
            check_policy(&policy)?;
        }
    }

    #[test]
    fn extracted_policies_are_well_formed((format, doc) in document()) {
        if let Ok(policy) = extract_bytes(doc.as_bytes(), format, URL) {
            check_policy(&policy)?;
        }
    }

    #[test]
    fn html_extraction_is_deterministic(html in html_like()) {
        prop_assert_eq!(extract(&html, URL).ok(), extract(&html, URL).ok());
    }
}

proptest! {
    #![proptest_config(cases(64))]

    #[test]
    fn reports_are_consistent((format, doc) in document()) {
        let rubric = Rubric::default();
        let report = analyze(doc.as_bytes(), format, URL, &rubric);
        let policy = extract_bytes(doc.as_bytes(), format, URL).ok();
        check_report(&report, policy.as_ref(), &rubric)?;
    }

    /// At least six different English sentences: three copies of one short sentence are too little
    /// for language detection to call English (main's detector says "unsupported" for
    /// "We do not respond to Do Not Track signals." × 3), which is fair.
    #[test]
    fn reports_on_english_policies_are_graded(
        distinct in proptest::sample::subsequence(&SENTENCES[..16], 6..=16),
        repeats in proptest::collection::vec(proptest::sample::select(&SENTENCES[..16]), 0..10),
    ) {
        let sentences: Vec<&str> = distinct.into_iter().chain(repeats).collect();
        let html = format!("<main><h1>Privacy Policy</h1>{}</main>", sentences.iter().map(|s| format!("<p>{s}</p>")).collect::<String>());
        let rubric = Rubric::default();
        let report = analyze(html.as_bytes(), Format::Html, URL, &rubric);
        prop_assert_eq!(report.status, Status::Graded, "{}", html);
        let policy = extract(&html, URL).ok();
        check_report(&report, policy.as_ref(), &rubric)?;
    }

    #[test]
    fn rescoring_with_default_overrides_is_idempotent((format, doc) in document()) {
        let rubric = Rubric::default();
        let same = rubric.with_overrides(&Overrides::default()).unwrap();
        prop_assert_eq!(&same, &rubric);
        let report = analyze(doc.as_bytes(), format, URL, &rubric);
        let mut once = report.clone();
        once.rescore(&same);
        prop_assert_eq!(&once, &report);
        let mut twice = once.clone();
        twice.rescore(&same);
        prop_assert_eq!(&twice, &once);
    }

    #[test]
    fn rescoring_with_any_valid_overrides_keeps_the_invariants(overrides in valid_overrides(), sentences in proptest::collection::vec(proptest::sample::select(&SENTENCES[..16]), 3..12)) {
        let html = format!("<main>{}</main>", sentences.iter().map(|s| format!("<p>{s}</p>")).collect::<String>());
        let rubric = Rubric::default().with_overrides(&overrides).unwrap();
        let mut report = analyze(html.as_bytes(), Format::Html, URL, &Rubric::default());
        report.rescore(&rubric);
        if let Some(score) = report.score {
            prop_assert!(score <= 100);
            check_grade(&report, &rubric)?;
        }
        // Rescoring is a function of findings and rubric only: the same again changes nothing.
        let mut again = report.clone();
        again.rescore(&rubric);
        prop_assert_eq!(again, report);
    }

    #[test]
    fn migrating_settings_never_changes_a_score(overrides in valid_overrides(), sentences in proptest::collection::vec(proptest::sample::select(&SENTENCES[..16]), 3..12)) {
        let html = format!("<main>{}</main>", sentences.iter().map(|s| format!("<p>{s}</p>")).collect::<String>());
        let report = analyze(html.as_bytes(), Format::Html, URL, &Rubric::default());
        let rescored = |overrides: &Overrides| {
            let mut report = report.clone();
            report.rescore(&Rubric::default().with_overrides(overrides).unwrap());
            report
        };
        let migrated = overrides.clone().migrated(&Rubric::default());
        prop_assert_eq!(rescored(&migrated), rescored(&overrides), "{:?} became {:?}", overrides, migrated);
    }

    #[test]
    fn overrides_round_trip(overrides in valid_overrides()) {
        // Settings are read in today's terms; those round-trip exactly.
        let overrides = overrides.migrated(&Rubric::default());
        let json = serde_json::to_string(&overrides).unwrap();
        let parsed = Overrides::from_json(&json).unwrap();
        prop_assert_eq!(&parsed, &overrides, "{}", json);
        prop_assert_eq!(serde_json::to_string(&parsed).unwrap(), json);
    }

    #[test]
    fn overrides_parsing_never_panics(json in "\\PC{0,200}") {
        let _ = Overrides::from_json(&json);
    }

    #[test]
    fn discover_candidates_are_sorted_unique_and_http(html in html_links(), url in page_url()) {
        let found = discover(&html, &url);
        check_discovery(&found)?;
    }

    #[test]
    fn rank_candidates_are_sorted_unique_and_http(page in page()) {
        check_discovery(&rank(&page))?;
    }
}

/// (question id, answer id) and the points to give that answer.
type AnswerPoints = ((String, String), u32);

/// Overrides that only name questions and answers of the default rubric, with values in range.
/// Importance (very important or not), weights, switched-off questions, answer points, switched-off rules
/// and grade bands, as generated.
type GeneratedOverrides =
    (BTreeMap<String, bool>, BTreeMap<String, u32>, BTreeSet<String>, Vec<AnswerPoints>, BTreeSet<String>, Option<BTreeSet<u32>>);

fn valid_overrides() -> impl Strategy<Value = Overrides> {
    let rubric = Rubric::default();
    let questions: Vec<String> = rubric.questions.iter().map(|q| q.id.clone()).collect();
    let answers: Vec<(String, String)> =
        rubric.questions.iter().flat_map(|q| q.answers.iter().map(move |a| (q.id.clone(), a.id.clone()))).collect();
    let rules: Vec<String> = rubric.grading.rule_ids().map(str::to_string).collect();
    let defaults = rubric.grading.thresholds;
    (
        proptest::collection::btree_map(proptest::sample::select(questions.clone()), any::<bool>(), 0..4),
        proptest::collection::btree_map(proptest::sample::select(questions.clone()), 0u32..=10, 0..6),
        proptest::collection::btree_set(proptest::sample::select(questions), 0..4),
        proptest::collection::vec((proptest::sample::select(answers), 0u32..=10), 0..6),
        proptest::collection::btree_set(proptest::sample::select(rules), 0..4),
        // Four distinct scores, sorted into falling bands; each kept only where it differs from the default.
        proptest::option::of(proptest::collection::btree_set(1u32..=100, 4)),
    )
        .prop_map(move |(importance, weights, disabled, points, disabled_rules, bands): GeneratedOverrides| {
            let mut by_question: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
            for ((q, a), p) in points {
                by_question.entry(q).or_default().insert(a, p);
            }
            let thresholds = bands
                .map(|b| [Grade::A, Grade::B, Grade::C, Grade::D].into_iter().zip(b.into_iter().rev()).filter(|(g, v)| defaults.lowest(*g) != *v).collect())
                .unwrap_or_default();
            let (very, less): (Vec<_>, Vec<_>) = importance.into_iter().partition(|(_, very)| *very);
            let ids = |set: Vec<(String, bool)>| set.into_iter().map(|(id, _)| id).collect();
            Overrides {
                less_important: ids(less),
                very_important: ids(very),
                weights,
                disabled,
                points: by_question,
                thresholds,
                disabled_rules,
            }
        })
}

const HREFS: &[&str] = &[
    "/privacy", "/privacy#top", "privacy", "https://example.com/privacy", "http://www.example.com/privacy/?utm_source=x",
    "//cdn.example.net/privacy", "javascript:void(0)", "mailto:privacy@example.com", "data:text/html,privacy",
    "http://[::1", "https://", "#", "", "/cookies", "/terms", "/legal/privacy-policy", "ftp://example.com/privacy",
    "/datenschutz", "https://other.test/privacy", "../privacy.html", "?page=privacy",
];
const LABELS: &[&str] = &["Privacy Policy", "Privacy", "Cookie settings", "Datenschutz", "Terms", "", "Home", "Politique de confidentialité", "Do Not Sell My Info"];

fn page_url() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(&["https://example.com/", "https://www.example.com/shop/1", "http://localhost:8080/", "not a url", "", "file:///tmp/a.html", "about:blank", "https://[::1]/"][..]).prop_map(str::to_string),
        "https?://[a-z]{1,8}\\.[a-z]{2,3}/[a-z/]{0,10}",
    ]
}

fn html_links() -> impl Strategy<Value = String> {
    let link = (proptest::sample::select(HREFS), proptest::sample::select(LABELS), proptest::sample::select(&["", "footer", "nav", "main"][..]), any::<bool>())
        .prop_map(|(href, label, wrapper, rel)| {
            let rel = if rel { " rel=\"privacy-policy\"" } else { "" };
            let a = format!("<a href=\"{href}\"{rel}>{label}</a>");
            if wrapper.is_empty() { a } else { format!("<{wrapper}>{a}</{wrapper}>") }
        });
    (proptest::collection::vec(prop_oneof![4 => link, 1 => html_like()], 0..30), proptest::option::of("[ -~]{0,20}"))
        .prop_map(|(parts, base)| {
            let base = base.map(|b| format!("<base href=\"{b}\">")).unwrap_or_default();
            format!("<html><head>{base}</head><body>{}</body></html>", parts.concat())
        })
}

fn page() -> impl Strategy<Value = Page> {
    let link = (proptest::sample::select(HREFS), proptest::sample::select(LABELS), any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(href, text, in_footer, in_nav, rel)| Link {
            href: href.to_string(),
            text: text.to_string(),
            rel: if rel { "privacy-policy".into() } else { String::new() },
            in_footer,
            in_nav,
            ..Link::default()
        });
    (page_url(), proptest::collection::vec(link, 0..40), proptest::sample::select(&["", "/", "https://cdn.example.com/", "javascript:x", "http://["][..]), proptest::sample::select(&["", "de", "fr-CA", "x"][..]))
        .prop_map(|(url, links, base, lang)| Page { url, links, base: base.into(), lang: lang.into(), ..Page::default() })
}

fn check_discovery(found: &clausewise::Discovery) -> Result<(), TestCaseError> {
    for pair in found.candidates.windows(2) {
        prop_assert!(pair[0].score >= pair[1].score, "not sorted: {:?}", found.candidates);
    }
    let mut seen = HashSet::new();
    for candidate in &found.candidates {
        prop_assert!(
            candidate.url.starts_with("https://") || candidate.url.starts_with("http://"),
            "not http(s): {}",
            candidate.url
        );
        prop_assert!(candidate.score > 0, "non-positive candidate {:?}", candidate);
        prop_assert!(seen.insert(candidate.url.clone()), "duplicate candidate {}", candidate.url);
        prop_assert!(!candidate.reasons.is_empty(), "candidate without reasons {:?}", candidate);
    }
    for fallback in &found.fallbacks {
        prop_assert!(fallback.starts_with("http"), "fallback {}", fallback);
    }
    prop_assert!(found.candidates.is_empty() || found.fallbacks.is_empty(), "fallbacks despite candidates");
    Ok(())
}
