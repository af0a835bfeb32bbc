//! Selling and sharing: `sells_data` and `shares_for_advertising`.
//!
//! Selling is the question users care most about and the one policies word most carefully, so the
//! reader looks at every selling word of a clause and asks, for each one:
//! - is it about personal data at all (not goods sold in a shop, not the sale of the business)?
//! - is it the company's own practice (not a user's right to opt out of a sale, not "whether we
//!   sell", not a third party selling its products)?
//! - is it negated, and is the negation restricted ("for their own marketing") or undone by an
//!   exception ("unless you opt out", "except to our partners")?
//! - does the policy concede that a legal definition makes some sharing a sale ("sharing with ad
//!   partners may count as a sale under state law")? The contract reads that as "may sell unless you
//!   opt out": yes.

use super::super::clause::ClauseView;
use super::super::cue::Cue;
use super::Vote;
use crate::AnswerId::{No, Yes};

/// What one clause says about selling personal data.
pub(crate) fn sells_data(c: &ClauseView<'_>) -> Option<Vote> {
    // Statements limited to minors ("we do not knowingly sell the data of consumers under 16") say
    // nothing about everyone else.
    let minors = c.has(Cue::Child) || (c.has(Cue::Under) && c.has(Cue::Age));
    let mut best: Option<Vote> = None;
    let mut conceded = false;
    for i in (0..c.len()).filter(|&i| c.is(i, Cue::Sell) || c.is(i, Cue::Sale)) {
        if c.within(i, Cue::DoNotSellLink) {
            continue;
        }
        let Some(mut vote) = read_sale(c, i) else { continue };
        if vote.answer == Yes && c.before(i, 4, Cue::LegalCategory) {
            conceded = true;
        }
        if minors {
            if vote.answer == Yes {
                continue;
            }
            vote.strength = 1;
        }
        if best.is_none_or(|b| vote.strength > b.strength) {
            best = Some(vote);
        }
    }
    if conceded {
        return Some(Vote::new(Yes, 3));
    }
    // Selling worded as handing data over for value: "we make your details available to other
    // companies for a fee", "we license profiles to marketers for payment" — or denied so ("wir
    // geben Ihre Daten nicht gegen Entgelt weiter").
    if best.is_none() && c.has(Cue::Payment) && c.has(Cue::Data) && !c.has(Cue::BusinessTransfer) && !c.has(Cue::Definition) {
        let denied = c.positions(Cue::Share).into_iter().any(|i| c.negated(i)) || c.positions(Cue::Payment).into_iter().any(|i| c.negated(i));
        if denied {
            return Some(Vote::new(No, 2));
        }
        let paid = c.positions(Cue::Payment).into_iter().any(|i| !c.conditional(i));
        if paid && (c.has(Cue::ThirdParty) || c.has(Cue::Share)) {
            return Some(Vote::new(Yes, 2));
        }
    }
    best
}

fn read_sale(c: &ClauseView<'_>, i: usize) -> Option<Vote> {
    let legal = c.before(i, 4, Cue::LegalCategory);
    if c.is(i, Cue::Sale) && !legal {
        // "sale of your personal information" is about data; "sale of assets", "for sale" are not,
        // unless the data is what is said not to be for sale ("your data is not for sale").
        let of_data = c.after(i, 5, Cue::Data) && !c.after(i, 3, Cue::Goods) && !c.after(i, 3, Cue::BusinessTransfer);
        let data_not_for_sale = c.negated(i) && c.before(i, 8, Cue::Data) && !c.has(Cue::BusinessTransfer);
        if !of_data && !data_not_for_sale {
            return None;
        }
        // "Ein Verkauf Ihrer Daten … ist ausgeschlossen": a sale denied at the end of the clause.
        if of_data && c.negated_after(i) {
            return Some(read_denial(c, i));
        }
    }
    // Goods next to the verb ("sell products", where the object comes first "seine Aktiva … verkauft").
    let goods = c.after(i, 3, Cue::Goods) || (c.objects_before_verb() && c.before(i, 4, Cue::Goods));
    let data_after = (c.after(i, 12, Cue::Data) || c.after(i, 12, Cue::MailingList) || c.is(i + 1, Cue::Pronoun)) && !goods;
    let data_before = c.before(i, 7, Cue::Data) || c.before(i, 7, Cue::MailingList);
    if !legal && !data_after && (!data_before || c.after(i, 3, Cue::Goods)) {
        return None;
    }
    // De-identified or aggregate data is not personal data.
    if c.after(i, 6, Cue::Anonymous) && !c.negated(i) {
        return None;
    }
    if let Some(cue) = c.negation_of(i) {
        // "You may direct us not to sell", "the right to ask a business not to sell" describe the
        // user's instruction, not the company's practice.
        let user_can = (cue.saturating_sub(8)..cue).any(|k| c.is(k, Cue::Ability) && matches!(c.actor(k), Some(Cue::User)));
        if c.before(cue, 8, Cue::Right) || c.before(cue, 8, Cue::Condition) || c.before(cue, 4, Cue::OptOut) || user_can {
            return None;
        }
        return Some(read_denial(c, i));
    }
    // Affirmative readings must be the company's practice, stated, about data.
    if c.has(Cue::BusinessTransfer) || c.conditional(i) {
        return None;
    }
    // A definition of "sale" states no practice, unless the company applies it ("under this broad
    // definition, we have sold …").
    if c.has(Cue::Definition) && !matches!(c.actor(i), Some(Cue::FirstPerson)) {
        return None;
    }
    // "Some of our sharing may be considered a sale": the company concedes a sale in law.
    if legal {
        return Some(Vote::new(Yes, 3));
    }
    // A description of the user's rights ("request disclosure of … the purposes for which we
    // sell", an item under "You have the right to know:") or of an opt-out ("opt out of the sale of
    // your data") names selling without stating it.
    // A right named inside a condition ("unless you tell us not to, we may sell") is not a
    // description of rights.
    let described = c.positions(Cue::Right).into_iter().any(|r| r < i && i - r <= 16 && !c.before(r, 3, Cue::Exception) && !c.before(r, 3, Cue::Condition));
    let rights = described || c.lead_in(Cue::Right) || c.before(i, 4, Cue::Access);
    let opt_out = c.positions(Cue::OptOut).into_iter().any(|k| k < i && i - k <= 12 && !(k..i).any(|j| c.is(j, Cue::FirstPerson) && !c.is(j, Cue::Possessive)));
    if rights || opt_out {
        return None;
    }
    match c.actor(i) {
        // Someone else selling ("advertisers sell their products", "you may sell items").
        Some(Cue::ThirdParty | Cue::User | Cue::Authority | Cue::NamedVendor) => None,
        Some(_) => Some(Vote::new(Yes, 3)),
        // A company naming itself ("Example Co. has sold …").
        None if (i.saturating_sub(3)..i).any(|k| c.is_name(k)) => Some(Vote::new(Yes, 3)),
        None if data_before => Some(Vote::new(Yes, 2)),
        None => Some(Vote::new(Yes, 1)),
    }
}

/// A negated sale: a denial, unless an exception turns it around.
fn read_denial(c: &ClauseView<'_>, i: usize) -> Vote {
    for k in c.positions(Cue::Exception).into_iter().filter(|&k| k > i && k < i + 28) {
        // "… unless you opt out" means it sells by default.
        if c.after(k, 6, Cue::OptOut) {
            return Vote::new(Yes, 2);
        }
        // "… except to our partners" names the buyers; "except as described here" does not.
        if c.after(k, 6, Cue::ThirdParty) {
            return Vote::new(Yes, 1);
        }
    }
    // "… sensitive personal information" denies only part of the data; "… for their own marketing
    // purposes" only one kind of sale: weaker denials.
    if c.after(i, 8, Cue::Sensitive) {
        return Vote::new(No, 1);
    }
    let restricted = c.after(i, 20, Cue::Advertising) || c.after(i, 20, Cue::Only);
    Vote::new(No, if restricted { 2 } else { 3 })
}

/// What one clause says about third parties getting data for advertising or marketing.
pub(crate) fn shares_for_advertising(c: &ClauseView<'_>) -> Option<Vote> {
    if recipient_markets(c) {
        return Some(Vote::new(Yes, 2));
    }
    let advertising = c.has(Cue::Advertising) || c.heading(Cue::Advertising);
    if !advertising {
        // "… is not shared with or sold to anyone" denies every way advertisers could get it.
        return denies_everything(c).then(|| Vote::new(No, 1));
    }
    let recipient = c.has(Cue::ThirdParty) || c.has(Cue::NamedVendor);
    if !recipient {
        // "for marketing purposes" with nobody named to receive the data is the company's own use.
        return None;
    }
    let mut denied = false;
    // A right to learn of sharing ("the right to ask which data we disclose to others for their
    // marketing") describes it without stating it; where the verb comes last, the right stands
    // further before it ("… eine Auskunft darüber zu verlangen, welche Daten wir an Dritte weitergeben").
    let right_reach = if c.objects_before_verb() { 16 } else { 8 };
    let object_reach = if c.objects_before_verb() { 16 } else { 10 };
    for i in (0..c.len()).filter(|&i| c.is(i, Cue::Share) || c.is(i, Cue::Sell)) {
        if c.within(i, Cue::DoNotSellLink) || c.conditional(i) || c.before(i, right_reach, Cue::Right) {
            continue;
        }
        // Data coming in ("partners share information with us") is not data going out.
        if inbound(c, i) {
            continue;
        }
        // The data may stand after the verb or, where the verb comes last, before it.
        // So may the recipient ("… mit Werbepartnern teilen").
        let to_someone = c.after(i, 12, Cue::Data) || c.after(i, 12, Cue::ThirdParty) || c.after(i, 12, Cue::MailingList) || c.before(i, 10, Cue::Data)
            || (c.objects_before_verb() && c.before(i, 6, Cue::ThirdParty))
            // … with a list of them between ("an Werbenetzwerke wie A, B und C weitergegeben"), in
            // the same clause ("…, dass Dritte nicht wissen, dass die Werbung gesendet wird" is not).
            || (c.objects_before_verb()
                && c.before(i, 10, Cue::ThirdParty)
                && (i.saturating_sub(10)..i).any(|k| c.is(k, Cue::ThirdParty) && !(k..i).any(|j| c.is(j, Cue::ScopeBreak))));
        // Non-personal data is not the user's ("wir geben nicht personenbezogene Daten an Partner …
        // weiter": the object stands far before a final verb particle).
        if !to_someone || c.near(i, object_reach, 8, Cue::Anonymous) {
            continue;
        }
        if c.negated(i) {
            denied = true;
            continue;
        }
        return Some(Vote::new(Yes, 3));
    }
    // Third parties collecting on the site for ads: "advertisers may set cookies to show you ads".
    for i in c.positions(Cue::Collect).into_iter().chain(c.positions(Cue::Allow)) {
        // Third parties collect themselves, or the company lets them ("we allow advertisers to set
        // cookies"); the company collecting from them ("we receive data from partners") is inbound.
        let collector = matches!(c.actor(i), Some(Cue::ThirdParty | Cue::NamedVendor)) || third_party_acts(c, i);
        let lets_them = c.is(i, Cue::Allow) && !c.is(i, Cue::Collect) && c.after(i, 6, Cue::ThirdParty);
        if collector || lets_them {
            if c.negated(i) {
                denied = true;
                continue;
            }
            if !c.conditional(i) && !inbound(c, i) {
                return Some(Vote::new(Yes, 2));
            }
        }
    }
    // "No advertising partner receives your data."
    let none_receive = c.positions(Cue::ThirdParty).into_iter().any(|i| i > 0 && c.is(i - 1, Cue::Negation))
        || c.positions(Cue::Advertising).into_iter().any(|i| i > 0 && c.is(i - 1, Cue::Negation) && c.after(i, 2, Cue::ThirdParty));
    if denied || none_receive {
        return Some(Vote::new(No, 2));
    }
    None
}

/// Whether a third party that is given the user's data contacts the user about its own business:
/// "we pass your contact details to our sponsors, who may contact you with their own offers". That
/// is the third party's marketing, whatever words it goes by; one contacting the user about the
/// user's own affairs ("… who may contact you about your delivery") is not.
fn recipient_markets(c: &ClauseView<'_>) -> bool {
    if !c.has(Cue::ThirdParty) || !(c.has(Cue::Notify) || c.has(Cue::Contact)) {
        return false;
    }
    // "Their" and "its" are the only possessives that are neither the user's nor the company's.
    let theirs = |p: usize| c.is(p, Cue::Possessive) && !c.is(p, Cue::User) && !c.is(p, Cue::FirstPerson);
    let contacts = |k: usize| {
        (c.is(k, Cue::Notify) || c.is(k, Cue::Contact))
            && (k + 1..=k + 2).any(|u| c.is(u, Cue::User) && !c.is(u, Cue::Possessive))
            && matches!(c.actor(k), Some(Cue::ThirdParty | Cue::NamedVendor))
            && !c.negated(k)
            && (k + 1..=k + 8).any(theirs)
    };
    let Some(contact) = (0..c.len()).find(|&k| contacts(k)) else { return false };
    (0..contact).any(|i| {
        (c.is(i, Cue::Share) || c.is(i, Cue::Sell))
            && c.after(i, 12, Cue::ThirdParty)
            && (c.after(i, 12, Cue::Data) || c.before(i, 10, Cue::Data))
            && !c.negated(i)
            && !c.conditional(i)
            && !inbound(c, i)
    })
}

/// Whether the data of the verb at `i` flows to the company ("share with us", "we receive from").
fn inbound(c: &ClauseView<'_>, i: usize) -> bool {
    let to_us = (i + 1..i + 9).any(|k| c.is(k, Cue::FirstPerson) && !c.is(k, Cue::Possessive));
    // Where the verb comes last, the giver stands before it ("… werden von Dritten bereitgestellt").
    let from_before = c.objects_before_verb() && c.before(i, 4, Cue::Inbound);
    c.after(i, 6, Cue::Inbound) || from_before || (matches!(c.actor(i), Some(Cue::ThirdParty)) && to_us) || partner_gives_us(c, i)
}

/// Where the relative clause that the verb at `i` ends begins, when it describes a third party, in a
/// language whose verb comes last: the relative pronoun opens it right after the third party
/// ("… an Partner, die Ihre Daten für Werbung verwenden").
fn relative_on_third_party(c: &ClauseView<'_>, i: usize) -> Option<usize> {
    if !c.objects_before_verb() {
        return None;
    }
    let start = (1..=i).rev().take(12).find(|&u| c.punctuated_between(u - 1, u))?;
    c.is(start - 1, Cue::ThirdParty).then_some(start)
}

/// Whether the company is a word of the clause from `start` to the verb at `i` other than a
/// possessive ("die wir beauftragen", "die uns Daten liefern").
fn company_in(c: &ClauseView<'_>, start: usize, i: usize) -> bool {
    (start + 1..i).any(|k| c.is(k, Cue::FirstPerson) && !c.is(k, Cue::Possessive))
}

/// Whether the verb at `i` ends a relative clause on a third party with the company as its object:
/// "Marketingpartner, die uns Daten über Interessenten bereitstellen".
fn partner_gives_us(c: &ClauseView<'_>, i: usize) -> bool {
    // The company stands in it as an object ("die uns Daten …"), not as its subject ("die wir …").
    relative_on_third_party(c, i).is_some_and(|start| (start + 1..i).any(|k| c.is(k, Cue::FirstPerson) && !c.is(k, Cue::Possessive) && c.is(k + 1, Cue::Data)))
}

/// Whether the third party a relative clause describes is the one acting in it: "Partner, die Ihre
/// Daten verwenden, um Ihnen Werbung anzuzeigen" (not "Partner, die wir beauftragen").
fn third_party_acts(c: &ClauseView<'_>, i: usize) -> bool {
    relative_on_third_party(c, i).is_some_and(|start| !company_in(c, start, i))
}

/// "We do not share or sell your information with anyone": sharing and selling both denied.
fn denies_everything(c: &ClauseView<'_>) -> bool {
    let denied = |cue: Cue| c.positions(cue).into_iter().any(|i| c.negated(i) && c.after(i, 12, Cue::ThirdParty));
    denied(Cue::Share) && denied(Cue::Sell)
}
