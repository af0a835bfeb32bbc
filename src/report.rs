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
    report.text_hash = text_hash(&policy.text());
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

/// FNV-1a over the text: stable across platforms and versions, which is all change detection needs.
fn text_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
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
}
