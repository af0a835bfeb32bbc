//! Your control: `deletion`, `access` and `opt_out`.
//!
//! These are rights the user exercises, so a clause counts only when the user is the one acting
//! ("you can delete", "you may request access", "you have the right to opt out", "contact us to
//! unsubscribe") or the company offers the action to them ("we will delete your data on request").
//! The company deleting data on its own schedule is retention, not a right; the company limiting
//! its staff's access is security, not access.

use super::super::clause::ClauseView;
use super::Vote;

/// Cues that the user is the actor or the beneficiary of the action.
const USER_CUES: &[&str] = &[
    "you", "your", "user", "users", "consumer", "consumers", "member", "members", "individual", "individuals",
    "customer", "customers", "visitor", "visitors", "resident", "residents", "parent", "parents",
];

fn user_agency(c: &ClauseView<'_>, i: usize) -> bool {
    // "To remove your address, please use this form": the way to do it may follow the verb.
    let after = (i + 1..i + 20).any(|k| matches!(c.word(k), "please" | "form" | "request" | "click" | "visit"));
    if after && c.any_word(|w| USER_CUES.contains(&w) || matches!(w, "please" | "to")) {
        return true;
    }
    // "you can", "you may", "right to", "request", "ask us", "contact us", "choose", "option"
    let lo = i.saturating_sub(14);
    (lo..i).any(|k| {
        matches!(
            c.word(k),
            "can" | "may" | "able" | "right" | "opportunity" | "provides" | "way" | "rights" | "request" | "requests" | "requesting" | "ask" | "contact"
                | "choose" | "option" | "options" | "wish" | "want" | "like" | "entitled" | "allow" | "allows" | "let"
                | "lets" | "enable" | "enables" | "how" | "please" | "email" | "e-mail" | "write" | "visit" | "click"
                | "submit" | "exercise" | "simply" | "easily" | "also"
        )
    }) && (c.any_word(|w| USER_CUES.contains(&w.trim_end_matches("'s")) || w == "yourself")
        // "The right to request deletion of personal information" names no user but is one.
        || (lo..i).any(|k| matches!(c.word(k), "right" | "rights" | "request" | "please" | "ask" | "entitled")))
        || c.heading_has_any(&["your rights", "your choices", "your privacy rights", "access", "delet", "correct", "your california", "control"])
            && c.any_word(|w| USER_CUES.contains(&w))
}

fn object_is_personal(c: &ClauseView<'_>, i: usize) -> bool {
    c.near(i, 3, 12, |w| {
        matches!(
            w,
            "information" | "data" | "account" | "accounts" | "profile" | "details" | "pii" | "content" | "records"
                | "it" | "them" | "history" | "preferences" | "registration" | "email" | "e-mail" | "address"
                | "photos" | "posts" | "messages" | "comments"
        )
    })
}

/// What one clause says about the user's ability to delete their data or account.
pub(crate) fn deletion(c: &ClauseView<'_>) -> Option<Vote> {
    let verbs = c.positions(|w| {
        matches!(
            w,
            "delete" | "deleted" | "deleting" | "deletion" | "erase" | "erased" | "erasure" | "remove" | "removed"
                | "removal" | "close" | "deactivate" | "cancel" | "terminate" | "clear" | "clearing"
        )
    });
    for i in verbs {
        let w = c.word(i);
        if matches!(w, "close" | "deactivate" | "cancel" | "terminate" | "clear" | "clearing")
            && !c.near(i, 0, 3, |x| matches!(x, "account" | "accounts" | "membership" | "profile" | "history" | "data"))
        {
            continue;
        }
        if c.negated(i, 5) && !c.has("right") {
            continue;
        }
        // "we delete your data after 30 days" is the company's schedule, not the user's choice.
        if !object_is_personal(c, i) || !user_agency(c, i) {
            continue;
        }
        // Rank for evidence: a stated right or a way to request deletion first, then self-serve
        // deletion ("you can delete your profile"), then closing an account.
        let deletes = matches!(w, "delete" | "deletion" | "erase" | "erasure" | "deleted");
        let strength = if deletes && c.has_any(&["right to", "request", "ask us", "contact us"]) {
            3
        } else if deletes || c.has_any(&["you can", "you may"]) {
            2
        } else {
            1
        };
        return Some(Vote::new("yes", strength));
    }
    None
}

/// What one clause says about the user's ability to access, export or correct their data.
pub(crate) fn access(c: &ClauseView<'_>) -> Option<Vote> {
    // "The right to know the categories …" is weaker evidence than a right to access or a copy.
    if c.has_any(&["right of access", "right to access", "request access", "access request", "data portability", "right to correct", "right to rectif", "right to request a copy", "copy of the personal", "copy of your", "copy of certain", "copy of the information"]) {
        return Some(Vote::new("yes", 3));
    }
    if c.has("right to know") {
        return Some(Vote::new("yes", 2));
    }
    let verbs = c.positions(|w| {
        matches!(
            w,
            "access" | "accessing" | "review" | "view" | "correct" | "correction" | "update" | "updating" | "edit"
                | "editing" | "modify" | "change" | "amend" | "rectify" | "rectification" | "export" | "download"
                | "obtain" | "inspect" | "updated" | "corrected" | "manage"
        )
    });
    for i in verbs {
        let w = c.word(i);
        if c.negated(i, 5) {
            continue;
        }
        // "access" in security clauses is about who else can reach the data.
        let security_sense = c.near(i, 6, 6, |x| {
            matches!(x, "unauthorized" | "employees" | "staff" | "limit" | "limited" | "restrict" | "restricted" | "authorized" | "personnel" | "contractors" | "agents")
        });
        if w == "access" && (security_sense || matches!(c.word(i + 1), "our" | "the" | "this" | "certain" | "these")) && !c.near(i, 0, 4, |x| matches!(x, "your" | "their")) {
            continue;
        }
        // Someone else obtaining the data ("authorities may obtain your information") is not access.
        if c.near(i, 10, 0, |x| matches!(x, "government" | "authorities" | "agencies" | "courts" | "enforcement" | "they" | "partners" | "providers")) {
            continue;
        }
        if matches!(w, "update" | "change" | "modify" | "amend") && c.has_any(&["this policy", "privacy policy", "this privacy", "this statement", "this notice", "terms"]) {
            continue;
        }
        // Seeing something ("the pages you view") is not seeing your data: these verbs need the data
        // right after them.
        if matches!(w, "view" | "review" | "access" | "accessing" | "manage") && !c.near(i, 0, 6, |x| matches!(x, "information" | "data" | "account" | "profile" | "details" | "records")) {
            continue;
        }
        if !object_is_personal(c, i) || !user_agency(c, i) {
            continue;
        }
        return Some(Vote::new("yes", 2));
    }
    None
}

/// What one clause says about opting out of marketing, advertising, tracking or other uses.
pub(crate) fn opt_out(c: &ClauseView<'_>) -> Option<Vote> {
    let cues = c.positions(|w| {
        matches!(
            w,
            "opt" | "opt-out" | "opting" | "unsubscribe" | "unsubscribing" | "opted" | "object" | "withdraw"
        )
    });
    let mut best: Option<Vote> = None;
    for i in cues {
        let w = c.word(i);
        if matches!(w, "opt" | "opting" | "opted") && !matches!(c.word(i + 1), "out" | "-out") {
            continue;
        }
        if w == "withdraw" && !c.near(i, 0, 4, |x| x == "consent") {
            continue;
        }
        if w == "object" && !c.near(i, 0, 5, |x| matches!(x, "processing" | "marketing" | "use")) {
            continue;
        }
        if c.negated(i, 6) && !c.has("right") {
            continue;
        }
        // Browser settings alone do not count as an opt-out the company offers.
        let browser_only = c.has_any(&["browser", "cookie settings", "device settings"])
            && !c.has_any(&["email", "e-mail", "contact us", "link", "click", "unsubscribe", "account", "settings page", "preferences", "aboutads", "networkadvertising", "nai", "daa", "request", "form"]);
        if browser_only {
            continue;
        }
        // Rank for evidence: the user's own right to opt out of sale or sharing, or how to exercise
        // it, proves the answer best; a marketing opt-out with a way to do it comes next; device
        // settings and other companies' opt-out tools last.
        let sale_right = c.has_any(&["sale", "sell", "sharing", "right to opt", "exercise", "submit a request", "request to opt"]);
        let channel = c.has_any(&["you can", "you may", "right to", "click", "link", "contact", "email", "e-mail", "by visiting", "by sending", "at any time", "instructions", "page", "form", "request"]);
        let elsewhere = c.has_any(&["device", "settings on your", "google", "browser", "add-on"]);
        let strength = match (sale_right && channel, channel && !elsewhere) {
            (true, _) => 3,
            (false, true) => 2,
            _ => 1,
        };
        if best.is_none_or(|b| b.strength < strength) {
            best = Some(Vote::new("yes", strength));
        }
    }
    if best.is_none() && c.has_any(&["do not sell my", "do not sell or share my", "choose not to receive", "no longer wish to receive", "stop receiving", "remove you from our mailing", "remove your name from", "limit the use of my"]) {
        best = Some(Vote::new("yes", 2));
    }
    best
}
