//! The one error type of the engine.
//!
//! Following the regex crates, an [`Error`] is a struct around a private kind: callers can display it
//! and ask the few questions that matter to them, while the kinds stay free to change.

use std::fmt;

/// An error from reading a policy or a rubric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// The input had no readable text at all.
    Empty,
    /// The input is a PDF (or another binary format), not a page; `what` names the format (`"PDF"`,
    /// a media type), untranslated.
    NotHtml { what: String },
    /// The page only shows its text after JavaScript runs.
    NeedsJavaScript,
    /// The address led to a sign-in form, not to the policy.
    LoginWall,
    /// A rubric (defaults or user overrides) is malformed.
    Rubric { message: String },
}

impl Error {
    pub(crate) fn empty() -> Error {
        Error { kind: ErrorKind::Empty }
    }

    pub(crate) fn not_html(what: impl Into<String>) -> Error {
        Error { kind: ErrorKind::NotHtml { what: what.into() } }
    }

    pub(crate) fn needs_javascript() -> Error {
        Error { kind: ErrorKind::NeedsJavaScript }
    }

    pub(crate) fn login_wall() -> Error {
        Error { kind: ErrorKind::LoginWall }
    }

    pub(crate) fn rubric(message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Rubric { message: message.into() } }
    }

    /// A short, stable machine-readable code for this error (`"empty"`, `"not_html"`,
    /// `"needs_javascript"`, `"login_wall"`, `"rubric"`), used by the extension to pick the screen it shows.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Empty => "empty",
            ErrorKind::NotHtml { .. } => "not_html",
            ErrorKind::NeedsJavaScript => "needs_javascript",
            ErrorKind::LoginWall => "login_wall",
            ErrorKind::Rubric { .. } => "rubric",
        }
    }
}

impl Error {
    /// The part of the message that varies (`"PDF"` for `not_html`, the problems of a rubric), for
    /// messages translated elsewhere; empty for the other kinds.
    pub fn detail(&self) -> &str {
        match &self.kind {
            ErrorKind::NotHtml { what } => what,
            ErrorKind::Rubric { message } => message,
            ErrorKind::Empty | ErrorKind::NeedsJavaScript | ErrorKind::LoginWall => "",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Empty => write!(f, "the page has no readable text"),
            ErrorKind::NotHtml { what } => write!(f, "the document is not a web page ({what})"),
            ErrorKind::NeedsJavaScript => {
                write!(f, "the page shows its text only after JavaScript runs")
            }
            ErrorKind::LoginWall => write!(f, "the address leads to a sign-in page, not to the policy"),
            ErrorKind::Rubric { message } => write!(f, "invalid rubric: {message}"),
        }
    }
}

impl std::error::Error for Error {}
