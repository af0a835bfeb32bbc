//! One reader per question. A reader looks at one clause (with its heading, and the lead-in of the
//! list it is an item of) and says which answer, if any, the clause supports and how strongly.
//!
//! Strength is a small ordinal scale, not a probability: 3 is a clause that states the answer
//! outright ("we do not sell your personal information"), 2 a clear but less direct statement,
//! 1 a hint that only counts when nothing better is found. Readers name [`Cue`]s, never words, so
//! they read every language that has a lexicon.

mod care;
mod notice;
mod rights;
mod selling;
mod tracking;

use super::clause::ClauseView;
use super::cue::{Cue, CueSet};
use crate::{AnswerId, QuestionId};

/// A clause's support for one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Vote {
    /// The answer.
    pub answer: AnswerId,
    /// 1 (hint) to 3 (states it outright).
    pub strength: u8,
}

impl Vote {
    pub(crate) fn new(answer: AnswerId, strength: u8) -> Vote {
        Vote { answer, strength }
    }
}

/// A reader for one question.
pub(crate) type Reader = fn(&ClauseView<'_>) -> Option<Vote>;

/// The reader of a question.
pub(crate) fn reader(question: QuestionId) -> Reader {
    match question {
        QuestionId::SellsData => selling::sells_data,
        QuestionId::SharesForAdvertising => selling::shares_for_advertising,
        QuestionId::ThirdPartyTracking => tracking::third_party_tracking,
        QuestionId::DoNotTrack => tracking::do_not_track,
        QuestionId::Deletion => rights::deletion,
        QuestionId::Access => rights::access,
        QuestionId::OptOut => rights::opt_out,
        QuestionId::Retention => care::retention,
        QuestionId::Children => care::children,
        QuestionId::Security => care::security,
        QuestionId::BreachNotification => care::breach_notification,
        QuestionId::ChangeNotice => notice::change_notice,
        QuestionId::LawEnforcement => notice::law_enforcement,
        QuestionId::InternationalTransfer => notice::international_transfer,
        QuestionId::Contact => notice::contact,
    }
}

/// The cues of the question's topic: where the first of them stands in a clause says whether the
/// clause opens with the question (evidence that does is shown first).
pub(crate) fn topic(question: QuestionId) -> CueSet {
    use Cue::*;
    CueSet::from_cues(match question {
        QuestionId::SellsData => &[Sell, Sale, Payment],
        QuestionId::SharesForAdvertising => &[Advertising, MailingList, Sell],
        QuestionId::ThirdPartyTracking => &[Tracker, Analytics, Widget, NamedVendor, Activity, ThirdParty],
        QuestionId::DoNotTrack => &[DntSignal],
        QuestionId::Deletion => &[Delete, Close],
        QuestionId::Access => &[Access, Correct],
        QuestionId::OptOut => &[OptOut, DoNotSellLink, Right],
        QuestionId::Retention => &[Retain, Dispose, Limited, Indefinite, TimeUnit],
        QuestionId::Children => &[Child, Age, Parent],
        QuestionId::Security => &[Security, Measure, Practice, GenericSecurity, Restrict],
        QuestionId::BreachNotification => &[Breach],
        QuestionId::ChangeNotice => &[Change, Consent],
        QuestionId::LawEnforcement => &[Authority, LegalProcess, Law, Required],
        QuestionId::InternationalTransfer => &[Abroad, Country, Region, TransferSafeguard],
        QuestionId::Contact => &[Contact, Officer, Phone, Postal, WebForm, Questions],
    })
}

/// The cues at least one of which a clause (or its heading or lead-in) must hold before the
/// question's reader is asked: a cheap gate, a superset of what each reader needs. It is the topic
/// and, for a few questions, the cues of an answer worded without the topic's words.
pub(crate) fn triggers(question: QuestionId) -> CueSet {
    use Cue::*;
    let otherwise: &[Cue] = match question {
        // "… to our sponsors, who may contact you with their own offers."
        QuestionId::SharesForAdvertising => &[Notify, Contact],
        // "On request, we will tell you what we hold about you."
        QuestionId::Access => &[Right],
        // "If you no longer wish to receive our catalogue, write to us"; "email us to be removed
        // from our mailing list".
        QuestionId::OptOut => &[Wish, MailingList],
        _ => &[],
    };
    topic(question).union(CueSet::from_cues(otherwise))
}
