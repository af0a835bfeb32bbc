//! Tracking: `third_party_tracking` and `do_not_track`.
//!
//! Third-party tracking needs someone other than the company (an ad network, an analytics provider,
//! a named vendor, a social widget, "cookies set by others") and a means of tracking (cookies,
//! pixels, SDKs, or collecting data about visits and activity) in one clause. A denial ("we do not
//! use any analytics service", "no ad networks run on this site") is a no. Do Not Track is read
//! for whether the company responds to the signal, with the "not" inside the signal's name kept out
//! of the negation analysis.

use super::super::clause::ClauseView;
use super::super::cue::Cue;
use super::Vote;
use crate::AnswerId::{Honored, No, NotHonored, Yes};

/// What one clause says about third parties tracking visitors.
pub(crate) fn third_party_tracking(c: &ClauseView<'_>) -> Option<Vote> {
    let vendor = (0..c.len()).any(|i| c.is(i, Cue::NamedVendor) && !c.negated(i));
    // Someone else on the site: a third party that is not merely where data comes from ("we collect
    // information from third-party sources").
    let outsider = (0..c.len()).any(|i| c.is(i, Cue::ThirdParty) && !c.within(i, Cue::Inbound) && !c.before(i, 2, Cue::Inbound));
    // A company named by its legal form ("Muster Analytics AG") running trackers is someone else.
    let named_company = c.has(Cue::Company) && (c.has(Cue::Tracker) || c.has(Cue::Analytics));
    let third = outsider || c.has(Cue::NamedVendor) || c.has(Cue::Widget) || named_company;
    // Third parties observing activity: "advertising companies may use data about your visits".
    let observed = c.has(Cue::Activity)
        && c.positions(Cue::Collect).into_iter().chain(c.positions(Cue::Allow)).any(|i| matches!(c.actor(i), Some(Cue::ThirdParty | Cue::NamedVendor)));
    let means = c.has(Cue::Tracker) || c.has(Cue::Analytics) || c.has(Cue::Widget) || c.has(Cue::NamedVendor) || observed;
    // A denial: a negated allowing or tracking verb ("we do not use any analytics service", "we do
    // not allow advertisers to place cookies"), or a negated tracker or third party running on the
    // site ("no ad networks run on this site", "no third-party cookies").
    let negated_verb = means && c.positions(Cue::Allow).into_iter().chain(c.positions(Cue::Collect)).any(|i| c.negated(i));
    let negated_party = (1..c.len()).any(|i| {
        c.is(i - 1, Cue::Negation) && (c.is(i, Cue::ThirdParty) || c.is(i, Cue::Tracker) || c.is(i, Cue::Analytics) || c.is(i, Cue::Advertising))
    }) && (means || c.has(Cue::Allow));
    if (negated_verb || negated_party) && !vendor && (third || c.has(Cue::Analytics)) {
        return Some(Vote::new(No, 2));
    }
    if !means || !(third || c.has(Cue::Analytics)) {
        return None;
    }
    if !third {
        // First-party analytics ("we use analytics to improve the site") is not a third party.
        return None;
    }
    if only_on_their_sites(c) {
        return None;
    }
    // A conditional practice ("if we use analytics …") states none.
    if c.positions(Cue::Allow).into_iter().chain(c.positions(Cue::Collect)).all(|i| c.conditional(i)) && !vendor && (c.has(Cue::Allow) || c.has(Cue::Collect)) {
        return None;
    }
    Some(Vote::new(Yes, if vendor { 3 } else { 2 }))
}

/// Whether the clause places the tracking on the third parties' own sites or apps and never on
/// the company's ("our partners may use cookies on their own websites"): what they do there is not
/// tracking on this site.
fn only_on_their_sites(c: &ClauseView<'_>) -> bool {
    if !c.has(Cue::Site) {
        return false;
    }
    let place = |k: usize| (k + 1..=k + 2).any(|p| c.is(p, Cue::Site));
    // "Their" and "its" are the only possessives that are neither the user's nor the company's.
    let theirs = c.positions(Cue::Possessive).into_iter().any(|k| !c.is(k, Cue::User) && !c.is(k, Cue::FirstPerson) && place(k));
    let ours = (0..c.len()).any(|k| (c.is(k, Cue::FirstPerson) || c.is(k, Cue::Pronoun)) && place(k));
    theirs && !ours
}

/// What one clause says about browser Do Not Track signals.
pub(crate) fn do_not_track(c: &ClauseView<'_>) -> Option<Vote> {
    // The signal's name, not "we do not track you": the phrase must not be followed by its object.
    let named = c.positions(Cue::DntSignal).into_iter().any(|i| {
        let end = (i..c.len()).take_while(|&k| c.within(k, Cue::DntSignal)).last().unwrap_or(i);
        let object = c.is(end + 1, Cue::User) && !c.is(end + 1, Cue::Possessive);
        !object && !c.is(end + 1, Cue::Activity)
    });
    // "Some browsers send Do Not Track. We do not respond to such signals."
    let referred = c.previous(Cue::DntSignal) && c.has(Cue::Respond);
    if !named && !c.heading(Cue::DntSignal) && !referred {
        return None;
    }
    let responds = c.positions(Cue::Respond);
    // "We do not respond", "we ignore such signals", "there is no uniform standard yet".
    let no_standard = c.positions(Cue::Standard).into_iter().any(|i| (i.saturating_sub(3)..i).any(|k| c.is(k, Cue::Negation)));
    // Refusing decides the question; "there is no standard yet" introduces the refusal and implies
    // it, so it counts a little less.
    let refuses = responds.iter().any(|&i| c.negated(i)) || c.has(Cue::NoStandard);
    if refuses || no_standard {
        return Some(Vote::new(NotHonored, if refuses { 3 } else { 2 }));
    }
    // "We stop tracking", "you will not be tracked", "no analytics cookies are set": the signal
    // changes what happens.
    let untracked = (0..c.len()).any(|i| {
        let verb = (c.is(i, Cue::Collect) || c.is(i, Cue::Allow)) && c.negated(i);
        let none = (c.is(i, Cue::Tracker) || c.is(i, Cue::Analytics)) && i > 0 && c.is(i - 1, Cue::Negation);
        (verb || none) && !c.within(i, Cue::DntSignal)
    });
    if untracked || c.positions(Cue::StopTracking).into_iter().any(|i| !c.negated(i)) {
        return Some(Vote::new(Honored, 2));
    }
    // "When we receive a Do Not Track signal, we respond to it": the condition is the signal itself.
    let on_signal = |i: usize| c.conditional(i) && (i.saturating_sub(12)..i).any(|k| c.within(k, Cue::DntSignal));
    if responds.iter().any(|&i| (!c.conditional(i) || on_signal(i)) && !c.before(i, 3, Cue::Ability)) {
        return Some(Vote::new(Honored, 2));
    }
    None
}
