//! Guesses the language of a policy from its most common function words.
//!
//! Policies are long, so counting a few dozen very frequent words per language is both reliable and
//! tiny, which matters in a wasm bundle.

use serde::{Deserialize, Serialize};

/// A language the engine can recognise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English.
    #[serde(rename = "en")]
    English,
    /// German.
    #[serde(rename = "de")]
    German,
    /// French.
    #[serde(rename = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    Spanish,
    /// Italian.
    #[serde(rename = "it")]
    Italian,
    /// Dutch.
    #[serde(rename = "nl")]
    Dutch,
    /// Portuguese.
    #[serde(rename = "pt")]
    Portuguese,
    /// Not recognised.
    #[serde(rename = "und")]
    Unknown,
}

const STOPWORDS: &[(Language, &[&str])] = &[
    (Language::English, &["the", "and", "of", "to", "you", "your", "we", "our", "is", "with", "that", "for", "or", "information"]),
    (Language::German, &["der", "die", "und", "das", "wir", "sie", "ihre", "nicht", "mit", "von", "zu", "den", "daten", "werden"]),
    (Language::French, &["le", "la", "les", "et", "des", "vous", "nous", "vos", "est", "une", "pour", "dans", "données", "que"]),
    (Language::Spanish, &["el", "los", "las", "y", "del", "usted", "sus", "para", "con", "una", "datos", "que", "por", "su"]),
    (Language::Italian, &["il", "di", "che", "e", "gli", "della", "dei", "per", "con", "una", "sono", "dati", "non", "suoi"]),
    (Language::Dutch, &["de", "het", "een", "en", "van", "wij", "uw", "je", "niet", "met", "voor", "zijn", "gegevens", "op"]),
    (Language::Portuguese, &["o", "os", "as", "e", "do", "da", "dos", "você", "seus", "para", "com", "uma", "dados", "não"]),
];

impl Language {
    /// The language of `text`, or [`Language::Unknown`] when no language stands out.
    pub fn detect(text: &str) -> Language {
        let mut counts = [0usize; 7];
        let mut words = 0usize;
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(5000) {
            words += 1;
            let word = word.to_lowercase();
            for (i, (_, list)) in STOPWORDS.iter().enumerate() {
                if list.contains(&word.as_str()) {
                    counts[i] += 1;
                }
            }
        }
        let best = counts.iter().enumerate().max_by_key(|(_, n)| **n);
        match best {
            Some((i, &n)) if words > 0 && n * 20 >= words => STOPWORDS[i].0,
            _ => Language::Unknown,
        }
    }

    /// The ISO 639-1 code, or `"und"` for an unknown language.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Dutch => "nl",
            Language::Portuguese => "pt",
            Language::Unknown => "und",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn table() {
        let cases = [
            ("We collect your information and we share it with our partners.", Language::English),
            ("Wir verarbeiten Ihre Daten nicht ohne Ihre Zustimmung und die Daten werden mit der Firma geteilt.", Language::German),
            ("Nous collectons vos données et nous les partageons avec des partenaires pour les services.", Language::French),
            ("Los datos que usted nos proporciona se usan para los servicios y con su consentimiento.", Language::Spanish),
            ("1234 5678", Language::Unknown),
        ];
        for (text, want) in cases {
            assert_eq!(Language::detect(text), want, "{text}");
        }
    }
}
