//! The words that name a privacy policy, and the words that name what is *not* one, in the seven
//! languages Clausewise reads (English, German, French, Spanish, Italian, Dutch, Portuguese).
//!
//! Every list is written already [`fold`]ed: lower case, without accents, with every run of
//! punctuation turned into one space. Text is folded once and then searched with plain substring
//! tests, so "Politique de Confidentialité", "politique-de-confidentialite" and
//! "POLITIQUE DE CONFIDENTIALITÉ" all meet the same entry. A leading or trailing space in an entry
//! asks for a word boundary ([`fold`] pads its output with a space on each side for that reason).

/// Folds text for matching: lower case, accents removed, punctuation runs turned into one space,
/// padded with one space on each side.
///
/// German umlauts fold to the bare vowel ("ä" → "a"), so "Datenschutzerklärung" becomes
/// "datenschutzerklarung"; URLs that spell it "datenschutzerklaerung" are matched through the shorter
/// stem "datenschutz" instead. Only the first `limit` characters are read: a label of a few thousand
/// characters is not a link to a policy, and folding it would only cost time.
pub(crate) fn fold(text: &str, limit: usize) -> String {
    let mut out = String::with_capacity(text.len().min(limit) + 2);
    out.push(' ');
    for c in text.chars().take(limit) {
        for lower in c.to_lowercase() {
            match base_letter(lower) {
                Some(plain) => out.push_str(plain),
                None if lower.is_alphanumeric() => out.push(lower),
                None => {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
            }
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The plain letters of an accented Latin letter, for the letters the seven languages use.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        // Typographic apostrophes and dashes are punctuation like their ASCII twins.
        '\u{2019}' | '\u{2018}' | '\u{2013}' | '\u{2014}' | '\u{a0}' => " ",
        _ => return None,
    })
}

/// The first entry of `list` that occurs in the folded text `hay`.
pub(crate) fn find(hay: &str, list: &[&'static str]) -> Option<&'static str> {
    list.iter().copied().find(|word| hay.contains(word))
}

/// Names of the privacy policy document itself: "Privacy Policy", not merely "Privacy".
pub(crate) const POLICY_NAMES: &[&str] = &[
    // English
    "privacy policy", "privacy policies", "privacy notice", "privacy statement", "privacy disclosure",
    "privacy and cookie", "privacy cookie policy", "privacy rights", "privacy information", "data protection policy",
    "data protection notice", "data protection statement", "data privacy policy", "data privacy notice",
    // German
    "datenschutzerklarung", "datenschutzerklaerung", "datenschutzhinweis", "datenschutzinformation",
    "datenschutzrichtlinie", "datenschutzbestimmung", "datenschutzbelehrung", "datenschutzerkl",
    "hinweise zum datenschutz", "informationen zum datenschutz", "erklarung zum datenschutz",
    // French
    "politique de confidentialite", "politique de protection des donnees", "declaration de confidentialite",
    "avis de confidentialite", "charte de confidentialite", "politique de vie privee",
    "charte de protection des donnees", "politique relative a la vie privee",
    // Spanish
    "politica de privacidad", "aviso de privacidad", "politica de proteccion de datos",
    "declaracion de privacidad", "aviso de proteccion de datos",
    // Italian ("Privacy policy" and "Informativa privacy" are both common on Italian sites)
    "informativa sulla privacy", "informativa privacy", "informativa sul trattamento",
    "informativa sulla protezione dei dati", "politica sulla privacy", "politica di privacy",
    "politica della privacy", "informativa sulla riservatezza",
    // Dutch
    "privacyverklaring", "privacybeleid", "privacyreglement", "privacy verklaring", "privacy beleid",
    "privacyvoorwaarden", "privacystatement",
    // Portuguese
    "politica de privacidade", "aviso de privacidade", "politica de protecao de dados",
    "politica de proteccao de dados", "declaracao de privacidade", "aviso de protecao de dados",
];

/// Words about privacy or personal data; "Privacy" alone is the most common footer link text.
pub(crate) const PRIVACY_WORDS: &[&str] = &[
    "privacy", "datenschutz", "confidentialite", "data protection", "protection des donnees", "donnees personnelles",
    "vie privee", "privacidad", "proteccion de datos", "dati personali", "riservatezza",
    "privacidade", "protecao de dados", "proteccao de dados", "dados pessoais", " ccpa ", " cpra ", " gdpr ",
    " dsgvo ", " rgpd ",
];

/// Cookie banners, consent managers and their settings: about privacy, never the policy.
pub(crate) const COOKIE_WORDS: &[&str] = &[
    "cookie", "consent", "einwilligung", "zustimmung", "consentement", "traceurs", "consentimiento",
    "consenso", "toestemming", "consentimento", "tracking preferences",
];

/// Settings and preference pages ("Privacy settings", "Datenschutz-Einstellungen", "Gérer …").
pub(crate) const SETTINGS_WORDS: &[&str] = &[
    " settings ", " setting ", " preferences ", " manage ", "einstellungen", " verwalten ", " parametres ",
    " parametrer ", " gerer ", " gestionar ", " configuracion ", " configurar ",
    " preferencias ", " impostazioni ", " gestisci ", " preferenze ", " instellingen ", " beheren ",
    " voorkeuren ", " definicoes ", " configuracoes ", " gerir ", " gerenciar ",
];

/// US state-law opt-out pages ("Do Not Sell or Share My Personal Information", "Your Privacy Choices").
pub(crate) const OPT_OUT_WORDS: &[&str] = &[
    "do not sell", "do not share", "dont sell", "don t sell", "sell or share", "sell my",
    "share my personal", "your privacy choices", "privacy choices", " opt out ", " optout ",
    "limit the use of my sensitive", "ne pas vendre", "no vender", "nao vender", " do not track ",
];

/// State supplements ("Your California Privacy Rights"): real policy text, but not the main policy.
pub(crate) const SUPPLEMENT_WORDS: &[&str] =
    &["california", "your privacy rights", " us state", " nevada ", " virginia ", " colorado ", " ccpa ", " cpra "];

/// Terms of service, general terms, legal notices and imprints.
pub(crate) const TERMS_WORDS: &[&str] = &[
    " terms ", " term ", " conditions ", " tos ", " eula ", " agb ", "geschaftsbedingungen",
    "nutzungsbedingungen", "impressum", " imprint ", "legal notice", " disclaimer ", "mentions legales",
    " cgu ", " cgv ", " conditions generales ", " terminos ", " condiciones ", "aviso legal",
    " termini ", " condizioni ", " note legali ", "voorwaarden", " colofon ", " termos ", " condicoes ",
    "accessibility", "barrierefreiheit", "accessibilite", "accesibilidad", "accessibilita",
];

/// Hubs that link to policies rather than being one.
pub(crate) const HUB_WORDS: &[&str] = &[
    "privacy center", "privacy centre", "privacy hub", "privacy portal", "trust center", "trust centre",
    "privacy dashboard", "privacy faq",
];

/// Words of a URL path or host that suggest a privacy policy.
pub(crate) const PATH_WORDS: &[&str] = &[
    "privacy", "datenschutz", "confidentialite", "vie privee", "privacidad", "privacidade",
    "privacybeleid", "privacyverklaring", "protection des donnees", "proteccion de datos",
    "protecao de dados", "dati personali", "dsgvo", "gdpr",
];

/// Words of a URL path that point somewhere else than the policy, even next to "privacy".
pub(crate) const PATH_AWAY_WORDS: &[&str] = &[
    "cookie", "consent", "do not sell", "donotsell", "dont sell", "opt out", "optout", "choices",
    "settings", "preferences", "einstellungen", " terms", "agb", "impressum", "imprint", " tos ",
    "conditions", "condiciones", "voorwaarden", "mentions legales", "privacy center", "privacy request",
    "privacyrequest", "dsar", "request",
];

/// Path words of pages that talk about privacy without being a policy: posts, news, tag pages.
pub(crate) const ARTICLE_WORDS: &[&str] = &[
    " blog ", " news ", " article ", " articles ", " post ", " posts ", " forum ", " thread ", " questions ",
    " tag ", " tags ", " category ", " topic ", " topics ",
];

/// Headings of the sections a privacy policy is made of, in the seven languages.
pub(crate) const SECTION_WORDS: &[&str] = &[
    // English
    "information we collect", "we collect", "collection of", "how we use", "use of your", "use of information",
    "sharing", "share your", "disclos", "cookies", "your rights", "your choices", "children", "minors",
    "security", "retention", "retain", "contact us", "changes to", "third part", "personal information",
    "personal data", "do not track", "international transfer", "legal basis", "data controller",
    // German
    "personenbezogen", "ihre rechte", "betroffenenrechte", "speicherdauer", "rechtsgrundlage",
    "verantwortliche", "weitergabe", "datensicherheit", "erhebung", "verarbeitung",
    // French
    "vos droits", "conservation", "finalites", "destinataires", "responsable du traitement", "securite",
    "collecte",
    // Spanish
    "datos personales", "sus derechos", "tus derechos", "finalidad", "legitimacion", "destinatarios",
    "seguridad", "conservacion",
    // Italian
    "titolare del trattamento", "diritti", "finalita", "base giuridica", "conservazione", "sicurezza",
    // Dutch
    "persoonsgegevens", "uw rechten", "bewaartermijn", "beveiliging", "verwerking", "delen",
    // Portuguese
    "dados pessoais", "seus direitos", "os seus direitos", "partilha", "compartilhamento",
    "seguranca", "finalidade",
];

/// How strongly a piece of text (a title, a heading, a link label) names a privacy policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Naming {
    /// It names something else: cookies, terms, an opt-out page, and no privacy word at all.
    Other,
    /// It says nothing either way.
    Nothing,
    /// It mentions privacy ("Privacy", "Datenschutz").
    Privacy,
    /// It names the document ("Privacy Policy", "Datenschutzerklärung").
    Policy,
}

/// Reads what a folded text names. Text that names the policy wins over cookie or terms words
/// ("Privacy & Cookie Policy" is a privacy policy; "Cookie Policy" is not).
pub(crate) fn naming(folded: &str) -> Naming {
    if find(folded, POLICY_NAMES).is_some() {
        Naming::Policy
    } else if find(folded, OPT_OUT_WORDS).is_some() || find(folded, SETTINGS_WORDS).is_some() {
        Naming::Other
    } else if find(folded, PRIVACY_WORDS).is_some() {
        Naming::Privacy
    } else if find(folded, COOKIE_WORDS).is_some() || find(folded, TERMS_WORDS).is_some() {
        Naming::Other
    } else {
        Naming::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_case_accents_and_punctuation() {
        assert_eq!(fold("Politique de Confidentialité", 200), " politique de confidentialite ");
        assert_eq!(fold("DATENSCHUTZERKLÄRUNG", 200), " datenschutzerklarung ");
        assert_eq!(fold("/legal/privacy-policy.html", 200), " legal privacy policy html ");
        assert_eq!(fold("Política de privacidade", 200), " politica de privacidade ");
        assert_eq!(fold("", 200), " ");
        assert_eq!(fold("Privacy policy and more", 7), " privacy ");
    }

    #[test]
    fn naming_tells_policy_from_privacy_from_other() {
        let of = |text: &str| naming(&fold(text, 200));
        assert_eq!(of("Privacy Policy"), Naming::Policy);
        assert_eq!(of("Privacyverklaring"), Naming::Policy);
        assert_eq!(of("Informativa sulla privacy"), Naming::Policy);
        assert_eq!(of("Privacy & Cookie Policy"), Naming::Policy);
        assert_eq!(of("Datenschutz"), Naming::Privacy);
        assert_eq!(of("Confidentialité"), Naming::Privacy);
        assert_eq!(of("Cookie Policy"), Naming::Other);
        assert_eq!(of("Privacy settings"), Naming::Other);
        assert_eq!(of("Do Not Sell or Share My Personal Information"), Naming::Other);
        assert_eq!(of("AGB"), Naming::Other);
        assert_eq!(of("About us"), Naming::Nothing);
    }
}
