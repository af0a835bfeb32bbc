//! Policy discovery on the kinds of pages that read differently to a person than to a word list, as
//! a table of made-up pages in several languages, each kind with pages where it must and where it
//! must not change the answer:
//!
//! - tag, topic and article pages about privacy (`/schlagwort/datenschutz`, `rel="tag"`, dated
//!   paths, an article's own `<footer>`);
//! - labels that join the policy to another document ("Datenschutz & Cookies") and policies filed
//!   under another document's folder (`/mentions-legales/…`);
//! - another service's privacy link inside its embedded box (captcha, newsletter, comments, map);
//! - a path that mentions privacy under a label that says something else;
//! - privacy as a modifier of another noun (the officer, a template), and words broken by soft
//!   hyphens or zero-width spaces;
//! - policy pages without headings, recognised from their opening paragraphs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use clausewise::discover::discover;

struct Case {
    name: &'static str,
    page_url: &'static str,
    html: &'static str,
    want_first: Want,
    want_policy_page: bool,
    /// Substrings no candidate URL may contain.
    must_not_include: &'static [&'static str],
}

/// What the best candidate must be.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Want {
    /// This URL.
    Link(&'static str),
    /// There must be no candidate.
    Nothing,
    /// Not checked: the case is about the page itself.
    Unchecked,
}

/// A page that is not a policy and links to it.
const fn found(name: &'static str, page_url: &'static str, html: &'static str, want: &'static str, must_not_include: &'static [&'static str]) -> Case {
    Case { name, page_url, html, want_first: Want::Link(want), want_policy_page: false, must_not_include }
}

/// A page that is not a policy and has no link to one.
const fn nothing(name: &'static str, page_url: &'static str, html: &'static str) -> Case {
    Case { name, page_url, html, want_first: Want::Nothing, want_policy_page: false, must_not_include: &[] }
}

/// A page, and whether it is itself a policy; its links do not matter.
const fn page(name: &'static str, page_url: &'static str, html: &'static str, is_policy: bool) -> Case {
    Case { name, page_url, html, want_first: Want::Unchecked, want_policy_page: is_policy, must_not_include: &[] }
}

const TAGS_AND_ARTICLES: &[Case] = &[
    found(
        "de: a tag under an article, in the article's own footer, loses to the page footer's opaque link",
        "https://www.beispiel-zeitung.de/politik/wahlen-im-land-100.html",
        r#"<html lang="de"><body><main><article><h1>Wahlen im Land</h1><p>Text.</p>
             <footer class="entry-footer">Schlagworte: <a href="/schlagwort/wahlen" rel="tag">Wahlen</a>
               <a href="/schlagwort/datenschutz" rel="tag">Datenschutz</a></footer></article></main>
           <footer><a href="/service/impressum-2.html">Impressum</a><a href="/service/a-4711.html">Datenschutz</a></footer>
           </body></html>"#,
        "https://www.beispiel-zeitung.de/service/a-4711.html",
        &["schlagwort"],
    ),
    found(
        "en: a topic menu item loses to the footer's opaque link",
        "https://news.example.com/world",
        r#"<body><header><nav><a href="/topics/politics/">Politics</a><a href="/topics/privacy/">Privacy</a>
           <a href="/topics/science/">Science</a></nav></header>
           <footer><a href="/about">About</a><a href="/legal/p-17">Privacy</a></footer></body>"#,
        "https://news.example.com/legal/p-17",
        &["topics"],
    ),
    found(
        "en: a related headline on a dated path loses to the footer's policy",
        "https://blog.example.org/2024/01/09/new-year-notes/",
        r#"<body><article><h1>New year notes</h1><p>Text.</p></article>
           <aside><h2>Related</h2><a href="/2016/04/02/why-the-web-killed-privacy/">Why the web killed privacy</a></aside>
           <footer><a href="/service/a-4711.html">Privacy</a></footer></body>"#,
        "https://blog.example.org/service/a-4711.html",
        &["2016"],
    ),
    found(
        "fr: a news section on data protection loses to the footer's link",
        "https://www.journal-exemple.fr/",
        r#"<html lang="fr"><body><nav><a href="/actualites/economie">Économie</a>
           <a href="/actualites/protection-des-donnees">Protection des données</a></nav>
           <footer><a href="/page/88">Données personnelles</a><a href="/page/89">Mentions légales</a></footer></body></html>"#,
        "https://www.journal-exemple.fr/page/88",
        &["actualites"],
    ),
    found(
        "nl: a subject page loses to the privacy statement",
        "https://www.krant-voorbeeld.nl/",
        r#"<html lang="nl"><body><nav><a href="/onderwerp/privacy">Privacy</a></nav>
           <footer><a href="/over-ons/pv">Privacyverklaring</a></footer></body></html>"#,
        "https://www.krant-voorbeeld.nl/over-ons/pv",
        &["onderwerp"],
    ),
    found(
        "es: a category link marked rel=category loses to the footer's link",
        "https://www.diario-ejemplo.es/",
        r#"<html lang="es"><body><main><a href="/c/77" rel="category">Privacidad</a></main>
           <footer><a href="/legal/p">Privacidad</a></footer></body></html>"#,
        "https://www.diario-ejemplo.es/legal/p",
        &["/c/77"],
    ),
    found(
        "en: a headline in the body loses to the footer's opaque link, whatever its slug",
        "https://magazine.example.com/",
        r#"<body><main><a href="/why-the-web-killed-privacy/">Why the web killed privacy</a></main>
           <footer><a href="/service/a-4711.html">Privacy</a></footer></body>"#,
        "https://magazine.example.com/service/a-4711.html",
        &[],
    ),
    found(
        "fr: a long name in the footer is a name, not a headline",
        "https://www.exemple-mairie.fr/",
        r#"<html lang="fr"><body><main><a href="/vie-privee-et-internet">Vie privée et internet</a></main>
           <footer><a href="/p/12">Informations sur la protection des données</a></footer></body></html>"#,
        "https://www.exemple-mairie.fr/p/12",
        &[],
    ),
    nothing(
        "de: a tag page is no candidate on a page without a policy link",
        "https://www.beispiel-blog.de/beitrag-12",
        r#"<html lang="de"><body><article><p>Text.</p><footer><a href="/thema/datenschutz">Datenschutz</a></footer></article>
           <footer><a href="/impressum">Impressum</a></footer></body></html>"#,
    ),
    nothing(
        "en: a dated headline is no candidate on a page without a policy link",
        "https://blog.example.net/",
        r#"<body><main><a href="/2019/11/30/privacy-is-dead/">Is privacy dead?</a></main></body>"#,
    ),
    found(
        "en: an article path whose label names the policy is still found",
        "https://help.example.com/hc/en-us",
        r#"<body><footer><a href="/hc/en-us/articles/360-privacy-policy">Privacy Policy</a></footer></body>"#,
        "https://help.example.com/hc/en-us/articles/360-privacy-policy",
        &[],
    ),
    page(
        "de: the tag page itself is not a policy",
        "https://www.beispiel-zeitung.de/schlagwort/datenschutz",
        r#"<html lang="de"><head><title>Datenschutz – Beispiel Zeitung</title></head><body>
           <h1>Datenschutz</h1><p>Alle Artikel zum Thema.</p></body></html>"#,
        false,
    ),
    page(
        "en: the topic page itself is not a policy",
        "https://news.example.com/topics/privacy/",
        r#"<head><title>Privacy | Example News</title></head><body><h1>Privacy</h1>
           <h2>How apps share your data</h2><h2>Your rights online</h2><h2>Security news</h2></body>"#,
        false,
    ),
];

const COMBINED_LABELS: &[Case] = &[
    found(
        "de: Datenschutz & Cookies beside Cookie-Einstellungen",
        "https://www.beispiel-shop.de/",
        r#"<html lang="de"><body><footer><a href="/impressum">Impressum</a>
           <a href="/datenschutz-cookies">Datenschutz &amp; Cookies</a>
           <a href="/cookie-einstellungen">Cookie-Einstellungen</a></footer></body></html>"#,
        "https://www.beispiel-shop.de/datenschutz-cookies",
        &["einstellungen", "impressum"],
    ),
    found(
        "de: Impressum / Datenschutz on one page",
        "https://praxis-beispiel.de/",
        r#"<html lang="de"><body><footer><a href="/agb">AGB</a>
           <a href="/impressum-datenschutz">Impressum / Datenschutz</a></footer></body></html>"#,
        "https://praxis-beispiel.de/impressum-datenschutz",
        &["agb"],
    ),
    found(
        "nl: Privacy en cookiebeleid beside cookie-instellingen",
        "https://www.voorbeeld-winkel.nl/",
        r#"<html lang="nl"><body><footer><a href="/cookie-instellingen">Cookie-instellingen</a>
           <a href="/privacy-en-cookiebeleid">Privacy en cookiebeleid</a></footer></body></html>"#,
        "https://www.voorbeeld-winkel.nl/privacy-en-cookiebeleid",
        &["instellingen"],
    ),
    found(
        "fr: a policy filed under the legal notices beats a help article on account privacy",
        "https://www.exemple-boutique.fr/",
        r#"<html lang="fr"><body><nav><a href="/aide/confidentialite">Confidentialité</a></nav>
           <footer><a href="/mentions-legales/">Mentions légales</a>
           <a href="/mentions-legales/politique-vie-privee/">Politique de confidentialité</a></footer></body></html>"#,
        "https://www.exemple-boutique.fr/mentions-legales/politique-vie-privee/",
        &[],
    ),
    found(
        "es: Privacidad y cookies beside Configuración de cookies",
        "https://www.tienda-ejemplo.es/",
        r#"<html lang="es"><body><footer><a href="/configuracion-cookies">Configuración de cookies</a>
           <a href="/privacidad-y-cookies">Privacidad y cookies</a></footer></body></html>"#,
        "https://www.tienda-ejemplo.es/privacidad-y-cookies",
        &["configuracion"],
    ),
    found(
        "en: a combined label loses to the policy named alone",
        "https://www.example-store.com/",
        r#"<body><footer><a href="/privacy-and-cookies">Privacy &amp; Cookies</a>
           <a href="/privacy-policy">Privacy Policy</a></footer></body>"#,
        "https://www.example-store.com/privacy-policy",
        &[],
    ),
    nothing(
        "de: cookie and privacy settings alone are not the policy",
        "https://www.beispiel-portal.de/",
        r#"<html lang="de"><body><footer><a href="/impressum">Impressum</a>
           <a href="/datenschutz-einstellungen">Datenschutz- und Cookie-Einstellungen</a></footer></body></html>"#,
    ),
    nothing(
        "en: privacy and cookie choices are not the policy",
        "https://www.example-media.com/",
        r#"<body><footer><a href="/your-choices">Privacy &amp; cookie choices</a><a href="/terms">Terms</a></footer></body>"#,
    ),
    page(
        "fr: the policy page under the legal notices folder is a policy",
        "https://www.exemple-boutique.fr/mentions-legales/politique-vie-privee/",
        r#"<html lang="fr"><head><title>Politique de vie privée – Exemple</title></head><body>
           <h1>Politique de vie privée</h1><p>Texte.</p></body></html>"#,
        true,
    ),
];

const EMBEDDED_SERVICES: &[Case] = &[
    found(
        "en: a captcha's privacy link in a newsletter form loses to the policy on the parent company's domain",
        "https://www.brandshop.example/",
        r#"<body><main><form class="newsletter" action="/subscribe"><input name="email">
             <p>Protected by CaptchaCo – <a href="https://captchaco.example/privacy">Privacy Policy</a> –
             <a href="https://captchaco.example/terms">Terms</a></p></form></main>
           <footer><a href="https://www.parentgroup.example/legal/data-protection">Privacy</a></footer></body>"#,
        "https://www.parentgroup.example/legal/data-protection",
        &["captchaco"],
    ),
    nothing(
        "en: a captcha's privacy link is no answer on a page without a policy",
        "https://tiny-shop.example/contact",
        r#"<body><main><form><textarea></textarea><div class="captcha-notice">This form is protected by
           CaptchaCo. <a href="https://captchaco.example/privacy">Privacy</a> - <a href="https://captchaco.example/terms">Terms</a>
           </div></form></main><footer><a href="/about">About</a></footer></body>"#,
    ),
    nothing(
        "de: geschützt durch … in a newsletter box without a form",
        "https://www.beispiel-laden.de/",
        r#"<html lang="de"><body><div class="newsletter-box"><p>Geschützt durch CaptchaCo:
           <a href="https://captchaco.example/privacy?hl=de">Datenschutzerklärung</a> und
           <a href="https://captchaco.example/terms?hl=de">Nutzungsbedingungen</a></p></div>
           <footer><a href="/impressum">Impressum</a></footer></body></html>"#,
    ),
    found(
        "fr: a comment plugin's policy loses to the site's",
        "https://www.blog-exemple.fr/article-3",
        r#"<html lang="fr"><body><article><p>Texte.</p></article><div id="comments">
           <a href="https://commentbox.example/fr/confidentialite">Politique de confidentialité</a></div>
           <footer><a href="/confidentialite">Confidentialité</a></footer></body></html>"#,
        "https://www.blog-exemple.fr/confidentialite",
        &["commentbox"],
    ),
    nothing(
        "fr: a map's attribution links are no answer",
        "https://gite-exemple.fr/acces",
        r#"<html lang="fr"><body><main><div class="map-attribution">Carte fournie par CartoCo |
           <a href="https://cartoco.example/confidentialite">Confidentialité</a></div></main></body></html>"#,
    ),
    found(
        "nl: a form that links to the site's own policy still leads to it",
        "https://www.voorbeeld-vereniging.nl/lid-worden",
        r#"<html lang="nl"><body><main><form><input name="naam">
           <p>Ik ga akkoord met het <a href="/privacyverklaring">privacybeleid</a>.</p></form></main></body></html>"#,
        "https://www.voorbeeld-vereniging.nl/privacyverklaring",
        &[],
    ),
    found(
        "es: powered by … in the footer does not hide the site's policy on a sibling domain",
        "https://www.marca-ejemplo.es/",
        r#"<html lang="es"><body><footer><p>Con tecnología de TiendaCo · <a href="https://www.marca-ejemplo-grupo.com/privacidad">Privacidad</a></p>
           <div class="newsletter"><a href="https://mailco.example/privacy">Privacy</a></div></footer></body></html>"#,
        "https://www.marca-ejemplo-grupo.com/privacidad",
        &["mailco"],
    ),
];

const ADDRESS_ALONE: &[Case] = &[
    found(
        "en: a charter whose folder mentions GDPR is not the policy",
        "https://www.example-radio.com/",
        r#"<body><main><a href="/promo/gdpr_campaign/charter.pdf">Media charter</a></main>
           <footer><a href="/legal/p">Privacy</a></footer></body>"#,
        "https://www.example-radio.com/legal/p",
        &["charter"],
    ),
    nothing(
        "en: a charter whose folder mentions GDPR is no answer on its own",
        "https://www.example-radio.com/about",
        r#"<body><footer><a href="/promo/gdpr_campaign/charter.pdf">Media charter</a><a href="/terms">Terms</a></footer></body>"#,
    ),
    nothing(
        "de: a press kit in a DSGVO campaign folder is no answer",
        "https://www.beispiel-verlag.de/",
        r#"<html lang="de"><body><footer><a href="/presse/dsgvo-kampagne/pressemappe.pdf">Pressemappe</a>
           <a href="/impressum">Impressum</a></footer></body></html>"#,
    ),
    nothing(
        "fr: a commitment brochure in an RGPD folder is no answer",
        "https://www.exemple-assurance.fr/",
        r#"<html lang="fr"><body><footer><a href="/rgpd-campagne/engagement.pdf">Notre engagement</a></footer></body></html>"#,
    ),
    found(
        "en: a neutral label whose last segment names privacy is found",
        "https://www.example-tools.com/",
        r#"<body><footer><a href="/legal">Legal</a><a href="/legal/privacy">Legal information</a></footer></body>"#,
        "https://www.example-tools.com/legal/privacy",
        &[],
    ),
    found(
        "fr: a neutral label whose last segment names privacy is found",
        "https://www.exemple-outils.fr/",
        r#"<html lang="fr"><body><footer><a href="/infos/confidentialite">Informations utiles</a></footer></body></html>"#,
        "https://www.exemple-outils.fr/infos/confidentialite",
        &[],
    ),
];

const MODIFIERS: &[Case] = &[
    found(
        "de: template products of a legal-services site lose to its own policy",
        "https://www.beispiel-kanzlei.de/",
        r#"<html lang="de"><body><nav><a href="/produkte/datenschutzerklaerung-muster">Datenschutzerklärung Muster</a>
           <a href="/vorlagen/dsgvo">DSGVO Vorlagen</a></nav>
           <footer><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a></footer></body></html>"#,
        "https://www.beispiel-kanzlei.de/datenschutz",
        &["muster", "vorlagen"],
    ),
    nothing(
        "de: the privacy officer's contact page is no answer",
        "https://www.beispiel-klinik.de/kontakt",
        r#"<html lang="de"><body><main><a href="/kontakt/datenschutzbeauftragter">Kontakt zum Datenschutzbeauftragten</a></main>
           <footer><a href="/impressum">Impressum</a></footer></body></html>"#,
    ),
    found(
        "en: a policy generator loses to the site's privacy notice",
        "https://www.example-legaltools.com/",
        r#"<body><header><nav><a href="/tools/privacy-policy-generator">Privacy policy generator</a>
           <a href="/tools/privacy-policy-template">Privacy policy template</a></nav></header>
           <footer><a href="/legal/notice-7">Privacy</a></footer></body>"#,
        "https://www.example-legaltools.com/legal/notice-7",
        &["/tools/"],
    ),
    nothing(
        "en: contacting the privacy officer is no answer",
        "https://www.example-hospital.org/contact",
        r#"<body><main><a href="/contact/privacy-officer">Contact our privacy officer</a></main></body>"#,
    ),
    found(
        "fr: the DPO and a policy template lose to the site's personal-data page",
        "https://www.exemple-conseil.fr/",
        r#"<html lang="fr"><body><nav><a href="/contact/dpo">Délégué à la protection des données</a>
           <a href="/modeles/politique-confidentialite">Modèle de politique de confidentialité</a></nav>
           <footer><a href="/donnees-personnelles">Données personnelles</a></footer></body></html>"#,
        "https://www.exemple-conseil.fr/donnees-personnelles",
        &["dpo", "modeles"],
    ),
    found(
        "de: a label broken by soft hyphens is read whole",
        "https://www.beispiel-verein.de/",
        r#"<html lang="de"><body><footer><a href="/impressum">Impressum</a>
           <a href="/rechtliches/dse">Da&shy;ten&shy;schutz&shy;er&shy;klä&shy;rung</a></footer></body></html>"#,
        "https://www.beispiel-verein.de/rechtliches/dse",
        &["impressum"],
    ),
    found(
        "en: a label broken by zero-width spaces is read whole",
        "https://www.example-club.org/",
        r#"<body><footer><a href="/about">About</a><a href="/docs/pn">Pri&#8203;vacy No&#8203;tice</a></footer></body>"#,
        "https://www.example-club.org/docs/pn",
        &[],
    ),
    found(
        "nl: a label broken by soft hyphens is read whole",
        "https://www.voorbeeld-stichting.nl/",
        r#"<html lang="nl"><body><footer><a href="/juridisch/pv">Pri&shy;vacy&shy;ver&shy;kla&shy;ring</a>
           <a href="/voorwaarden">Voorwaarden</a></footer></body></html>"#,
        "https://www.voorbeeld-stichting.nl/juridisch/pv",
        &["voorwaarden"],
    ),
];

const PAGES_WITHOUT_HEADINGS: &[Case] = &[
    page(
        "en: a bold title, a generic site title and a short privacy path",
        "https://www.example-club.org/info/site_privacy.php",
        r#"<html><head><title>Example Club Online</title></head><body><div id="menu"><a href="/">Home</a></div>
           <p><b>Statement of Privacy</b></p>
           <p>This statement describes the personal information we collect when you visit the site, how we use it,
           when we share it with third parties and how long we retain it.</p>
           <p>If you have questions, contact us at the address below.</p></body></html>"#,
        true,
    ),
    page(
        "de: a bold title on a page whose address says nothing",
        "https://www.beispiel-handwerk.de/index.php?id=17",
        r#"<html lang="de"><head><title>Beispiel Handwerk GmbH</title></head><body>
           <p><strong>Datenschutzerklärung</strong></p>
           <p>Verantwortliche Stelle für die Verarbeitung Ihrer personenbezogenen Daten ist die Beispiel Handwerk GmbH.
           Rechtsgrundlage der Verarbeitung ist Art. 6 DSGVO. Die Speicherdauer richtet sich nach den gesetzlichen
           Fristen. Ihre Rechte: Auskunft, Berichtigung, Löschung.</p></body></html>"#,
        true,
    ),
    page(
        "fr: a bold title on a page whose address says nothing",
        "https://www.exemple-artisan.fr/page.php?p=12",
        r#"<html lang="fr"><head><title>Exemple Artisan</title></head><body>
           <p><b>Politique de confidentialité</b></p>
           <p>Le responsable du traitement de vos données est Exemple Artisan. Les finalités de la collecte sont la
           gestion des commandes. Les destinataires sont nos prestataires. Durée de conservation : trois ans.
           Vos droits : accès, rectification, effacement.</p></body></html>"#,
        true,
    ),
    page(
        "en: a cookie banner's words are not the home page's",
        "https://www.example-furniture.com/",
        r#"<html><head><title>Example Furniture</title></head><body>
           <div id="cookie-banner"><p>We use cookies and collect personal data. Third parties may receive it.
           Read our privacy policy and your choices. Security and retention are explained there.</p></div>
           <p>Handmade chairs and tables since 1950.</p></body></html>"#,
        false,
    ),
    page(
        "en: a notice without a banner's class that points at the policy is not a title",
        "https://www.example-bakery.com/",
        r#"<html><head><title>Example Bakery</title></head><body><div id="n1"><p>We use cookies. Read our privacy
           policy to learn how third parties use your data.</p></div><p>Fresh bread every morning.</p></body></html>"#,
        false,
    ),
    page(
        "de: a notice without a banner's class that points at the policy is not a title",
        "https://www.beispiel-baeckerei.de/",
        r#"<html lang="de"><head><title>Beispiel Bäckerei</title></head><body><p>Mehr in unserer Datenschutzerklärung:
           wir verwenden Cookies und geben Daten an Dritte weiter.</p><p>Frisches Brot jeden Morgen.</p></body></html>"#,
        false,
    ),
    page(
        "fr: a notice without a banner's class that points at the policy is not a title",
        "https://www.exemple-boulangerie.fr/",
        r#"<html lang="fr"><head><title>Exemple Boulangerie</title></head><body><p>Voir notre politique de
           confidentialité : nous utilisons des cookies et des tiers collectent vos données.</p>
           <p>Du pain frais chaque matin.</p></body></html>"#,
        false,
    ),
    page(
        "de: a template product's page is not a policy",
        "https://www.beispiel-kanzlei.de/shop/produkt-17",
        r#"<html lang="de"><head><title>Beispiel Kanzlei Shop</title></head><body>
           <p><b>Datenschutzerklärung Muster</b></p><p>Unser Muster erklärt personenbezogene Daten, Rechtsgrundlage,
           Speicherdauer und Ihre Rechte – für Ihre Website, fertig in fünf Minuten.</p></body></html>"#,
        false,
    ),
    page(
        "fr: a dated news article about privacy policies is not a policy",
        "https://www.journal-exemple.fr/2019/05/12/rgpd-un-an-apres",
        r#"<html lang="fr"><head><title>Un an après – Journal</title></head><body>
           <p>Chaque politique de confidentialité doit nommer le responsable du traitement, les finalités, les
           destinataires, la durée de conservation et vos droits.</p></body></html>"#,
        false,
    ),
    page(
        "en: a terms page that summarises the policy is not a policy",
        "https://www.example-app.com/terms",
        r#"<html><head><title>Terms of Use</title></head><body><h1>Terms of Use</h1>
           <p>Our privacy policy describes the personal information we collect, how we use it, sharing with third
           parties, security and retention.</p></body></html>"#,
        false,
    ),
];

fn check(cases: &[Case]) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases {
        let found = discover(case.html, case.page_url);
        let mut wrong = Vec::new();
        let best_ok = match case.want_first {
            Want::Link(url) => found.best() == Some(url),
            Want::Nothing => found.best().is_none(),
            Want::Unchecked => true,
        };
        if !best_ok {
            wrong.push(format!("best {:?}, want {:?}; candidates {:#?}", found.best(), case.want_first, found.candidates));
        }
        if found.is_policy_page != case.want_policy_page {
            wrong.push(format!("is_policy_page {}, want {}; because {:?}", found.is_policy_page, case.want_policy_page, found.page_reasons));
        }
        for bad in case.must_not_include {
            if let Some(url) = found.candidates.iter().map(|c| c.url.as_str()).find(|u| u.contains(bad)) {
                wrong.push(format!("candidate {url} contains {bad:?}"));
            }
        }
        if !wrong.is_empty() {
            failures.push(format!("{}: {}", case.name, wrong.join("; ")));
        }
    }
    failures
}

fn run(group: &str, cases: &[Case]) {
    let failures = check(cases);
    eprintln!("{group}: {} of {} cases pass", cases.len() - failures.len(), cases.len());
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn tags_and_articles() {
    run("tags and articles", TAGS_AND_ARTICLES);
}

#[test]
fn combined_labels() {
    run("combined labels", COMBINED_LABELS);
}

#[test]
fn embedded_services() {
    run("embedded services", EMBEDDED_SERVICES);
}

#[test]
fn address_alone() {
    run("address alone", ADDRESS_ALONE);
}

#[test]
fn modifiers() {
    run("modifiers", MODIFIERS);
}

#[test]
fn pages_without_headings() {
    run("pages without headings", PAGES_WITHOUT_HEADINGS);
}
