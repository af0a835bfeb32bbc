//! What a browser tab shows: the states of an analysis and the badge for each.
//!
//! The background worker keeps one [`TabRecord`] per tab in session storage (so it survives the
//! worker being stopped) and one [`SiteEntry`] per site in local storage, and asks this module every
//! question about them: which state an analysis ends in ("no policy" or an error, module `outcome`),
//! whether a tab is already busy, whether a changed policy still earns its star, what the badge says,
//! and which words explain a problem (module `problem`, the one place error codes meet messages).
//! Keeping the decisions here, in plain Rust, means they are tested natively and the JavaScript only
//! stores and applies them.

mod outcome;
mod problem;
mod record;
mod text;

use serde::{Deserialize, Serialize};

use crate::rubric::UiLanguage;
use crate::score::{reason_line, Reason};
use crate::{Grade, Language, Rubric};

pub use self::outcome::{conclude, state_for_report, Attempt, Conclusion};
pub use self::problem::Problem;
pub use self::record::{is_busy, same_document, Change, SiteEntry, TabRecord, BUSY_FOR_MS};
pub use self::text::{PolicyText, TextSection, MAX_TEXT_CHARS};

/// Words for the user, as a `_locales` message key and its substitutions; translated where shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The message key ("errorStatus").
    pub key: String,
    /// The substitutions for `$1`, `$2`, … (untranslated: numbers, addresses, browser errors).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    /// Substitutions that are words of the UI themselves, as message keys ("languageFr"), translated
    /// where shown; they follow `args` (`$2` after one arg).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

impl Message {
    /// A message with its substitutions.
    pub fn new(key: &str, args: &[&str]) -> Message {
        Message { key: key.to_string(), args: args.iter().map(|a| a.to_string()).collect(), terms: Vec::new() }
    }

    /// A message whose substitutions are message keys, translated where shown.
    pub fn with_terms(key: &str, terms: &[&str]) -> Message {
        Message { key: key.to_string(), args: Vec::new(), terms: terms.iter().map(|t| t.to_string()).collect() }
    }
}

/// The message key that names `language` in the UI ("languageDe": "German", "Deutsch").
pub fn language_key(language: Language) -> &'static str {
    match language {
        Language::English => "languageEn",
        Language::German => "languageDe",
        Language::French => "languageFr",
        Language::Spanish => "languageEs",
        Language::Italian => "languageIt",
        Language::Dutch => "languageNl",
        Language::Portuguese => "languagePt",
        Language::Unknown => "languageUnknown",
    }
}

/// The message key that lists the languages Clausewise grades ("English and German"); the
/// `locales` test checks that it names exactly the languages [`crate::classify::graded`] accepts.
pub const GRADED_LANGUAGES_KEY: &str = "languagesGraded";

/// Where the analysis of a tab's site stands.
///
/// Crosses to JavaScript as `{ status: "done", grade: "B" }`: tagged by `status`. It is read back
/// through [`StoredState`], a flat struct: serde's derive for an internally tagged enum buffers the
/// whole value first and costs ten times the code in the wasm.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", try_from = "StoredState")]
pub enum TabState {
    /// Nothing has been analyzed for this tab yet.
    #[default]
    Idle,
    /// The policy is being found, fetched or read.
    Analyzing,
    /// The page links to no privacy policy that could be found.
    NoPolicy,
    /// A policy was found but cannot be graded (PDF, needs JavaScript, unsupported language).
    NotReadable {
        /// Why.
        reason: Message,
    },
    /// Something went wrong (network, server error, timeout).
    Error {
        /// What went wrong.
        message: Message,
    },
    /// The policy was graded.
    Done {
        /// The grade shown on the badge.
        grade: Grade,
        /// Whether the policy's text changed since it was last read (the badge marks it).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        changed: bool,
        /// The facts that decided the grade, for the badge's title.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        reasons: Vec<Reason>,
    },
}

/// A [`TabState`] as stored: every variant's fields, all optional.
#[derive(Deserialize)]
struct StoredState {
    status: String,
    #[serde(default)]
    reason: Option<Message>,
    #[serde(default)]
    message: Option<Message>,
    #[serde(default)]
    grade: Option<Grade>,
    #[serde(default)]
    changed: bool,
    #[serde(default)]
    reasons: Vec<Reason>,
}

impl TryFrom<StoredState> for TabState {
    type Error = String;

    fn try_from(stored: StoredState) -> Result<TabState, String> {
        let missing = |field: &str| format!("a {} state needs its {field}", stored.status);
        Ok(match stored.status.as_str() {
            "idle" => TabState::Idle,
            "analyzing" => TabState::Analyzing,
            "no_policy" => TabState::NoPolicy,
            "not_readable" => TabState::NotReadable { reason: stored.reason.clone().ok_or_else(|| missing("reason"))? },
            "error" => TabState::Error { message: stored.message.clone().ok_or_else(|| missing("message"))? },
            "done" => TabState::Done {
                grade: stored.grade.ok_or_else(|| missing("grade"))?,
                changed: stored.changed,
                reasons: stored.reasons.clone(),
            },
            other => return Err(format!("unknown tab status {other:?}")),
        })
    }
}

/// What the toolbar badge shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Badge {
    /// At most four characters; never the only signal (the title says it in words).
    pub text: String,
    /// Background colour, `#rrggbb`.
    pub background: String,
    /// Text colour chosen for contrast with the background.
    pub color: String,
    /// The tooltip, as a `_locales` message key…
    pub title_key: String,
    /// …and its substitution (empty when the message has none)…
    pub title_arg: String,
    /// …and its second substitution: the facts that decided the grade, already in the UI language
    /// (empty when the message has none; see [`badge_in`])…
    #[serde(default)]
    pub title_reason: String,
    /// …or, instead, a message to translate and substitute (why a policy cannot be read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_detail: Option<Message>,
}

// The Okabe–Ito palette, distinguishable with every common form of colour blindness; the letter
// itself is always on the badge, so colour is never the only signal.
const GRADE_COLOURS: [(Grade, &str, &str); 5] = [
    (Grade::A, "#009E73", "#FFFFFF"),
    (Grade::B, "#56B4E9", "#000000"),
    (Grade::C, "#F0E442", "#000000"),
    (Grade::D, "#E69F00", "#000000"),
    (Grade::E, "#D55E00", "#FFFFFF"),
];
const NEUTRAL: &str = "#5F6368";

/// The badge for a tab in `state`.
pub fn badge(state: &TabState) -> Badge {
    let neutral = |text: &str, key: &str, detail: Option<&Message>| Badge {
        text: text.to_string(),
        background: NEUTRAL.to_string(),
        color: "#FFFFFF".to_string(),
        title_key: key.to_string(),
        title_arg: String::new(),
        title_reason: String::new(),
        title_detail: detail.cloned(),
    };
    match state {
        TabState::Idle => neutral("", "badgeIdle", None),
        TabState::Analyzing => neutral("…", "badgeAnalyzing", None),
        TabState::NoPolicy => neutral("?", "badgeNoPolicy", None),
        TabState::NotReadable { reason } => neutral("!", "badgeNotReadable", Some(reason)),
        TabState::Error { message } => neutral("ERR", "badgeError", Some(message)),
        TabState::Done { grade, changed, .. } => {
            let (_, background, color) =
                GRADE_COLOURS.iter().find(|(g, _, _)| g == grade).copied().unwrap_or((*grade, NEUTRAL, "#FFFFFF"));
            Badge {
                // A star marks a policy that changed since it was last read.
                text: if *changed { format!("{grade}*") } else { grade.to_string() },
                background: background.to_string(),
                color: color.to_string(),
                title_key: if *changed { "badgeGradeChanged" } else { "badgeGrade" }.to_string(),
                title_arg: grade.to_string(),
                title_reason: String::new(),
                title_detail: None,
            }
        }
    }
}

/// The badge for a tab in `state`, its title ending with the facts that decided the grade, in
/// `language`, as the rubric words them.
pub fn badge_in(state: &TabState, rubric: &Rubric, language: UiLanguage) -> Badge {
    let mut badge = badge(state);
    if let TabState::Done { changed, reasons, .. } = state {
        let line = reason_line(reasons, rubric, language);
        if !line.is_empty() {
            badge.title_key = if *changed { "badgeGradeChangedWhy" } else { "badgeGradeWhy" }.to_string();
            badge.title_reason = line;
        }
    }
    badge
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_its_own_badge() {
        let states = [
            TabState::Idle,
            TabState::Analyzing,
            TabState::NoPolicy,
            TabState::NotReadable { reason: Message::new("errorNotHtml", &["PDF"]) },
            TabState::Error { message: Message::new("errorTimeout", &[]) },
            TabState::Done { grade: Grade::A, changed: false, reasons: vec![] },
            TabState::Done { grade: Grade::E, changed: false, reasons: vec![] },
            TabState::Done { grade: Grade::E, changed: true, reasons: vec![] },
        ];
        let badges: Vec<Badge> = states.iter().map(badge).collect();
        for (i, a) in badges.iter().enumerate() {
            assert!(a.text.chars().count() <= 4, "{a:?}");
            for b in &badges[i + 1..] {
                assert_ne!((&a.text, &a.background), (&b.text, &b.background));
            }
        }
        assert_eq!(badges[5].text, "A");
    }

    #[test]
    fn states_cross_the_boundary_as_tagged_json() {
        let json = serde_json::to_string(&TabState::Done { grade: Grade::B, changed: false, reasons: vec![] }).unwrap();
        assert_eq!(json, r#"{"status":"done","grade":"B"}"#);
        let back: TabState =
            serde_json::from_str(r#"{"status":"not_readable","reason":{"key":"errorNotHtml","args":["PDF"]}}"#).unwrap();
        assert_eq!(back, TabState::NotReadable { reason: Message::new("errorNotHtml", &["PDF"]) });
        let done: TabState = serde_json::from_str(r#"{"status":"done","grade":"B","changed":true}"#).unwrap();
        assert_eq!(done, TabState::Done { grade: Grade::B, changed: true, reasons: vec![] });
        for bad in [r#"{"status":"done"}"#, r#"{"status":"error"}"#, r#"{"status":"bored"}"#, r#"{"grade":"A"}"#] {
            assert!(serde_json::from_str::<TabState>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_title_names_the_facts_in_the_ui_language() {
        let rubric = Rubric::default();
        let fact = |q: &str, a: &str, language| rubric.grading.fact(q, a).unwrap().get(language).to_string();
        let reason = |q: &str, a: &str| Reason {
            question: q.into(),
            answer: a.into(),
            by: crate::score::Decider::Dealbreaker,
            rule: Some("x".into()),
        };
        // Stored before grades had reasons: the state still reads, and the title is the plain one.
        let old: TabState = serde_json::from_str(r#"{"status":"done","grade":"D"}"#).unwrap();
        assert_eq!(badge_in(&old, &rubric, UiLanguage::De).title_key, "badgeGrade");
        let state = TabState::Done {
            grade: Grade::D,
            changed: false,
            reasons: vec![reason("sells_data", "yes"), reason("opt_out", "not_stated")],
        };
        for language in UiLanguage::ALL {
            let b = badge_in(&state, &rubric, language);
            assert_eq!((b.title_key.as_str(), b.title_arg.as_str()), ("badgeGradeWhy", "D"));
            assert!(b.title_reason.starts_with(&fact("sells_data", "yes", language)), "{b:?}");
            assert!(b.title_reason.ends_with(&fact("opt_out", "not_stated", language)), "{b:?}");
            assert_eq!((b.text.as_str(), &b.background), (badge(&state).text.as_str(), &badge(&state).background));
        }
        let reason_in = |language| badge_in(&state, &rubric, language).title_reason;
        assert_ne!(reason_in(UiLanguage::En), reason_in(UiLanguage::De));
        let changed = TabState::Done { grade: Grade::D, changed: true, reasons: vec![reason("sells_data", "yes")] };
        assert_eq!(badge_in(&changed, &rubric, UiLanguage::En).title_key, "badgeGradeChangedWhy");
        // A fact the rubric does not have is left out rather than shown as an id.
        let unknown = TabState::Done { grade: Grade::D, changed: false, reasons: vec![reason("sells_data", "perhaps")] };
        assert_eq!(badge_in(&unknown, &rubric, UiLanguage::En).title_key, "badgeGrade");
    }
}
