#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Chrome removal: each case wraps the same short policy in a kind of page chrome (or an awkward
//! layout) and says which text must survive and which must not.

use clausewise::extract::extract;

/// The policy every case carries: enough prose, with commas, to win the content scoring.
const POLICY: &str = "<h1>Privacy Policy</h1>\
    <h2>What we collect</h2>\
    <p>We collect your name, your email address, and the pages you visit, so that we can run the service.</p>\
    <p>We keep this information for twelve months, after which it is deleted, unless the law requires otherwise.</p>\
    <h2>Sharing</h2>\
    <p>We do not sell your personal information, and we share it only with processors that work for us.</p>\
    <ul><li>Hosting providers, who store the data on our behalf, under contract.</li>\
    <li>Payment processors, who handle your card details, under their own policies.</li></ul>";

/// One case: a page, the texts that must be extracted and the texts that must not.
struct ChromeTest {
    name: &'static str,
    html: String,
    keep: &'static [&'static str],
    drop: &'static [&'static str],
}

fn page(before: &str, wrap_open: &str, wrap_close: &str, after: &str) -> String {
    format!("<html><head><title>ACME</title></head><body>{before}{wrap_open}{POLICY}{wrap_close}{after}</body></html>")
}

fn cases() -> Vec<ChromeTest> {
    let core: &[&str] = &[
        "We do not sell your personal information",
        "Payment processors, who handle",
    ];
    vec![
        ChromeTest {
            name: "nav and footer",
            html: page(
                "<nav><a href='/'>Home</a> <a href='/shop'>Shop the summer sale</a></nav>",
                "<main>",
                "</main>",
                "<footer><p>Copyright 2024 ACME Corporation, all rights reserved, everywhere.</p></footer>",
            ),
            keep: core,
            drop: &["Shop the summer sale", "Copyright 2024"],
        },
        ChromeTest {
            name: "cookie banner",
            html: page(
                "<div id='cookie-banner'><p>We use cookies to improve your experience, and by browsing, you agree to them.</p></div>",
                "<div class='content'>",
                "</div>",
                "<div class='gdpr-consent'><p>Manage your consent preferences, for analytics, and for marketing.</p></div>",
            ),
            keep: core,
            drop: &["by browsing, you agree", "Manage your consent"],
        },
        ChromeTest {
            name: "scripts and styles",
            html: page("<script>var tracking = 'collect, everything, now';</script><style>p { color: red }</style>", "<article>", "</article>", "<noscript>Please enable JavaScript</noscript>"),
            keep: core,
            drop: &["tracking", "color", "enable JavaScript"],
        },
        ChromeTest {
            name: "hidden elements",
            html: page(
                "<div hidden><p>Secret hidden text, which nobody sees, in any browser.</p></div>\
                 <div aria-hidden='true'><p>Decorative text, for screen readers never, at all.</p></div>\
                 <div style='display: none'><p>Invisible text, styled away, from everyone.</p></div>",
                "<div id='main'>",
                "</div>",
                "",
            ),
            keep: core,
            drop: &["Secret hidden", "Decorative text", "Invisible text"],
        },
        ChromeTest {
            // A page saved while a dialog was open: the dialog set the page wrapper aria-hidden.
            name: "page wrapper left aria-hidden by an open dialog",
            html: format!(
                "<html><head><title>ACME</title></head><body><div id='page' aria-hidden='true'>{POLICY}</div>\
                 <div role='dialog'><p>Sign up for our newsletter!</p></div></body></html>"
            ),
            keep: core,
            drop: &[],
        },
        ChromeTest {
            // "ads" is a chrome word in class names, but here it names the policy's section on ads.
            name: "a section named for advertising holds policy prose",
            html: page(
                "",
                "<article>",
                "<section id='ads' class='ads'><h2>Ads</h2><p>We show ads from partners, who may use cookies to \
                 learn which pages you visit, so that the ads match your interests, unless you opt out.</p>\
                 <p>You can turn off personalised ads in your account settings, at any time, and we will respect it.</p>\
                 </section></article>",
                "",
            ),
            keep: &["We show ads from partners", "turn off personalised ads"],
            drop: &[],
        },
        ChromeTest {
            name: "sidebar, share bar and related links",
            html: page(
                "<div class='sidebar'><h3>Popular</h3><p>Read our other article about gardening, cooking, and travel.</p></div>",
                "<div class='post'>",
                "<div class='share-buttons'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this</a></div></div>",
                "<div class='related-posts'><p>You may also like our guide to saving money, at home, and at work.</p></div>",
            ),
            keep: core,
            drop: &["gardening", "Share on Facebook", "saving money"],
        },
        ChromeTest {
            name: "ASP.NET form around everything",
            html: page("<form id='aspnetForm' method='post'><nav><a href='/'>Home</a></nav>", "<div class='main'>", "</div>", "</form>"),
            keep: core,
            drop: &["Home"],
        },
        ChromeTest {
            name: "feedback form inside the content",
            html: page(
                "",
                "<div class='text'>",
                "<form><p>Was this page helpful?</p><label>Yes</label><input type='radio'><label>No</label></form></div>",
                "",
            ),
            keep: core,
            drop: &["Was this page helpful"],
        },
        ChromeTest {
            name: "policy inside a header-less layout table with fonts",
            html: format!(
                "<html><body><table><tr><td><a href='/'>Home</a><br><a href='/a'>About</a></td><td><font face='Arial'>{}</font></td></tr></table></body></html>",
                POLICY
            ),
            keep: core,
            drop: &["About"],
        },
        ChromeTest {
            name: "policy as one div of br-separated lines",
            html: "<html><body><div id='menu'><a href='/'>Home</a> <a href='/x'>Products</a></div><div>\
                Privacy Policy<br><br>We collect your name, your email address, and the pages you visit, so that we can run it.<br>\
                We do not sell your personal information, and we share it only with processors, under contract.<br><br>\
                Payment processors, who handle your card details, follow their own policies, too.</div></body></html>"
                .to_string(),
            keep: core,
            drop: &["Products"],
        },
        ChromeTest {
            name: "collapsed read-more panel inside the policy",
            html: page("", "<div class='policy'>", "<div class='full' style='display:none'><p>The full text, which explains retention, sharing, and your rights in detail, is shown when you click to read more.</p></div></div>", ""),
            keep: &["The full text, which explains retention"],
            drop: &[],
        },
    ]
}

#[test]
fn table() {
    for case in cases() {
        let policy = extract(&case.html, "https://acme.test/privacy")
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let text = policy.text();
        for keep in case.keep {
            assert!(
                text.contains(keep),
                "{}: lost {keep:?} from\n{text}",
                case.name
            );
        }
        for drop in case.drop {
            assert!(
                !text.contains(drop),
                "{}: kept {drop:?} in\n{text}",
                case.name
            );
        }
    }
}

#[test]
fn structure() {
    let policy = extract(
        &page("<nav><a href='/'>Home</a></nav>", "<main>", "</main>", ""),
        "https://acme.test/privacy",
    )
    .unwrap();
    assert_eq!(policy.title, "Privacy Policy");
    let sharing = policy
        .sections
        .iter()
        .find(|s| s.heading == "Sharing")
        .unwrap();
    assert_eq!(sharing.path, ["Privacy Policy", "Sharing"]);
    assert_eq!(sharing.clauses.len(), 3, "a paragraph and two list items");
    // Ids are stable across runs and unique.
    let again = extract(
        &page("<nav><a href='/'>Home</a></nav>", "<main>", "</main>", ""),
        "https://acme.test/privacy",
    )
    .unwrap();
    assert_eq!(policy, again);
    let mut ids: Vec<_> = policy.clauses().map(|(_, c)| c.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), policy.clause_count());
}

#[test]
fn data_table_rows_are_clauses() {
    let html = format!(
        "<html><body><main>{POLICY}<table><tr><th>Category</th><th>Examples</th></tr>\
         <tr><td>Identifiers</td><td>Name, email address, IP address</td></tr></table></main></body></html>"
    );
    let policy = extract(&html, "https://acme.test/privacy").unwrap();
    let texts: Vec<_> = policy.clauses().map(|(_, c)| c.text.as_str()).collect();
    assert!(
        texts.contains(&"Identifiers | Name, email address, IP address"),
        "{texts:?}"
    );
    assert!(texts.contains(&"Category | Examples"), "{texts:?}");
}

#[test]
fn entities_and_whitespace_are_normalised() {
    let html = "<html><body><main><p>We&nbsp;share   data&#44; with\n\tpartners &amp; affiliates, who are bound by contract, and by law.</p></main></body></html>";
    let policy = extract(html, "https://acme.test/privacy").unwrap();
    assert_eq!(
        policy.text(),
        "We share data, with partners & affiliates, who are bound by contract, and by law.\n"
    );
}
