//! Transparency and disclosures: `change_notice`, `law_enforcement`, `international_transfer` and
//! `contact`.
//!
//! A change-notice clause is about changes to the policy itself (a change word and the policy, or a
//! change word under a heading about changes to the policy). It is personal when users are told
//! directly — by e-mail, in the app, by a notice sent to them, by asking their consent, or in the
//! passive "you will be notified" — and posted when the change is only published or signalled by a
//! new date. A reserved right (to change the policy, or to notify) or a list of kinds of messages
//! ("we may send account messages, such as notices of changes to our terms") promises nothing;
//! changing one's own profile is not a policy change.

use super::super::clause::ClauseView;
use super::super::cue::Cue;
use super::Vote;
use crate::AnswerId::{Personal, Posted, Yes};

/// What one clause says about how users learn of changes to the policy.
pub(crate) fn change_notice(c: &ClauseView<'_>) -> Option<Vote> {
    // Changes to the user's own details ("to change your profile, email us", "if your information
    // changes, update it") are not changes to the policy.
    let own = |i: usize| {
        (c.after(i, 4, Cue::Data) || c.after(i, 4, Cue::Account) || c.before(i, 2, Cue::Data)
            || (matches!(c.actor(i), Some(Cue::User)) && (c.before(i, 4, Cue::Ability) || c.objects_before_verb() && c.has(Cue::Ability))))
            && !c.near(i, 8, 8, Cue::PolicyRef)
    };
    let changes: Vec<usize> = c.positions(Cue::Change).into_iter().filter(|&i| !own(i)).collect();
    // A use the policy did not state ("in a manner different from that stated", "for another
    // purpose") needing the user's consent is a change of the policy's terms.
    let new_use = c.has(Cue::Consent)
        && c.has(Cue::Commitment)
        && !c.has(Cue::Share)
        && !c.has(Cue::Sell)
        && c.has(Cue::FirstPerson)
        && c.positions(Cue::Allow).into_iter().any(|u| {
            // "in a manner different from …", "for a purpose not described in this policy"
            c.near(u, 8, 7, Cue::Elsewhere) || (c.after(u, 8, Cue::Negation) && c.has(Cue::PolicyRef))
        });
    if new_use && c.positions(Cue::Consent).into_iter().any(|i| !c.negated(i)) {
        return Some(Vote::new(Personal, 2));
    }
    if changes.is_empty() {
        return None;
    }
    // About the policy: it names the policy, sits under a heading about changes, or follows the
    // sentence that says the policy may change ("We may revise this policy. If a revision reduces
    // your rights, we will notify you.").
    let previous = c.previous(Cue::Change) && c.previous(Cue::PolicyRef);
    // "If we make material changes, we will email you": changes the company makes, with no object,
    // announced to the user, are changes to the terms it states.
    // Something else changing under a condition ("we will tell you if the event changes") is not a
    // change the company makes ("if we make changes").
    let bare = changes.iter().any(|&i| {
        let something_else = c.before(i, 3, Cue::Condition) && !c.before(i, 3, Cue::FirstPerson);
        !something_else && !c.after(i, 4, Cue::Goods) && !c.after(i, 4, Cue::Data) && !c.after(i, 4, Cue::Account)
    })
        && c.has(Cue::FirstPerson)
        && (c.has(Cue::Notify) || c.has(Cue::PersonalChannel) || c.has(Cue::Consent));
    let about_policy = c.has(Cue::PolicyRef) || c.heading(Cue::Change) || previous || bare;
    if !about_policy {
        return None;
    }
    // Kinds of messages the service may send are not a promise of notice: the change comes as an
    // example in a list ("we may send account messages, such as notices about changes"), unlike a
    // channel given as an example ("we will tell you, for example by e-mail").
    let first_change = changes.first().copied().unwrap_or(0);
    let listed = c.has(Cue::MessageKind) && c.has(Cue::Example)
        || (c.has(Cue::Possibility) || c.has(Cue::Reserve)) && c.positions(Cue::Example).into_iter().any(|k| k < first_change);
    // Telling the user, as a commitment or a statement: a reserved right ("we reserve the right to
    // notify you") promises nothing.
    let told = c.positions(Cue::Notify).into_iter().any(|i| {
        // "sich über Änderungen informieren" is the user informing themselves.
        !c.negated(i) && !c.before(i, 3, Cue::Reflexive) && c.modality(i) != Some(Cue::Reserve) && (c.near(i, 3, 3, Cue::User) || c.before(i, 4, Cue::User))
    });
    // A channel to the user, not from them ("contact us by e-mail", "eine Mitteilung an uns").
    let channel = c.positions(Cue::PersonalChannel).into_iter().any(|i| {
        !c.negated(i) && !c.before(i, 3, Cue::Contact) && !(i + 1..i + 3).any(|k| c.is(k, Cue::FirstPerson) && !c.is(k, Cue::Possessive))
    });
    let posted = c.has(Cue::PostedChannel);
    // Asking for consent is personal; "continued use means you accept" is not asking.
    let consent = !posted && c.positions(Cue::Consent).into_iter().any(|i| !c.negated(i) && !matches!(c.actor(i), Some(Cue::User)));
    if listed {
        return None;
    }
    if channel || consent || (told && !posted) {
        return Some(Vote::new(Personal, 3));
    }
    // Posted, or only announced as possible, or left to the user to check ("please visit this page").
    let check_back = c.has(Cue::UserDuty) && c.has(Cue::PolicyRef);
    // Where the new version goes decides "posted" more than that there may be one.
    if posted {
        return Some(Vote::new(Posted, 3));
    }
    // A reserved right to change ("we reserve the right to amend this policy") says nothing of how
    // users learn of a change; said "without notice", it is posted (above), since only the text changes.
    if told || c.has(Cue::Possibility) || c.has(Cue::Commitment) || check_back {
        return Some(Vote::new(Posted, 2));
    }
    None
}

/// What one clause says about disclosing data to authorities or under legal process.
pub(crate) fn law_enforcement(c: &ClauseView<'_>) -> Option<Vote> {
    let named = c.has(Cue::Authority) || c.has(Cue::LegalProcess);
    // "when required by law", "if the law compels us", "sometimes the law requires us to pass it on".
    let obliged = c.has(Cue::Law) && c.has(Cue::Required);
    if !named && !obliged {
        return None;
    }
    // Disclosing, or answering authorities ("we respond to subpoenas"); processing to meet a legal
    // obligation ("we keep tax records as the law requires") discloses nothing.
    // Telling a named authority ("… an Behörden mitteilen", "we report it to the police") discloses to
    // it; telling the user about authorities does not.
    let verb = |i: usize| {
        c.is(i, Cue::Share)
            || (named && (c.is(i, Cue::Respond) || c.is(i, Cue::Access)))
            || (c.is(i, Cue::Notify) && c.near(i, 8, 2, Cue::Authority) && !c.near(i, 3, 3, Cue::User))
    };
    let disclosed = (0..c.len()).any(|i| verb(i) && !c.negated(i));
    // "We will not share your details unless the law forces us to": the exception is the practice.
    let excepted = (0..c.len()).any(|i| {
        verb(i) && c.negated(i) && c.positions(Cue::Exception).into_iter().any(|k| k > i && (c.after(k, 8, Cue::Law) || c.after(k, 8, Cue::Authority) || c.after(k, 8, Cue::LegalProcess)))
    });
    if !disclosed && !excepted && !c.heading(Cue::Share) {
        return None;
    }
    // The user's own complaints to authorities ("you may complain to a supervisory authority") are
    // not disclosures.
    if c.has(Cue::Questions) && c.has(Cue::User) && !c.has(Cue::Share) {
        return None;
    }
    // The company handing data to an authority decides the question; an authority that may reach
    // data on its own ("authorities may access data stored in that country") says less.
    let handed = (0..c.len()).any(|i| verb(i) && !c.negated(i) && !(c.is(i, Cue::Access) && !c.is(i, Cue::Share) && matches!(c.actor(i), Some(Cue::Authority))));
    Some(Vote::new(Yes, if named && (handed || excepted) { 3 } else { 2 }))
}

/// What one clause says about moving data to other countries.
pub(crate) fn international_transfer(c: &ClauseView<'_>) -> Option<Vote> {
    let moved = c.positions(Cue::Move).into_iter().filter(|&i| !c.negated(i)).collect::<Vec<_>>();
    // Another country: "abroad", "other countries", "a different jurisdiction", "outside your
    // country", "outside the EEA".
    let elsewhere = |k: usize| {
        c.is(k, Cue::Abroad) || (c.is(k, Cue::Country) && (c.before(k, 3, Cue::Elsewhere) || c.before(k, 3, Cue::Outside) || c.after(k, 6, Cue::Elsewhere)))
    };
    let abroad = moved.iter().any(|&i| {
        (i.saturating_sub(12)..i + 13).any(|k| elsewhere(k) && !c.negated(k)) || (c.near(i, 10, 10, Cue::Outside) && c.near(i, 10, 10, Cue::Region))
    });
    // "Our servers are located in the United States": a named place where data is kept — unless the
    // sentence keeps it there ("stored only in Germany and never leaves the country").
    let kept_home = c.has(Cue::Only) || c.has(Cue::Negation);
    // Where the verb comes last, the place stands before it ("… werden in den USA gespeichert").
    let placed = !kept_home
        && c.has(Cue::Data)
        && moved.iter().any(|&i| c.after(i, 10, Cue::Region) || (c.objects_before_verb() && c.before(i, 8, Cue::Region)));
    if abroad || placed {
        return Some(Vote::new(Yes, if abroad { 2 } else { 1 }));
    }
    // A safeguard for transfers implies them, but the sentence saying data goes abroad proves it
    // better, so this is only a hint.
    if c.has(Cue::TransferSafeguard) && moved.iter().any(|&i| c.is(i, Cue::Move)) {
        return Some(Vote::new(Yes, 1));
    }
    None
}

/// What one clause says about how to reach the company about privacy.
pub(crate) fn contact(c: &ClauseView<'_>) -> Option<Vote> {
    // An unsubscribe instruction is a way to opt out, not a privacy contact.
    if c.has(Cue::OptOut) && !c.has(Cue::Questions) && !c.has(Cue::Officer) {
        return None;
    }
    // The lines of an address block follow a contact sentence or another address line.
    let block = c.previous(Cue::Contact) || c.previous(Cue::Postal) || c.lead_in(Cue::Contact);
    // "To exercise your rights, e-mail privacy@…": the address for privacy requests.
    let about = c.has(Cue::Contact) || c.has(Cue::Questions) || c.has(Cue::Officer) || c.heading(Cue::Contact)
        || c.heading(Cue::Questions) || block;
    let email = c.has_email();
    if email && (about || c.has(Cue::PolicyRef) || c.has(Cue::Right)) {
        return Some(Vote::new(Yes, 3));
    }
    // A full address with a mailbox is a contact block by itself.
    if email && c.has(Cue::Postal) && postcode(c) {
        return Some(Vote::new(Yes, 2));
    }
    if c.has(Cue::Officer) && (c.has(Cue::Contact) || email || c.has(Cue::Postal) || c.has(Cue::Phone)) {
        return Some(Vote::new(Yes, 2));
    }
    let phone = c.has(Cue::Phone) && digits(c) >= 7;
    // "Our phone number is …": the company gives its own line.
    if phone && c.has(Cue::FirstPerson) {
        return Some(Vote::new(Yes, 2));
    }
    // A postcode makes an address, with a street word or after a contact word ("write to us at …").
    let postal = postcode(c) && (c.has(Cue::Postal) || c.has(Cue::Contact) || block);
    let web = c.has(Cue::WebForm) || (c.has_url() && about);
    if (phone || postal || web) && about {
        return Some(Vote::new(Yes, 2));
    }
    // A full postal address (a street or box and a postcode) is a contact even on a line of its own.
    if postal && c.has(Cue::Postal) {
        return Some(Vote::new(Yes, 1));
    }
    // "Contact us by e-mail with questions" whose address is behind a link.
    if c.has(Cue::Contact) && c.has(Cue::PersonalChannel) && (c.has(Cue::Questions) || c.has(Cue::PolicyRef)) {
        return Some(Vote::new(Yes, 1));
    }
    None
}

/// How many digits the clause's number-like tokens hold ("800-555-0100" has ten).
fn digits(c: &ClauseView<'_>) -> usize {
    (0..c.len())
        .map(|i| c.word(i))
        .filter(|w| w.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, '-' | '.' | '/')))
        .map(|w| w.chars().filter(char::is_ascii_digit).count())
        .filter(|n| *n >= 2)
        .sum()
}

/// Whether the clause holds a postal code: digits alone ("94105", "10115"), with an extension
/// ("94105-1234"), or letters and digits mixed in one or two short tokens ("SW1A 1AA", "H3Z 2Y7").
fn postcode(c: &ClauseView<'_>) -> bool {
    (0..c.len()).any(|i| {
        let w = c.word(i);
        // Every form of postcode has a digit in its first word; most words have none.
        if !w.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        let digits = w.chars().filter(char::is_ascii_digit).count();
        let letters = w.chars().filter(char::is_ascii_alphabetic).count();
        let plain = (4..=6).contains(&digits) && letters == 0 && !w.contains('.');
        let extended = w.len() == 10 && w.as_bytes().get(5) == Some(&b'-') && digits == 9;
        let mixed = (2..=4).contains(&w.len()) && digits >= 1 && letters >= 1 && {
            let n = c.word(i + 1);
            (2..=3).contains(&n.len()) && n.chars().any(|ch| ch.is_ascii_digit()) && n.chars().any(|ch| ch.is_ascii_alphabetic())
        };
        plain || extended || mixed
    })
}
