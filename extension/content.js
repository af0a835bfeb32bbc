// Injected on demand (a click, or a site the user granted) and evaluated for its value: the page's
// title, main heading and links, which the background ranks with the engine. It sends no messages
// and reads nothing else.
(() => {
  const MAX_LINKS = 5000;
  const links = [];
  for (const a of document.querySelectorAll('a[href], link[rel][href]')) {
    if (links.length >= MAX_LINKS) break;
    if (a.localName === 'link' && !/privacy-policy/i.test(a.rel)) continue;
    links.push({
      href: a.href,
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      ariaLabel: a.getAttribute('aria-label') ?? '',
      title: a.getAttribute('title') ?? '',
      rel: a.getAttribute('rel') ?? '',
      inFooter: a.closest('footer, [role="contentinfo"]') !== null,
      inNav: a.closest('nav, [role="navigation"]') !== null,
    });
  }
  return {
    url: location.href,
    title: document.title,
    heading: (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    links,
  };
})();
