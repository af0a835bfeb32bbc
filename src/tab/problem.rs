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

/// What a problem's detail is to its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Detail {
    /// The message has no substitution.
    None,
    /// The detail is substituted as it is (a number, an address, the browser's words).
    Text,
    /// The detail is a language code: the message names that language and the graded ones, in
    /// the UI's words.
    Language,
}

/// Code, message key, what the detail is to the message, and the kind.
const PROBLEMS: &[(&str, &str, Detail, Kind)] = &[
    // The worker's: before the engine sees the document.
    ("not_web", "errorNotWeb", Detail::None, Kind::Error),
    ("read_page", "errorReadPage", Detail::Text, Kind::Error),
    ("status", "errorStatus", Detail::Text, Kind::Error),
    ("too_large", "errorTooLarge", Detail::Text, Kind::Error),
    ("timeout", "errorTimeout", Detail::None, Kind::Error),
    ("fetch", "errorFetch", Detail::Text, Kind::Error),
    // The engine's (`Error::code`), and a language it does not read.
    ("empty", "errorEmpty", Detail::None, Kind::NotReadable),
    ("not_html", "errorNotHtml", Detail::Text, Kind::NotReadable),
    ("needs_javascript", "errorNeedsJavaScript", Detail::None, Kind::NotReadable),
    ("login_wall", "errorLoginWall", Detail::None, Kind::NotReadable),
    // Its detail is the rubric's problems in English; the options page says them in the UI's words.
    ("rubric", "errorRubric", Detail::None, Kind::NotReadable),
    ("language", "errorLanguage", Detail::Language, Kind::NotReadable),
];

/// A code that is not in the table (from a newer worker, say) still gets words.
const UNKNOWN: &str = "errorUnknown";

impl Problem {
    /// A problem with its detail.
    pub fn new(code: &str, detail: &str) -> Problem {
        Problem { code: code.to_string(), detail: detail.to_string() }
    }

    fn entry(&self) -> Option<&'static (&'static str, &'static str, Detail, Kind)> {
        PROBLEMS.iter().find(|(code, ..)| *code == self.code)
    }

    /// The words that explain the problem.
    pub fn message(&self) -> Message {
        match self.entry() {
            Some((_, key, Detail::Text, _)) => Message::new(key, &[&self.detail]),
            Some((_, key, Detail::None, _)) => Message::new(key, &[]),
            Some((_, key, Detail::Language, _)) => {
                let language = crate::Language::from_code(&self.detail).unwrap_or(crate::Language::Unknown);
                Message::with_terms(key, &[super::language_key(language), super::GRADED_LANGUAGES_KEY])
            }
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
            Problem::new("not_html", "PDF").state(),
            TabState::NotReadable { reason: Message::new("errorNotHtml", &["PDF"]) }
        );
        assert_eq!(
            Problem::new("needs_javascript", "").state(),
            TabState::NotReadable { reason: Message::new("errorNeedsJavaScript", &[]) }
        );
        assert_eq!(Problem::new("gremlins", "").state(), TabState::Error { message: Message::new("errorUnknown", &["gremlins"]) });
        // English words of the engine never reach the UI as a substitution.
        let rubric = Problem::new("rubric", "weight of sells_data is 11, the most is 10").message();
        assert_eq!(rubric, Message::new("errorRubric", &[]));
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

    #[test]
    fn an_unsupported_language_is_named_with_the_graded_ones() {
        assert_eq!(
            Problem::new("language", "fr").state(),
            TabState::NotReadable { reason: Message::with_terms("errorLanguage", &["languageFr", "languagesGraded"]) }
        );
        let unknown = Problem::new("language", "und").message();
        assert_eq!(unknown.terms, ["languageUnknown", "languagesGraded"]);
        assert!(unknown.args.is_empty(), "nothing untranslated: {unknown:?}");
    }
}
