// `make demo`: the built extension in a real Chromium, on the bundled demo site. Prints the badge and
// the popup's summary, and saves screenshots of the popup (light and dark) and the full report page
// under docs/.
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup } from './browser.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
const site = await serveSite({
  '/': { body: readFileSync(join(demo, 'index.html')) },
  '/legal/privacy-policy': { body: readFileSync(join(demo, 'privacy-policy.html')) },
});
const docs = join(root, 'docs');
mkdirSync(docs, { recursive: true });

// The demo build grants host access to 127.0.0.1, as if the user had switched on automatic analysis.
const browser = await launchWithExtension('chrome-e2e');
try {
  const page = await browser.context.newPage();
  const started = performance.now();
  await page.goto(`${site.origin}/`);
  const tabId = await tabIdOf(browser.context, `${site.origin}/`);
  const badge = await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  console.log(`Demo site ${site.origin}/ — badge "${badge}" ${(performance.now() - started).toFixed(0)} ms after navigation\n`);

  for (const scheme of ['light', 'dark']) {
    const popup = await openPopup(browser, tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    const file = join(docs, scheme === 'light' ? 'popup.png' : 'popup-dark.png');
    await popup.screenshot({ path: file });
    if (scheme === 'light') {
      const summary = await popup.evaluate(() => ({
        grade: document.querySelector('.grade')?.textContent,
        score: document.querySelector('.score')?.textContent,
        title: document.querySelector('.policy')?.textContent,
        answers: [...document.querySelectorAll('.answer')].map((li) => ({
          question: li.querySelector('.question')?.textContent,
          answer: li.querySelector('.label')?.textContent,
          quote: li.querySelector('.quote')?.textContent ?? null,
        })),
      }));
      console.log(`Popup: grade ${summary.grade} — ${summary.score} — "${summary.title}"`);
      for (const a of summary.answers) {
        console.log(`  ${a.question.padEnd(34)} ${a.answer}`);
        if (a.quote) console.log(`      “${a.quote.length > 110 ? `${a.quote.slice(0, 107)}...` : a.quote}”`);
      }
    }
    console.log(`\nScreenshot (${scheme}): ${file}`);
    await popup.close();
  }
  // The full report page, at the store's 1280 × 800.
  const report = await browser.context.newPage();
  await report.setViewportSize({ width: 1280, height: 800 });
  await report.goto(browser.extensionUrl('report.html?site=127.0.0.1'));
  await report.waitForSelector('html[data-ready="true"]');
  await report.screenshot({ path: join(docs, 'report.png') });
  console.log(`Screenshot (full report): ${join(docs, 'report.png')}`);
} finally {
  await browser.close();
  await site.close();
}
