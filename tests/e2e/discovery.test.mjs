// Finding the policy link on real pages, in real Chromium: the content script hands over the page's
// HTML and the engine's discovery (the code the native tests run) picks the link. A page with 6,000
// links whose policy link is in the footer, after them; a footer link that is only an icon.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge } from '../../tools/browser.mjs';

const policy = readFileSync(join(root, 'tests', 'fixtures', 'sites', 'demo', 'privacy-policy.html'), 'utf8');
// Policy addresses no guess would try: only a found link leads there.
const POLICY_PATH = '/legal/notice-7';
const page = (body) => `<!doctype html><html lang="en"><head><title>Shop</title></head><body>${body}</body></html>`;
const products = Array.from({ length: 6000 }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a></li>`).join('');

let site, browser;
before(async () => {
  site = await serveSite({
    'many.test/': { body: page(`<main><h1>Catalogue</h1><ul>${products}</ul></main>
      <footer><a href="/terms">Terms</a> <a href="${POLICY_PATH}">Privacy Policy</a></footer>`) },
    [`many.test${POLICY_PATH}`]: { body: policy },
    'icon.test/': { body: page(`<main><h1>Shop</h1><p>Welcome.</p></main>
      <footer><a href="/terms"><img src="/terms.svg" alt="Terms"></a>
      <a href="${POLICY_PATH}"><img src="/shield.svg" alt="Privacy Policy"></a></footer>`) },
    [`icon.test${POLICY_PATH}`]: { body: policy },
  });
  browser = await launchWithExtension('chrome-e2e');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the host's home page (the test build analyzes it by itself) and waits for a grade. */
async function gradeOf(host) {
  const url = `${site.at(host)}/`;
  const tab = await browser.context.newPage();
  const started = performance.now();
  await tab.goto(url);
  const tabId = await tabIdOf(browser.context, url);
  const badge = await waitForBadge(browser.context, tabId, (t) => /^[A-E]\*?$/.test(t));
  const fetched = site.requests.filter((r) => r.host === host && r.path.startsWith('/legal/')).map((r) => r.path);
  return { badge, fetched, ms: performance.now() - started };
}

test('6,000 links before the footer: the footer policy link is found and is the only page fetched', async () => {
  const { badge, fetched, ms } = await gradeOf('many.test');
  console.log(`# 6,000-link page: load to badge ${badge} in ${ms.toFixed(0)} ms`);
  assert.deepEqual(fetched, [POLICY_PATH]);
  const guesses = site.requests.filter((r) => r.host === 'many.test' && /privacy/.test(r.path));
  assert.deepEqual(guesses, [], 'no usual policy path was guessed');
});

test('an icon-only footer link is named by its image alt text', async () => {
  const { fetched } = await gradeOf('icon.test');
  assert.deepEqual(fetched, [POLICY_PATH]);
});
