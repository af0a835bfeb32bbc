//! What the worker stores, and the rules that read it: a tab's record (session storage), a site's
//! entry (local storage), whether a tab is busy, and when a changed policy keeps its star.

use serde::{Deserialize, Serialize};

use super::{state_for_report, TabState};
use crate::change::AnswerChange;
use crate::discover::OfferedLink;
use crate::{Report, Rubric};

/// How long an analysis may run before another one for the same site may start: a stopped worker
/// leaves its record "analyzing", and three fetches with their 15 s timeouts take at most 45 s.
pub const BUSY_FOR_MS: f64 = 60_000.0;

/// A site's report is reused for a week; then the policy is read again (and compared).
const FRESH_FOR_MS: f64 = 7.0 * 24.0 * 60.0 * 60.0 * 1000.0;

/// One tab, as kept in session storage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TabRecord {
    /// The tab's address.
    pub url: String,
    /// Its site (see [`site_of`](crate::discover::site_of)).
    pub site: String,
    /// Where its analysis stands.
    pub state: TabState,
    /// When the analysis started (milliseconds since the epoch), while it runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<f64>,
    /// The policy address the popup links to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_url: Option<String>,
    /// Links the user may pick when nothing could be read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<OfferedLink>,
}

/// Whether a tab is already analyzing `site`, so a page load must not start another analysis.
/// An analysis older than [`BUSY_FOR_MS`] (its worker was stopped) or from the future (the clock
/// was set back) does not count.
pub fn is_busy(record: Option<&TabRecord>, site: &str, now_ms: f64) -> bool {
    let Some(record) = record else { return false };
    let running = record.started_at.map(|started| now_ms - started).is_some_and(|age| (0.0..BUSY_FOR_MS).contains(&age));
    record.state == TabState::Analyzing && record.site == site && running
}

/// Whether two addresses are the same document: the user is on the policy page itself.
pub fn same_document(a: &str, b: &str) -> bool {
    crate::discover::same_document(a, b)
}

/// A change of a site's policy text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// When it was noticed (milliseconds since the epoch).
    pub since: f64,
    /// The answers that moved.
    pub answers: Vec<AnswerChange>,
    /// Whether the user has seen it in the popup: then the badge loses its star.
    #[serde(default)]
    pub seen: bool,
    /// Whether the user dismissed the popup's notice of it: then the popup stops telling.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dismissed: bool,
}

/// One site, as kept in local storage. Its report keeps the answers and their evidence; the score,
/// grade and contributions are worked out from the current rubric whenever the entry is read
/// ([`SiteEntry::scored`]), so a settings change rewrites nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteEntry {
    /// The last report.
    pub report: Report,
    /// Where the policy was read.
    pub policy_url: String,
    /// When (milliseconds since the epoch).
    pub analyzed_at: f64,
    /// The last change of the policy text, if one was noticed.
    #[serde(default)]
    pub change: Option<Change>,
}

impl SiteEntry {
    /// The entry after a new report: a change is recorded when the text differs from the previous
    /// report's, else the previous change (seen or not) is kept. A previous entry of another engine
    /// version is not compared: that engine may have read the same text differently.
    pub fn after(previous: Option<&SiteEntry>, mut report: Report, policy_url: &str, now_ms: f64) -> SiteEntry {
        // Scores are not stored: they belong to the rubric of the moment they are shown.
        report.score = None;
        report.grade = None;
        report.contributions.clear();
        let previous = previous.filter(|p| p.report.engine_version == report.engine_version);
        let change = match previous.and_then(|p| crate::change::compare(&p.report, &report)) {
            Some(difference) => Some(Change { since: now_ms, answers: difference.answers, seen: false, dismissed: false }),
            None => previous.and_then(|p| p.change.clone()),
        };
        SiteEntry { report, policy_url: policy_url.to_string(), analyzed_at: now_ms, change }
    }

    /// The report scored with `rubric`: score, grade and contributions as the user's settings say now.
    pub fn scored(&self, rubric: &Rubric) -> Report {
        let mut report = self.report.clone();
        report.rescore(rubric);
        report
    }

    /// The state of the site's tabs under `rubric`: graded (or not readable), with the star while a
    /// change is unseen.
    pub fn state(&self, rubric: &Rubric) -> TabState {
        state_for_report(&self.scored(rubric), self.change.as_ref().is_some_and(|c| !c.seen))
    }

    /// Whether the entry may stand for the site without reading the policy again: made by this
    /// engine version, and less than a week ago.
    pub fn is_fresh(&self, now_ms: f64) -> bool {
        self.report.engine_version == crate::ENGINE_VERSION && (0.0..FRESH_FOR_MS).contains(&(now_ms - self.analyzed_at))
    }

    /// The entry once the user has seen its change.
    pub fn seen(mut self) -> SiteEntry {
        if let Some(change) = &mut self.change {
            change.seen = true;
        }
        self
    }

    /// The entry once the user has dismissed the notice of its change (seen, too).
    pub fn dismissed(mut self) -> SiteEntry {
        if let Some(change) = &mut self.change {
            change.seen = true;
            change.dismissed = true;
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzing(site: &str, started_at: f64) -> TabRecord {
        TabRecord { site: site.into(), state: TabState::Analyzing, started_at: Some(started_at), ..TabRecord::default() }
    }

    #[test]
    fn busy_only_while_a_recent_analysis_of_the_same_site_runs() {
        let now = 1_000_000.0;
        assert!(is_busy(Some(&analyzing("a.test", now - 1_000.0)), "a.test", now));
        assert!(!is_busy(Some(&analyzing("a.test", now - 1_000.0)), "b.test", now), "another site");
        assert!(!is_busy(Some(&analyzing("a.test", now - BUSY_FOR_MS)), "a.test", now), "a stopped worker's");
        assert!(!is_busy(Some(&analyzing("a.test", now + 5_000.0)), "a.test", now), "from the future");
        let done = TabRecord { state: TabState::NoPolicy, ..analyzing("a.test", now) };
        assert!(!is_busy(Some(&done), "a.test", now));
        assert!(!is_busy(None, "a.test", now));
        let no_start = TabRecord { started_at: None, ..analyzing("a.test", now) };
        assert!(!is_busy(Some(&no_start), "a.test", now));
    }

    #[test]
    fn same_documents() {
        assert!(same_document("https://www.example.com/privacy/", "http://example.com/privacy#top"));
        assert!(same_document("https://example.com/privacy?utm_source=x", "https://example.com/privacy"));
        assert!(!same_document("https://example.com/privacy", "https://example.com/terms"));
        assert!(!same_document("https://example.com/privacy", "https://example.org/privacy"));
        assert!(!same_document("not an address", "not an address"));
    }

    fn report(sells: &str) -> Report {
        let html = format!("<main><h1>Privacy Policy</h1><p>{sells}</p><p>We keep your data for 30 days.</p></main>");
        crate::analyze_html(&html, "https://x.test/privacy", &crate::Rubric::default())
    }

    #[test]
    fn a_change_keeps_its_star_until_seen() {
        let first = SiteEntry::after(None, report("We do not sell your personal information."), "https://x.test/privacy", 1.0);
        assert_eq!(first.change, None);
        assert!(matches!(first.state(&Rubric::default()), TabState::Done { changed: false, .. }));
        assert_eq!((first.report.score, first.report.grade), (None, None), "scores are not stored");
        assert!(first.report.contributions.is_empty());

        let same = SiteEntry::after(Some(&first), report("We do not sell your personal information."), "https://x.test/privacy", 2.0);
        assert_eq!(same.change, None, "the same text is no change");

        let changed = SiteEntry::after(Some(&same), report("We sell your personal information to data brokers."), "https://x.test/privacy", 3.0);
        let change = changed.change.clone().unwrap();
        assert_eq!(change.since, 3.0);
        assert!(change.answers.iter().any(|a| a.question == "sells_data"), "{change:?}");
        assert!(matches!(changed.state(&Rubric::default()), TabState::Done { changed: true, .. }));

        let seen = changed.seen();
        assert!(matches!(seen.state(&Rubric::default()), TabState::Done { changed: false, .. }), "seen: no star");
        assert!(seen.change.is_some(), "the popup still tells what changed");
        assert!(!seen.change.as_ref().unwrap().dismissed, "until the user dismisses it");
        let dismissed = seen.clone().dismissed();
        assert!(dismissed.change.as_ref().is_some_and(|c| c.seen && c.dismissed));
        // The next change is told again.
        let next = SiteEntry::after(Some(&dismissed), report("We do not sell your personal information."), "https://x.test/privacy", 3.5);
        assert!(next.change.as_ref().is_some_and(|c| !c.seen && !c.dismissed), "{next:?}");

        // Read again, unchanged: the change is remembered, and stays seen.
        let again = SiteEntry::after(Some(&seen), report("We sell your personal information to data brokers."), "https://x.test/privacy", 4.0);
        assert!(matches!(again.state(&Rubric::default()), TabState::Done { changed: false, .. }));
        assert_eq!(again.change.map(|c| c.since), Some(3.0));

        let mut other_engine = seen;
        other_engine.report.engine_version = "0.0.0".into();
        let fresh = SiteEntry::after(Some(&other_engine), report("We do not sell your personal information."), "https://x.test/privacy", 5.0);
        assert_eq!(fresh.change, None, "not compared with another engine's report");
    }

    #[test]
    fn the_grade_follows_the_rubric_of_the_moment() {
        let entry = SiteEntry::after(None, report("We sell your personal information to data brokers."), "https://x.test/privacy", 1.0);
        // Only the selling question counts: selling is the worst answer…
        let mut only_selling = crate::Overrides::default();
        for q in &Rubric::default().questions {
            if q.id != "sells_data" {
                only_selling.disabled.insert(q.id.clone());
            }
        }
        let strict = Rubric::default().with_overrides(&only_selling).unwrap();
        assert!(matches!(entry.state(&strict), TabState::Done { grade: crate::Grade::E, .. }), "{:?}", entry.state(&strict));
        // …unless the user gives it full points and switches its dealbreaker off: the same stored
        // entry grades A.
        let mut lenient = only_selling;
        lenient.points.insert("sells_data".into(), [("yes".to_string(), crate::rubric::MAX_VALUE)].into());
        lenient.disabled_rules.insert("sells_data".into());
        let lenient = Rubric::default().with_overrides(&lenient).unwrap();
        assert!(matches!(entry.state(&lenient), TabState::Done { grade: crate::Grade::A, .. }), "{:?}", entry.state(&lenient));
        assert_eq!(entry.scored(&strict).contributions.len(), 1);
    }

    #[test]
    fn entries_stay_fresh_for_a_week_of_this_engine() {
        let entry = SiteEntry::after(None, report("We do not sell your personal information."), "https://x.test/privacy", 1_000.0);
        assert!(entry.is_fresh(1_000.0 + FRESH_FOR_MS - 1.0));
        assert!(!entry.is_fresh(1_000.0 + FRESH_FOR_MS));
        assert!(!entry.is_fresh(0.0), "from the future");
        let mut old_engine = entry;
        old_engine.report.engine_version = "0.0.0".into();
        assert!(!old_engine.is_fresh(1_000.0));
    }
}
