//! Care of your data: `retention`, `children`, `security` and `breach_notification`.
//!
//! Retention and security have graded answers. Retention looks for a retention verb ("retain",
//! "keep", "store", "delete … after", "purge") and then for what bounds it: a concrete duration
//! ("for 90 days", "after two years") is a stated period; "as long as necessary", "until you close
//! your account" is limited; "indefinitely" is indefinite. Security separates named measures
//! (encryption, SSL/TLS, firewalls, access limited to staff who need it, audits, training,
//! monitoring) from promises of "reasonable" or "appropriate" safeguards.

use super::super::clause::ClauseView;
use super::super::lexicon::{is_number, is_time_unit};
use super::Vote;

const RETENTION_VERBS: &[&str] = &[
    "retain", "retains", "retained", "retaining", "retention", "keep", "keeps", "kept", "store", "stores", "stored",
    "storing", "storage", "delete", "deletes", "deleted", "purge", "purged", "purges", "destroy", "destroyed",
    "erase", "erased", "anonymize", "anonymise", "anonymized", "maintain", "maintained", "hold", "held", "remove",
    "removed", "discard", "discarded", "expire", "expires", "kept", "preserve", "archived", "destruction",
];

/// What one clause says about how long data is kept.
pub(crate) fn retention(c: &ClauseView<'_>) -> Option<Vote> {
    let heading = c.heading_has_any(&["retention", "retain", "how long", "storage"]);
    let verbs = c.positions(|w| RETENTION_VERBS.contains(&w));
    if verbs.is_empty() && !heading {
        return None;
    }
    // A cookie's own lifetime is not how long the company keeps personal data.
    let about_cookie = c.has("cookie") && !c.has_any(&["data", "information", "logs", "records"]);
    // The user's rights to delete ("you can delete your account") are a different question.
    if c.has_any(&["right to delete", "request deletion", "request that we delete", "you can delete", "you may delete"]) && !c.has_any(&["within", "after"]) {
        return None;
    }
    if !about_cookie {
        if let Some(v) = stated_period(c, &verbs) {
            return Some(v);
        }
    }
    if c.has_any(&[
        "as long as", "no longer than", "for the period", "for the length of time", "for the time necessary",
        "only for so long", "for so long as", "until you", "until your", "until such time", "as necessary",
        "as needed", "as required by law", "as is necessary", "as reasonably necessary", "as soon as practical",
        "as soon as possible", "period necessary", "time necessary", "time needed", "longer than necessary",
        "longer than is necessary", "longer than needed", "reasonable period", "while your account", "for as long",
        "scheduled for regular destruction", "retention schedule", "retention policies", "retention period",
        "is no longer needed", "are no longer needed", "no longer necessary", "no longer required", "regularly delete",
        "periodically delete", "until it is no longer",
    ]) && (!verbs.is_empty() || heading)
    {
        return Some(Vote::new("limited", 2));
    }
    // "We retain any data necessary to resolve disputes": kept only while needed.
    let needed = c
        .positions(|w| matches!(w, "retain" | "retains" | "keep" | "keeps" | "retained" | "kept"))
        .into_iter()
        .any(|i| {
            !c.negated(i, 5)
                && c.word(i + 1) != "in"
                && c.near(i, 0, 8, |w| matches!(w, "necessary" | "needed" | "required"))
                && c.near(i, 0, 4, |w| matches!(w, "information" | "data" | "records" | "it" | "them"))
        });
    if needed {
        return Some(Vote::new("limited", 1));
    }
    if c.has_any(&["indefinitely", "forever", "permanently", "in perpetuity", "no time limit", "without limitation as to time"]) && !verbs.is_empty() {
        if c.has_any(&["permanently delete", "permanently remove", "permanently erase", "permanently deleted", "permanently removed"]) {
            return None;
        }
        return Some(Vote::new("indefinite", 2));
    }
    None
}

/// A concrete duration bounding a retention verb: "for 90 days", "after two years", "up to 13 months".
fn stated_period(c: &ClauseView<'_>, verbs: &[usize]) -> Option<Vote> {
    for (k, t) in c.tokens.iter().enumerate() {
        if !is_time_unit(t.word) || k == 0 {
            continue;
        }
        // "thirty (30) days": the number may sit one or two words back.
        let number = (k.saturating_sub(3)..k).find(|&j| is_number(c.word(j)));
        let Some(n) = number else { continue };
        if matches!(c.word(n), "a" | "an") && !matches!(c.word(n.wrapping_sub(1)), "for" | "after" | "of" | "within" | "than") {
            continue;
        }
        // A duration about the company's response time or the policy's notice period is not retention.
        let intro = c.word(n.wrapping_sub(1));
        let intro2 = c.word(n.wrapping_sub(2));
        let bounded = matches!(intro, "for" | "after" | "within" | "than" | "of" | "to" | "past" | "least" | "maximum" | "exceed" | "about" | "approximately")
            || matches!(intro2, "up" | "for" | "after" | "least" | "than" | "period" | "exceeding" | "maximum");
        if !bounded {
            continue;
        }
        if c.near(n, 10, 2, |w| matches!(w, "respond" | "response" | "notice" | "prior" | "effect" | "effective" | "receipt" | "reply" | "age" | "old" | "aged" | "younger" | "older" | "past" | "preceding" | "previous" | "last" | "ago" | "since")) {
            continue;
        }
        let close_verb = verbs.iter().any(|&v| v.abs_diff(k) <= 16);
        if close_verb {
            return Some(Vote::new("stated_period", 3));
        }
    }
    None
}

/// What one clause says about children's data.
pub(crate) fn children(c: &ClauseView<'_>) -> Option<Vote> {
    let child_word = c.any_word(|w| matches!(w, "children" | "child" | "children's" | "child's" | "kids" | "minors" | "minor" | "coppa" | "teens" | "teenagers"));
    let adults_only = c.has_any(&["adults", "over the age", "older than"]) && !child_word;
    let age = !adults_only && c.has_any(&["under 13", "under the age", "under age", "under 16", "under 18", "younger than", "13 years", "thirteen", "age of 13", "age of 16", "age of 18", "minimum age", "parental consent", "parent or guardian", "parents or guardians", "16 years", "18 years of age", "years of age or older", "years or older"]);
    if child_word && (age || c.has_any(&["collect", "personal", "information", "data", "privacy", "directed", "intended", "knowingly", "protect"])) {
        // "children's products" in a shop's catalogue says nothing about their data.
        if c.has_any(&["children's products", "children's books", "children's clothing", "children's toys"]) && !age {
            return None;
        }
        return Some(Vote::new("yes", if age { 3 } else { 2 }));
    }
    if age && (c.has_any(&["collect", "information", "data", "use our", "use the", "use this", "register", "account", "services", "site"]) || c.heading_has_any(&["child", "minor", "age"])) {
        // "under the age of 18, you must obtain parental consent" and "not intended for people under 16".
        return Some(Vote::new("yes", 2));
    }
    None
}

const SPECIFIC_MEASURES: &[&str] = &[
    "encrypt", "ssl", "tls", "secure socket", "secure sockets", "https connection", "https protocol", "(https)", "firewall", "password-protect", "password protect",
    "two-factor", "multi-factor", "2-factor", "two factor", "multifactor", "intrusion detection", "penetration test",
    "pci", "hashed", "hashing", "salted", "pseudonymi", "tokeniz", "secure server", "secured server", "secure servers",
    "secure facilities", "secure facility", "controlled facilities", "locked", "badge", "security audits", "security audit",
    "audited", "vulnerability", "iso 27001", "soc 2", "background checks", "confidentiality agreements",
    "confidentiality obligations", "need to know", "need-to-know", "access controls", "access control",
    "authentication", "verisign", "128-bit", "256-bit", "secure connection", "secure transmission", "secured networks",
    "secure network", "monitor network", "monitoring", "anti-virus", "antivirus", "malware", "security training",
    "trained", "training", "reviewed for compliance", "periodically review", "regularly review", "security reviews",
];

const SECURITY_CONTEXT: &[&str] = &[
    "secur", "protect", "safeguard", "unauthorized", "confidential", "encrypt", "ssl", "breach", "integrity", "firewall",
];

/// What one clause says about how data is protected.
pub(crate) fn security(c: &ClauseView<'_>) -> Option<Vote> {
    let heading = c.heading_has_any(&["secur", "protect", "safeguard"]);
    // Word starts, not substrings: "acmesecurity.com" is a name, not a security statement.
    // Some measures are security by themselves; the rest need a security word nearby.
    let self_evident = c.has_any(&["encrypt", "ssl", "tls", "firewall", "hashed", "salted", "two-factor", "multi-factor", "intrusion detection"]);
    let data = c.any_word(|w| matches!(w, "information" | "data" | "records" | "details" | "files" | "systems" | "servers"));
    let access_limited = c.has("access")
        && c.has_any(&["employees", "staff", "personnel", "authorized", "limited number", "need it", "need to know", "need-to-know"])
        && c.has_any(&["only", "limit", "restrict"])
        && data;
    let context = c.any_word(|w| SECURITY_CONTEXT.iter().any(|s| w.starts_with(s))) || heading || self_evident || access_limited;
    if !context {
        return None;
    }
    // "No method of transmission is 100% secure" names no measure and promises none.
    let disclaimer = c.has_any(&["100%", "100 %", "cannot guarantee", "can not guarantee", "no method", "not guarantee", "no data transmission", "no security measures are", "cannot ensure", "completely secure", "perfectly secure"]);
    let mut specific = c.has_any(SPECIFIC_MEASURES);
    // Access limited to staff: "only employees who need the information have access".
    if access_limited {
        specific = true;
    }
    if c.has_any(&["training", "trained"]) && !c.has_any(&["employee", "staff", "personnel"]) {
        specific = c.has_any(&["encrypt", "ssl", "tls", "firewall"]);
    }
    if c.has("monitoring") && !c.has_any(&["secur", "unauthorized", "intrusion", "network"]) {
        specific = c.has_any(&["encrypt", "ssl", "tls", "firewall"]);
    }
    // Encryption offered by the user's browser or a payment processor still names a measure.
    if specific && (!disclaimer || c.has_any(&["encrypt", "ssl", "firewall", "we use", "we employ"])) {
        // Rank for evidence: a sentence saying the measure protects data beats one that mentions
        // it in passing ("when you set up two-factor authentication").
        let protects = c.any_word(|w| w.starts_with("protect") || w.starts_with("secur") || w.starts_with("safeguard") || w.starts_with("encrypt"));
        return Some(Vote::new("specific", if protects { 3 } else { 2 }));
    }
    let generic_cue = c.has_any(&[
        "reasonable", "appropriate", "industry standard", "industry-standard", "commercially", "measures", "safeguards",
        "precautions", "procedures", "security", "steps to protect", "efforts to protect", "protect your",
        "protect the", "protect personal",
    ]);
    let promise = c.any_word(|w| {
        matches!(
            w,
            "we" | "our" | "use" | "maintain" | "maintains" | "implemented" | "implement" | "take" | "takes" | "employ"
                | "have" | "protect" | "protects" | "safeguard" | "adopt" | "designed"
        )
    });
    // The protection must be of data: "to protect the rights and safety of others" is not security.
    let of_data = c.any_word(|w| matches!(w, "information" | "data" | "unauthorized" | "privacy" | "confidentiality" | "integrity" | "loss" | "misuse"))
        && !c.has_any(&["rights and safety", "rights, property", "rights or property", "rights and property", "comply with"]);
    // The protecting word must bear on data: "protect your information", "security of the data",
    // "safeguards for personal data" — not "to secure our services".
    let protects_data = c
        .positions(|w| w.starts_with("protect") || w.starts_with("safeguard") || w.starts_with("secur"))
        .into_iter()
        .any(|i| {
            c.near(i, 4, 10, |w| {
                matches!(w, "information" | "data" | "privacy" | "personal" | "it" | "them" | "records" | "details" | "account" | "unauthorized")
            })
        });
    if generic_cue && promise && of_data && protects_data && !disclaimer {
        return Some(Vote::new("generic", 1));
    }
    None
}

/// What one clause says about telling users of a data breach.
pub(crate) fn breach_notification(c: &ClauseView<'_>) -> Option<Vote> {
    if !c.has_any(&["breach", "security incident", "unauthorized access to your", "compromised"]) {
        return None;
    }
    let notify = c.positions(|w| matches!(w, "notify" | "inform" | "notification" | "notice" | "alert" | "tell" | "contact"));
    if notify.iter().any(|&i| !c.negated(i, 5) && c.near(i, 3, 8, |w| matches!(w, "you" | "users" | "affected" | "individuals" | "customers"))) {
        return Some(Vote::new("yes", 2));
    }
    None
}
