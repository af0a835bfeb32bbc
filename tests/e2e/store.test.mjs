// Store listing screenshots (1280×800) and the page-load→badge budget, from the real extension in
// real Chromium on the bundled demo site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup } from '../../tools/browser.mjs';
import { timePageToBadge } from '../common/badge-watch.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
const shots = join(root, 'store', 'screenshots');
// Budget from measurement: about 0.3–0.8 s on this 2-core machine under load; 3 s leaves room for CI.
const BADGE_P95_BUDGET_MS = 3000;
// 20 repetitions: enough for a p95 that is not just the slowest run.
const RUNS = 20;

let site, browser;
before(async () => {
  site = await serveSite({
    '/': { body: readFileSync(join(demo, 'index.html')) },
    '/legal/privacy-policy': { body: readFileSync(join(demo, 'privacy-policy.html')) },
  });
  browser = await launchWithExtension('chrome-e2e');
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

test(`page load to badge, ${RUNS} runs with an empty cache each time`, async () => {
  // The runs are timed from one of the extension's pages (tests/common/badge-watch.mjs).
  const probe = await browser.context.newPage();
  await probe.goto(browser.extensionUrl('options.html'));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await probe.evaluate(() => chrome.storage.local.clear());
    times.push(await probe.evaluate(`(${timePageToBadge})(chrome, ${JSON.stringify(`${site.origin}/?run=${i}`)})`));
  }
  await probe.close();
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.log(`# page load (navigation start) to badge over ${RUNS} runs: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`);
  assert.ok(p95 < BADGE_P95_BUDGET_MS, `p95 ${p95.toFixed(0)} ms is within the ${BADGE_P95_BUDGET_MS} ms budget`);
});

test(`popup opening time from the cache, ${RUNS} openings`, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/?popup`);
  const tabId = await tabIdOf(browser.context, `${site.origin}/?popup`);
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await openPopup(browser, tabId);
    assert.equal(await popup.locator('main').getAttribute('data-state'), 'done');
    times.push(Number(await popup.locator('html').getAttribute('data-ready-ms')));
    await popup.close();
  }
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.log(`# popup content visible after opening, over ${RUNS} openings: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target 100 ms)`);
  assert.ok(p95 < 1000, `p95 ${p95} ms`);
});

test('store screenshots at 1280×800: the site with the popup beside it, the options page, the full report page', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${site.origin}/legal/privacy-policy`);
  const tabId = await tabIdOf(browser.context, `${site.origin}/legal/privacy-policy`);
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const siteShot = await page.screenshot();
  const popup = await openPopup(browser, tabId);
  const popupShot = await popup.screenshot();
  // Compose the two like a browser window with the popup open over the page.
  const frame = await browser.context.newPage();
  await frame.setViewportSize({ width: 1280, height: 800 });
  await frame.setContent(`<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden;background:#fff">
    <img src="data:image/png;base64,${siteShot.toString('base64')}" style="position:absolute;inset:0;filter:brightness(.92)">
    <img src="data:image/png;base64,${popupShot.toString('base64')}" style="position:absolute;right:24px;top:16px;
      border-radius:10px;box-shadow:0 8px 32px rgba(0,0,0,.35)"></body>`);
  await frame.screenshot({ path: join(shots, '1-popup-on-site.png') });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(browser.extensionUrl('options.html'));
  await options.waitForSelector('html[data-ready="true"]');
  await options.screenshot({ path: join(shots, '2-options.png') });
  // The full report page of the demo site: the grade, the answers beside the policy text.
  const report = await browser.context.newPage();
  await report.setViewportSize({ width: 1280, height: 800 });
  await report.goto(browser.extensionUrl('report.html?site=127.0.0.1'));
  await report.waitForSelector('html[data-ready="true"]');
  await report.screenshot({ path: join(shots, '3-report.png') });
  for (const name of ['1-popup-on-site.png', '2-options.png', '3-report.png']) {
    const png = readFileSync(join(shots, name));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 800], name);
  }
});
