//! Ties the pipeline together: document in, [`Report`] out.
//!
//! A report never fails: a page that cannot be read becomes a report with a [`Status`] saying why and
//! no grade, so the extension and the CLI always have something honest to show.

use serde::{Deserialize, Serialize};

use crate::extract::{self, Format, Language};
use crate::score::{Contribution, Reason};
use crate::tab::PolicyText;
use crate::{classify, score, AnswerId, Error, Finding, Grade, Policy, QuestionId, Rubric};

/// Whether a report carries a grade, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The policy was read and graded.
    Graded,
    /// The policy is in a language the rubric does not support yet.
    UnsupportedLanguage,
    /// The document could not be read as a policy (see `error`).
    NotReadable,
}

/// Everything Clausewise knows about one policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The engine version that made this report.
    pub engine_version: String,
    /// The rubric version the answers refer to.
    pub rubric_version: u32,
    /// Whether the report is graded.
    pub status: Status,
    /// Why the document could not be read, for `NotReadable`.
    pub error: Option<ReportError>,
    /// Where the policy was read from.
    pub url: String,
    /// The policy's title.
    pub title: String,
    /// The policy's language code (`"und"` when unknown).
    pub language: Language,
    /// How many clauses were extracted.
    pub clause_count: usize,
    /// A hash of the policy text, to notice when it changes.
    pub text_hash: String,
    /// One finding per rubric question.
    pub findings: Vec<Finding>,
    /// 0–100, when graded.
    pub score: Option<u32>,
    /// A–E, when graded.
    pub grade: Option<Grade>,
    /// What the score is made of, when graded.
    pub contributions: Vec<Contribution>,
    /// The one or two facts that decided the grade, when graded (absent from reports stored before
    /// grades had reasons; [`Report::rescore`] fills it).
    #[serde(default)]
    pub reasons: Vec<Reason>,
}

/// Why a document could not be read, in a form the extension can act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportError {
    /// A stable code (see [`Error::code`]).
    pub code: String,
    /// A readable message.
    pub message: String,
    /// The varying part of the message (see [`Error::detail`]), for a translated message.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

impl From<&Error> for ReportError {
    fn from(e: &Error) -> ReportError {
        ReportError { code: e.code().to_string(), message: e.to_string(), detail: e.detail().to_string() }
    }
}

/// Analyzes an HTML page.
pub fn analyze_html(html: &str, url: &str, rubric: &Rubric) -> Report {
    from_policy(extract::extract(html, url), url, rubric)
}

/// Analyzes a document given as bytes in any format and charset.
pub fn analyze(bytes: &[u8], format: Format, url: &str, rubric: &Rubric) -> Report {
    from_policy(extract::extract_bytes(bytes, format, url), url, rubric)
}

/// Analyzes a document like [`analyze`], and also gives its text as the extension keeps it for the
/// full report page (`None` when nothing could be read).
pub fn analyze_keeping_text(bytes: &[u8], format: Format, url: &str, rubric: &Rubric) -> (Report, Option<PolicyText>) {
    let policy = extract::extract_bytes(bytes, format, url);
    let text = policy.as_ref().ok().map(PolicyText::of);
    (from_policy(policy, url, rubric), text)
}

pub(crate) fn from_policy(policy: Result<Policy, Error>, url: &str, rubric: &Rubric) -> Report {
    let mut report = Report {
        engine_version: crate::ENGINE_VERSION.to_string(),
        rubric_version: rubric.version,
        status: Status::NotReadable,
        error: None,
        url: url.to_string(),
        title: String::new(),
        language: Language::Unknown,
        clause_count: 0,
        text_hash: String::new(),
        findings: Vec::new(),
        score: None,
        grade: None,
        contributions: Vec::new(),
        reasons: Vec::new(),
    };
    let policy = match policy {
        Ok(policy) => policy,
        Err(e) => {
            report.error = Some(ReportError::from(&e));
            return report;
        }
    };
    report.title = policy.title.clone();
    report.language = policy.language;
    report.clause_count = policy.clause_count();
    report.text_hash = text_hash(&policy);
    if !crate::classify::graded(policy.language) {
        report.status = Status::UnsupportedLanguage;
        return report;
    }
    report.status = Status::Graded;
    report.findings = classify(&policy, rubric);
    report.rescore(rubric);
    report
}

impl Report {
    /// The answer to a question, if the report has one.
    pub fn answer(&self, question: QuestionId) -> Option<AnswerId> {
        self.findings.iter().find(|f| f.question == question).map(|f| f.answer)
    }

    /// Recomputes score, grade and contributions with another rubric, without reading the policy again.
    pub fn rescore(&mut self, rubric: &Rubric) {
        let scored = if self.status == Status::Graded { score(&self.findings, rubric) } else { None };
        self.score = scored.as_ref().map(|s| s.value);
        self.grade = scored.as_ref().map(|s| s.grade);
        self.reasons = scored.as_ref().map(|s| s.reasons.clone()).unwrap_or_default();
        self.contributions = scored.map(|s| s.contributions).unwrap_or_default();
    }
}

/// The hash of a policy's text: its headings and clauses in order, each piece ended by a newline,
/// stable across platforms and versions, which is all change detection needs (a report of another
/// engine version is never compared, so the scheme may change with a release).
///
/// The text is read eight bytes at a time into four independent lanes: a byte-at-a-time hash
/// (FNV-1a) waits on one multiplication per byte, which on a long policy cost as much as a tenth of
/// classifying it.
fn text_hash(policy: &Policy) -> String {
    let mut hasher = TextHasher::default();
    for section in &policy.sections {
        if !section.heading.is_empty() {
            hasher.piece(&section.heading);
        }
        for clause in &section.clauses {
            hasher.piece(&clause.text);
        }
    }
    format!("{:016x}", hasher.finish())
}

/// See [`text_hash`].
#[derive(Default)]
struct TextHasher {
    lanes: [u64; 4],
    /// The next lane to take a word.
    next: usize,
    /// Bytes read, so that texts differing only by trailing zero padding differ.
    len: u64,
}

impl TextHasher {
    const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

    fn word(&mut self, word: u64) {
        if let Some(lane) = self.lanes.get_mut(self.next) {
            let mixed = (*lane ^ word).wrapping_mul(Self::MULTIPLIER);
            *lane = mixed ^ (mixed >> 29);
        }
        self.next = (self.next + 1) % 4;
    }

    /// Reads one piece of text and the newline that ends it.
    fn piece(&mut self, text: &str) {
        let mut chunks = text.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            self.word(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let last = chunks.remainder().iter().chain(b"\n").rev().fold(0u64, |word, &b| word << 8 | u64::from(b));
        self.word(last);
        self.len += text.len() as u64 + 1;
    }

    fn finish(&self) -> u64 {
        self.lanes.iter().fold(self.len, |hash, &lane| {
            let mixed = (hash.rotate_left(23) ^ lane).wrapping_mul(Self::MULTIPLIER);
            mixed ^ (mixed >> 32)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_and_foreign_documents_get_no_grade() {
        let rubric = Rubric::default();
        let cases = [
            ("<html><body><script>app()</script></body></html>", Status::NotReadable),
            ("<html><body><main><p>Nous collectons vos données et nous les partageons avec des partenaires pour les services.</p></main></body></html>", Status::UnsupportedLanguage),
            ("<html><body><main><p>Wir verarbeiten Ihre Daten nicht ohne Ihre Zustimmung und die Daten werden nicht verkauft.</p></main></body></html>", Status::Graded),
            ("<html><body><main><p>We do not sell your personal information to anyone.</p></main></body></html>", Status::Graded),
        ];
        for (html, want) in cases {
            let report = analyze_html(html, "https://x.test/privacy", &rubric);
            assert_eq!(report.status, want, "{html}");
            assert_eq!(report.grade.is_some(), want == Status::Graded, "{html}");
        }
    }

    #[test]
    fn the_text_hash_changes_with_the_text_and_only_with_it() {
        let page = |body: &str| format!("<html><body><main>{body}</main></body></html>");
        let hash = |body: &str| analyze_html(&page(body), "https://x.test/privacy", &Rubric::default()).text_hash;
        let base = "<h2>Sharing</h2><p>We share your email address with our payment provider. We keep it for two years.</p>";
        // (case, body, whether the hash must equal the base's)
        let cases = [
            ("the same text", base, true),
            ("the same text in other markup", "<h2>Sharing</h2>\n<p>We share your <b>email address</b>\n  with our payment provider. We keep it for two years.</p>", true),
            ("one letter changed", "<h2>Sharing</h2><p>We share your email address with our payment provider. We keep it for two yeers.</p>", false),
            ("a word added", "<h2>Sharing</h2><p>We share your email address with our payment provider. We keep it for two full years.</p>", false),
            ("the last sentence gone", "<h2>Sharing</h2><p>We share your email address with our payment provider.</p>", false),
            ("another heading", "<h2>Disclosure</h2><p>We share your email address with our payment provider. We keep it for two years.</p>", false),
            ("two sentences swapped", "<h2>Sharing</h2><p>We keep it for two years. We share your email address with our payment provider.</p>", false),
        ];
        let want = hash(base);
        assert_eq!(want.len(), 16, "{want}");
        for (case, body, same) in cases {
            assert_eq!(hash(body) == want, same, "{case}");
        }
        // Every single-byte change of a clause, wherever it falls in the eight-byte words, is seen.
        let sentence = "We keep your order history for seven years after your last purchase.";
        let mut seen = std::collections::HashSet::new();
        for at in 0..sentence.len() {
            let mut changed = sentence.as_bytes().to_vec();
            changed[at] = if changed[at] == b'x' { b'y' } else { b'x' };
            let changed = String::from_utf8(changed).unwrap();
            assert!(seen.insert(hash(&format!("<p>{changed}</p>"))), "byte {at}");
        }
        assert!(!seen.contains(&hash(&format!("<p>{sentence}</p>"))));
    }
}
