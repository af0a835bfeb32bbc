//! Tracking: `third_party_tracking` and `do_not_track`.
//!
//! Third-party tracking needs two things in one clause: someone other than the company (an ad network,
//! an analytics provider, a named vendor, a social widget) and a tracking means (cookies, beacons,
//! pixels, SDKs, "collect information about your visits"). Do Not Track is read for whether the
//! company says it responds to the signal, with "do not" inside the signal's name kept out of the
//! negation analysis.

use super::super::clause::ClauseView;
use super::Vote;

/// Trackers and vendors whose name alone says a third party tracks visitors.
const NAMED_TRACKERS: &[&str] = &[
    "google analytics", "doubleclick", "omniture", "adobe analytics", "quantcast", "comscore", "nielsen", "hotjar",
    "mixpanel", "facebook pixel", "meta pixel", "google tag", "crazy egg", "chartbeat", "scorecard research",
    "scorecardresearch", "new relic", "optimizely", "segment.io", "amplitude", "kissmetrics", "webtrends",
    "coremetrics", "adsense", "google ads", "criteo", "taboola", "outbrain", "addthis", "sharethis",
    "like button", "social plugins", "social media plugins", "social media widgets", "social widgets",
];

/// Technologies that track by themselves.
const TRACKING_TECH: &[&str] = &[
    "cookie", "beacon", "pixel", "web bug", "clear gif", "tags", "sdk", "tracking technolog", "tracking tools",
    "local storage", "flash", "fingerprint", "analytics", "device identifier", "scripts",
];

/// Descriptions of tracking that need a (non-negated) collecting verb to count.
const TRACKING_BEHAVIOUR: &[&str] = &[
    "track", "information about your", "data about your", "online activities", "browsing activit", "your visits",
];

const THIRD_PARTIES: &[&str] = &[
    "third part", "third-part", "ad network", "advertising network", "advertisers", "ad server", "ad serving",
    "advertising compan", "analytics provider", "analytics service", "analytics compan", "analytics partner",
    "partners", "vendors", "service providers", "this provider", "these providers", "other companies", "outside companies", "social media",
    "social network", "google", "facebook", "twitter", "linkedin",
];

/// What one clause says about third parties tracking visitors.
pub(crate) fn third_party_tracking(c: &ClauseView<'_>) -> Option<Vote> {
    if c.has_any(NAMED_TRACKERS) {
        return Some(Vote::new("yes", 3));
    }
    let third = c.has_any(THIRD_PARTIES);
    let collecting = c
        .positions(|w| matches!(w, "collect" | "collects" | "gather" | "gathers" | "track" | "tracks" | "receive" | "receives" | "use" | "record" | "obtain" | "log"))
        .into_iter()
        .any(|i| !c.negated(i, 6));
    let means = c.has_any(TRACKING_TECH) || (collecting && c.has_any(TRACKING_BEHAVIOUR));
    if !(third && means) {
        return None;
    }
    // "We do not allow third parties to place cookies" denies it; a negation anywhere near a
    // tracking verb is taken at its word.
    let denies = c.positions(|w| matches!(w, "allow" | "permit" | "use" | "place" | "track" | "collect" | "uses"))
        .into_iter()
        .any(|i| c.negated(i, 5))
        && !c.has_any(&["does not include", "do not control", "not responsible", "not covered", "do not have access", "no control", "does not apply", "not apply"]);
    if denies {
        return Some(Vote::new("no", 1));
    }
    Some(Vote::new("yes", 2))
}

/// What one clause says about browser Do Not Track signals.
pub(crate) fn do_not_track(c: &ClauseView<'_>) -> Option<Vote> {
    // "Do Not Track" names the signal only where a signal is meant: "respond to Do Not Track
    // signals", "the Do Not Track setting", not "we do not track you".
    let signal = (0..c.tokens.len())
        .find(|&i| {
            c.phrase_at(i, &["do", "not", "track"])
                && !matches!(c.word(i + 3), "you" | "your" | "users" | "visitors" | "individuals" | "people" | "them" | "any" | "or" | "and" | "across")
                && (matches!(c.word(i + 3), "signal" | "signals" | "request" | "requests" | "header" | "headers" | "setting" | "settings" | "preference" | "preferences" | "feature" | "features" | "mechanism" | "mechanisms" | "option" | "dnt" | "browser" | "technology" | "standard" | "instructions" | "")
                    || matches!(c.word(i.wrapping_sub(1)), "the" | "a" | "to" | "browser" | "web" | "of" | "honor" | "respect" | "recognize" | "any" | "such" | "regarding" | "about"))
        })
        .or_else(|| c.find_phrase(&["do-not-track"]))
        .or_else(|| c.find_phrase(&["dnt"]));
    let signal = match signal {
        Some(s) => s,
        // Under a "Do Not Track" heading the clause may speak of "such signals" or "these requests".
        // … or follow a sentence introducing the signal: "Some browsers send Do Not Track. We do
        // not respond to such signals."
        None if (c.heading_has_any(&["do not track", "do-not-track"]) || c.previous.contains("do not track") || c.previous.contains("do-not-track"))
            && c.has_any(&["signal", "request", "header", "browser", "setting", "feature"]) =>
        {
            0
        }
        None => return None,
    };
    let _ = signal;
    let responds = c.positions(|w| {
        matches!(
            w,
            "respond" | "responds" | "honor" | "honors" | "honour" | "honours" | "recognize" | "recognizes" | "support"
                | "supports" | "respect" | "respects" | "process" | "act" | "comply" | "observe" | "treat" | "alter"
                | "change" | "track" | "tracks" | "accommodate" | "follow" | "obey" | "acknowledge"
        )
    });
    // The "not" in "do not track" itself is skipped by the scope analysis.
    for &i in &responds {
        if c.word(i) == "track" && c.word(i.wrapping_sub(1)) == "not" && c.word(i.wrapping_sub(2)) == "do" {
            continue;
        }
        if c.negated(i, 6) || c.has_any(&["no uniform standard", "no standard", "not yet", "no industry standard", "no consensus", "ignore", "will not respond"]) {
            // "We do not track you across sites, so we do not respond to DNT" is still not honoring.
            return Some(Vote::new("not_honored", 3));
        }
    }
    if c.has_any(&["no uniform", "not currently", "currently does not", "currently do not", "does not currently", "do not currently", "unable to respond", "not able to", "ignore", "not set up", "no industry", "not recognize"]) {
        return Some(Vote::new("not_honored", 3));
    }
    for &i in &responds {
        if matches!(c.word(i), "honor" | "honors" | "honour" | "respect" | "respects" | "respond" | "responds" | "recognize" | "support" | "supports" | "comply" | "observe" | "accommodate")
            && !c.conditional(i)
        {
            return Some(Vote::new("honored", 2));
        }
    }
    if c.has_any(&["will not track", "we stop", "disable tracking", "do not track you", "does not track you", "turn off"]) {
        return Some(Vote::new("honored", 1));
    }
    None
}
