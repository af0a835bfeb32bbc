//! How much a question matters to the user: the options page's plain-words alternative to weights.
//!
//! The rubric already weighs its questions against each other (selling data counts more than a
//! contact address). A person does not think in those numbers; they can say that a question matters
//! to them less or more than the rubric assumes. An [`Importance`] says exactly that, as a multiplier
//! of the question's weight:
//!
//! | importance | in settings | weight counts |
//! |---|---|---|
//! | less important | `lessImportant` | ×½ |
//! | important (the default) | — | ×1 |
//! | very important | `veryImportant` | ×2 |
//!
//! Settings hold the two sets of questions that differ from the default, like the set of questions
//! switched off ([`Overrides`](super::Overrides)). The score is a share of the most the questions could earn, so only the ratio of the weights
//! matters: the engine counts in half-weights ([`Importance::halves`]) and stays in integers, and a
//! rubric where every question is `normal` scores exactly as one without importance at all.

/// How much a question matters to the user, relative to the weight the rubric gives it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Importance {
    /// Less important: the weight counts half.
    Low,
    /// Important, as the rubric weighs it.
    #[default]
    Normal,
    /// Very important: the weight counts double.
    High,
}

impl Importance {
    /// Every importance, least first (the order the options page offers them in).
    pub const ALL: [Importance; 3] = [Importance::Low, Importance::Normal, Importance::High];

    /// The weight's multiplier in halves: 1 (×½), 2 (×1) or 4 (×2).
    pub fn halves(self) -> u32 {
        match self {
            Importance::Low => 1,
            Importance::Normal => 2,
            Importance::High => 4,
        }
    }

    /// Its id (`low`, `normal`, `high`), as the options page's choices name it.
    pub fn id(self) -> &'static str {
        match self {
            Importance::Low => "low",
            Importance::Normal => "normal",
            Importance::High => "high",
        }
    }

    /// The importance with this id.
    pub fn from_id(id: &str) -> Option<Importance> {
        Importance::ALL.into_iter().find(|i| i.id() == id)
    }

    /// The `_locales` key of its name ("Very important").
    pub fn message_key(self) -> &'static str {
        match self {
            Importance::Low => "optionsImportanceLow",
            Importance::Normal => "optionsImportanceNormal",
            Importance::High => "optionsImportanceHigh",
        }
    }

    /// The importance that turns a question's `default` weight into exactly `weight`, if one does:
    /// how a raw weight from older settings is read as an importance (`normal` first, so a weight
    /// of 0 on a question weighing 0 stays `normal`).
    pub fn giving(default: u32, weight: u32) -> Option<Importance> {
        [Importance::Normal, Importance::Low, Importance::High]
            .into_iter()
            .find(|i| weight * Importance::Normal.halves() == default * i.halves())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn importance_multiplies_the_weight() {
        // (importance, weight 6 counts as, in whole weights)
        let table = [(Importance::Low, 3), (Importance::Normal, 6), (Importance::High, 12)];
        for (importance, counts) in table {
            assert_eq!(6 * importance.halves(), counts * Importance::Normal.halves(), "{importance:?}");
            assert_eq!(Importance::from_id(importance.id()), Some(importance));
        }
        assert_eq!(Importance::ALL.map(Importance::halves), [1, 2, 4], "least important first");
        assert_eq!(Importance::default(), Importance::Normal);
        assert_eq!(Importance::from_id("huge"), None);
    }

    #[test]
    fn a_raw_weight_is_read_as_the_importance_that_gives_it() {
        // (default weight, raw weight, importance)
        let table = [
            (10, 10, Some(Importance::Normal)),
            (10, 5, Some(Importance::Low)),
            (3, 6, Some(Importance::High)),
            (3, 1, None), // ½ of 3 is no whole weight
            (8, 7, None),
            (8, 16, Some(Importance::High)), // beyond what a raw weight may be, but still the rule
            (0, 0, Some(Importance::Normal)),
            (2, 0, None),
        ];
        for (default, weight, want) in table {
            assert_eq!(Importance::giving(default, weight), want, "default {default}, weight {weight}");
        }
    }
}
