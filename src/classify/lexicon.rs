//! Word classes the readers share: verb lemmas by their inflections, the nouns policies use for
//! personal data, the parties data goes to, and the cues of business transfers.
//!
//! Lists are matched against single lower-cased tokens (see [`super::clause`]), so "sold" is a form of
//! "sell" but "seller" is not, and "information" matches while "informational" does not.

/// Forms of "sell", "rent", "lease" and "trade" used for handing data over for value.
pub(crate) fn is_sell(w: &str) -> bool {
    matches!(
        w,
        "sell" | "sells" | "selling" | "sold" | "resell" | "resells" | "reselling" | "resold" | "rent" | "rents"
            | "renting" | "rented" | "lease" | "leases" | "leasing" | "leased" | "sale" | "sales"
    )
}

/// Forms of "share", "disclose", "provide" and their kin: handing data to someone.
pub(crate) fn is_share(w: &str) -> bool {
    matches!(
        w,
        "share" | "shares" | "shared" | "sharing" | "disclose" | "discloses" | "disclosed" | "disclosing"
            | "provide" | "provides" | "provided" | "providing" | "give" | "gives" | "given" | "giving"
            | "transfer" | "transfers" | "transferred" | "transferring" | "transmit" | "transmits"
            | "transmitted" | "pass" | "passed" | "release" | "released" | "trade" | "traded" | "trading"
            | "swap" | "exchange" | "exchanged" | "distribute" | "distributed" | "furnish" | "furnished"
    ) || is_sell(w)
}

/// Nouns that name personal data, and pronouns that stand for it right after a verb.
pub(crate) fn is_data_noun(w: &str) -> bool {
    matches!(
        w,
        "information" | "info" | "data" | "pii" | "details" | "address" | "addresses" | "list" | "lists"
            | "names" | "name" | "email" | "e-mail" | "emails" | "profile" | "profiles" | "records" | "identifiers"
            | "personal" | "it" | "them" | "anything" | "categories" | "numbers"
    )
}

/// Parties outside the company that may receive or collect data.
pub(crate) fn is_third_party(w: &str) -> bool {
    matches!(
        w,
        "third" | "third-party" | "third-parties" | "partners" | "partner" | "advertisers" | "advertiser"
            | "companies" | "vendors" | "vendor" | "sponsors" | "sponsor" | "networks" | "network" | "others"
            | "affiliates" | "businesses" | "organizations" | "marketers" | "brokers" | "anyone" | "outside"
            | "unaffiliated" | "google" | "facebook" | "doubleclick" | "providers" | "provider" | "agencies" | "entities" | "retailers" | "merchants" | "publishers"
    )
}

/// Words that tie a clause to advertising or marketing.
pub(crate) fn is_advertising(w: &str) -> bool {
    w.starts_with("advertis")
        || w.starts_with("marketing")
        || matches!(
            w,
            "ads" | "ad" | "marketers" | "promotional" | "promotions" | "offers" | "interest-based" | "targeted"
                | "behavioral" | "behavioural" | "retargeting" | "remarketing" | "personalized" | "personalised"
                | "solicitations" | "telemarketing"
        )
}

/// Phrases that mark a transfer of the business itself (merger, acquisition, bankruptcy), which
/// is not a sale of personal data.
pub(crate) const BUSINESS_TRANSFER: &[&str] = &[
    "merger", "merge", "acquisition", "acquired", "acquire", "bankruptcy", "insolvency", "reorganiz",
    "reorganis", "dissolution", "receivership", "liquidation", "change of control", "change in control",
    "business transition", "successor", "substantially all", "divestiture", "corporate transaction",
    "all or part of", "all or a portion", "all or any portion", "all or a part", "sale of assets",
    "sale of our assets", "sale of its assets", "sale of company assets", "asset sale", "sale of the company",
    "sale of all", "sale of a", "sale of some", "sold to another", "sold or transferred", "business is sold",
    "financing", "restructur", "transfer of ownership", "change of ownership",
];

/// Nouns that, right after "sale of" or as the thing sold, show that goods or the business are
/// being sold rather than personal data.
pub(crate) fn is_goods(w: &str) -> bool {
    matches!(
        w,
        "assets" | "asset" | "business" | "businesses" | "company" | "stock" | "shares" | "products" | "product"
            | "goods" | "tickets" | "ticket" | "merchandise" | "items" | "item" | "services" | "service"
            | "subscriptions" | "property" | "properties" | "units" | "site" | "sites" | "website" | "websites"
            | "division" | "unit" | "ownership" | "equity" | "securities" | "gift" | "books" | "vehicles"
    )
}

/// Units of time that make a duration a concrete retention period.
pub(crate) fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "hours" | "hour"
            | "minutes" | "decade" | "decades"
    )
}

/// Number words that may start a duration ("thirty days", "one year").
pub(crate) fn is_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            w,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven"
                | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen" | "eighteen" | "twenty"
                | "thirty" | "forty" | "forty-five" | "fifty" | "sixty" | "ninety" | "hundred" | "several"
                | "a" | "an" | "few"
        )
}
