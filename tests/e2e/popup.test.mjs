// The popup in real Chromium: one screen per tab state (each checked by axe-core), the summary that
// fits without scrolling, evidence opened in place with text-fragment links, the full report page,
// the automatic-analysis switch, a keyboard-only walk, opening speed, and screenshots for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup, currentWorker } from '../../tools/browser.mjs';
import { axeViolations, describeViolations } from '../../tools/axe.mjs';
import { popupLayout, assertFits } from '../common/popup-layout.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
const policy = readFileSync(join(demo, 'privacy-policy.html'));
const home = (links) => `<!doctype html><html lang="en"><head><title>Shop</title></head><body><main><h1>Shop</h1>
  <p>Welcome to the shop.</p></main><footer>${links}</footer></body></html>`;

let site, browser;
before(async () => {
  site = await serveSite({
    '/': { body: readFileSync(join(demo, 'index.html')) },
    '/legal/privacy-policy': { body: policy },
    'slow.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'slow.test/privacy': { body: policy, delayMs: 4000 },
    'nolink.test/': { body: home('<a href="/about">About us</a>') },
    'nolink.test/policy-elsewhere': { body: policy },
    'pdf.test/': { body: home('<a href="/privacy.pdf">Privacy Policy</a>') },
    'pdf.test/privacy.pdf': { body: '%PDF-1.7\n1 0 obj <<>> endobj\n', type: 'application/pdf' },
    'broken.test/': { body: home('<a href="/privacy">Privacy Policy</a>') },
    'broken.test/privacy': { body: 'Internal error', status: 500, type: 'text/plain' },
  });
  browser = await launchWithExtension('chrome-e2e');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

// Opens a page of the demo shop (127.0.0.1) or of a made-up host, e.g. visit('slow.test').
async function visit(host = null) {
  const url = `${host ? site.at(host) : site.origin}/`;
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, url, tabId: await tabIdOf(browser.context, url) };
}

const state = (popup) => popup.locator('main').getAttribute('data-state');
const rubric = JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8'));

// axe-core finds no violation on `page` (in light and dark), and the count is printed for the record.
async function assertAccessible(page, what) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const violations = await axeViolations(page);
    console.log(`# axe: ${violations.length} violations on ${what} (${colorScheme})`);
    assert.deepEqual(violations, [], describeViolations(violations));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('graded: grade, score and verdict, then concerns worst first and good signs, each opening its evidence; it fits', async () => {
  const { tabId } = await visit();
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const popup = await openPopup(browser, tabId);
  assert.equal(await state(popup), 'done');
  assert.match(await popup.locator('.score').textContent(), /^Score \d+ \/ 100$/);
  assert.equal(await popup.locator('a.policy').getAttribute('href'), `${site.origin}/legal/privacy-policy`);
  assert.match(await popup.locator('.when').textContent(), /^Analyzed /);

  // The verdict: the one or two facts that decided the grade, worded by the rubric; the badge title ends with them.
  const ids = (await popup.locator('#grade-reason').getAttribute('data-reasons')).split(' ');
  assert.ok(ids.length >= 1 && ids.length <= 2, `reasons ${ids}`);
  const facts = ids.map((id) => { const [q, a] = id.split('='); return rubric.grading.facts[q][a].en; });
  assert.equal(await popup.locator('#grade-reason').textContent(), facts.join(' · '));
  assert.match(await popup.locator('#grade-reason').getAttribute('data-by'), /^(dealbreaker|strength|score)$/);
  const title = await (await currentWorker(browser.context)).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  assert.ok(title.endsWith(`— ${facts.join(' · ')}`), title);

  // Concerns are the answers short of full points, the most weighted points lost first; good signs
  // earned every point. Each line: an icon, the rubric's answer label, the question's short form; the
  // question in full and what the answer means wait inside, with the evidence.
  const groups = await popup.locator('section.group').evaluateAll((sections) => sections.map((s) => ({
    heading: s.querySelector('h2').textContent,
    lines: [...s.querySelectorAll('li.answer')].map((li) => ({
      question: li.dataset.question,
      answer: li.dataset.answer,
      icon: li.querySelector('summary .icon').textContent,
      line: [...li.querySelector('summary').children].slice(1).map((c) => c.textContent),
      inside: [li.querySelector('.evidence .asked').textContent, li.querySelector('.evidence .meaning').textContent],
    })),
  })));
  assert.deepEqual(groups.map((g) => g.heading), [`Concerns (${groups[0].lines.length})`, `Good signs (${groups[1].lines.length})`]);
  const lost = (line) => {
    const q = rubric.questions.find((x) => x.id === line.question);
    return q.weight * (10 - q.answers.find((a) => a.id === line.answer).points);
  };
  const [concerns, good] = groups.map((g) => g.lines);
  assert.equal(concerns.length + good.length, 15, 'every question of the default rubric');
  assert.ok(concerns.every((l) => lost(l) > 0) && good.every((l) => lost(l) === 0));
  assert.deepEqual(concerns.map(lost), concerns.map(lost).sort((a, b) => b - a), 'worst first');
  for (const line of [...concerns, ...good]) {
    const q = rubric.questions.find((x) => x.id === line.question);
    const a = q.answers.find((x) => x.id === line.answer);
    assert.deepEqual(line.line, [a.label.en, q.short.en], line.question);
    assert.deepEqual(line.inside, [q.text.en, a.explanation.en], line.question);
    assert.match(line.icon, /^[✓−✗]$/);
  }
  assert.ok(good.every((l) => l.icon === '✓') && concerns.every((l) => l.icon !== '✓'), 'the icon is not colour alone');

  // It fits: the summary of the demo site needs no scrolling in the popup's 600 px, light and dark,
  // with every line on one line and a target of 24 px or more; nothing scrolls sideways at 320 px
  // (where lines may wrap).
  mkdirSync(join(root, 'docs'), { recursive: true });
  for (const colorScheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme });
    const fitted = await popupLayout(popup);
    console.log(`# popup of the demo site (${colorScheme}): scrollHeight ${fitted.height} px at 440 × 600 (body ${fitted.body} px), lines ${fitted.lineHeights}`);
    assertFits(fitted, 440);
    await popup.screenshot({ path: join(root, 'docs', colorScheme === 'light' ? 'popup.png' : 'popup-dark.png') });
  }
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 320, height: 600 });
  assert.equal((await popupLayout(popup)).width, 320, 'no horizontal scroll at 320 px');
  await popup.setViewportSize({ width: 440, height: 600 });
  await assertAccessible(popup, 'the popup of a graded site');

  // A line opens its evidence in place: what the answer means, the best quote, the others behind "more quotes".
  const withMore = popup.locator('li.answer:has(details.more)').first();
  await withMore.locator('summary.line').click();
  assert.equal(await withMore.locator('details').first().getAttribute('open'), '');
  assert.ok(await withMore.locator('.evidence > .quote').isVisible(), 'the best quote shows');
  assert.equal(await withMore.locator('details.more .quote').first().isVisible(), false, 'the rest wait');
  await withMore.locator('details.more > summary').click();
  assert.ok(await withMore.locator('details.more .quote').first().isVisible());
  await assertAccessible(popup, 'the popup with evidence open');

  // Every quote links to its sentence on the policy page through a text fragment that the page has.
  const policyPage = await browser.context.newPage();
  await policyPage.goto(`${site.origin}/legal/privacy-policy`);
  const text = (await policyPage.locator('body').innerText()).replace(/\s+/g, ' ');
  const links = await popup.locator('.quote a').evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel]));
  assert.ok(links.length >= 5, `${links.length} quotes`);
  for (const [href, target, rel] of links) {
    const [base, fragment] = href.split('#:~:text=');
    assert.equal(base, `${site.origin}/legal/privacy-policy`);
    assert.equal(target, '_blank');
    assert.match(rel, /noopener/);
    for (const part of fragment.split(',').map(decodeURIComponent)) assert.ok(text.includes(part), `page has "${part}"`);
  }

  const readyMs = Number(await popup.locator('html').getAttribute('data-ready-ms'));
  console.log(`# popup content visible ${readyMs} ms after opening (from cache)`);
  assert.ok(readyMs < 1000, `popup ready in ${readyMs} ms`);
});

test('analyzing: the popup shows progress while the policy loads', async () => {
  const { tabId } = await visit('slow.test');
  await waitForBadge(browser.context, tabId, (t) => t === '…');
  const popup = await openPopup(browser, tabId);
  assert.equal(await state(popup), 'analyzing');
  assert.equal(await popup.locator('[role=status]').count(), 1);
  assert.equal(await popup.locator('progress').count(), 1);
  await assertAccessible(popup, 'the popup while analyzing');
  // The popup follows the analysis to its end by itself.
  await popup.waitForSelector('main[data-state="done"]', { timeout: 20000 });
});

test('no policy found: paste the policy address, and it is analyzed', async () => {
  const { tabId } = await visit('nolink.test');
  await waitForBadge(browser.context, tabId, (t) => t === '?');
  const popup = await openPopup(browser, tabId);
  assert.equal(await state(popup), 'no_policy');
  await assertAccessible(popup, 'the popup when no policy was found');
  await popup.fill('#policy-url', 'not an address');
  await popup.click('.paste button[type=submit]');
  assert.equal(await state(popup), 'no_policy', 'an invalid address is refused');
  await popup.fill('#policy-url', `${site.at('nolink.test')}/policy-elsewhere`);
  await popup.press('#policy-url', 'Enter');
  await popup.waitForSelector('main[data-state="done"]', { timeout: 20000 });
  assert.match(await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t)), /^[A-E]$/);
});

test('not readable: a PDF policy is reported with its link', async () => {
  const { tabId } = await visit('pdf.test');
  await waitForBadge(browser.context, tabId, (t) => t === '!');
  const popup = await openPopup(browser, tabId);
  assert.equal(await state(popup), 'not_readable');
  assert.match(await popup.locator('main .explain').textContent(), /PDF/);
  assert.equal(await popup.locator('a.policy').getAttribute('href'), `${site.at('pdf.test')}/privacy.pdf`);
  await assertAccessible(popup, 'the popup of a policy that cannot be read');
});

test('error: a failing policy server is explained, with retry', async () => {
  const { tabId } = await visit('broken.test');
  await waitForBadge(browser.context, tabId, (t) => t === 'ERR');
  const popup = await openPopup(browser, tabId);
  assert.equal(await state(popup), 'error');
  assert.match(await popup.locator('main .explain').textContent(), /500/);
  await assertAccessible(popup, 'the popup after an error');
  // The problem's words come from the engine's one table of codes, translated, on the badge too.
  const title = await (await currentWorker(browser.context)).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  assert.equal(title, 'Clausewise: The policy page answered with HTTP status 500.');
  const before = site.requests.filter((r) => r.host === 'broken.test' && r.path === '/privacy').length;
  await popup.click('#analyze');
  await waitForBadge(browser.context, tabId, (t) => t === 'ERR' && site.requests.filter((r) => r.host === 'broken.test' && r.path === '/privacy').length > before);
});

test('not analyzed yet: a site without host access waits for a click, and the switch asks for access', async () => {
  // localhost is not granted by the test build (only 127.0.0.1 is), like any site for a new user.
  const url = site.origin.replace('127.0.0.1', 'localhost') + '/';
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser.context, url);
  await new Promise((r) => setTimeout(r, 500));
  const popup = await openPopup(browser, tabId);
  assert.equal(await state(popup), 'idle');
  assert.equal(await popup.locator('#analyze').textContent(), 'Analyze this site');
  assert.equal(site.requests.filter((r) => r.headers.host.startsWith('localhost') && r.path !== '/' && r.path !== '/favicon.ico').length, 0,
    'nothing is fetched for a site the user did not ask about');
  const auto = popup.locator('#auto');
  assert.equal(await auto.isChecked(), false);
  assert.match(await popup.locator('#auto-why').textContent(), /access to the sites you visit/);
  assert.equal(await auto.getAttribute('aria-describedby'), 'auto-why');
  await assertAccessible(popup, 'the popup of a site not analyzed yet');
});

test('keyboard only: Tab reaches every control, Enter and Space open evidence, the report page opens', async () => {
  const { tabId } = await visit();
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const popup = await openPopup(browser, tabId);
  const focused = () => popup.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id, tag: el.tagName, cls: el.className, question: el.closest('li.answer')?.dataset.question ?? null,
      open: el.parentElement?.open ?? null, focusVisible: el.matches(':focus-visible') };
  });
  const tab = async () => { await popup.keyboard.press('Tab'); return focused(); };
  const stops = [await tab(), await tab(), await tab(), await tab()];
  assert.ok(stops.every((s) => s.focusVisible && s.tag !== 'BODY'), JSON.stringify(stops));
  assert.deepEqual(stops.slice(0, 3).map((s) => s.id || s.cls), ['policy', 'full-report', 'analyze'], 'the policy, the full report, Re-analyze');
  // The first concern's line: Enter opens it, and the next Tab reaches its quote's link.
  const first = stops[3];
  assert.equal(first.tag, 'SUMMARY');
  assert.equal(first.open, false);
  await popup.keyboard.press('Enter');
  assert.equal((await focused()).open, true, 'Enter opens the evidence');
  const inside = await tab();
  const quotes = await popup.locator(`li.answer[data-question="${first.question}"] .quote a`).count();
  if (quotes > 0) assert.deepEqual([inside.tag, inside.cls, inside.question], ['A', 'quote-link', first.question], 'the quote link is next');
  // Space closes and opens a line too; walking on reaches every line and the footer's controls.
  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('Space');
  assert.equal((await focused()).open, false, 'Space closes it again');
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    const stop = await tab();
    assert.ok(stop.focusVisible, JSON.stringify(stop));
    seen.add(stop.id || stop.question);
    if (stop.id === 'openOptions') break;
  }
  const lines = await popup.locator('li.answer').evaluateAll((lis) => lis.map((li) => li.dataset.question));
  for (const q of lines) assert.ok(seen.has(q) || q === first.question, `${q} is reachable`);
  assert.ok(seen.has('auto') && seen.has('openOptions'), [...seen].join(' '));

  // Enter on "Full report" opens the report page of this site.
  await popup.focus('#full-report');
  const [report] = await Promise.all([browser.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await report.waitForSelector('html[data-ready="true"]');
  assert.equal(new URL(report.url()).pathname, '/report.html');
  assert.equal(await report.locator('main').getAttribute('data-state'), 'done');
  await report.close();

  // Enter on Re-analyze analyzes again.
  await popup.focus('#analyze');
  const fetches = site.requests.filter((r) => r.path === '/legal/privacy-policy').length;
  await popup.keyboard.press('Enter');
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t) && site.requests.filter((r) => r.path === '/legal/privacy-policy').length > fetches);
});

test('the full report page: the policy text by section, deciding clauses highlighted and labelled, answers that go to them', async () => {
  const { tabId } = await visit();
  await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(browser.extensionUrl('report.html?site=127.0.0.1'));
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.locator('main').getAttribute('data-state'), 'done');
  await page.screenshot({ path: join(root, 'docs', 'report.png') });
  // The same grade as the badge, from the stored report and the current settings.
  assert.equal(await page.locator('.grade').textContent(), await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t)));

  // The whole extracted text is there, section by section, as text.
  const sections = await page.locator('.text-section').count();
  const clauses = await page.locator('.clause').count();
  assert.ok(sections >= 5 && clauses >= 40, `${sections} sections, ${clauses} clauses`);
  const policyPage = await browser.context.newPage();
  await policyPage.goto(`${site.origin}/legal/privacy-policy`);
  const pageText = (await policyPage.locator('main, body').first().innerText()).replace(/\s+/g, ' ');
  const shown = await page.locator('.clause mark, .clause:not(.decided)').allTextContents();
  const found = shown.filter((c) => pageText.includes(c.replace(/\s+/g, ' ').trim()));
  assert.ok(found.length >= shown.length * 0.9, `${found.length} of ${shown.length} clauses are the policy's words`);
  assert.equal(await page.locator('main img, main script, main iframe').count(), 0);

  // Each answer with evidence: a button that scrolls to and focuses its highlighted clause, labelled with that answer.
  const buttons = page.locator('.answers-panel button.line');
  const count = await buttons.count();
  assert.ok(count >= 8, `${count} answers with a clause`);
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    const target = await button.getAttribute('aria-controls');
    const question = await button.locator('xpath=..').getAttribute('data-question');
    await button.click();
    const landed = await page.evaluate(() => ({ id: document.activeElement.id, top: document.activeElement.getBoundingClientRect().top }));
    assert.equal(landed.id, target, question);
    assert.ok(landed.top > -1 && landed.top < 800, `clause of ${question} is in view (${landed.top})`);
    assert.equal(await page.locator(`#${target}.decided .tags [data-question="${question}"]`).count(), 1, `${target} is labelled with ${question}`);
  }
  // Answers no clause decided say so, rather than offering a button that goes nowhere.
  const without = await page.locator('.answers-panel li.answer:not(:has(button))').count();
  assert.equal(await page.locator('.answers-panel li.answer').count(), count + without);
  assert.equal(await page.locator('.answers-panel .breakdown tr[data-question]').count(), 15);
  await assertAccessible(page, 'the report page');
});
