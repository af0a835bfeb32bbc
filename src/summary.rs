//! What a graded report leads with: the counted answers split into concerns (answers that cost
//! points, worst first) and good signs (answers that earned every point, heaviest first).
//!
//! The popup and the full report page both list answers this way, so the order is decided once,
//! here, where it is tested natively. Questions switched off in the rubric are left out.

use crate::rubric::{Answer, Question, MAX_VALUE};
use crate::{Finding, Report, Rubric};

/// One counted answer of a report.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// The rubric's question.
    pub question: &'a Question,
    /// The rubric's answer, when the rubric knows the finding's answer.
    pub answer: Option<&'a Answer>,
    /// The finding, with its evidence.
    pub finding: &'a Finding,
    /// Points lost to the best answer, weighted (`weight × (max − points)`).
    pub lost: u32,
}

impl Line<'_> {
    /// The answer's points (0 when the rubric does not know the answer).
    pub fn points(&self) -> u32 {
        self.answer.map_or(0, |a| a.points.min(MAX_VALUE))
    }

    /// How the answer reads at a glance, for its icon: full points are good, half or more fair.
    pub fn tone(&self) -> Tone {
        match self.points() {
            MAX_VALUE => Tone::Good,
            p if p * 2 >= MAX_VALUE => Tone::Fair,
            _ => Tone::Poor,
        }
    }
}

/// How an answer reads at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Every point earned.
    Good,
    /// Half the points or more.
    Fair,
    /// Fewer than half.
    Poor,
}

impl Tone {
    /// A stable name, for CSS classes and tests.
    pub fn name(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Fair => "fair",
            Tone::Poor => "poor",
        }
    }

    /// The icon shown before the answer: a shape of its own per tone, so colour is never the only sign.
    pub fn icon(self) -> &'static str {
        match self {
            Tone::Good => "✓",
            Tone::Fair => "−",
            Tone::Poor => "✗",
        }
    }
}

/// A report's counted answers, split and ordered.
#[derive(Debug, Default)]
pub struct Summary<'a> {
    /// Answers short of full points, the most points lost first (a tie: the heavier question first).
    pub concerns: Vec<Line<'a>>,
    /// Answers with full points, the heaviest question first.
    pub good_signs: Vec<Line<'a>>,
}

/// Splits the answers of `report` that `rubric` counts into concerns and good signs.
pub fn summarize<'a>(report: &'a Report, rubric: &'a Rubric) -> Summary<'a> {
    let mut summary = Summary::default();
    for finding in &report.findings {
        let Some(question) = rubric.question(finding.question.as_str()).filter(|q| q.enabled) else { continue };
        let answer = question.answers.iter().find(|a| finding.answer == a.id);
        let mut line = Line { question, answer, finding, lost: 0 };
        line.lost = question.weight * (MAX_VALUE - line.points());
        if line.points() < MAX_VALUE {
            summary.concerns.push(line);
        } else {
            summary.good_signs.push(line);
        }
    }
    // Worst first (good signs lose nothing, so their weight orders them), through the crate's one
    // stable sort: every sort instantiated is code in the wasm.
    for lines in [&mut summary.concerns, &mut summary.good_signs] {
        crate::sorting::sort_stable_by(lines, |a, b| b.lost.cmp(&a.lost).then(b.question.weight.cmp(&a.question.weight)));
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let html = "<main><h1>Privacy Policy</h1><p>We sell your personal information to data brokers.</p>\
                    <p>You can delete your account and all of your data at any time in the settings.</p></main>";
        crate::analyze_html(html, "https://x.test/privacy", &Rubric::default())
    }

    #[test]
    fn concerns_lead_worst_first_and_good_signs_follow() {
        let report = report();
        let rubric = Rubric::default();
        let summary = summarize(&report, &rubric);
        assert_eq!(summary.concerns.len() + summary.good_signs.len(), rubric.questions.len());
        let first = summary.concerns.first().unwrap();
        assert_eq!((first.question.id.as_str(), first.answer.unwrap().id.as_str()), ("sells_data", "yes"));
        assert_eq!(first.lost, 100);
        assert_eq!(first.tone(), Tone::Poor);
        assert!(summary.concerns.windows(2).all(|w| w[0].lost >= w[1].lost), "worst first");
        assert!(summary.concerns.iter().all(|l| l.lost > 0 && l.tone() != Tone::Good));
        assert!(summary.good_signs.iter().any(|l| l.question.id == "deletion"), "{:?}", summary.good_signs);
        assert!(summary.good_signs.iter().all(|l| l.lost == 0 && l.tone() == Tone::Good));
        assert!(summary.good_signs.windows(2).all(|w| w[0].question.weight >= w[1].question.weight));
    }

    #[test]
    fn questions_switched_off_are_left_out() {
        let report = report();
        let mut overrides = crate::Overrides::default();
        overrides.disabled.insert("sells_data".into());
        let rubric = Rubric::default().with_overrides(&overrides).unwrap();
        let summary = summarize(&report, &rubric);
        let shown = summary.concerns.iter().chain(&summary.good_signs);
        assert!(shown.clone().all(|l| l.question.id != "sells_data"));
        assert_eq!(shown.count(), rubric.questions.len() - 1);
    }

    #[test]
    fn tones_follow_the_rubric_points_not_the_answer_ids() {
        let report = report();
        let tone = |rubric: &Rubric, question: &str| {
            let summary = summarize(&report, rubric);
            summary.concerns.iter().chain(&summary.good_signs).find(|l| l.question.id == question).map(|l| l.tone())
        };
        let rubric = Rubric::default();
        assert_eq!(tone(&rubric, "sells_data"), Some(Tone::Poor));
        assert_eq!(tone(&rubric, "deletion"), Some(Tone::Good));
        // A user who gives selling half the points sees it as a fair answer, still a concern.
        let mut lenient = crate::Overrides::default();
        lenient.points.insert("sells_data".into(), [("yes".to_string(), 5)].into());
        let lenient = Rubric::default().with_overrides(&lenient).unwrap();
        assert_eq!(tone(&lenient, "sells_data"), Some(Tone::Fair));
        assert!(summarize(&report, &lenient).concerns.iter().any(|l| l.question.id == "sells_data"));
    }
}
