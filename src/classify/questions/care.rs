//! Care of your data: `retention`, `children`, `security` and `breach_notification`.
//!
//! Retention looks for keeping or disposing of data and then for what bounds it: a concrete duration
//! next to the verb ("for 90 days", "deleted two years after") is a stated period; "as long as
//! necessary", "until you close your account" is limited; "indefinitely" is indefinite. A duration
//! that times something else (a response to a request, a notice period, an age) is not retention,
//! and "as necessary" bound to another verb ("we share it with recruiters as necessary") is not
//! either.
//!
//! Security separates named measures (encryption, TLS, access limited to the staff who need it,
//! audits, training, monitoring) from promises of "reasonable" or "appropriate" safeguards. A
//! measure counts only as the company's own protection of data: not when it is the user's duty
//! ("you should encrypt your files"), not hashing done to match people for advertising, and not a
//! capitalised word inside a name.

use super::super::clause::ClauseView;
use super::super::cue::Cue;
use super::Vote;
use crate::AnswerId::{Generic, Indefinite, Limited, Specific, StatedPeriod, Yes};

/// How close (in words) a bound must stand to the keeping or disposing verb it bounds.
const RETENTION_REACH: usize = 14;

/// What one clause says about how long data is kept.
pub(crate) fn retention(c: &ClauseView<'_>) -> Option<Vote> {
    // "Keep it confidential" is security, not retention.
    let verbs: Vec<usize> = (0..c.len())
        .filter(|&i| (c.is(i, Cue::Retain) || c.is(i, Cue::Dispose)) && !c.negated(i) && !c.after(i, 4, Cue::Security))
        .collect();
    let heading = c.heading(Cue::Retain);
    if verbs.is_empty() && !heading {
        return processed_for_a_period(c).then(|| Vote::new(StatedPeriod, 2));
    }
    // A cookie's lifetime is not how long the company keeps personal data.
    let about_cookie = c.has(Cue::Tracker) && !c.has(Cue::Data);
    // The user's right to delete is another question, unless the company also says how long it keeps
    // the data ("we hold your data until you ask us to delete it").
    let user_right = c.has(Cue::Right) && c.has(Cue::User) && !c.has(Cue::TimeUnit) && !verbs.iter().any(|&v| c.is(v, Cue::Retain));
    if user_right || about_cookie {
        return None;
    }
    let close = |k: usize| verbs.iter().any(|&v| v.abs_diff(k) <= RETENTION_REACH) || (verbs.is_empty() && heading);
    if let Some(k) = stated_period(c) {
        if close(k) {
            return Some(Vote::new(StatedPeriod, 3));
        }
    }
    // Keeping forever is said outright; a limit in the same sentence qualifies it ("even after you
    // close your account") rather than bounding it.
    for k in c.positions(Cue::Indefinite) {
        // "permanently delete" is the opposite of keeping forever.
        if close(k) && !c.after(k, 2, Cue::Dispose) && !c.before(k, 2, Cue::Dispose) {
            return Some(Vote::new(Indefinite, 2));
        }
    }
    for k in c.positions(Cue::Limited) {
        if close(k) && !c.negated(k) {
            return Some(Vote::new(Limited, 2));
        }
    }
    // No limit set: "there is no limit on how long we store your files".
    let unlimited = c.positions(Cue::Restrict).into_iter().any(|k| close(k) && (k.saturating_sub(2)..k).any(|j| c.is(j, Cue::Negation)));
    if unlimited {
        return Some(Vote::new(Indefinite, 2));
    }
    // Bound to the account: "deleted when you close your account".
    let with_account = c.positions(Cue::Close).into_iter().any(|k| close(k) && c.after(k, 3, Cue::Account));
    if with_account {
        return Some(Vote::new(Limited, 2));
    }
    // "We retain the data necessary to resolve disputes": kept while needed.
    let needed = verbs.iter().any(|&v| c.is(v, Cue::Retain) && c.after(v, 6, Cue::Necessity) && c.near(v, 2, 4, Cue::Data));
    if needed {
        return Some(Vote::new(Limited, 1));
    }
    None
}

/// Whether the data is processed for a stated time, which keeps it that long ("Aufzeichnungen
/// verarbeiten wir für einen Zeitraum von 90 Tagen", "data may be processed for up to ten years
/// after the contract ends"): a processing verb, a bound word and a duration right after it. A
/// handover is not keeping, nor is handling a request ("it may take up to 10 days to process your
/// request").
fn processed_for_a_period(c: &ClauseView<'_>) -> bool {
    let Some(k) = stated_period(c) else { return false };
    let Some(n) = (k.saturating_sub(3)..k).find(|&j| c.is_number(j)) else { return false };
    c.before(n, 4, Cue::Bound)
        && c.positions(Cue::Move).into_iter().any(|v| {
            v.abs_diff(k) <= RETENTION_REACH && !c.is(v, Cue::Share) && !c.near(v, 3, 5, Cue::Right) && !c.negated(v) && !c.conditional(v) && (c.has(Cue::Data) || c.has(Cue::FirstPerson))
        })
}

/// The position of a concrete duration that bounds something ("for 90 days", "after two years",
/// "up to 13 months"), not one that times a response, a notice or an age.
fn stated_period(c: &ClauseView<'_>) -> Option<usize> {
    (1..c.len()).find(|&k| {
        if !c.is(k, Cue::TimeUnit) {
            return false;
        }
        let Some(n) = (k.saturating_sub(3)..k).find(|&j| c.is_number(j)) else { return false };
        // "for 90 days", "deleted 30 days after", "12 Monate lang", "10 Jahre aufbewahrt", "we keep
        // your data three years".
        let bounded = c.before(n, 3, Cue::Bound)
            || c.before(n, 6, Cue::Retain)
            || c.before(n, 6, Cue::Dispose)
            || c.after(k, 2, Cue::Bound)
            || c.after(k, 3, Cue::Retain)
            || c.after(k, 3, Cue::Dispose);
        bounded && !c.near(n, 10, 3, Cue::OtherTiming)
    })
}

/// What one clause says about children's data.
pub(crate) fn children(c: &ClauseView<'_>) -> Option<Vote> {
    // A name is not about children ("Kids Corner Ltd"), unless it names a law ("Children's Online
    // Privacy Protection Act").
    // Who the service is for, what is collected from whom, or what a parent should do.
    let audience = c.has(Cue::Data) || c.has(Cue::Collect) || c.has(Cue::Account) || c.has(Cue::Security) || c.has(Cue::Negation)
        || c.has(Cue::Allow) || c.has(Cue::Parent) || c.heading(Cue::Child);
    // Children as those goods are for ("products for children aged 3 to 12", "Spielwaren für
    // Kinder"), and the ages that go with them, are the audience of products, not of the policy,
    // unless the sentence turns to their data.
    if !audience && (0..c.len()).any(|i| c.is(i, Cue::Child) && c.before(i, 3, Cue::Goods)) {
        return None;
    }
    let child = (0..c.len()).any(|i| {
        c.is(i, Cue::Child) && (!c.is_name(i) || c.after(i, 6, Cue::Law)) && !c.after(i, 1, Cue::Goods)
    });
    // "Demographics of adults over the age of 18" is not about children.
    if c.has(Cue::Adult) && !child {
        return None;
    }
    // An age limit: "under 13", "below the age of sixteen", "13 years of age".
    // Ages of children: a number up to 18 ("men aged 25 to 35" is an advertising audience).
    let young = |i: usize| c.word(i).parse::<u32>().map_or(true, |n| n <= 18);
    // A number after a bound is a period ("nach 3 Jahren", "for 2 years"), not an age.
    let limit = (0..c.len()).any(|i| c.is_number(i) && young(i) && ((c.near(i, 4, 4, Cue::Age) && !c.before(i, 1, Cue::Bound)) || c.before(i, 2, Cue::Under)))
        || (c.has(Cue::Under) && c.has(Cue::Age));
    let age = limit || c.has(Cue::Parent) && (c.has(Cue::Consent) || c.has(Cue::Child));
    // The age limit decides the question ("under 13", "at least 16"); parents' consent or advice
    // follows from it, so a sentence that states the limit comes first.
    if child && (age || audience) {
        return Some(Vote::new(Yes, if limit { 3 } else { 2 }));
    }
    // A minimum age for the user ("you must be at least 16 years old to register") addresses
    // children by keeping them out: the user is the subject of the age (not of an item of a
    // definition, "in the EEA: any person, under 16").
    let users_age = (0..c.len()).any(|i| c.is_number(i) && young(i) && c.near(i, 4, 4, Cue::Age) && matches!(c.actor(i), Some(Cue::User)));
    if users_age {
        return Some(Vote::new(Yes, 3));
    }
    if age && audience {
        return Some(Vote::new(Yes, 2));
    }
    None
}

/// What one clause says about how data is protected.
pub(crate) fn security(c: &ClauseView<'_>) -> Option<Vote> {
    // A safeguard for transfers abroad ("standard contractual clauses ensure adequate protection") is
    // a legal basis, not a security measure.
    if c.has(Cue::TransferSafeguard) {
        return None;
    }
    let topic = c.has(Cue::Security) || c.heading(Cue::Security);
    // Duties and choices of the user, and advertising, are not the company's protection.
    let users_duty = c.has(Cue::UserDuty);
    let ad_matching = c.has(Cue::AdMatching) || c.has(Cue::Advertising);
    // Practices (training, audits, monitoring, passwords) are measures only where the sentence is
    // about security or about data and the staff who handle it.
    let practices = c.positions(Cue::Practice).len();
    // A practice guarding data the company shows ("we ask for your password before showing your
    // account data") is one too.
    let shows = c.positions(Cue::Access).into_iter().any(|i| matches!(c.actor(i), Some(Cue::FirstPerson)));
    let guards_data = c.has(Cue::Data) && (practices >= 2 || shows);
    // "Only" limits purposes as often as access ("logs are used for operational purposes only").
    let restricted = c.positions(Cue::Restrict).into_iter().any(|k| !c.is(k, Cue::Only));
    let practice_context = topic || c.has(Cue::Staff) || restricted || guards_data;
    // A measure named in what the user does, with no data in view, describes the user's
    // surroundings: "when you visit an HTTPS site, your browser may query the certificate".
    let in_users_hands = |i: usize| matches!(c.actor(i), Some(Cue::User)) && !topic && !c.has(Cue::Data) && !c.has(Cue::Account);
    let measure = (0..c.len()).any(|i| {
        (c.is(i, Cue::Measure) || (c.is(i, Cue::Practice) && practice_context))
            && !c.is_name(i)
            && !in_users_hands(i)
            && !c.negated(i)
            && !(matches!(c.actor(i), Some(Cue::User)) && c.before(i, 6, Cue::Ability))
            && !users_duty
            // "Keep your password secret": the user's own password, with no company acting.
            && !(c.before(i, 2, Cue::Possessive) && c.before(i, 2, Cue::User) && !c.has(Cue::FirstPerson))
            && (!ad_matching || c.has(Cue::Security))
    });
    // Access limited to those who need it, worded in many ways: "access is restricted to authorised
    // personnel", "only a small operations team can reach the database" (the limit bears on the
    // staff), "access to our servers is restricted" (on reaching where data is kept), "your data is
    // kept on restricted servers".
    let held = c.has(Cue::Data) || c.has(Cue::System);
    let staff_limited = c.positions(Cue::Staff).into_iter().any(|i| !c.negated(i) && c.before(i, 6, Cue::Restrict));
    let systems_limited = c.has(Cue::System)
        && c.has(Cue::Restrict)
        && c.positions(Cue::Access).into_iter().any(|i| !c.negated(i) && !matches!(c.actor(i), Some(Cue::User)));
    let restricted_systems = c.positions(Cue::System).into_iter().any(|i| {
        i > 0 && c.is(i - 1, Cue::Restrict) && !c.is(i - 1, Cue::Only) && !c.negated(i)
    });
    let limited_access = (c.has(Cue::Staff) && (c.has(Cue::Only) || c.has(Cue::Restrict)) && (c.has(Cue::Access) || topic))
        || (staff_limited && held)
        || systems_limited
        || restricted_systems;
    if measure || limited_access {
        let protects = c.has(Cue::Security) && !c.has(Cue::Breach);
        return Some(Vote::new(Specific, if protects { 3 } else { 2 }));
    }
    // Generic promises: "reasonable safeguards", "appropriate technical and organisational
    // measures", "we take the security of your data seriously". A disclaimer beside them ("no
    // transmission is fully secure") does not undo the promise.
    // The protection must bear on data: "to secure our services" is not a promise about your data.
    let promise = (0..c.len()).any(|i| c.is(i, Cue::GenericSecurity) && !c.negated(i))
        && c.positions(Cue::Security).into_iter().any(|i| {
            // The data may stand further on ("… Sicherheitsmaßnahmen ein, um einen Missbrauch der darin
            // enthaltenen Daten zu vermeiden"), unless the sentence is about passing data on; and
            // "unauthorised access" is a harm to data, whether or not data is named.
            c.near(i, 8, 8, Cue::Data)
                || (c.near(i, 8, 14, Cue::Data) && !c.has(Cue::Share))
                || c.near(i, 8, 8, Cue::Account)
                || c.near(i, 4, 8, Cue::User)
                || c.heading(Cue::Security)
                || c.after(i, 2, Cue::Access)
        });
    // The company committing to protection without naming data ("we ensure an appropriate level of
    // protection", "our security measures are kept up to date").
    let committed = c.positions(Cue::Security).into_iter().any(|i| c.is(i, Cue::GenericSecurity) || c.near(i, 3, 3, Cue::GenericSecurity))
        && c.has(Cue::FirstPerson)
        && c.has(Cue::Commitment);
    let only_disclaimer = c.has(Cue::Disclaimer) && !c.has(Cue::FirstPerson);
    // Legal rights and disclosures ("to protect our legal rights, we may disclose") are not security.
    let legal = c.has(Cue::Law) && (c.has(Cue::Share) || c.has(Cue::Authority) || c.has(Cue::Right));
    if (promise || committed) && !only_disclaimer && !legal {
        return Some(Vote::new(Generic, 1));
    }
    // The company protecting data with no measure named is a generic promise too ("we follow
    // accepted standards to protect your information").
    let protects = c.positions(Cue::Security).into_iter().any(|i| {
        !c.negated(i) && matches!(c.actor(i), Some(Cue::FirstPerson)) && c.after(i, 6, Cue::Data)
    });
    if protects && !legal && !c.has(Cue::Share) && !c.has(Cue::Disclaimer) {
        return Some(Vote::new(Generic, 1));
    }
    None
}

/// What one clause says about telling users of a data breach.
pub(crate) fn breach_notification(c: &ClauseView<'_>) -> Option<Vote> {
    let told = c.positions(Cue::Notify).into_iter().any(|i| {
        // A breach is always hypothetical: "if a breach occurs, we will tell you" is the promise;
        // "please notify us" is the user telling the company.
        // ("… eine Verletzung mitteilen, sofern wir dazu verpflichtet sind": that "wir" begins the next clause.)
        // Where the subject follows the verb, the user before "us" is the one who tells ("informieren
        // Sie uns"), the user after "we" the one told ("benachrichtigen wir die Betroffenen").
        let to_us = (i + 1..i + 3).any(|k| {
            let told_after = (k + 1..k + 3).any(|u| c.is(u, Cue::User) && !c.punctuated_between(k, u));
            c.is(k, Cue::FirstPerson) && !c.is(k, Cue::Possessive) && !c.punctuated_between(i, k) && !told_after
        });
        // The telling and the breach belong to one statement, not to two items of a list.
        let about_breach = c.near(i, 16, 16, Cue::Breach);
        !c.negated(i) && !to_us && about_breach && (c.near(i, 14, 8, Cue::User) || c.within(i, Cue::Notify) && c.within(i + 1, Cue::Notify))
    });
    told.then(|| Vote::new(Yes, 2))
}
