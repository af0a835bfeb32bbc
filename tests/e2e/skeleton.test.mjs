// The whole path once, in a real Chromium with the built extension: a local site whose footer links
// to a real policy from the corpus; the badge becomes a grade and the popup shows the sells_data
// answer with its quoted evidence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup } from '../../tools/browser.mjs';

// A policy whose gold label says, with a quote, whether it sells data.
const DOC = process.env.CLAUSEWISE_E2E_DOC ?? 'opp115-884';
const gold = readFileSync(join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse).find((d) => d.id === DOC);
const fold = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();

let site, browser;
before(async () => {
  assert.ok(gold, `${DOC} is in ${corpus}/labels.jsonl`);
  site = await serveSite({
    '/': { body: `<!doctype html><html lang="en"><head><title>Test shop</title></head><body><main><h1>Test shop</h1>
      <p>Welcome.</p></main><footer><a href="/terms">Terms of use</a> <a href="/cookies">Cookie settings</a>
      <a href="/privacy-policy">Privacy Policy</a></footer></body></html>` },
    '/privacy-policy': { body: readFileSync(join(corpus, gold.file)) },
  });
  browser = await launchWithExtension('chrome-e2e');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the badge of the tab becomes a grade, and the popup shows sells_data with its quote', async () => {
  const page = await browser.context.newPage();
  const started = performance.now();
  await page.goto(`${site.origin}/`);
  const tabId = await tabIdOf(browser.context, `${site.origin}/`);
  assert.ok(Number.isInteger(tabId), 'the extension sees the tab');
  const badge = await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  console.log(`# page load to badge ${badge}: ${(performance.now() - started).toFixed(0)} ms`);

  // The browser itself asks for '/' and '/favicon.ico'; the extension only for the policy, once.
  const byExtension = site.requests.filter((r) => !['/', '/favicon.ico'].includes(r.path));
  assert.deepEqual(byExtension.map((r) => r.path), ['/privacy-policy'], 'only the policy page was fetched');
  assert.equal(byExtension[0].headers.cookie, undefined, 'the policy is fetched without cookies');

  const popup = await openPopup(browser, tabId);
  const row = popup.locator('li.answer[data-question="sells_data"]');
  assert.equal(await row.getAttribute('data-answer'), gold.labels.sells_data);
  const quotes = await row.locator('.quote').allTextContents();
  assert.ok(quotes.length > 0, 'the answer has evidence');
  const goldQuote = fold(gold.evidence.sells_data[0]);
  assert.ok(quotes.some((q) => fold(q).includes(goldQuote) || goldQuote.includes(fold(q))), `${quotes} quotes ${goldQuote}`);
  assert.equal(await popup.locator('.grade').textContent(), badge, 'popup and badge agree');
  const href = await row.locator('.quote a').first().getAttribute('href');
  assert.match(href, new RegExp(`^${site.origin}/privacy-policy#:~:text=`));
});

test('the options page lists the engine rubric', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.waitForSelector('html[data-ready="true"]');
  const ids = await page.locator('.question[data-question]').evaluateAll((rows) => rows.map((r) => r.dataset.question));
  assert.equal(ids.length, 15);
  assert.ok(ids.includes('sells_data') && ids.includes('breach_notification'));
});
