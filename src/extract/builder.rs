//! Groups clauses into sections under the headings that precede them.

use super::{normalize_space, sentences, Clause, Language, Policy, Section};

/// Collects sections as blocks arrive in document order.
#[derive(Default)]
pub(crate) struct Builder {
    title: Option<String>,
    path: Vec<(usize, String)>,
    sections: Vec<Section>,
    next_id: usize,
}

impl Builder {
    /// The first top-level heading seen, the natural title of the policy.
    pub(crate) fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Starts a section under a heading of `level` (1 = outermost).
    pub(crate) fn heading(&mut self, level: usize, text: &str) {
        let text = normalize_space(text);
        if text.is_empty() {
            return;
        }
        if self.title.is_none() && level == 1 {
            self.title = Some(text.clone());
        }
        while self.path.last().is_some_and(|(l, _)| *l >= level) {
            self.path.pop();
        }
        self.path.push((level, text.clone()));
        self.sections.push(Section {
            heading: text,
            path: self.path.iter().map(|(_, t)| t.clone()).collect(),
            clauses: Vec::new(),
        });
    }

    /// Adds a block of prose, split into sentences.
    pub(crate) fn block(&mut self, text: &str) {
        self.block_normalized(&normalize_space(text));
    }

    /// Adds a block of prose whose whitespace is already normalised.
    pub(crate) fn block_normalized(&mut self, text: &str) {
        for sentence in sentences::split(text) {
            self.push(sentence.to_string());
        }
    }

    /// Adds a block that is one clause whatever its punctuation (a table row).
    pub(crate) fn unit(&mut self, text: &str) {
        self.unit_normalized(&normalize_space(text));
    }

    /// Adds a one-clause block whose whitespace is already normalised.
    pub(crate) fn unit_normalized(&mut self, text: &str) {
        if !text.is_empty() {
            self.push(text.to_string());
        }
    }

    fn push(&mut self, text: String) {
        if self.sections.is_empty() {
            self.sections.push(Section { heading: String::new(), path: Vec::new(), clauses: Vec::new() });
        }
        self.next_id += 1;
        let clause = Clause { id: format!("c{}", self.next_id), text };
        if let Some(section) = self.sections.last_mut() {
            section.clauses.push(clause);
        }
    }

    /// The policy, without sections that ended up empty.
    pub(crate) fn finish(self, title: String) -> Policy {
        Policy {
            title,
            language: Language::Unknown,
            sections: self.sections.into_iter().filter(|s| !s.clauses.is_empty()).collect(),
        }
    }
}
