// The whole path in Firefox ESR (headless, through geckodriver) with the built extension
// (dist/firefox-e2e, installed as a temporary add-on): the demo site's badge becomes a grade, the
// popup shows the sells_data answer with its quote, and the options page changes the score and the
// badge. A second site serves a corpus policy whose gold label is checked like the Chromium test does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, corpus, serveSite, launchFirefox, openProbe } from '../../tools/firefox.mjs';
import { timePageToBadge } from '../common/badge-watch.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
const DOC = process.env.CLAUSEWISE_E2E_DOC ?? 'opp115-884';
const gold = readFileSync(join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse).find((d) => d.id === DOC);
const rubric = JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8'));
const fold = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const GRADE = /^[A-E]$/;
// The same budget as the Chromium run (tests/e2e/store.test.mjs).
const BADGE_P95_BUDGET_MS = 3000;
// 20 repetitions: enough for a p95 that is not just the slowest run.
const RUNS = 20;
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

let site, firefox, s, probe, grade, demoTab, demoHandle, optionsHandle;
const downloads = join(root, '.scratch', 'downloads');
// The site analyzed last, as the options page's preview names it.
let last = null;

// Calls the extension's APIs from one of its own pages (the probe tab), where `browser` exists.
async function inExtension(fn, ...args) {
  await s.switchTo(probe);
  return s.execute(`async (...args) => JSON.stringify(await (${fn})(window.wrappedJSObject?.browser ?? browser, ...args))`, ...args)
    .then((json) => (json === undefined ? undefined : JSON.parse(json)));
}
const tabIdOf = (url) => inExtension(async (browser, u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
const badgeOf = (tabId) => inExtension((browser, id) => browser.action.getBadgeText({ tabId: id }), tabId);

async function waitForBadge(tabId, accept, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = await badgeOf(tabId).catch(() => '');
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge of tab ${tabId} is still ${JSON.stringify(text)} after ${timeoutMs} ms`);
}

// Opens a page of the extension in a new tab and waits until it has rendered.
async function openExtensionPage(path) {
  const handle = await s.newTab();
  await s.navigate(firefox.extensionUrl(path));
  await s.waitFor(() => document.documentElement.dataset.ready === 'true', { what: `${path} to render` });
  return handle;
}

before(async () => {
  assert.ok(gold, `${DOC} is in ${corpus}/labels.jsonl`);
  site = await serveSite({
    '/': { body: readFileSync(join(demo, 'index.html')) },
    '/legal/privacy-policy': { body: readFileSync(join(demo, 'privacy-policy.html')) },
    'shop.test/': { body: `<!doctype html><html lang="en"><head><title>Test shop</title></head><body><main><h1>Test shop</h1>
      <p>Welcome.</p></main><footer><a href="/terms">Terms of use</a> <a href="/cookies">Cookie settings</a>
      <a href="/privacy-policy">Privacy Policy</a></footer></body></html>` },
    'shop.test/privacy-policy': { body: readFileSync(join(corpus, gold.file)) },
    'nolink.test/': { body: `<!doctype html><html lang="en"><head><title>Shop</title></head><body><main><h1>Shop</h1>
      <p>Welcome to the shop.</p></main><footer><a href="/about">About us</a></footer></body></html>` },
    'nolink.test/policy-elsewhere': { body: readFileSync(join(demo, 'privacy-policy.html')) },
  });
  rmSync(downloads, { recursive: true, force: true });
  mkdirSync(downloads, { recursive: true });
  firefox = await launchFirefox('firefox-e2e', {
    hosts: ['shop.test', 'nolink.test'],
    // Downloads go to a scratch folder without asking.
    prefs: {
      'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false, 'browser.download.alwaysOpenPanel': false,
    },
  });
  s = firefox.session;
  console.log(`# Firefox ${firefox.version}, geckodriver ${firefox.driverVersion}`);
  // The first tab shows one of the extension's pages: the tests read the extension's state there.
  probe = await openProbe(firefox);
});
after(async () => {
  await firefox?.close();
  await site?.close();
});

test('the temporary add-on has host access to the test sites without a prompt', async () => {
  assert.equal(await inExtension((browser) => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })), true);
  assert.equal(await inExtension((browser) => browser.permissions.contains({ origins: ['http://*/*'] })), false,
    'the optional all-sites permission is not granted');
});

test('the badge of the demo tab becomes a grade, and the popup shows sells_data with its quote', async () => {
  const url = `${site.origin}/`;
  demoHandle = await s.newTab();
  const started = performance.now();
  await s.navigate(url);
  const loaded = performance.now();
  demoTab = await tabIdOf(url);
  assert.ok(Number.isInteger(demoTab), 'the extension sees the tab');
  grade = await waitForBadge(demoTab, (t) => GRADE.test(t));
  const done = performance.now();
  last = `127\\.0\\.0\\.1: grade ${grade}`;
  console.log(`# Firefox page load to badge ${grade}: ${(done - started).toFixed(0)} ms (load event after ${(loaded - started).toFixed(0)} ms)`);

  // The browser asks for '/' and '/favicon.ico'; the extension only for the policy, once.
  const byExtension = site.requests.filter((r) => !['/', '/favicon.ico'].includes(r.path));
  assert.deepEqual(byExtension.map((r) => r.path), ['/legal/privacy-policy'], 'only the policy page was fetched');
  assert.equal(byExtension[0].headers.cookie, undefined, 'the policy is fetched without cookies');

  await openExtensionPage(`popup.html?tab=${demoTab}`);
  const shown = await s.execute(() => {
    const row = document.querySelector('li.answer[data-question="sells_data"]');
    return {
      state: document.querySelector('main')?.dataset.state,
      grade: document.querySelector('.grade')?.textContent,
      score: document.querySelector('.score')?.textContent,
      answer: row?.dataset.answer,
      quotes: [...(row?.querySelectorAll('.quote') ?? [])].map((q) => q.textContent),
      href: row?.querySelector('.quote a')?.getAttribute('href'),
    };
  });
  assert.equal(shown.state, 'done');
  assert.equal(shown.grade, grade, 'popup and badge agree');
  assert.match(shown.score, /^Score \d+ \/ 100$/);
  const answers = rubric.questions.find((q) => q.id === 'sells_data').answers.map((a) => a.id ?? a);
  assert.ok(answers.includes(shown.answer), `${shown.answer} is one of ${answers}`);
  assert.ok(shown.quotes.length > 0, 'the answer has evidence');
  const policyText = fold(readFileSync(join(demo, 'privacy-policy.html'), 'utf8').replace(/<[^>]+>/g, ' '));
  for (const quote of shown.quotes) {
    const words = fold(quote).replace(/^[…. ]+|[…. ]+$/g, '').split(' ').slice(0, 6).join(' ');
    assert.ok(policyText.includes(words), `the policy says "${words}"`);
  }
  assert.match(shown.href, new RegExp(`^${site.origin}/legal/privacy-policy#:~:text=`));
  console.log(`# Firefox popup: grade ${shown.grade}, ${shown.score}, sells_data = ${shown.answer}`);
});

test('another page of the same site: the badge is back at once from the stored report, nothing is fetched', async () => {
  // Firefox clears a tab's badge when it navigates; the extension must set it again.
  const fetches = site.requests.filter((r) => r.path === '/legal/privacy-policy').length;
  await s.switchTo(demoHandle);
  const started = performance.now();
  await s.navigate(`${site.origin}/shop`);
  assert.equal(await tabIdOf(`${site.origin}/shop`), demoTab, 'the same tab');
  assert.equal(await waitForBadge(demoTab, (t) => t === grade), grade);
  const record = await inExtension(async (browser, key) => (await browser.storage.session.get(key))[key], `tab:${demoTab}`);
  assert.equal(record.url, `${site.origin}/shop`, 'the extension saw the navigation');
  assert.equal(record.state.grade, grade);
  console.log(`# Firefox navigation to badge ${grade} (stored report): ${(performance.now() - started).toFixed(0)} ms`);
  assert.equal(site.requests.filter((r) => r.path === '/legal/privacy-policy').length, fetches, 'no policy was fetched again');
});

test('a corpus policy on another site: sells_data matches its gold label and quote', async () => {
  const url = `${site.at('shop.test')}/`;
  await s.newTab();
  const started = performance.now();
  await s.navigate(url);
  const tabId = await tabIdOf(url);
  const badge = await waitForBadge(tabId, (t) => GRADE.test(t));
  last = `shop\\.test: grade ${badge}`;
  console.log(`# Firefox page load to badge ${badge} (${DOC}): ${(performance.now() - started).toFixed(0)} ms`);
  await openExtensionPage(`popup.html?tab=${tabId}`);
  const row = await s.execute(() => {
    const li = document.querySelector('li.answer[data-question="sells_data"]');
    return { answer: li?.dataset.answer, quotes: [...(li?.querySelectorAll('.quote') ?? [])].map((q) => q.textContent) };
  });
  assert.equal(row.answer, gold.labels.sells_data);
  const goldQuote = fold(gold.evidence.sells_data[0]);
  assert.ok(row.quotes.some((q) => fold(q).includes(goldQuote) || goldQuote.includes(fold(q))), `${row.quotes} quotes ${goldQuote}`);
});

test('the options page: an importance change previews at once; an import rescores the badge and popup; reset restores', async () => {
  const options = await openExtensionPage('options.html');
  optionsHandle = options;
  const count = await s.execute(() => document.querySelectorAll('.question[data-question]').length);
  assert.equal(count, rubric.questions.length, 'every rubric question is listed');
  const preview = await s.execute(() => document.querySelector('#preview-last').textContent);
  assert.match(preview, new RegExp(`^${last}, score \\d+ / 100 — \\S.*$`), 'the preview names why');

  // An importance chosen in the form: the preview changes and the difference is saved.
  const sample = await s.execute(() => document.querySelector('#preview-sample').textContent);
  await s.click(await s.find('#sells_data-importance option[value="low"]'));
  await s.waitFor((b) => document.querySelector('#preview-sample').textContent !== b, { args: [sample], what: 'the preview to change' });
  await s.waitFor(async () => {
    const { overrides } = await (window.wrappedJSObject?.browser ?? browser).storage.sync.get('overrides');
    return JSON.stringify(overrides) === JSON.stringify({ lessImportant: ['sells_data'] });
  }, { what: 'the importance to be saved' });

  // Only "does it sell data" counts, and even "no" earns nothing: every graded site becomes E.
  const fetches = site.requests.filter((r) => r.path === '/legal/privacy-policy').length;
  const harsh = join(root, '.scratch', 'tmp', 'harsh.json');
  mkdirSync(join(root, '.scratch', 'tmp'), { recursive: true });
  writeFileSync(harsh, JSON.stringify({
    disabled: rubric.questions.map((q) => q.id).filter((id) => id !== 'sells_data'),
    points: { sells_data: { no: 0, not_stated: 0 } },
  }));
  await s.switchTo(options);
  await s.sendKeys(await s.find('#import'), harsh);
  await s.waitFor(() => /Settings imported\./.test(document.querySelector('#import-status').textContent), { what: 'the import' });
  const started = performance.now();
  assert.equal(await waitForBadge(demoTab, (t) => t === 'E'), 'E');
  console.log(`# Firefox settings change to badge E: ${(performance.now() - started).toFixed(0)} ms`);
  await openExtensionPage(`popup.html?tab=${demoTab}`);
  await s.waitFor(() => document.querySelector('.score')?.textContent === 'Score 0 / 100', { what: 'the popup score 0' });
  assert.equal(await s.execute(() => document.querySelectorAll('li.answer').length), 1, 'disabled questions are not listed');
  assert.equal(site.requests.filter((r) => r.path === '/legal/privacy-policy').length, fetches, 'no policy was fetched again');

  await s.switchTo(options);
  await s.click(await s.find('#reset-all'));
  assert.equal(await waitForBadge(demoTab, (t) => t === grade), grade);
  const overrides = await inExtension(async (browser) => (await browser.storage.sync.get('overrides')).overrides ?? null);
  assert.deepEqual(overrides, {});
});

test('no policy found: an address pasted in the popup is analyzed (popup → background message)', async () => {
  const url = `${site.at('nolink.test')}/`;
  await s.newTab();
  await s.navigate(url);
  const tabId = await tabIdOf(url);
  assert.equal(await waitForBadge(tabId, (t) => t === '?'), '?');
  await openExtensionPage(`popup.html?tab=${tabId}`);
  assert.equal(await s.execute(() => document.querySelector('main').dataset.state), 'no_policy');
  await s.sendKeys(await s.find('#policy-url'), `${site.at('nolink.test')}/policy-elsewhere\uE007`);
  await s.waitFor(() => document.querySelector('main')?.dataset.state === 'done', { what: 'the pasted policy to be analyzed' });
  assert.match(await waitForBadge(tabId, (t) => GRADE.test(t)), GRADE);
});

test('export downloads the overrides as JSON', async () => {
  await s.switchTo(optionsHandle);
  await s.click(await s.find('#contact-importance option[value="high"]'));
  const saved = { veryImportant: ['contact'] };
  await s.waitFor(async (want) => JSON.stringify((await (window.wrappedJSObject?.browser ?? browser).storage.sync.get('overrides')).overrides) === want,
    { args: [JSON.stringify(saved)], what: 'the importance to be saved' });
  await s.click(await s.find('#export'));
  const file = join(downloads, 'clausewise-settings.json');
  const until = Date.now() + 10000;
  while (!existsSync(file) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), saved);
  await s.click(await s.find('#reset-all'));
});

test(`popup opening time from the cache, ${RUNS} openings`, async () => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const handle = await openExtensionPage(`popup.html?tab=${demoTab}`);
    const shown = await s.execute(() => ({
      state: document.querySelector('main')?.dataset.state,
      grade: document.querySelector('.grade')?.textContent,
      // Set by the popup once its content is in place: milliseconds since the page's navigation start.
      readyMs: Number(document.documentElement.dataset.readyMs),
    }));
    assert.deepEqual([shown.state, shown.grade], ['done', grade], 'the popup shows the stored report');
    times.push(shown.readyMs);
    await s.cmd('DELETE', '/window');
    await s.switchTo(probe);
  }
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.log(`# Firefox popup content visible after opening, over ${RUNS} openings: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target 100 ms)`);
  // A bound for broken, not slow: the timing is reported, as in the Chromium run.
  assert.ok(p95 < 1000, `p95 ${p95.toFixed(0)} ms`);
});

test(`page load to badge, ${RUNS} runs with an empty cache each time`, async () => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await inExtension((browser) => browser.storage.local.clear());
    times.push(await inExtension(timePageToBadge, `${site.origin}/?run=${i}`));
  }
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.log(`# Firefox page load (navigation start) to badge over ${RUNS} runs: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`);
  assert.ok(p95 < BADGE_P95_BUDGET_MS, `p95 ${p95.toFixed(0)} ms is within the ${BADGE_P95_BUDGET_MS} ms budget`);
});

test('nothing but the local test sites was asked for anything, by Firefox or by the extension', () => {
  assert.deepEqual(firefox.proxied, [], 'requests that would have left the machine');
  const hosts = [...new Set(site.requests.map((r) => r.host))].sort();
  assert.deepEqual(hosts, ['127.0.0.1', 'nolink.test', 'shop.test']);
});
