// Trustworthy in the wild, in real Chromium: the worker stopped mid-analysis, a policy that changes,
// a hostile policy page, and the extension's own network traffic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup, currentWorker } from '../../tools/browser.mjs';
import { axeViolations, describeViolations } from '../../tools/axe.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
const policy = readFileSync(join(demo, 'privacy-policy.html'), 'utf8');
const home = (links) => `<!doctype html><html lang="en"><head><title>Shop</title></head><body><main><h1>Shop</h1>
  <p>Welcome to the shop.</p></main><footer>${links}</footer></body></html>`;
const hostile = `<!doctype html><html lang="en"><head><title>Privacy Policy</title>
  <script>window.top.pwned = 'script';</script></head><body><main><h1>Privacy Policy &lt;img src=x onerror=alert(1)&gt;</h1>
  <p>We do not sell your personal information <img src="x" onerror="window.pwned='img'"> to anyone, and we
  <a href="javascript:window.pwned='link'">never rent it</a> to data brokers.</p>
  <p>We keep your data for 30 days. \u202Egnikcart sdrawkcab\u202C Third-party advertising cookies may track you.</p>
  <p>${'We collect usage data '.repeat(48000)}</p>
  </main></body></html>`;

let site, browser, routes;
before(async () => {
  routes = {
    'slow.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'slow.test/privacy': { body: policy, delayMs: 3000 },
    'change.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'change.test/privacy': { body: policy },
    'hostile.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'hostile.test/privacy': { body: hostile },
    'login.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'login.test/privacy': { body: '', status: 302, headers: { location: '/signin?next=/privacy' } },
    'login.test/signin': { body: `<!doctype html><html><head><title>Sign in</title></head><body><main><h1>Sign in</h1>
      <form><input name="email"><input type="password" name="password"><button>Sign in</button></form></main></body></html>` },
    'spa.test/privacy': { body: `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body>
      <div id="root"></div><noscript>Please enable JavaScript to view this page.</noscript><script>
      document.getElementById('root').innerHTML = '<main><h1>Privacy Policy</h1>' +
        '<p>We do not sell your personal information to anyone. We keep your order history for seven years.</p>' +
        '<p>You can ask us to delete your account at any time by writing to privacy@spa.test.</p></main>';
      </script></body></html>` },
    'corrupt.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'corrupt.test/privacy': { body: policy },
    'evict.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'evict.test/privacy': { body: policy },
  };
  site = await serveSite(routes);
  browser = await launchWithExtension('chrome-e2e');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function visit(host) {
  const url = `${site.at(host)}/`;
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser.context, url) };
}

test('the worker stopped in the middle of an analysis: the analysis completes and the badge returns', async () => {
  const { page, tabId } = await visit('slow.test');
  await waitForBadge(browser.context, tabId, (t) => t === '…');
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  const stoppedAt = Date.now();
  while ((await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker.targetId)) {
    assert.ok(Date.now() - stoppedAt < 5000, 'the worker stops');
    await new Promise((r) => setTimeout(r, 50));
  }
  // Any browser event starts the worker again; switching tabs is one.
  const other = await browser.context.newPage();
  await other.bringToFront();
  await page.bringToFront();
  const badge = await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t), 30000);
  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('main').getAttribute('data-state'), 'done');
  assert.equal(await popup.locator('.grade').textContent(), badge);
});

test('a changed policy is noticed: the badge marks it until the popup has shown which answers changed', async () => {
  const { tabId } = await visit('change.test');
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  routes['change.test/privacy'].body = policy.replace('We do not sell your data or information.', 'We sell your data or information to data brokers.');
  // A slow answer, so the popup that asks for the new reading is surely closed before it comes:
  // nobody has seen the change yet.
  routes['change.test/privacy'].delayMs = 1500;
  const starter = await openPopup(browser, tabId);
  await starter.click('#analyze');
  await starter.close();
  const marked = await waitForBadge(browser.context, tabId, (t) => t.endsWith('*'));
  assert.match(marked, /^[A-E]\*$/);
  const popup = await openPopup(browser, tabId);
  await popup.waitForSelector('.changed');
  assert.match(await popup.locator('.changed').textContent(), /This policy changed \(noticed .+\)\./);
  assert.match(await popup.locator('.changed li[data-question="sells_data"]').textContent(), /Does it sell your personal data\? No → Yes/);
  // Seen: the star goes, the grade stays, and the popup still tells what changed.
  assert.equal(await waitForBadge(browser.context, tabId, (t) => !t.endsWith('*')), marked.slice(0, 1));
  await popup.reload();
  await popup.waitForSelector('.changed');
  const violations = await axeViolations(popup);
  console.log(`# axe: ${violations.length} violations on the popup telling a policy change`);
  assert.deepEqual(violations, [], describeViolations(violations));
  // Dismissed, the notice goes and stays gone; the grade stays.
  await popup.click('#dismissChange');
  await popup.waitForSelector('.changed', { state: 'detached' });
  await popup.reload();
  await popup.waitForSelector('html[data-ready="true"]');
  assert.equal(await popup.locator('main').getAttribute('data-state'), 'done');
  assert.equal(await popup.locator('.changed').count(), 0, 'a dismissed change is not told again');
});

test('a hostile policy page shows as text in the popup and runs nothing', async () => {
  const { tabId } = await visit('hostile.test');
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t), 30000);
  const popup = await openPopup(browser, tabId);
  const dialogs = [];
  popup.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await popup.evaluate(() => window.pwned ?? null), null, 'nothing from the policy ran');
  assert.equal(await popup.locator('main img, main script, main iframe').count(), 0, 'no markup from the policy was created');
  assert.equal(await popup.locator('a.policy').textContent(), 'Privacy Policy <img src=x onerror=alert(1)>');
  const hrefs = await popup.locator('a:not(#full-report)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => h.startsWith(site.at('hostile.test'))), `only links to the policy: ${hrefs}`);
  assert.equal(await popup.locator('#full-report').getAttribute('href'), 'report.html?site=hostile.test', 'and to its own report page');
  const quotes = await popup.locator('.quote').allTextContents();
  assert.ok(quotes.every((q) => q.length <= 700), 'a 1 MB line is shown clipped');
  assert.deepEqual(dialogs, []);
  // The full report page shows the same policy as text too.
  const report = await browser.context.newPage();
  report.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await report.goto(browser.extensionUrl('report.html?site=hostile.test'));
  await report.waitForSelector('html[data-ready="true"]');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await report.evaluate(() => window.pwned ?? null), null);
  assert.equal(await report.locator('main img, main script, main iframe').count(), 0);
  assert.equal(await report.locator('a.policy').textContent(), 'Privacy Policy <img src=x onerror=alert(1)>');
  // The 1 MB line is past what is kept of a policy's text, and the page says so.
  assert.match(await report.locator('.policy-text').textContent(), /longer than Clausewise keeps/);
  assert.deepEqual(dialogs, []);
});

test('a policy behind a sign-in page is reported as not readable, with the address it led to', async () => {
  const { tabId } = await visit('login.test');
  await waitForBadge(browser.context, tabId, (t) => t === '!');
  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('main').getAttribute('data-state'), 'not_readable');
  assert.match(await popup.locator('main .explain').textContent(), /leads to a sign-in page/);
  assert.equal(await popup.locator('a.policy').getAttribute('href'), `${site.at('login.test')}/signin?next=/privacy`);
});

test('a policy that only appears after JavaScript runs is read from the rendered page the user is on', async () => {
  const url = `${site.at('spa.test')}/privacy`;
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser.context, url);
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('li.answer[data-question="sells_data"]').getAttribute('data-answer'), 'no');
  assert.equal(await popup.locator('li.answer[data-question="retention"]').getAttribute('data-answer'), 'stated_period');
});

test('corrupted settings and stored reports fall back to defaults, with a notice, and nothing breaks', async () => {
  const worker = await currentWorker(browser.context);
  await worker.evaluate(async () => {
    await chrome.storage.sync.set({ overrides: { weights: { sells_data: 'lots' }, colour: 1 } });
    const engineVersion = (await chrome.storage.local.get(null));
    const any = Object.values(engineVersion).find((e) => e.report)?.report.engineVersion;
    await chrome.storage.local.set({ 'site:corrupt.test': { report: { engineVersion: any, findings: 'garbage' }, analyzedAt: Date.now() } });
  });
  const { tabId } = await visit('corrupt.test');
  assert.match(await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t)), /^[A-E]$/, 'analyzed again with the defaults');
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.waitForSelector('html[data-ready="true"]');
  assert.match(await options.locator('#import-status').textContent(), /Your saved settings could not be read .*, so the defaults are in use/);
  assert.equal(await options.locator('#sells_data-weight').inputValue(), '10');
  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('main').getAttribute('data-state'), 'done');
  await worker.evaluate(() => chrome.storage.sync.remove('overrides'));
});

test('the cache keeps the 300 most recently analyzed sites: a new report evicts the oldest', async () => {
  const worker = await currentWorker(browser.context);
  const sites = async () => (await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null))))
    .filter((key) => key.startsWith('site:'));
  const kept = await sites();
  // Fill the cache to its limit with sites analyzed long ago (the oldest first).
  await worker.evaluate(async (count) => {
    const old = {};
    for (let i = 0; i < count; i++) old[`site:old${i}.test`] = { analyzedAt: 1000 + i };
    await chrome.storage.local.set(old);
  }, 300 - kept.length);
  assert.equal((await sites()).length, 300);
  const { page, tabId } = await visit('evict.test');
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const after = await sites();
  assert.equal(after.length, 300, 'one site in, one out');
  assert.ok(after.includes('site:evict.test'));
  assert.ok(!after.includes('site:old0.test'), 'the least recently analyzed site went');
  assert.ok(after.includes('site:old1.test'));
  assert.ok(kept.every((key) => after.includes(key)), 'recent sites stay');
  await worker.evaluate(async (count) => chrome.storage.local.remove([...Array(count).keys()].map((i) => `site:old${i}.test`)), 300 - kept.length);
  await page.close();
});

test('the extension fetched nothing but policy pages, without cookies', async () => {
  const byExtension = site.requests.filter((r) => r.path !== '/' && r.path !== '/favicon.ico');
  assert.ok(byExtension.length >= 3);
  for (const request of byExtension) {
    // Policy addresses, and where one of them redirected (login.test sends /privacy to /signin).
    assert.ok(['/privacy', '/signin'].includes(request.path), `${request.host}${request.path}`);
    assert.equal(request.headers.cookie, undefined);
    assert.equal(request.headers.referer, undefined);
  }
});
