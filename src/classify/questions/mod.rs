//! One reader per question. A reader looks at one clause (with its heading) and says which answer,
//! if any, the clause supports and how strongly.
//!
//! Strength is a small ordinal scale, not a probability: 3 is a clause that states the answer
//! outright ("we do not sell your personal information"), 2 a clear but less direct statement,
//! 1 a hint that only counts when nothing better is found.

mod care;
mod notice;
mod rights;
mod selling;
mod tracking;

use super::clause::ClauseView;

/// A clause's support for one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Vote {
    /// The answer id.
    pub answer: &'static str,
    /// 1 (hint) to 3 (states it outright).
    pub strength: u8,
}

impl Vote {
    pub(crate) fn new(answer: &'static str, strength: u8) -> Vote {
        Vote { answer, strength }
    }
}

/// Every answer the engine can give to a question it knows, `not_stated` included: the label
/// contract of the corpus README, which a rubric must match.
pub(crate) fn answers(question: &str) -> Option<&'static [&'static str]> {
    Some(match question {
        "sells_data" | "shares_for_advertising" | "third_party_tracking" | "deletion" => &["yes", "no", "not_stated"],
        "access" | "opt_out" | "children" | "law_enforcement" | "international_transfer" | "contact"
        | "breach_notification" => &["yes", "not_stated"],
        "retention" => &["stated_period", "limited", "indefinite", "not_stated"],
        "security" => &["specific", "generic", "not_stated"],
        "change_notice" => &["personal", "posted", "not_stated"],
        "do_not_track" => &["honored", "not_honored", "not_stated"],
        _ => return None,
    })
}

/// A reader for one question.
pub(crate) type Reader = fn(&ClauseView<'_>) -> Option<Vote>;

/// The reader of a question id, if the engine knows the question.
pub(crate) fn reader(question: &str) -> Option<Reader> {
    Some(match question {
        "sells_data" => selling::sells_data,
        "shares_for_advertising" => selling::shares_for_advertising,
        "third_party_tracking" => tracking::third_party_tracking,
        "do_not_track" => tracking::do_not_track,
        "deletion" => rights::deletion,
        "access" => rights::access,
        "opt_out" => rights::opt_out,
        "retention" => care::retention,
        "children" => care::children,
        "security" => care::security,
        "breach_notification" => care::breach_notification,
        "change_notice" => notice::change_notice,
        "law_enforcement" => notice::law_enforcement,
        "international_transfer" => notice::international_transfer,
        "contact" => notice::contact,
        _ => return None,
    })
}
