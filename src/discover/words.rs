//! The words that name a privacy policy, and the words that name what is *not* one, in the seven
//! languages Clausewise reads (English, German, French, Spanish, Italian, Dutch, Portuguese).
//!
//! Every list is written already [`fold`]ed: lower case, without accents, with every run of
//! punctuation turned into one space. Text is folded once and then searched with plain substring
//! tests, so "Politique de Confidentialité", "politique-de-confidentialite" and
//! "POLITIQUE DE CONFIDENTIALITÉ" all meet the same entry. A leading or trailing space in an entry
//! asks for a word boundary ([`fold`] pads its output with a space on each side for that reason).

use super::scan::{Found, List};

/// Folds text for matching: lower case, accents removed, punctuation runs turned into one space,
/// padded with one space on each side.
///
/// Invisible characters that only guide line breaking (soft hyphens, zero-width spaces and
/// joiners) are dropped first, so "Da\u{ad}ten\u{ad}schutz" reads as "datenschutz" and not as three
/// words.
///
/// German umlauts fold to the bare vowel ("ä" → "a"), so "Datenschutzerklärung" becomes
/// "datenschutzerklarung"; URLs that spell it "datenschutzerklaerung" are matched through the shorter
/// stem "datenschutz" instead. Only the first `limit` characters are read: a label of a few thousand
/// characters is not a link to a policy, and folding it would only cost time.
pub(crate) fn fold(text: &str, limit: usize) -> String {
    let mut out = String::with_capacity(text.len().min(limit) + 2);
    out.push(' ');
    for c in text.chars().take(limit) {
        if is_invisible(c) {
            continue;
        }
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

/// Soft hyphen, zero-width space, non-joiner and joiner, word joiner and the byte-order mark: they
/// break words for layout, not for reading.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
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
    "statement of privacy", "policy on privacy",
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

/// Cookies and trackers: a document of their own, or half of a combined one ("Privacy & Cookies").
pub(crate) const COOKIE_WORDS: &[&str] = &["cookie", "traceurs", "tracking preferences"];

/// Consent managers: about privacy, never the policy, even beside a privacy word.
pub(crate) const CONSENT_WORDS: &[&str] = &[
    "consent", "einwilligung", "zustimmung", "consentement", "consentimiento", "consenso", "toestemming",
    "consentimento",
];

/// Settings and preference pages ("Privacy settings", "Datenschutz-Einstellungen", "Gérer …").
pub(crate) const SETTINGS_WORDS: &[&str] = &[
    " settings ", " setting ", " preferences ", " choices ", " choix ", " keuzes ", " manage ", "einstellungen", " verwalten ", " parametres ",
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

/// Nouns that a privacy word can qualify, so that the text names them and not the site's policy:
/// the privacy officer ("Kontakt zum Datenschutzbeauftragten") and the templates and generators a
/// legal-services site sells ("Datenschutzerklärung Muster", "privacy policy generator").
pub(crate) const QUALIFIED_NOUNS: &[&str] = &[
    // English
    " officer", " dpo ", "template", "generator", " sample ",
    // German
    "beauftragte", " muster", "vorlage", "generator",
    // French
    " delegue", " dpd ", " modele", "generateur",
    // Spanish, Portuguese
    " delegado", " plantilla", "generador", " modelo ", "gerador",
    // Italian
    " modello ", " modelli ",
    // Dutch
    " functionaris", "sjabloon",
];

/// Words of a URL path or host that suggest a privacy policy.
pub(crate) const PATH_WORDS: &[&str] = &[
    "privacy", "datenschutz", "confidentialite", "vie privee", "privacidad", "privacidade",
    "privacybeleid", "privacyverklaring", "protection des donnees", "proteccion de datos",
    "protecao de dados", "dati personali", "dsgvo", "gdpr",
];

/// Words of a URL path that point somewhere else than the policy, wherever they stand and even next
/// to "privacy": settings, consent, opt-out and request pages (`/settings/privacy` is a settings page).
pub(crate) const PATH_AWAY_WORDS: &[&str] = &[
    "consent", "do not sell", "donotsell", "dont sell", "opt out", "optout", "choices", "settings",
    "preferences", "einstellungen", "privacy center", "privacy request", "privacyrequest", "dsar", "request",
];

/// Path words of the documents that stand beside a policy: cookie policies, terms, imprints. In the
/// segment that also names privacy they name a combined document (`/datenschutz-cookies`); in a
/// parent folder they are only where the site files its legal pages (`/mentions-legales/vie-privee`).
pub(crate) const PATH_DOCUMENT_WORDS: &[&str] = &[
    "cookie", " terms", "agb", "impressum", "imprint", " tos ", "conditions", "condiciones", "voorwaarden",
    "mentions legales",
];

/// Path words of pages that talk about privacy without being a policy: posts, news, forums.
pub(crate) const ARTICLE_WORDS: &[&str] = &[
    " blog ", " news ", " article ", " articles ", " post ", " posts ", " forum ", " thread ", " questions ",
    // German, French, Spanish, Italian, Dutch
    " nachrichten ", " artikel ", " noticias ", " notizie ", " nieuws ",
];

/// Folders of tag, category and topic pages, which list articles under a keyword such as
/// "Datenschutz": `/tag/privacy`, `/schlagwort/datenschutz`, `/rubrique/vie-privee`.
pub(crate) const TAXONOMY_WORDS: &[&str] = &[
    // English
    " tag ", " tags ", " label ", " labels ", " category ", " categories ", " topic ", " topics ",
    // German
    " schlagwort ", " schlagworte ", " stichwort ", " kategorie ", " kategorien ", " thema ", " themen ",
    " rubrik ",
    // French
    " rubrique ", " rubriques ", " sujet ", " sujets ", " actualites ", " actualite ", " categorie ",
    // Spanish, Italian, Portuguese
    " categoria ", " categorias ", " etiqueta ", " tema ", " temas ", " temi ",
    // Dutch
    " onderwerp ", " onderwerpen ", " categorieen ",
];

/// `rel` values of a link to a tag or category page.
pub(crate) const TAXONOMY_RELS: &[&str] = &["tag", "category"];

/// Words with which a text refers to itself by a policy's name ("this privacy policy", "diese
/// Datenschutzerklärung", "la présente politique"), the last word before the name.
pub(crate) const SELF_REFERENCES: &[&str] = &[
    "this", "diese", "dieser", "diesen", "dieses", "presente", "cette", "esta", "este", "questa", "deze", "dit",
];

/// Words with which a text points at a policy elsewhere ("our privacy policy", "unsere
/// Datenschutzerklärung", "notre politique"), the last word before the name.
pub(crate) const OTHER_DOCUMENT_REFERENCES: &[&str] = &[
    "our", "see", "read", "unsere", "unserer", "unseren", "notre", "nos", "nuestra", "nuestro", "nostra", "nostro",
    "onze", "ons", "nossa", "nosso",
];

/// What a page says just before a link to another service's terms: "Protected by … – Privacy –
/// Terms", "Powered by …". The links after it are that service's, not the site's.
pub(crate) const CREDIT_WORDS: &[&str] = &[
    "protected by", "powered by", "geschutzt durch", "protege par", "fourni par",
    "propulse par", "protegido por", "con tecnologia de", "protetto da", "beschermd door",
    "mogelijk gemaakt door", "desenvolvido por",
];

/// Class or id words (inside one word of the value) of boxes that embed another service: captchas,
/// newsletter sign-ups, comment plugins, map attributions, embeds.
pub(crate) const WIDGET_CLASS_WORDS: &[&str] =
    &["captcha", "newsletter", "subscribe", "signup", "comment", "attribution", "embed"];

/// Class or id words (anywhere in the value) of cookie banners and dialogs, whose text is not the
/// page's own.
pub(crate) const BANNER_CLASS_WORDS: &[&str] =
    &["cookie", "consent", "gdpr", "banner", "modal", "popup", "dialog", "overlay", "cmp"];

/// Headings of the sections a privacy policy is made of, in the seven languages.
pub(crate) const SECTION_WORDS: &[&str] = &[
    // English
    "information we collect", "we collect", "collection of", "how we use", "use of your", "use of information",
    "sharing", "share your", "disclos", "cookies", "your rights", "your choices", "children", "minors",
    "security", "retention", "retain", "contact us", "changes to", "third part", "personal information",
    "personal data", "do not track", "international transfer", "legal basis", "data controller",
    // German
    "personenbezogen", "ihre rechte", "betroffenenrechte", "speicherdauer", "rechtsgrundlage",
    "verantwortliche", "weitergabe", "datensicherheit", "erhebung", "verarbeitung", " dritte", "speicherung",
    "auskunft", "loschung", "widerspruch", "widerruf",
    // French
    "vos droits", "conservation", "finalites", "destinataires", "responsable du traitement", "securite",
    "collecte", " tiers ",
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
    /// It names something else: cookies, terms, an opt-out page, a privacy officer, and no privacy
    /// word that stands on its own.
    Other,
    /// It says nothing either way.
    Nothing,
    /// It mentions privacy ("Privacy", "Datenschutz").
    Privacy,
    /// It names the document ("Privacy Policy", "Datenschutzerklärung", "Datenschutz & Cookies").
    Policy,
}

/// What a folded text names, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) naming: Naming,
    /// A privacy word joined to another document's name ("Datenschutz & Cookies", "Impressum /
    /// Datenschutz"): together they name the policy.
    pub(crate) combined: bool,
    /// The noun a privacy word qualifies ("beauftragte" in "Datenschutzbeauftragte").
    pub(crate) qualified: Option<&'static str>,
}

/// Reads what a folded text names. Text that names the policy wins over cookie or terms words
/// ("Privacy & Cookie Policy" is a privacy policy; "Cookie Policy" is not), and a privacy word beside
/// a cookie, terms or imprint word names the combined document, unless settings, choices or consent
/// are what the text is about ("Datenschutz & Cookies" is the policy, "Cookie-Einstellungen" is not).
/// A privacy word that qualifies another noun names that noun ("Datenschutzbeauftragter").
pub(crate) fn read(folded: &str) -> Reading {
    read_found(&Found::of(folded))
}

/// [`read`], from a text already scanned.
pub(crate) fn read_found(found: &Found) -> Reading {
    let reading = |naming, combined, qualified| Reading { naming, combined, qualified };
    let policy = found.has(List::PolicyNames);
    let privacy = policy || found.has(List::PrivacyWords);
    if privacy {
        if let Some(noun) = found.first(List::Qualified) {
            return reading(Naming::Other, false, Some(noun));
        }
    }
    if policy {
        return reading(Naming::Policy, false, None);
    }
    let choices = found.has(List::OptOut) || found.has(List::Settings);
    let consent = found.has(List::Consent);
    let other_document = found.has(List::Cookie) || found.has(List::Terms);
    if choices {
        reading(Naming::Other, false, None)
    } else if privacy && other_document && !consent {
        reading(Naming::Policy, true, None)
    } else if privacy {
        reading(Naming::Privacy, false, None)
    } else if other_document || consent {
        reading(Naming::Other, false, None)
    } else {
        reading(Naming::Nothing, false, None)
    }
}

/// [`read`]'s verdict alone.
pub(crate) fn naming(folded: &str) -> Naming {
    read(folded).naming
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

    #[test]
    fn combined_labels_name_the_policy_unless_they_are_about_choices() {
        let of = |text: &str| read(&fold(text, 200));
        for combined in ["Datenschutz + Cookies", "Privacy en cookiebeleid", "Impressum / Datenschutz", "Vie privée et cookies"] {
            assert_eq!(of(combined), Reading { naming: Naming::Policy, combined: true, qualified: None }, "{combined}");
        }
        for other in ["Cookie-Einstellungen", "Datenschutz- und Cookie-Einstellungen", "Cookies", "Privacy & Cookie choices"] {
            assert_eq!(of(other).naming, Naming::Other, "{other}");
        }
        assert_eq!(of("Privacy & consent").naming, Naming::Privacy);
    }

    #[test]
    fn privacy_as_a_modifier_names_the_other_noun() {
        let of = |text: &str| read(&fold(text, 200));
        assert_eq!(of("Kontakt zum Datenschutzbeauftragten").qualified, Some("beauftragte"));
        assert_eq!(of("Datenschutzerklärung Muster").naming, Naming::Other);
        assert_eq!(of("DSGVO Vorlagen").naming, Naming::Other);
        assert_eq!(of("Generator for privacy policies").naming, Naming::Other);
        assert_eq!(of("Délégué à la protection des données").naming, Naming::Other);
        assert_eq!(of("Datenschutzerklärung").naming, Naming::Policy);
    }

    #[test]
    fn invisible_break_hints_do_not_split_words() {
        assert_eq!(fold("Da\u{ad}ten\u{ad}schutz\u{ad}er\u{ad}klä\u{ad}rung", 200), " datenschutzerklarung ");
        assert_eq!(fold("Privacy\u{200b}Policy", 200), " privacypolicy ");
        assert_eq!(fold("Privacy\u{200b} Policy", 200), " privacy policy ");
    }
}
