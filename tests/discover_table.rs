//! Policy discovery on hand-written headers, footers and pages, as a table of cases.
//!
//! Each case is a page (address and HTML) and what discovery must make of it: the best candidate
//! (or none), whether the page is itself a policy, the first fallback when nothing is linked, and
//! addresses that must never be offered as candidates.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use clausewise::discover::discover;

struct Case {
    name: &'static str,
    page_url: &'static str,
    html: &'static str,
    /// The best candidate's URL; `None` when there must be no candidate.
    want_first: Option<&'static str>,
    want_policy_page: bool,
    /// The first fallback; `None` when there must be no fallbacks.
    want_fallback: Option<&'static str>,
    /// Substrings no candidate URL may contain.
    must_not_include: &'static [&'static str],
}

/// A case with a linked policy, on a page that is not a policy.
const fn found(
    name: &'static str,
    page_url: &'static str,
    html: &'static str,
    want: &'static str,
    must_not_include: &'static [&'static str],
) -> Case {
    Case { name, page_url, html, want_first: Some(want), want_policy_page: false, want_fallback: None, must_not_include }
}

const LANGUAGES: &[Case] = &[
    found(
        "en: footer with terms and cookie links",
        "https://shop.example.com/garden/chairs",
        include_str!("fixtures/discover/shop_footer_en.html"),
        "https://shop.example.com/legal/privacy-policy",
        &["cookie", "terms", "mailto", "javascript", "tel:"],
    ),
    found(
        "de: Datenschutzerklärung beside Impressum, AGB and Cookie-Einstellungen, under <base href>",
        "https://www.beispiel-zeitung.de/",
        include_str!("fixtures/discover/news_footer_de.html"),
        "https://www.beispiel-zeitung.de/service/datenschutzerklaerung",
        &["impressum", "agb", "javascript", "barrierefreiheit"],
    ),
    found(
        "de: Datenschutzhinweise without a path hint",
        "https://beispiel.de/",
        r#"<html lang="de"><body><footer><a href="/impressum">Impressum</a>
           <a href="/info/dsh.html">Datenschutzhinweise</a><a href="/agb">AGB</a></footer></body></html>"#,
        "https://beispiel.de/info/dsh.html",
        &["impressum", "agb"],
    ),
    found(
        "fr: politique de confidentialité beside mentions légales and Gérer les cookies",
        "https://www.exemple.fr/produits",
        r#"<html lang="fr"><body><footer>
             <a href="/mentions-legales">Mentions légales</a><a href="/cgu">CGU</a>
             <a href="/cookies">Gérer les cookies</a>
             <a href="/politique-de-confidentialite">Politique de confidentialité</a>
           </footer></body></html>"#,
        "https://www.exemple.fr/politique-de-confidentialite",
        &["mentions", "cgu", "cookies"],
    ),
    found(
        "fr: icon link named only by aria-label, upper case without accents",
        "https://exemple.fr/",
        r#"<html lang="fr"><body><div class="footer-links">
             <a href="/aide">Aide</a>
             <a href="/vie-privee/donnees" aria-label="PROTECTION DES DONNEES"><svg></svg></a>
           </div></body></html>"#,
        "https://exemple.fr/vie-privee/donnees",
        &[],
    ),
    found(
        "es: política de privacidad beside aviso legal and cookies",
        "https://www.ejemplo.es/tienda",
        r##"<html lang="es"><body><footer>
             <a href="/aviso-legal">Aviso legal</a><a href="/politica-de-cookies">Política de cookies</a>
             <a href="/privacidad">Política de Privacidad</a>
             <a href="#" onclick="cmp()">Configuración de cookies</a>
           </footer></body></html>"##,
        "https://www.ejemplo.es/privacidad",
        &["aviso-legal", "cookies"],
    ),
    found(
        "es-MX: aviso de privacidad",
        "https://ejemplo.com.mx/",
        r#"<html lang="es-MX"><body><footer><a href="/terminos">Términos y condiciones</a>
           <a href="/legal/aviso">Aviso de Privacidad</a></footer></body></html>"#,
        "https://ejemplo.com.mx/legal/aviso",
        &["terminos"],
    ),
    found(
        "it: informativa sulla privacy beside cookie policy and note legali",
        "https://www.esempio.it/",
        r#"<html lang="it"><body><footer>
             <a href="/note-legali">Note legali</a><a href="/cookie-policy">Cookie policy</a>
             <a href="/informativa-privacy">Informativa sulla privacy</a>
           </footer></body></html>"#,
        "https://www.esempio.it/informativa-privacy",
        &["cookie", "note-legali"],
    ),
    found(
        "it: Italian site using the English words Privacy policy",
        "https://negozio.esempio.it/carrello",
        r#"<html lang="it"><body><footer>
             <a href="/condizioni-di-vendita">Condizioni di vendita</a>
             <a href="/cookie-policy">Cookie Policy</a>
             <a href="/privacy-policy">Privacy Policy</a>
             <a href="/preferenze">Preferenze cookie</a>
           </footer></body></html>"#,
        "https://negozio.esempio.it/privacy-policy",
        &["cookie", "condizioni", "preferenze"],
    ),
    found(
        "nl: privacyverklaring beside cookiebeleid and algemene voorwaarden",
        "https://www.voorbeeld.nl/",
        r#"<html lang="nl"><body><footer>
             <a href="/algemene-voorwaarden">Algemene voorwaarden</a>
             <a href="/cookiebeleid">Cookiebeleid</a><a href="/privacyverklaring">Privacyverklaring</a>
           </footer></body></html>"#,
        "https://www.voorbeeld.nl/privacyverklaring",
        &["voorwaarden", "cookie"],
    ),
    found(
        "nl: privacybeleid named in the title attribute",
        "https://voorbeeld.be/nl/",
        r#"<html lang="nl-BE"><body><footer><a href="/nl/juridisch/p" title="Privacybeleid">Juridisch</a>
           <a href="/nl/instellingen" title="Cookie-instellingen">Instellingen</a></footer></body></html>"#,
        "https://voorbeeld.be/nl/juridisch/p",
        &["instellingen"],
    ),
    found(
        "pt: política de privacidade beside termos and gerir cookies",
        "https://www.exemplo.pt/",
        r#"<html lang="pt-PT"><body><footer>
             <a href="/termos-de-utilizacao">Termos de utilização</a>
             <a href="/cookies">Gerir cookies</a>
             <a href="/politica-de-privacidade">Política de Privacidade</a>
           </footer></body></html>"#,
        "https://www.exemplo.pt/politica-de-privacidade",
        &["termos", "cookies"],
    ),
    found(
        "pt-BR: aviso de privacidade",
        "https://www.exemplo.com.br/",
        r#"<html lang="pt-BR"><body><footer><a href="/termos">Termos de Uso</a>
           <a href="/institucional/aviso">Aviso de Privacidade</a></footer></body></html>"#,
        "https://www.exemplo.com.br/institucional/aviso",
        &["termos"],
    ),
    found(
        "de: bare Datenschutz beside Datenschutz-Einstellungen",
        "https://www.beispiel.at/",
        r#"<html lang="de-AT"><body><footer><a href="/datenschutz-einstellungen">Datenschutz-Einstellungen</a>
           <a href="/rechtliches/ds">Datenschutz</a></footer></body></html>"#,
        "https://www.beispiel.at/rechtliches/ds",
        &["einstellungen"],
    ),
    found(
        "fr: bare vie privée beside paramètres des cookies",
        "https://www.exemple.be/fr/",
        r#"<html lang="fr-BE"><body><footer><a href="/fr/cookies/parametres">Paramètres des cookies</a>
           <a href="/fr/vie-privee">Vie privée</a></footer></body></html>"#,
        "https://www.exemple.be/fr/vie-privee",
        &["cookies"],
    ),
    found(
        "es: bare Privacidad in the header",
        "https://ejemplo.es/",
        r#"<html lang="es"><body><header><nav><a href="/ayuda">Ayuda</a><a href="/legal/priv">Privacidad</a></nav></header></body></html>"#,
        "https://ejemplo.es/legal/priv",
        &[],
    ),
    found(
        "it: bare Privacy beside impostazioni cookie",
        "https://www.esempio.it/",
        r#"<html lang="it"><body><footer><a href="/impostazioni-cookie">Impostazioni cookie</a>
           <a href="/privacy">Privacy</a></footer></body></html>"#,
        "https://www.esempio.it/privacy",
        &["cookie"],
    ),
    found(
        "nl: bare Privacy beside cookie-instellingen",
        "https://www.voorbeeld.nl/winkel",
        r#"<html lang="nl"><body><footer><a href="/cookie-instellingen">Cookie-instellingen</a>
           <a href="/privacy">Privacy</a><a href="/voorwaarden">Voorwaarden</a></footer></body></html>"#,
        "https://www.voorbeeld.nl/privacy",
        &["cookie", "voorwaarden"],
    ),
    found(
        "pt: bare Privacidade beside definições de cookies",
        "https://www.exemplo.pt/loja",
        r#"<html lang="pt"><body><footer><a href="javascript:void(0)">Definições de cookies</a>
           <a href="/privacidade">Privacidade</a></footer></body></html>"#,
        "https://www.exemplo.pt/privacidade",
        &["javascript"],
    ),
];

const PLACES_AND_PENALTIES: &[Case] = &[
    found(
        "us: CCPA links beside the policy, duplicates merged through fragments",
        "https://www.example.com/",
        include_str!("fixtures/discover/ccpa_footer_us.html"),
        "https://www.example.com/legal/privacy",
        &["do-not-sell", "choices", "cookies", "terms"],
    ),
    found(
        "privacy settings versus privacy policy",
        "https://example.com/account",
        r#"<body><nav><a href="/account/privacy-settings">Privacy settings</a></nav>
           <footer><a href="/policies/privacy">Privacy Policy</a></footer></body>"#,
        "https://example.com/policies/privacy",
        &["settings"],
    ),
    found(
        "a privacy link in the footer beats an article about privacy",
        "https://example.com/blog",
        r#"<body><article><a href="/blog/privacy-tips">Five privacy tips</a></article>
           <div role="contentinfo"><a href="/privacy">Privacy</a></div></body>"#,
        "https://example.com/privacy",
        &[],
    ),
    found(
        "a privacy link only in the header navigation",
        "https://example.com/",
        r#"<body><header><nav><a href="/">Home</a><a href="/privacy">Privacy</a></nav></header>
           <main><h1>Hello</h1></main></body>"#,
        "https://example.com/privacy",
        &[],
    ),
    found(
        "Privacy & Cookie Policy is a privacy policy",
        "https://www.example.co.uk/",
        r#"<body><footer><a href="/help">Help</a><a href="/legal/privacy-and-cookies">Privacy &amp; Cookie Policy</a>
           <a href="/legal/cookie-settings">Cookie settings</a></footer></body>"#,
        "https://www.example.co.uk/legal/privacy-and-cookies",
        &["cookie-settings"],
    ),
    found(
        "Privacy & Terms, when it is the only privacy link, is found",
        "https://www.example.com/search?q=x",
        r#"<body><footer><a href="https://policies.example.com/?hl=en">Privacy &amp; Terms</a>
           <a href="/settings">Settings</a></footer></body>"#,
        "https://policies.example.com/?hl=en",
        &["settings"],
    ),
    found(
        "javascript:, mailto:, tel: and in-page anchors are never candidates",
        "https://example.com/contact",
        r##"<body><a href="#privacy">Privacy</a><a href="javascript:showPrivacy()">Privacy Policy</a>
           <a href="mailto:privacy@example.com">Privacy Policy</a><a href="tel:123">Privacy hotline</a>
           <a href="/contact#privacy-policy">Privacy Policy</a>
           <footer><a href="/p/notice">Privacy notice</a></footer></body>"##,
        "https://example.com/p/notice",
        &["javascript", "mailto", "tel", "/contact"],
    ),
];

const ADDRESSES: &[Case] = &[
    found(
        "a policy on a sibling domain beats one on an unrelated domain",
        "https://www.brand.com/products",
        r#"<body><p>Payments by <a href="https://payments.other.net/privacy">PayCo (privacy policy)</a></p>
           <footer><a href="https://www.brandgroup.com/privacy">Privacy Policy</a></footer></body>"#,
        "https://www.brandgroup.com/privacy",
        &[],
    ),
    found(
        "a subdomain's policy on the main domain is on the same site",
        "https://shop.example.com/cart",
        r#"<body><footer><a href="https://example.com/privacy">Privacy</a></footer></body>"#,
        "https://example.com/privacy",
        &[],
    ),
    found(
        "a policy on an unrelated domain is still found when it is the only candidate",
        "https://tiny-shop.com/",
        r#"<body><footer><a href="https://www.policyhost.example/policies/123">Privacy Policy</a></footer></body>"#,
        "https://www.policyhost.example/policies/123",
        &[],
    ),
    found(
        "<link rel=privacy-policy> in the head beats a footer link",
        "https://example.com/",
        r#"<html><head><link rel="privacy-policy" href="/legal/data.html"></head>
           <body><footer><a href="/privacy-center">Privacy Center</a></footer></body></html>"#,
        "https://example.com/legal/data.html",
        &[],
    ),
    found(
        "<a rel=privacy-policy> with a neutral label",
        "https://example.com/",
        r#"<body><footer><a href="/legal">Legal</a><a rel="nofollow privacy-policy" href="/legal/x">Legal information</a>
           </footer></body>"#,
        "https://example.com/legal/x",
        &[],
    ),
    found(
        "relative <base href>",
        "https://example.com/shop/item?id=1",
        r#"<html><head><base href="/en/"></head><body><footer><a href="privacy">Privacy</a></footer></body></html>"#,
        "https://example.com/en/privacy",
        &[],
    ),
    found(
        "relative path with ..",
        "https://www.example.com/a/b/page.html",
        r#"<body><footer><a href="../legal/privacy.html">Privacy</a></footer></body>"#,
        "https://www.example.com/a/legal/privacy.html",
        &[],
    ),
    found(
        "protocol-relative URL",
        "https://www.example.com/",
        r#"<body><footer><a href="//static.example.com/privacy.html">Privacy Statement</a></footer></body>"#,
        "https://static.example.com/privacy.html",
        &[],
    ),
];

const PAGES: &[Case] = &[
    Case {
        name: "the policy page itself",
        page_url: "https://example.com/privacy-policy",
        html: r##"<html><head><title>Privacy Policy | Example</title></head><body>
                 <nav><a href="#collect">What we collect</a></nav><h1>Privacy Policy</h1>
                 <h2 id="collect">Information we collect</h2><h2>How we use information</h2>
                 <footer><a href="/privacy-policy">Privacy</a><a href="/terms">Terms</a></footer></body></html>"##,
        want_first: Some("https://example.com/privacy-policy"),
        want_policy_page: true,
        want_fallback: None,
        must_not_include: &["terms"],
    },
    Case {
        name: "fr: the policy page itself, with in-page anchors and canonical",
        page_url: "https://www.exemple.fr/politique-de-confidentialite?utm_source=x",
        html: include_str!("fixtures/discover/policy_page_fr.html"),
        want_first: Some("https://www.exemple.fr/politique-de-confidentialite"),
        want_policy_page: true,
        want_fallback: None,
        must_not_include: &["cgv", "mentions", "/cookies"],
    },
    Case {
        name: "de: Datenschutzerklärung page found by title and heading only",
        page_url: "https://beispiel.de/seite.php?id=42",
        html: r#"<html lang="de"><head><title>Datenschutzerklärung – Beispiel GmbH</title></head>
                 <body><h1>Datenschutzerklärung</h1><p>Wir verarbeiten personenbezogene Daten.</p></body></html>"#,
        want_first: None,
        want_policy_page: true,
        want_fallback: None,
        must_not_include: &[],
    },
    Case {
        name: "a home page with Privacy in its footer is not a policy",
        page_url: "https://example.com/",
        html: r#"<html><head><title>Example – Privacy-friendly analytics</title></head><body>
                 <h1>Analytics without cookies</h1><h2>Security</h2><h2>Your data</h2>
                 <footer><a href="/privacy">Privacy</a></footer></body></html>"#,
        want_first: Some("https://example.com/privacy"),
        want_policy_page: false,
        want_fallback: None,
        must_not_include: &[],
    },
    found(
        "a cookie policy page is not a policy",
        "https://example.com/cookie-policy",
        r#"<html><head><title>Cookie Policy | Example</title></head><body><h1>Cookie Policy</h1>
           <h2>What are cookies</h2><h2>Cookies we use</h2><h2>Third party cookies</h2>
           <footer><a href="/privacy">Privacy Policy</a><a href="/cookie-policy">Cookie Policy</a></footer></body></html>"#,
        "https://example.com/privacy",
        &["cookie"],
    ),
    found(
        "a privacy center is a hub, not a policy: its policy link is the answer",
        "https://www.example.com/privacy",
        r#"<html><head><title>Privacy Center | Example</title></head><body><h1>Privacy Center</h1>
           <h2>Your privacy choices</h2><h2>Security</h2><h2>Children</h2>
           <main><a href="/privacy/policy">Read our Privacy Policy</a><a href="/privacy/choices">Your privacy choices</a></main>
           <footer><a href="/privacy">Privacy</a></footer></body></html>"#,
        "https://www.example.com/privacy/policy",
        &["choices"],
    ),
    found(
        "a terms page is not a policy",
        "https://example.com/terms",
        r#"<html><head><title>Terms of Service</title></head><body><h1>Terms of Service</h1>
           <h2>Your account</h2><h2>Privacy</h2><p>See our <a href="/privacy">Privacy Policy</a>.</p></body></html>"#,
        "https://example.com/privacy",
        &["terms"],
    ),
    found(
        "a blog post about privacy policies is not one",
        "https://example.com/blog/why-privacy-policies-are-long",
        r#"<html><head><title>Why every privacy policy is too long – Example Blog</title></head><body>
           <h1>Why every privacy policy is too long</h1><footer><a href="/privacy">Privacy</a></footer></body></html>"#,
        "https://example.com/privacy",
        &[],
    ),
    Case {
        name: "no policy link: English fallbacks",
        page_url: "https://example.com/shop/item?id=3#reviews",
        html: r#"<body><footer><a href="/about">About</a><a href="/terms">Terms</a>
                 <a href="javascript:void(0)">Privacy Policy</a></footer></body>"#,
        want_first: None,
        want_policy_page: false,
        want_fallback: Some("https://example.com/privacy"),
        must_not_include: &[],
    },
    Case {
        name: "only cookie, consent and opt-out links: fallbacks",
        page_url: "http://example.org:8080/a/b",
        html: r#"<body><footer><a href="/cookie-policy">Cookie Policy</a><a href="/consent">Privacy preferences</a>
                 <a href="/do-not-sell">Do Not Sell My Personal Information</a></footer></body>"#,
        want_first: None,
        want_policy_page: false,
        want_fallback: Some("http://example.org:8080/privacy"),
        must_not_include: &[],
    },
    Case {
        name: "no policy link: German page gets /datenschutz first",
        page_url: "https://www.beispiel.de/produkte",
        html: r#"<html lang="de"><body><footer><a href="/impressum">Impressum</a></footer></body></html>"#,
        want_first: None,
        want_policy_page: false,
        want_fallback: Some("https://www.beispiel.de/datenschutz"),
        must_not_include: &["impressum"],
    },
    Case {
        name: "no policy link: Dutch page gets /privacybeleid first",
        page_url: "https://voorbeeld.nl/",
        html: r#"<html lang="nl"><body><a href="/over-ons">Over ons</a></body></html>"#,
        want_first: None,
        want_policy_page: false,
        want_fallback: Some("https://voorbeeld.nl/privacybeleid"),
        must_not_include: &[],
    },
];

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let found = discover(case.html, case.page_url);
        let urls: Vec<&str> = found.candidates.iter().map(|c| c.url.as_str()).collect();
        if found.best() != case.want_first {
            failures.push(format!("{}: best {:?}, want {:?}; candidates {:#?}", case.name, found.best(), case.want_first, found.candidates));
        }
        if found.is_policy_page != case.want_policy_page {
            failures.push(format!(
                "{}: is_policy_page {}, want {}; because {:?}",
                case.name, found.is_policy_page, case.want_policy_page, found.page_reasons
            ));
        }
        if found.fallbacks.first().map(String::as_str) != case.want_fallback {
            failures.push(format!("{}: fallbacks {:?}, want first {:?}", case.name, found.fallbacks, case.want_fallback));
        }
        for bad in case.must_not_include {
            if let Some(url) = urls.iter().find(|u| u.contains(bad)) {
                failures.push(format!("{}: candidate {url} contains {bad:?}", case.name));
            }
        }
        for candidate in &found.candidates {
            if candidate.score <= 0 || candidate.reasons.is_empty() || candidate.url.contains('#') {
                failures.push(format!("{}: malformed candidate {candidate:?}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn languages() {
    check(LANGUAGES);
}

#[test]
fn places_and_penalties() {
    check(PLACES_AND_PENALTIES);
}

#[test]
fn addresses() {
    check(ADDRESSES);
}

#[test]
fn pages() {
    check(PAGES);
}
