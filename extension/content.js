// Injected on demand (a click, or a site the user granted) and evaluated for its value: the page's
// title, headings, language and links — the same `Page` the engine builds from HTML — which the
// background ranks with the engine. It sends no messages and reads nothing else.
(() => {
  const MAX_LINKS = 5000;
  const MAX_HEADINGS = 64;
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const links = [];
  for (const a of document.querySelectorAll('a[href], link[rel][href]')) {
    if (links.length >= MAX_LINKS) break;
    if (a.localName === 'link' && !/(^|\s)privacy-policy(\s|$)/i.test(a.rel)) continue;
    links.push({
      href: a.getAttribute('href') ?? '',
      text: clean(a.textContent).slice(0, 200),
      ariaLabel: a.getAttribute('aria-label') ?? '',
      title: a.getAttribute('title') ?? '',
      rel: a.getAttribute('rel') ?? '',
      inFooter: a.closest('footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]') !== null,
      inNav: a.closest('nav, header, [role="navigation"], [role="banner"]') !== null,
    });
  }
  const main = [...document.querySelectorAll('h1')].find((h) => clean(h.textContent));
  const headings = [...document.querySelectorAll('h1, h2, h3')].filter((h) => h !== main).map((h) => clean(h.textContent)).filter(Boolean);
  return {
    url: location.href,
    title: document.title,
    heading: clean(main?.textContent),
    headings: headings.slice(0, MAX_HEADINGS),
    lang: document.documentElement.lang ?? '',
    base: document.querySelector('base[href]')?.getAttribute('href') ?? '',
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href')
      ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '',
    links,
  };
})();
