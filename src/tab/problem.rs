//! Every problem an analysis can end in, and the message that explains it: the one place where
//! error codes meet `_locales` message keys.
//!
//! The worker reports what went wrong before the engine saw a byte (the page could not be read,
//! the server answered 404, …) by code; the engine's own errors carry the codes of
//! [`Error::code`](crate::Error::code). Both become a [`TabState`] here, with a [`Message`] that the
//! popup and the badge translate.

use serde::{Deserialize, Serialize};

use super::{Message, TabState};

/// A problem, by its stable code, with the part of its message that varies (a status code, a size,
/// the browser's words for a network failure).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Problem {
    /// The code: one of [`PROBLEMS`]' codes.
    pub code: String,
    /// What varies in the message; empty when it has no substitution.
    pub detail: String,
}

/// Whether a problem means the policy could not be had at all, or was had but cannot be graded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Network, server or browser trouble: the tab shows an error.
    Error,
    /// The document is there but not a policy Clausewise can grade.
    NotReadable,
}

/// Code, message key, whether the message takes the detail, and the kind.
const PROBLEMS: &[(&str, &str, bool, Kind)] = &[
    // The worker's: before the engine sees the document.
    ("not_web", "errorNotWeb", false, Kind::Error),
    ("read_page", "errorReadPage", true, Kind::Error),
    ("status", "errorStatus", true, Kind::Error),
    ("too_large", "errorTooLarge", true, Kind::Error),
    ("timeout", "errorTimeout", false, Kind::Error),
    ("fetch", "errorFetch", true, Kind::Error),
    // The engine's (`Error::code`), and a language it does not read.
    ("empty", "errorEmpty", false, Kind::NotReadable),
    ("not_html", "errorNotHtml", true, Kind::NotReadable),
    ("needs_javascript", "errorNeedsJavaScript", false, Kind::NotReadable),
    ("login_wall", "errorLoginWall", false, Kind::NotReadable),
    ("rubric", "errorRubric", true, Kind::NotReadable),
    ("language", "errorLanguage", true, Kind::NotReadable),
];

/// A code that is not in the table (from a newer worker, say) still gets words.
const UNKNOWN: &str = "errorUnknown";

impl Problem {
    /// A problem with its detail.
    pub fn new(code: &str, detail: &str) -> Problem {
        Problem { code: code.to_string(), detail: detail.to_string() }
    }

    fn entry(&self) -> Option<&'static (&'static str, &'static str, bool, Kind)> {
        PROBLEMS.iter().find(|(code, ..)| *code == self.code)
    }

    /// The words that explain the problem.
    pub fn message(&self) -> Message {
        match self.entry() {
            Some((_, key, true, _)) => Message::new(key, &[&self.detail]),
            Some((_, key, false, _)) => Message::new(key, &[]),
            None => Message::new(UNKNOWN, &[&self.code]),
        }
    }

    /// The state a tab is left in by this problem.
    pub fn state(&self) -> TabState {
        match self.entry() {
            Some((.., Kind::NotReadable)) => TabState::NotReadable { reason: self.message() },
            _ => TabState::Error { message: self.message() },
        }
    }

    /// Every message key a problem can show, for the locale tests.
    pub fn message_keys() -> impl Iterator<Item = &'static str> {
        PROBLEMS.iter().map(|(_, key, ..)| *key).chain([UNKNOWN])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_become_states_with_their_words() {
        assert_eq!(
            Problem::new("status", "404").state(),
            TabState::Error { message: Message::new("errorStatus", &["404"]) }
        );
        assert_eq!(Problem::new("timeout", "ignored").state(), TabState::Error { message: Message::new("errorTimeout", &[]) });
        assert_eq!(
            Problem::new("not_html", "a PDF").state(),
            TabState::NotReadable { reason: Message::new("errorNotHtml", &["a PDF"]) }
        );
        assert_eq!(
            Problem::new("needs_javascript", "").state(),
            TabState::NotReadable { reason: Message::new("errorNeedsJavaScript", &[]) }
        );
        assert_eq!(Problem::new("gremlins", "").state(), TabState::Error { message: Message::new("errorUnknown", &["gremlins"]) });
    }

    #[test]
    fn every_engine_error_code_has_words() {
        use crate::extract::{extract_bytes, Format};
        let errors = [
            extract_bytes(b"%PDF-1.4", Format::Html, "https://x.test/p").unwrap_err(),
            extract_bytes(b"   ", Format::Text, "https://x.test/p").unwrap_err(),
        ];
        for error in errors {
            assert_ne!(Problem::new(error.code(), error.detail()).message().key, UNKNOWN, "{error}");
        }
        for code in ["empty", "not_html", "needs_javascript", "login_wall", "rubric"] {
            assert_ne!(Problem::new(code, "").message().key, UNKNOWN, "{code}");
        }
    }
}
