//! Your control: `deletion`, `access` and `opt_out`.
//!
//! These are rights the user exercises, so a clause counts only when the user is the one acting or
//! asking ("you can delete", "you may request access", "contact us to unsubscribe"), when the clause
//! states a right ("the right to erasure"), or when it is an item of a list whose lead-in does ("You
//! may request: • deletion of your data"). The company deleting data on its own schedule is
//! retention, not a right; the company limiting its staff's access is security, not access.

use super::super::clause::ClauseView;
use super::super::cue::Cue;
use super::Vote;
use crate::AnswerId::{No, Yes};

/// Whether the user acts or asks around word `i`: a right, an ability offered, a way to do it, or
/// the user as the subject. A list item inherits this from its lead-in.
fn user_agency(c: &ClauseView<'_>, i: usize) -> bool {
    let right = c.before(i, 14, Cue::Right) || c.before(i, 14, Cue::Ability) || c.near(i, 14, 14, Cue::Channel);
    let user = c.has(Cue::User) || matches!(c.actor(i), Some(Cue::User));
    (right && (user || c.has(Cue::Right)))
        || matches!(c.actor(i), Some(Cue::User))
        // A verb-final clause: "… dass Sie Ihre Daten entfernen können".
        || (c.after(i, 3, Cue::Ability) && user)
        // An instruction: "to remove your address, use this form".
        || (c.near(i, 14, 14, Cue::Channel) && !matches!(c.actor(i), Some(Cue::FirstPerson | Cue::ThirdParty | Cue::Authority)))
        || (c.has(Cue::Right) && c.has(Cue::User))
        || (c.heading(Cue::Right) && c.heading(Cue::User))
        || (c.lead_in(Cue::Right) || c.lead_in(Cue::Ability)) && c.with_lead_in(Cue::User)
}

/// Whether the object of word `i` is the user's data or account.
fn about_own_data(c: &ClauseView<'_>, i: usize) -> bool {
    // Where the verb comes last, adverbs and coordinated verbs stand between it and its object ("…
    // dass Sie Ihre Daten jederzeit im Konto speichern und genauso einfach wieder abrufen oder
    // löschen können").
    let reach = if c.objects_before_verb() { 14 } else { 10 };
    c.near(i, reach, 12, Cue::Data) || c.near(i, reach, 12, Cue::Account) || given_to_us(c, i)
        // In a list of rights ("the right to access your data, correct it, or have it erased") the
        // data is named once for all of them.
        || (c.has(Cue::Right) && c.has(Cue::Data))
}

/// Whether what follows word `i` is what the user gave the company ("everything you have shared with
/// us"), not any "with us" ("get in contact with us").
fn given_to_us(c: &ClauseView<'_>, i: usize) -> bool {
    c.positions(Cue::Inbound).into_iter().any(|k| k > i && k <= i + 12 && (c.before(k, 3, Cue::Share) || c.is(k, Cue::Inbound) && c.before(k, 3, Cue::Collect)))
}

/// What one clause says about the user's ability to delete their data or account.
pub(crate) fn deletion(c: &ClauseView<'_>) -> Option<Vote> {
    let mut best: Option<Vote> = None;
    for i in c.positions(Cue::Delete).into_iter().chain(c.positions(Cue::Close)) {
        let closing = c.is(i, Cue::Close) && !c.is(i, Cue::Delete);
        if closing && !c.after(i, 4, Cue::Account) {
            continue;
        }
        let stated_right = c.before(i, 6, Cue::Right);
        if !about_own_data(c, i) && !stated_right {
            continue;
        }
        // Leaving a mailing list is opting out; deleting cookies is a browser control.
        // A list of rights names objecting or withdrawing consent beside erasure; that is no mailing list.
        if c.after(i, 8, Cue::MailingList) || c.near(i, 8, 3, Cue::Tracker) || (c.has(Cue::OptOut) && !c.has(Cue::Account) && !c.has(Cue::Right)) {
            continue;
        }
        if let Some(neg) = c.negation_of(i) {
            // "You cannot delete your account", "accounts cannot be deleted", "we offer no way to
            // delete it" deny the ability; "we do not delete data unless you ask" is the company's
            // own practice, and "uninstalling does not close your account" is a fact about closing.
            // Only a denied ability counts ("cannot be deleted", "no way to delete"), not a
            // statement of what some action does ("clearing your history does not delete logs").
            // "cannot be deleted", "keine Möglichkeit zu löschen", "ist nicht vorgesehen".
            let offered = (neg.saturating_sub(3)..i).any(|k| c.is(k, Cue::Ability)) || (neg > i && c.after(neg, 2, Cue::Ability));
            let denied_ability = offered && matches!(c.actor(i), Some(Cue::User | Cue::FirstPerson) | None);
            if denied_ability && !closing && !c.has(Cue::Right) && !c.has(Cue::Exception) {
                best = best.or(Some(Vote::new(No, 2)));
            }
            continue;
        }
        // The passive of a user's action: "should you close your account, your data will be deleted".
        // The closing must be the user's: "if you do not sign in for three years, we close your
        // account and delete it" is the company's own retention practice.
        let users_closing = c.positions(Cue::Close).into_iter().any(|k| !matches!(c.actor(k), Some(Cue::FirstPerson)) && !c.negated(k));
        let after_closing = !closing && users_closing && c.has(Cue::User) && c.has(Cue::Account);
        if !user_agency(c, i) && !after_closing {
            continue;
        }
        let strength = if stated_right || c.has(Cue::Right) { 3 } else if closing { 1 } else { 2 };
        if best.is_none_or(|b| b.answer == No || strength > b.strength) {
            best = Some(Vote::new(Yes, strength));
        }
    }
    best
}

/// Whether the company, on request, tells the user what or whether it holds data about them: "on
/// request, we will tell you what information we hold about you", "Sie können eine Bestätigung
/// darüber verlangen, ob wir Sie betreffende Daten verarbeiten". This is access worded as a report
/// of the data rather than a look at it.
fn told_what_is_held(c: &ClauseView<'_>) -> bool {
    // Without a request it is the policy describing itself ("this policy tells you what we collect
    // about you"), not an answer the user gets.
    if !c.has(Cue::Interrogative) || !(c.has(Cue::Right) || c.lead_in(Cue::Right)) {
        return false;
    }
    // The user puts the question ("you may ask whether …"), or the answer goes to the user ("tell
    // you what …", "teilen wir Ihnen mit, ob …").
    let asked = |v: usize| c.is(v, Cue::Right) && matches!(c.actor(v), Some(Cue::User));
    let told = |v: usize| {
        (c.is(v, Cue::Notify) || c.is(v, Cue::Share)) && (v + 1..=v + 3).any(|k| c.is(k, Cue::User) && !c.is(k, Cue::Possessive)) && !c.negated(v)
    };
    // "Ask us to delete what we hold about you" asks for something else than an answer.
    let other_request = |k: usize| [Cue::Delete, Cue::Dispose, Cue::OptOut, Cue::Close, Cue::StopTracking].iter().any(|cue| c.is(k, *cue));
    c.positions(Cue::Interrogative).into_iter().any(|q| {
        let put = (q.saturating_sub(6)..q).any(|v| (asked(v) || told(v)) && !(v + 1..q).any(other_request));
        // What the question is about: the user's data that the company keeps, processes or collects,
        // not whom it goes to ("an welche Empfänger wir Ihre Daten übermitteln") or when it will write.
        let data = c.after(q, 4, Cue::Data)
            && (q + 1..=q + 4).find(|&k| c.is(k, Cue::Data)).is_some_and(|d| !(q + 1..d).any(|k| c.is(k, Cue::ThirdParty) || c.is(k, Cue::Country) || c.is(k, Cue::Region)));
        let held = c.after(q, 10, Cue::Retain) || c.after(q, 10, Cue::Move) || c.after(q, 10, Cue::Collect);
        put && data && held && c.after(q, 12, Cue::User)
    })
}

/// What one clause says about the user's ability to access, export or correct their data.
pub(crate) fn access(c: &ClauseView<'_>) -> Option<Vote> {
    let mut best: Option<Vote> = told_what_is_held(c).then(|| Vote::new(Yes, 2));
    for i in c.positions(Cue::Access).into_iter().chain(c.positions(Cue::Correct)) {
        if c.negated(i) {
            continue;
        }
        // Someone else reaching the data is security or disclosure, not the user's access.
        // ("Sie sind berechtigt, eine Kopie … anzufordern": the user entitled is a right, not a limit.)
        let entitled = |k: usize| c.is(k, Cue::Ability) && c.before(k, 3, Cue::User);
        let limited = c.before(i, 4, Cue::Restrict)
            && (i.saturating_sub(4)..i).any(|k| c.is(k, Cue::Restrict) && !entitled(k))
            && !matches!(c.actor(i), Some(Cue::User));
        if c.near(i, 8, 4, Cue::Staff) || matches!(c.actor(i), Some(Cue::Authority | Cue::ThirdParty)) || limited {
            continue;
        }
        // The company acting is access only when it is done for the user ("we will tell you what
        // we hold", "let us know and we will fix them"), not "we access your data to run the service".
        let for_user = c.after(i, 2, Cue::User) || c.has(Cue::Right) || (c.is(i, Cue::Correct) && c.has(Cue::Channel));
        if matches!(c.actor(i), Some(Cue::FirstPerson)) && !for_user {
            continue;
        }
        // Updating the policy is a policy change; a copy of the transfer clauses is a document, not
        // the user's data.
        if c.is(i, Cue::Correct) && c.has(Cue::PolicyRef) || c.after(i, 4, Cue::TransferSafeguard) {
            continue;
        }
        let stated_right = c.before(i, 6, Cue::Right);
        // Seeing and getting need the user's own data as object ("download your data", "a copy of
        // the information we hold about you"), not "download information from our website".
        let own = if c.is(i, Cue::Access) {
            c.positions(Cue::Possessive).into_iter().any(|k| {
                // Where objects may precede the verb, the object stands before it or after it in the
                // same clause ("Wenn Sie auf den Dienst zugreifen, erfassen wir Ihre …" is not it).
                let near = if c.objects_before_verb() { k + 14 >= i && (k < i || !c.punctuated_between(i, k)) } else { k > i && k <= i + 6 };
                near && c.is(k, Cue::User) && c.after(k, 4, Cue::Data)
            })
                || given_to_us(c, i)
                // "… the data we hold about you"
                // (not the user right after the verb: "erhalten Sie Informationen zu Angeboten" is the user
                // receiving news, not data about them)
                || ((i + 1..=i + 10).any(|k| c.is(k, Cue::Data) && !(c.objects_before_verb() && c.punctuated_between(i, k)))
                    && c.after(i, 10, Cue::Data)
                    && (i + 2..i + 14).any(|k| c.is(k, Cue::User) && !c.is(k, Cue::Possessive)))
                || c.after(i, 6, Cue::Account)
                || stated_right
                || c.lead_in(Cue::Right)
        } else {
            about_own_data(c, i) || stated_right && c.has(Cue::Right)
        };
        // An authority near the access is its access; one further on is another item of a list of
        // rights ("… the right to complain to your data protection authority").
        if !own || c.near(i, 12, 12, Cue::Authority) {
            continue;
        }
        if !user_agency(c, i) {
            continue;
        }
        let strength = if stated_right { 3 } else { 2 };
        if best.is_none_or(|b| strength > b.strength) {
            best = Some(Vote::new(Yes, strength));
        }
    }
    best
}

/// What one clause says about opting out of marketing, advertising, tracking or other uses.
pub(crate) fn opt_out(c: &ClauseView<'_>) -> Option<Vote> {
    let mut best: Option<Vote> = None;
    // "Tell us not to sell or share your data", "ask us not to email you": an instruction to stop.
    let instructed = c.positions(Cue::Right).into_iter().any(|r| {
        (r + 1..r + 8).any(|k| {
            (c.is(k, Cue::Negation) || c.is(k, Cue::StopTracking))
                && [Cue::Sell, Cue::Share, Cue::Advertising, Cue::PersonalChannel, Cue::Allow].iter().any(|cue| c.after(k, 5, *cue))
        })
    });
    if instructed || declined_by_contact(c) || left_list(c) {
        best = Some(Vote::new(Yes, 2));
    }
    let link = c.positions(Cue::DoNotSellLink);
    for i in c.positions(Cue::OptOut).into_iter().chain(link) {
        if c.negated(i) && !c.within(i, Cue::DoNotSellLink) {
            continue;
        }
        // Objecting to a disclosure under legal process ("if the law requires us to disclose it, we
        // will give you a chance to object") is not opting out of a use of data.
        if c.has(Cue::Authority) || c.has(Cue::LegalProcess) || (c.has(Cue::Law) && c.has(Cue::Required)) {
            continue;
        }
        // Browser or device settings alone are not an opt-out the company offers.
        let company_way = c.has_email() || c.has_url() || c.has(Cue::Contact) || c.has(Cue::Account) || c.has(Cue::Right)
            || c.has(Cue::WebForm) || c.has(Cue::DoNotSellLink);
        if (c.has(Cue::DeviceSetting) || c.after(i, 2, Cue::Tracker)) && !company_way {
            continue;
        }
        // The user opts out: as subject, by a right, by an offered way ("to stop receiving these
        // emails, follow the link"), or in a list of rights.
        let agency = user_agency(c, i) || c.has(Cue::User) || c.within(i, Cue::DoNotSellLink) || c.near(i, 14, 14, Cue::Channel);
        if !agency {
            continue;
        }
        let about_sale = c.has(Cue::Sell) || c.has(Cue::Sale) || c.has(Cue::Share) || c.has(Cue::Advertising);
        let way = c.has(Cue::Channel) || c.has(Cue::Right) || c.has_email() || c.has_url() || c.has(Cue::Contact);
        let strength = match (about_sale && way, way) {
            (true, _) => 3,
            (false, true) => 2,
            _ => 1,
        };
        if best.is_none_or(|b| strength > b.strength) {
            best = Some(Vote::new(Yes, strength));
        }
    }
    best
}

/// Whether the clause gives a way to reach the company itself: a contact, a form, an address, or a
/// link or page that is not the browser's or the device's settings.
fn company_way(c: &ClauseView<'_>) -> bool {
    c.has(Cue::Contact) || c.has(Cue::WebForm) || c.has_email() || c.has_url() || (c.has(Cue::Channel) && !c.has(Cue::DeviceSetting))
}

/// Whether the user declines a use of their data or a kind of message and is told how to say so to
/// the company: "if you no longer wish to receive our catalogue, write to us", "if you prefer that we
/// not use your data for research, email us". This is opting out by contacting the company, worded
/// as the user's wish rather than as a right.
fn declined_by_contact(c: &ClauseView<'_>) -> bool {
    if !c.has(Cue::Wish) || !company_way(c) || c.has(Cue::Authority) || c.has(Cue::LegalProcess) {
        return false;
    }
    c.positions(Cue::Wish).into_iter().any(|w| {
        if !matches!(c.actor(w), Some(Cue::User)) {
            return false;
        }
        // Declined: negated ("do not want"), ended ("no longer wish"), or wishing a negation ("prefer
        // that we not use", "would rather not receive"). Where objects come before the verb, the
        // negation and what is declined stand before it ("keine Werbung mehr von uns erhalten möchten").
        let reach_before = if c.objects_before_verb() { 8 } else { 0 };
        let negated = (w.saturating_sub(reach_before.max(4))..w).any(|k| c.is(k, Cue::Negation))
            || (w > 0 && c.within(w - 1, Cue::Limited))
            || (w + 1..=w + 4).any(|k| c.is(k, Cue::Negation) && !c.punctuated_between(w, k));
        if !negated {
            return false;
        }
        // What is declined: marketing or messages, or a use of the data by someone other than the
        // user ("that we not use your data"); not the user's own doing ("if you no longer want to use
        // our service").
        // A channel counts as messages only when they are received ("to receive emails"): an account
        // or app is a place the user goes ("if you no longer want to use our services, close your
        // account"), an e-mail address data the user gives.
        let received = |k: usize| c.near(k, 3, if c.objects_before_verb() { 3 } else { 0 }, Cue::Collect);
        let kind = |k: usize| {
            [Cue::Advertising, Cue::MailingList, Cue::MessageKind].iter().any(|cue| c.is(k, *cue))
                || (c.is(k, Cue::PersonalChannel) && received(k))
        };
        let use_by_others = |k: usize| {
            [Cue::Allow, Cue::Share, Cue::Sell, Cue::Collect].iter().any(|cue| c.is(k, *cue))
                && matches!(c.actor(k), Some(Cue::FirstPerson | Cue::ThirdParty | Cue::NamedVendor))
                && c.near(w, reach_before, 10, Cue::Data)
        };
        (w.saturating_sub(reach_before)..=w + 10).any(|k| k != w && k < c.len() && (kind(k) || use_by_others(k)))
    })
}

/// Whether the user is taken off a mailing list through the company ("email us to be removed from
/// our mailing list", "write to us and we will remove you from the list"): the deletion reader leaves
/// these to opting out.
fn left_list(c: &ClauseView<'_>) -> bool {
    c.has(Cue::MailingList) && company_way(c) && c.positions(Cue::Delete).into_iter().any(|i| c.after(i, 8, Cue::MailingList) && !c.negated(i))
}
