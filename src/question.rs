//! The questions Clausewise answers and the answers it can give, as types.
//!
//! The label contract (one table: question, its answers, what each means) is listed here once.
//! Everything else — the readers, the aggregation rule, the rubric's validation, evaluation —
//! takes these enums, so a misspelt id is a compile error instead of an answer that silently never
//! matches. On the wire (JSON, storage, the rubric file) both serialize as the contract's snake_case
//! ids, so stored reports and exported settings keep their shape.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in contract order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The contract's snake_case id.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }

        impl FromStr for $name {
            type Err = UnknownId;

            fn from_str(s: &str) -> Result<$name, UnknownId> {
                match s {
                    $($id => Ok($name::$variant),)+
                    _ => Err(UnknownId(s.to_string())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // Rubric data and corpus labels carry ids as strings; comparing against them directly keeps
        // those call sites free of parsing.
        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other
            }
        }
    };
}

ids! {
    /// One question of the label contract.
    QuestionId {
        /// Does the company sell or rent personal data?
        SellsData = "sells_data",
        /// Do third parties receive or collect users' data for advertising or marketing?
        SharesForAdvertising = "shares_for_advertising",
        /// Do third parties track users on the site (cookies, pixels, SDKs, widgets)?
        ThirdPartyTracking = "third_party_tracking",
        /// How long is data kept?
        Retention = "retention",
        /// Can users delete their account or data?
        Deletion = "deletion",
        /// Can users access, export or correct their data?
        Access = "access",
        /// Can users opt out of marketing, advertising, tracking or other uses?
        OptOut = "opt_out",
        /// Does the policy address children's data?
        Children = "children",
        /// How is data protected?
        Security = "security",
        /// How are users told of changes to the policy?
        ChangeNotice = "change_notice",
        /// Is data disclosed to authorities or under legal process?
        LawEnforcement = "law_enforcement",
        /// May data be transferred to or processed in other countries?
        InternationalTransfer = "international_transfer",
        /// Does the company honor browser Do Not Track signals?
        DoNotTrack = "do_not_track",
        /// Is a concrete privacy contact given?
        Contact = "contact",
        /// Will users be told of data breaches?
        BreachNotification = "breach_notification",
    }
}

ids! {
    /// One answer of the label contract. Which answers a question takes is [`QuestionId::answers`].
    AnswerId {
        /// The practice is stated.
        Yes = "yes",
        /// The practice is explicitly denied.
        No = "no",
        /// The policy does not say.
        NotStated = "not_stated",
        /// Retention: a concrete duration.
        StatedPeriod = "stated_period",
        /// Retention: as long as needed, until the account is closed.
        Limited = "limited",
        /// Retention: kept indefinitely.
        Indefinite = "indefinite",
        /// Security: named measures.
        Specific = "specific",
        /// Security: only reasonable or appropriate measures.
        Generic = "generic",
        /// Change notice: users are told directly.
        Personal = "personal",
        /// Change notice: changes are only posted.
        Posted = "posted",
        /// Do Not Track: the signal is honored.
        Honored = "honored",
        /// Do Not Track: the signal is not honored.
        NotHonored = "not_honored",
    }
}

/// An id that names no question or answer of the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownId(pub String);

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown id {:?}", self.0)
    }
}

impl std::error::Error for UnknownId {}

/// How a question's answers, read from many clauses, become one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Graded answers: the first in this order with any support wins ("a stated period anywhere beats
    /// 'as long as necessary'").
    Precedence(&'static [AnswerId]),
    /// Opposed answers: the strongest statement wins, ties to the earlier answer in this order.
    Strongest(&'static [AnswerId]),
}

impl QuestionId {
    /// The answers the contract allows for this question, `not_stated` last.
    pub const fn answers(self) -> &'static [AnswerId] {
        use AnswerId::*;
        match self {
            QuestionId::SellsData
            | QuestionId::SharesForAdvertising
            | QuestionId::ThirdPartyTracking
            | QuestionId::Deletion => &[Yes, No, NotStated],
            QuestionId::Access
            | QuestionId::OptOut
            | QuestionId::Children
            | QuestionId::LawEnforcement
            | QuestionId::InternationalTransfer
            | QuestionId::Contact
            | QuestionId::BreachNotification => &[Yes, NotStated],
            QuestionId::Retention => &[StatedPeriod, Limited, Indefinite, NotStated],
            QuestionId::Security => &[Specific, Generic, NotStated],
            QuestionId::ChangeNotice => &[Personal, Posted, NotStated],
            QuestionId::DoNotTrack => &[Honored, NotHonored, NotStated],
        }
    }

    /// How votes for this question's answers are resolved into one.
    pub const fn resolution(self) -> Resolution {
        use AnswerId::*;
        match self {
            QuestionId::Retention => Resolution::Precedence(&[StatedPeriod, Limited, Indefinite]),
            QuestionId::Security => Resolution::Precedence(&[Specific, Generic]),
            QuestionId::ChangeNotice => Resolution::Precedence(&[Personal, Posted]),
            // A statement that the signal is ignored outweighs a vague nod to it.
            QuestionId::DoNotTrack => Resolution::Strongest(&[NotHonored, Honored]),
            QuestionId::SellsData
            | QuestionId::SharesForAdvertising
            | QuestionId::ThirdPartyTracking
            | QuestionId::Deletion => Resolution::Strongest(&[Yes, No]),
            _ => Resolution::Strongest(&[Yes]),
        }
    }

    /// The question's position in [`QuestionId::ALL`], a stable small index for bit sets.
    pub fn index(self) -> usize {
        QuestionId::ALL.iter().position(|q| *q == self).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_strings_and_json() {
        for q in QuestionId::ALL {
            assert_eq!(q.as_str().parse::<QuestionId>(), Ok(*q));
            assert_eq!(serde_json::to_string(q).unwrap(), format!("\"{}\"", q.as_str()));
            for a in q.answers() {
                assert_eq!(a.as_str().parse::<AnswerId>(), Ok(*a));
            }
            assert_eq!(q.answers().last(), Some(&AnswerId::NotStated), "{q}: not_stated is last");
        }
        assert!("sells-data".parse::<QuestionId>().is_err());
        assert!("maybe".parse::<AnswerId>().is_err());
    }

    #[test]
    fn every_resolution_names_only_the_questions_answers() {
        for q in QuestionId::ALL {
            let (Resolution::Precedence(order) | Resolution::Strongest(order)) = q.resolution();
            for a in order {
                assert!(q.answers().contains(a), "{q}: {a}");
            }
            // Every answer but not_stated can win.
            assert_eq!(order.len(), q.answers().len() - 1, "{q}");
        }
    }
}
