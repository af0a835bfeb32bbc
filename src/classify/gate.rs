//! Which questions a clause may be about, found in one pass.
//!
//! Each reader only says something when the clause holds at least one of its trigger strings (a
//! verb stem, a topic noun, a named vendor). Running one Aho-Corasick automaton over the
//! lower-cased clause gives the set of questions worth reading, so most clauses are read by two or
//! three readers instead of fifteen. Triggers must stay a superset of what each reader needs — a
//! trigger list that is too narrow silently loses answers, which the clause table tests catch.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// Question ids in bit order.
pub(crate) const QUESTIONS: &[&str] = &[
    "sells_data", "shares_for_advertising", "third_party_tracking", "retention", "deletion", "access", "opt_out",
    "children", "security", "change_notice", "law_enforcement", "international_transfer", "do_not_track", "contact",
    "breach_notification",
];

/// Trigger strings per question, in the order of [`QUESTIONS`].
const TRIGGERS: &[&[&str]] = &[
    // sells_data
    &["sell", "sold", "rent", "leas", "sale"],
    // shares_for_advertising
    &[
        "advertis", "marketing", "ads", "ad ", "promot", "offers", "interest-based", "targeted", "behavio", "retarget",
        "remarket", "personali", "solicitation", "telemarket", "marketer", "shar", "sell", "sold", "rent", "leas",
        "disclos", "give",
    ],
    // third_party_tracking
    &[
        "google", "doubleclick", "omniture", "adobe", "quantcast", "comscore", "nielsen", "hotjar", "mixpanel", "pixel",
        "crazy egg", "chartbeat", "scorecard", "new relic", "optimizely", "segment.io", "amplitude", "kissmetrics",
        "webtrends", "coremetrics", "adsense", "criteo", "taboola", "outbrain", "addthis", "sharethis", "like button",
        "plugin", "widget", "cookie", "beacon", "web bug", "clear gif", "tags", "sdk", "tracking", "local storage",
        "flash", "fingerprint", "analytics", "device identifier", "scripts", "track", "information about your",
        "data about your", "online activities", "browsing activit", "your visits",
    ],
    // retention
    &[
        "retain", "retention", "keep", "kept", "stor", "delet", "purg", "destr", "eras", "anonymi", "maintain", "hold",
        "held", "remov", "discard", "expir", "preserv", "archiv",
    ],
    // deletion
    &["delet", "eras", "remov", "close", "deactivat", "cancel", "terminat", "clear"],
    // access
    &[
        "access", "review", "view", "correct", "updat", "edit", "modif", "chang", "amend", "rectif", "export", "download",
        "obtain", "inspect", "manag", "right to know", "portability", "copy of",
    ],
    // opt_out
    &[
        "opt", "unsubscrib", "object", "withdraw", "do not sell", "choose not", "no longer wish", "stop receiving",
        "remove you", "remove your", "limit the use",
    ],
    // children
    &[
        "child", "kid", "minor", "coppa", "teen", "under 1", "under the age", "under age", "younger than", "years",
        "thirteen", "age of", "minimum age", "parental", "parent", "guardian",
    ],
    // security
    &[
        "secur", "protect", "safeguard", "unauthori", "confidential", "encrypt", "ssl", "tls", "breach", "integrity",
        "firewall", "hashed", "salted", "two-factor", "multi-factor", "intrusion", "access",
    ],
    // change_notice
    &["change", "update", "modif", "revis", "amend", "alter", "different from", "manner different", "new purpose"],
    // law_enforcement
    &[
        "law", "subpoena", "court", "legal", "warrant", "government", "authorit", "police", "judicial", "lawful",
        "national security", "regulator", "requires us", "protect our rights", "as required or permitted",
    ],
    // international_transfer
    &[
        "countr", "outside", "united states", "u.s", "border", "international", "jurisdiction", "anywhere in the world",
        "around the world", "standard contractual", "boundaries",
    ],
    // do_not_track
    &["do not track", "do-not-track", "dnt", "signal"],
    // contact
    &[
        "@", "contact", "phone", "call", "tel", "fax", "write to", "mail", "officer", "dpo", "box", "suite", "street",
        "avenue", "ave", "blvd", "road", "drive", "floor", "form", "attn", "attention", "questions", "reach",
    ],
    // breach_notification
    &["breach", "security incident", "unauthorized access to your", "compromised"],
];

/// Heading triggers of the readers that also read the clause's heading as a gate.
const HEADING_TRIGGERS: &[(&str, &[&str])] = &[
    ("shares_for_advertising", &["advertis", "marketing"]),
    ("retention", &["retention", "retain", "how long", "storage"]),
    ("security", &["secur", "protect", "safeguard"]),
    ("do_not_track", &["do not track", "do-not-track"]),
];

struct Gate {
    automaton: AhoCorasick,
    /// The question bit of each pattern.
    bits: Vec<u32>,
}

fn gate() -> Option<&'static Gate> {
    static GATE: OnceLock<Option<Gate>> = OnceLock::new();
    GATE.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut bits = Vec::new();
        for (q, triggers) in TRIGGERS.iter().enumerate() {
            for t in *triggers {
                patterns.push(*t);
                bits.push(1u32 << q);
            }
        }
        // Building from these literal patterns cannot fail; if it somehow did, every reader runs.
        AhoCorasick::new(&patterns).ok().map(|automaton| Gate { automaton, bits })
    })
    .as_ref()
}

/// The set of questions (bits in [`QUESTIONS`] order) whose triggers occur in `lower`.
pub(crate) fn clause_mask(lower: &str) -> u32 {
    let Some(gate) = gate() else { return u32::MAX };
    let mut mask = 0;
    for m in gate.automaton.find_overlapping_iter(lower) {
        mask |= gate.bits.get(m.pattern().as_usize()).copied().unwrap_or(u32::MAX);
    }
    mask
}

/// The questions a section heading (lower-cased) opens for every clause under it.
pub(crate) fn heading_mask(heading: &str) -> u32 {
    let mut mask = 0;
    for (q, triggers) in HEADING_TRIGGERS {
        if triggers.iter().any(|t| heading.contains(t)) {
            mask |= bit(q);
        }
    }
    mask
}

/// The bit of a question id; all bits for a question the gate does not know, so it is always read.
pub(crate) fn bit(question: &str) -> u32 {
    QUESTIONS.iter().position(|q| *q == question).map_or(u32::MAX, |i| 1 << i)
}
