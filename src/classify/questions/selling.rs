//! Selling and sharing: `sells_data` and `shares_for_advertising`.
//!
//! Selling is the question users care most about and the one policies word most carefully, so the
//! reader looks at every form of "sell"/"rent"/"lease" in a clause and asks, for each one:
//! - is it about personal data at all (not "products sold in our store", not "sale of our assets")?
//! - is it the company's own practice (not "you have the right to opt out of the sale", not "whether
//!   we sell", not "advertisers sell their products")?
//! - is it negated, and is the negation restricted ("for their own marketing purposes") or
//!   undone by an exception ("except to our partners", "unless you opt out")?

use super::super::clause::ClauseView;
use super::super::lexicon::{is_advertising, is_data_noun, is_goods, is_sell, is_share, is_third_party, BUSINESS_TRANSFER};
use super::Vote;

/// Words after which a "sell" belongs to a description of rights or disclosures, not a practice.
const RIGHTS_CONTEXT: &[&str] = &[
    "right", "rights", "request", "requests", "know", "opt", "opt-out", "out", "purpose", "purposes", "whether",
    "disclosure", "inquiry", "inquire", "entitled", "ask",
];

/// Subjects other than the company: a sale by them is not the company selling data.
const OTHER_SUBJECTS: &[&str] = &[
    "they", "you", "advertisers", "merchants", "sellers", "retailers", "vendors", "partners", "users", "businesses",
    "companies", "brokers", "who", "he", "she", "dealers", "members",
];

/// What one clause says about selling personal data.
pub(crate) fn sells_data(c: &ClauseView<'_>) -> Option<Vote> {
    let business_transfer = c.has_any(BUSINESS_TRANSFER);
    // "'Sell' means …" defines a word; "we 'sell' (as defined by the CCPA)" still states a practice.
    let definition = c.has_any(&[" means ", "is defined as", "definition of", "defines ", " refers to "]);
    // Statements limited to minors ("we do not knowingly sell data of consumers under 16") say
    // nothing about everyone else.
    let minors = c.has_any(&["under 16", "under 13", "under the age", "years of age", "minors", "children", "under 18"]);
    let mut best: Option<Vote> = None;
    for i in c.positions(is_sell) {
        if let Some(mut vote) = read_sell(c, i, business_transfer, definition) {
            if minors {
                if vote.answer == "yes" {
                    continue;
                }
                vote.strength = 1;
            }
            best = Some(match best {
                Some(b) if b.strength >= vote.strength => b,
                _ => vote,
            });
        }
    }
    best
}

fn read_sell(c: &ClauseView<'_>, i: usize, business_transfer: bool, definition: bool) -> Option<Vote> {
    let w = c.word(i);
    // "Do Not Sell My Personal Information" is the name of a link or page, not a statement.
    if c.word(i + 1) == "my" || (c.word(i + 1) == "or" && c.word(i + 3) == "my") || c.word(i + 1) == "and/or" {
        return None;
    }
    let noun = matches!(w, "sale" | "sales");
    if noun {
        // "sale of your personal information" is about data; "sale of assets", "for sale" are not.
        let of_data = c.word(i + 1) == "of"
            && (i + 2..i + 6).any(|k| is_data_noun(c.word(k)) && !matches!(c.word(k), "it" | "them"))
            && !(i + 2..i + 5).any(|k| is_goods(c.word(k)));
        if !of_data {
            return None;
        }
    }
    let negation = c.negation_cue_before(i, 9);
    // The thing sold: personal data after the verb ("sell your information", "sell it") or before it
    // in the passive ("no information is sold", "data we sell").
    let data_after = c.around(i, 0, 14).any(is_data_noun)
        && !(i + 1..i + 4).any(|k| is_goods(c.word(k)));
    let data_before = (i.saturating_sub(7)..i).any(|k| is_data_noun(c.word(k)) && !matches!(c.word(k), "it" | "them"));
    let goods_after = (i + 1..i + 4).any(|k| is_goods(c.word(k)) || c.word(k) == "products");
    if !data_after && (!data_before || goods_after) {
        return None;
    }
    // De-identified or aggregate data is not personal data.
    let anonymous = (i + 1..i + 6).any(|k| {
        matches!(c.word(k), "deidentified" | "de-identified" | "aggregate" | "aggregated" | "anonymous" | "anonymized" | "anonymised" | "non-personal" | "non-personally" | "statistical")
    });
    if anonymous && negation.is_none() {
        return None;
    }
    if let Some(cue) = negation {
        // "direct us not to sell", "ask a business not to sell" describe the user's instruction.
        if c.word(cue + 1) == "to" || c.word(cue.wrapping_sub(1)) == "to" {
            let instructed = (cue.saturating_sub(5)..cue).any(|k| {
                matches!(c.word(k), "us" | "business" | "businesses" | "company" | "direct" | "tell" | "ask" | "instruct" | "request" | "right" | "them")
            });
            if instructed {
                return None;
            }
        }
        if (cue.saturating_sub(8)..cue).any(|k| matches!(c.word(k), "right" | "rights" | "whether")) {
            return None;
        }
        return Some(read_negated_sell(c, i, cue));
    }
    // Affirmative readings must be the company's practice, stated, about data.
    if business_transfer || definition || c.conditional(i) {
        return None;
    }
    if (i.saturating_sub(8)..i).any(|k| RIGHTS_CONTEXT.contains(&c.word(k))) && !c.has("we have sold") {
        return None;
    }
    // "sold" as a participle modifying a noun ("categories of personal information sold") lists
    // what a CCPA notice covers; on its own it is weak evidence.
    let subject = (i.saturating_sub(6)..i).rev().map(|k| c.word(k)).find(|w| *w == "we" || OTHER_SUBJECTS.contains(w));
    match subject {
        Some(s) if s != "we" => None,
        Some(_) => {
            // "categories of personal information that we sold" is a relative clause describing a list.
            let described = (i.saturating_sub(8)..i).any(|k| matches!(c.word(k), "categories" | "category" | "types"))
                && !c.has("following");
            Some(Vote::new("yes", if described { 1 } else { 3 }))
        }
        // "Acme has sold personal information …": a named company as subject.
        None if data_after && matches!(c.word(i.wrapping_sub(1)), "has" | "have" | "may" | "will" | "also" | "does" | "do" | "might" | "can") => {
            Some(Vote::new("yes", 3))
        }
        None if data_before && (i.saturating_sub(3)..i).any(|k| matches!(c.word(k), "is" | "are" | "be" | "been" | "was" | "were")) => {
            Some(Vote::new("yes", 2))
        }
        None => Some(Vote::new("yes", 1)),
    }
}

fn read_negated_sell(c: &ClauseView<'_>, i: usize, cue: usize) -> Vote {
    let _ = cue;
    // An exception can turn the negation around: "unless you opt out" means it does sell by default,
    // and "except to our partners" names the buyers. "Except as described in this policy" does not.
    let after: Vec<&str> = (i + 1..i + 20).map(|k| c.word(k)).take_while(|w| !w.is_empty()).collect();
    for (k, w) in after.iter().enumerate() {
        let next = after.get(k + 1).copied().unwrap_or("");
        let next2 = after.get(k + 2).copied().unwrap_or("");
        if *w == "unless" && (next == "you" || next == "the") && after[k..].iter().take(6).any(|x| matches!(*x, "opt" | "opt-out" | "object")) {
            return Vote::new("yes", 2);
        }
        if *w == "except" && matches!(next, "to" | "with") && next2 != "the" {
            return Vote::new("yes", 1);
        }
    }
    // "… for their own (direct) marketing purposes" denies only one kind of sale: a weaker no.
    let restricted = (i + 1..i + 22).any(|k| c.word(k) == "own" && matches!(c.word(k + 1), "marketing" | "direct" | "promotional" | "advertising" | "commercial" | "purposes" | "use"));
    // "… sensitive personal information", "… information obtained through the site" deny only part.
    let partial = (i + 1..i + 8).any(|k| matches!(c.word(k), "sensitive")) || c.has_any(&["obtained on", "obtained through", "submitted through", "collected through the site", "collected on the site"]);
    Vote::new("no", if restricted || partial { 2 } else { 3 })
}

/// What one clause says about third parties getting data for advertising or marketing.
pub(crate) fn shares_for_advertising(c: &ClauseView<'_>) -> Option<Vote> {
    let ads: Vec<usize> = c.positions(is_advertising);
    if ads.is_empty() && !c.heading_has_any(&["advertis", "marketing"]) {
        // "is not shared with anyone" under no advertising heading can still deny sharing at large.
        return denies_sharing(c).then(|| Vote::new("no", 1));
    }
    let third = c.any_word(is_third_party) || c.has_any(&["ad network", "ad server", "ad serving"]);
    if !third {
        return None;
    }
    // Third parties collecting on the site for ads: cookies, beacons, "serve ads", "use information".
    let collects = c.any_word(|w| {
        matches!(
            w,
            "cookie" | "cookies" | "beacons" | "pixels" | "pixel" | "tags" | "collect" | "collects" | "collected"
                | "track" | "tracking" | "serve" | "serves" | "served" | "deliver" | "delivered" | "display"
                | "use" | "uses" | "used" | "receive" | "receives" | "access" | "target" | "place" | "recognize"
                | "send" | "contact" | "reach" | "offer" | "offers"
        )
    });
    let shares: Vec<usize> = c.positions(is_share);
    // Sharing means data going to someone: the verb needs personal data or a third party after it
    // ("we give users the option" gives nothing away).
    let affirmative_share = shares.iter().any(|&i| {
        !c.negated(i, 8)
            && !c.conditional(i)
            && !rights_statement(c, i)
            && (c.near(i, 0, 8, is_data_noun) || c.near(i, 0, 10, is_third_party))
    });
    let negated_share = shares.iter().any(|&i| c.negated(i, 8));
    if affirmative_share || (collects && !c.any_word(crate::classify::clause::is_negation)) {
        return Some(Vote::new("yes", if affirmative_share { 3 } else { 2 }));
    }
    if negated_share || c.has_any(&["will not be used for", "not used for"]) {
        return Some(Vote::new("no", 2));
    }
    None
}

/// "… is not shared with anyone", "we do not share your information with third parties".
///
/// Without an advertising word, only a denial of both sharing and selling counts: it leaves no way
/// for advertisers to get the data, while "we do not share data outside the agency" alone may not
/// be about advertising at all.
fn denies_sharing(c: &ClauseView<'_>) -> bool {
    let denied = |pred: fn(&str) -> bool| {
        c.positions(pred).into_iter().any(|i| {
            c.negated(i, 8) && c.near(i, 0, 12, |w| matches!(w, "anyone" | "third" | "3rd" | "advertisers" | "others" | "outside"))
        })
    };
    denied(|w| matches!(w, "share" | "shared" | "disclose" | "disclosed" | "give")) && denied(|w| matches!(w, "sell" | "sold" | "rent" | "lease"))
}

/// "You have the right to know what we share" describes a right, not a practice.
fn rights_statement(c: &ClauseView<'_>, i: usize) -> bool {
    (i.saturating_sub(8)..i).any(|k| matches!(c.word(k), "right" | "request" | "whether" | "know"))
}
