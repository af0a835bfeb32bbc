//! How an analysis ends: the state a read report puts its tab in, and, when no address tried gave a
//! grade, whether the tab shows "no policy found" or the last problem.

use serde::{Deserialize, Serialize};

use super::{Problem, TabState};
use crate::Report;

/// The state a report puts its tab in; `changed` marks a policy whose text changed since it was
/// last read and whose change the user has not seen yet.
pub fn state_for_report(report: &Report, changed: bool) -> TabState {
    match (&report.grade, &report.error) {
        (Some(grade), _) => TabState::Done { grade: *grade, changed, reasons: report.reasons.clone() },
        (None, Some(error)) => Problem::new(&error.code, &error.detail).state(),
        // Read, but in a language without a reader: nothing to grade.
        (None, None) => Problem::new("language", report.language.code()).state(),
    }
}

/// How the last address tried turned out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    /// The state it would leave the tab in.
    pub state: TabState,
    /// The address tried (after redirects, when it was fetched).
    pub policy_url: String,
}

/// Where an analysis that graded nothing leaves its tab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conclusion {
    /// The tab's state.
    pub state: TabState,
    /// The policy address the popup links to, if one was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_url: Option<String>,
}

/// The end of an analysis in which no address gave a grade.
///
/// `chosen` says the user picked or pasted the address; `offered` is how many candidate links the
/// page had. The usual policy paths are only guesses: when every guess fails to fetch, the site has
/// "no policy found", not an error. A linked or chosen address that fails is an error, and an
/// address that answered with something unreadable is reported as such, guessed or not.
pub fn conclude(chosen: bool, offered: usize, last: Option<Attempt>) -> Conclusion {
    let Some(last) = last else { return Conclusion { state: TabState::NoPolicy, policy_url: None } };
    let found = chosen || offered > 0 || !matches!(last.state, TabState::Error { .. });
    if found {
        Conclusion { state: last.state, policy_url: Some(last.policy_url) }
    } else {
        Conclusion { state: TabState::NoPolicy, policy_url: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tab::Message;

    fn failed(code: &str) -> Attempt {
        Attempt { state: Problem::new(code, "404").state(), policy_url: "https://x.test/privacy".into() }
    }

    #[test]
    fn guesses_that_fail_mean_no_policy() {
        assert_eq!(conclude(false, 0, Some(failed("status"))).state, TabState::NoPolicy);
        assert_eq!(conclude(false, 0, None).state, TabState::NoPolicy);
    }

    #[test]
    fn a_linked_or_chosen_address_that_fails_is_an_error() {
        let linked = conclude(false, 2, Some(failed("status")));
        assert_eq!(linked.state, TabState::Error { message: Message::new("errorStatus", &["404"]) });
        assert_eq!(linked.policy_url.as_deref(), Some("https://x.test/privacy"));
        assert!(matches!(conclude(true, 0, Some(failed("timeout"))).state, TabState::Error { .. }));
    }

    #[test]
    fn an_unreadable_document_is_reported_even_at_a_guessed_address() {
        let state = conclude(false, 0, Some(failed("not_html"))).state;
        assert!(matches!(state, TabState::NotReadable { .. }), "{state:?}");
    }

    #[test]
    fn reports_give_their_states() {
        let report = crate::analyze_html(
            "<main><h1>Privacy Policy</h1><p>We do not sell your personal information.</p></main>",
            "https://x.test/privacy",
            &crate::Rubric::default(),
        );
        assert!(matches!(state_for_report(&report, true), TabState::Done { changed: true, .. }));
        let pdf = crate::report::analyze(b"%PDF-1.4", crate::Format::Html, "https://x.test/p.pdf", &crate::Rubric::default());
        assert_eq!(state_for_report(&pdf, false), TabState::NotReadable { reason: Message::new("errorNotHtml", &["PDF"]) });
    }
}
