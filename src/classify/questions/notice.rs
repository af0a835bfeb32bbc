//! Transparency and disclosures: `change_notice`, `law_enforcement`, `international_transfer` and
//! `contact`.
//!
//! A change-notice clause is one about changes to the policy itself (a change word and a policy
//! word, or any clause under a "Changes" heading); it is personal when users are told directly
//! (email, a notice sent to them, in-app messages, asking for consent) and posted when the change is
//! only published on the site or signalled by a new "last updated" date.

use super::super::clause::ClauseView;
use super::Vote;

const CHANGE_WORDS: &[&str] = &["change", "update", "modif", "revis", "amend", "alter", "different from", "manner different", "new purpose"];
const POLICY_WORDS: &[&str] = &["policy", "policies", "statement", "notice", "this page", "privacy terms", "these terms", "practices"];

/// What one clause says about how users learn of changes to the policy.
pub(crate) fn change_notice(c: &ClauseView<'_>) -> Option<Vote> {
    let heading = c.heading_has_any(&["change", "update", "revision", "amendment", "modification"])
        && !c.heading_has_any(&["cookie", "correct", "your information", "your data", "your account"]);
    let change = c.has_any(CHANGE_WORDS);
    // A change word is needed in the clause itself: a contact sentence under a "Changes" heading
    // ("e-mail us with questions") says nothing about notice.
    // "If we make material changes, we will email you" refers back to the policy without naming it.
    let bare_change = c.any_word(|w| matches!(w, "changes" | "revision" | "revisions" | "modifications" | "amendments"))
        && !c.has_any(&["to your", "service", "product", "feature", "software", "account"]);
    let practice_change = c.has_any(&["different from that", "manner different", "new purpose", "stated at the time"]);
    if !change || !(c.has_any(POLICY_WORDS) || heading || bare_change || practice_change) {
        return None;
    }
    // Updating your own details is access, not a policy change.
    if c.has_any(&["update your", "change your", "correct your", "modify your", "update or correct", "your account settings", "software updates", "correct", "update it", "information changes", "data changes"])
        && !c.has_any(&["policy", "statement"])
    {
        return None;
    }
    let posted_channel = c.has_any(&[
        "by posting", "post", "on this page", "this page", "on our site", "on our website", "on the site", "on this site",
        "on our web site", "on the website", "on our home page", "homepage", "effective date", "last updated", "last modified",
        "last revised", "updated date", "revision date", "publish",
    ]);
    let email = c.has_any(&["by email", "by e-mail", "via email", "via e-mail", "email notification", "e-mail notification",
        "email notice", "e-mail notice", "an email", "an e-mail", "through email", "through e-mail", "email to you",
        "e-mail to you", "email address", "e-mail address", "in-app", "in the app", "push notification", "through the service",
        "via the service", "directly", "by mail", "notice sent", "send you", "sending you", "message"])
        && !c.has_any(&["e-mail reminders", "email reminders", "email us", "e-mail us"]);
    let notify_you = c.positions(|w| {
        matches!(w, "notify" | "notified" | "inform" | "informed" | "alert" | "tell" | "advise" | "contact" | "notifying" | "let" | "email" | "e-mail")
    })
    .into_iter()
    .any(|i| {
        !c.negated(i, 4)
            && (c.near(i, 2, 3, |w| matches!(w, "you" | "users" | "members" | "customers" | "subscribers" | "account" | "registered" | "affected"))
                || c.word(i.wrapping_sub(2)) == "be")
    });
    let consent = c.has_any(&["seek your", "ask for your", "obtain your", "your consent", "opt-in consent", "your express consent", "your affirmative consent"])
        && !c.has_any(&["without your", "without obtaining", "without first"]);
    if email || consent || (notify_you && !posted_channel) {
        return Some(Vote::new("personal", 3));
    }
    // "We will notify you by posting the new policy here" is posted notice with a personal verb.
    let posted_cues = [
        "post", "posting", "posted", "on this page", "this page", "on our site", "on our website", "on the site", "on this site",
        "on our web site", "effective date", "last updated", "last modified", "last revised", "updated date",
        "revision date", "check this", "review this", "check back", "periodically", "from time to time",
        "at any time", "continued use", "continue to use", "will be effective", "date at the top", "date above",
        "date below", "updated version", "revised version", "made available", "publish", "without notice",
        "advance notice on", "notice on", "here", "notify you",
    ];
    if posted_cues.iter().any(|cue| c.has(cue)) {
        return Some(Vote::new("posted", 2));
    }
    None
}

/// What one clause says about disclosing data to authorities or under legal process.
pub(crate) fn law_enforcement(c: &ClauseView<'_>) -> Option<Vote> {
    let strong = c.has_any(&[
        "law enforcement", "subpoena", "court order", "legal process", "warrant", "government agenc",
        "governmental agenc", "government authorit", "governmental authorit", "public authorit", "regulatory authorit",
        "government request", "government entities", "police", "judicial proceeding", "legal proceeding",
        "lawful request", "legal request", "valid legal", "legal order", "national security", "regulators",
    ]);
    let weak = c.has_any(&[
        "required by law", "required to by law", "requires us", "comply with applicable law", "comply with the law",
        "comply with any applicable law", "comply with a law", "comply with law", "comply with legal", "legal obligation",
        "legal requirement", "required by applicable law", "permitted by law", "required under", "by law or",
        "comply with relevant laws", "applicable laws", "legally required", "law requires", "authorized by law",
        "protect our rights", "as required or permitted",
    ]);
    if !(strong || weak) {
        return None;
    }
    let disclose = c.any_word(|w| {
        matches!(
            w,
            "disclose" | "discloses" | "disclosed" | "disclosure" | "share" | "shared" | "provide" | "provided" | "release"
                | "released" | "report" | "transfer" | "transferred" | "access" | "respond" | "cooperate" | "produce"
                | "furnish" | "use" | "preserve" | "give"
        )
    });
    if !disclose && !c.heading_has_any(&["disclos", "share", "legal", "law"]) {
        return None;
    }
    Some(Vote::new("yes", if strong { 3 } else { 2 }))
}

/// What one clause says about moving data to other countries.
pub(crate) fn international_transfer(c: &ClauseView<'_>) -> Option<Vote> {
    let place = c.has_any(&[
        "other countries", "another country", "countries other than", "outside of your country", "outside your country",
        "outside the country", "outside of the country", "outside the european", "outside of the european",
        "outside the eea", "outside of the eea", "outside the eu", "outside of the eu", "outside the uk", "outside of the uk", "outside the united", "outside of the united", "in the united states",
        "to the united states", "in the u.s", "to the u.s", "across borders", "cross-border", "national boundaries", "national borders", "across boundaries", "international transfer",
        "transferred internationally", "other jurisdictions", "different jurisdiction", "anywhere in the world",
        "countries where", "any country", "foreign countr", "third countries", "third country", "around the world",
        "outside the jurisdiction", "outside of the jurisdiction", "located outside", "standard contractual clauses",
        "in countries", "to countries", "jurisdictions other than", "other than the country", "different countr",
    ]);
    if !place {
        return None;
    }
    let moved = c.any_word(|w| {
        matches!(
            w,
            "transfer" | "transferred" | "transfers" | "transferring" | "stored" | "store" | "stores" | "storing"
                | "processed" | "process" | "processing" | "hosted" | "host" | "located" | "maintained" | "moved"
                | "transmitted" | "sent" | "accessed" | "housed" | "kept" | "reside" | "resides" | "collected"
        )
    });
    if !moved {
        return None;
    }
    // "This site is operated in the United States" with no data moving is not a transfer; most
    // such sentences also say "your information will be transferred", which is what counts.
    if c.has_any(&["in the united states", "in the u.s"]) && !c.has_any(&["transfer", "processed", "stored", "outside", "other countries", "country other", "consent", "located in"]) {
        return None;
    }
    Some(Vote::new("yes", 2))
}

/// What one clause says about how to reach the company about privacy.
pub(crate) fn contact(c: &ClauseView<'_>) -> Option<Vote> {
    let email = c.tokens.iter().any(|t| {
        let w = t.word;
        w.contains('@') && w.split('@').nth(1).is_some_and(|d| d.contains('.')) && !w.starts_with('@')
    });
    let heading = c.heading_has_any(&["contact", "questions", "how to reach", "get in touch", "comments"]);
    let contact_words = c.has_any(&["contact", "write to", "email us", "e-mail us", "call us", "mail us", "send us", "reach us", "questions", "privacy officer", "data protection officer", "dpo", "reach our", "by mail", "attn", "attention:"]);
    if email && (contact_words || heading || c.has("privacy")) {
        return Some(Vote::new("yes", 3));
    }
    if c.has_any(&["data protection officer", "privacy officer", "chief privacy"]) && c.has_any(&["contact", "reach", "at", "appointed"]) {
        return Some(Vote::new("yes", 2));
    }
    let postal = c.has_any(&["p.o. box", "po box", "suite ", " street", " avenue", " ave.", " ave ", " blvd", " road", " drive", "floor"]) && c.any_word(|w| w.len() == 5 && w.chars().all(|ch| ch.is_ascii_digit()));
    // Phone numbers come as "800-929-4040", "509.844.1667" or "707 887 1507": count their digits.
    let digits: usize = c
        .tokens
        .iter()
        .filter(|t| t.word.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, '-' | '.')))
        .map(|t| t.word.chars().filter(char::is_ascii_digit).count())
        .filter(|n| *n >= 3)
        .sum();
    let phone = c.has_any(&["phone", "call", "toll-free", "toll free", "tel", "fax"]) && digits >= 7;
    let form = c.has_any(&["contact form", "web form", "online form", "contact us page", "contact page", "webform"]);
    if phone || ((postal || form || email) && (contact_words || heading)) {
        return Some(Vote::new("yes", 2));
    }
    // "Contact our privacy office online or by postal mail", "contact us at: our web site".
    let channel = c.has_any(&["by mail", "postal", "by e-mail", "by email", "by phone", "by telephone", "online", "web site", "website", "form", "address below", "addresses below", "listed below", "at:", "email links", "e-mail links"]);
    if c.has("contact") && channel && (c.has_any(&["privacy", "questions", "concerns", "comments", "policy"]) || heading) {
        return Some(Vote::new("yes", 2));
    }
    if email && c.has_any(&["at", "to"]) {
        return Some(Vote::new("yes", 1));
    }
    None
}
