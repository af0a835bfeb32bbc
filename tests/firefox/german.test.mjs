// The German interface in Firefox ESR (headless, through geckodriver) with the UI language requested as
// German (pref `intl.locale.requested`; Debian's firefox-esr-l10n-de provides the language pack): on the
// made-up German shop of tests/fixtures/sites/demo-de the badge shows a grade, and the popup speaks
// German and quotes German sentences of the policy, and a French policy is named as such, in German, as in
// tests/e2e/german.test.mjs for Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite, launchFirefox, openProbe } from '../../tools/firefox.mjs';
import { policy, rubric, de, msg, fold, policyText, routes } from '../common/german-demo.mjs';
import { measurePopup, withSummary, assertFits } from '../common/popup-layout.mjs';

let site, firefox, s, probe;

// Calls the extension's APIs from one of its own pages (the probe tab), where `browser` exists.
async function inExtension(fn, ...args) {
  await s.switchTo(probe);
  return s.execute(`async (...args) => JSON.stringify(await (${fn})(window.wrappedJSObject?.browser ?? browser, ...args))`, ...args)
    .then((json) => (json === undefined ? undefined : JSON.parse(json)));
}
const tabIdOf = (url) => inExtension(async (browser, u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);

async function waitForBadge(tabId, accept, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = await inExtension((browser, id) => browser.action.getBadgeText({ tabId: id }), tabId).catch(() => '');
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge of tab ${tabId} is still ${JSON.stringify(text)} after ${timeoutMs} ms`);
}

before(async () => {
  site = await serveSite(routes);
  firefox = await launchFirefox('firefox-e2e', { hosts: ['boutique.test'], prefs: { 'intl.locale.requested': 'de' } });
  s = firefox.session;
  probe = await openProbe(firefox);
});
after(async () => {
  await firefox?.close();
  await site?.close();
});

test('Firefox runs with a German UI language', async () => {
  const ui = await inExtension((browser) => browser.i18n.getUILanguage());
  assert.match(ui, /^de\b/, `browser.i18n.getUILanguage() is ${ui}: is firefox-esr-l10n-de installed?`);
  // The options page, rendered in the probe tab, is German.
  const shown = await s.execute(() => ({ lang: document.documentElement.lang, title: document.querySelector('h1').textContent }));
  assert.deepEqual(shown, { lang: 'de', title: de.optionsTitle.message });
});

test('a German shop: the badge shows a grade, the popup is German and quotes German sentences', async () => {
  const url = `${site.origin}/`;
  await s.newTab();
  await s.navigate(url);
  const tabId = await tabIdOf(url);
  assert.ok(Number.isInteger(tabId), 'the extension sees the tab');
  const grade = await waitForBadge(tabId, (t) => /^[A-E]$/.test(t));
  const byExtension = site.requests.filter((r) => !['/', '/favicon.ico'].includes(r.path));
  assert.deepEqual(byExtension.map((r) => r.path), ['/rechtliches/datenschutz'], 'only the policy page was fetched');
  const title = await inExtension((browser, id) => browser.action.getTitle({ tabId: id }), tabId);
  assert.ok(title.startsWith(msg('badgeGrade', grade)), title);

  await s.newTab();
  await s.navigate(firefox.extensionUrl(`popup.html?tab=${tabId}`));
  await s.waitFor(() => document.documentElement.dataset.ready === 'true', { what: 'the popup to render' });
  const shown = await s.execute(() => ({
    state: document.querySelector('main')?.dataset.state,
    lang: document.documentElement.lang,
    grade: document.querySelector('.grade')?.textContent,
    score: document.querySelector('.score')?.textContent,
    language: document.querySelector('.language')?.textContent,
    reason: document.querySelector('#grade-reason')?.textContent,
    reasons: document.querySelector('#grade-reason')?.dataset.reasons,
    rows: [...document.querySelectorAll('li.answer')].map((li) => ({
      question: li.dataset.question,
      answer: li.dataset.answer,
      short: li.querySelector('summary .question').textContent,
      text: li.querySelector('.asked').textContent,
      label: li.querySelector('.label').textContent,
      quotes: [...li.querySelectorAll('.quote a')].map((a) => a.textContent),
    })),
  }));
  assert.equal(shown.state, 'done');
  assert.equal(shown.lang, 'de');
  assert.equal(shown.grade, grade, 'popup and badge agree');
  assert.match(shown.score, /^Punktzahl \d+ \/ 100$/);
  assert.equal(shown.language, msg('popupLanguage', msg('languageDe')));
  const facts = shown.reasons.split(' ').map((id) => { const [q, a] = id.split('='); return rubric.grading.facts[q][a].de; });
  assert.equal(shown.reason, facts.join(' · '));
  assert.equal(title, msg('badgeGradeWhy', grade, facts.join(' · ')));
  assert.equal(shown.rows.length, rubric.questions.length);
  for (const row of shown.rows) {
    const q = rubric.questions.find((x) => x.id === row.question);
    const a = q.answers.find((x) => x.id === row.answer);
    assert.deepEqual([row.short, row.text, row.label], [q.short.de, q.text.de, a.label.de], row.question);
  }
  const quotes = shown.rows.flatMap((r) => r.quotes);
  assert.ok(quotes.length >= 8, `${quotes.length} quotes`);
  for (const quote of quotes) assert.ok(policyText.includes(fold(quote)), `the policy says "${quote}"`);
  assert.deepEqual(shown.rows.find((r) => r.question === 'sells_data').quotes,
    ['Wir verkaufen Ihre personenbezogenen Daten nicht und vermieten sie auch nicht.']);
  // It fits in Firefox too: the popup page open in a tab has the popup's width (its body's), so the
  // body's height is the popup's.
  const layout = withSummary(await s.execute(measurePopup));
  console.log(`# Firefox (de) popup: grade ${shown.grade}, ${shown.score}, ${quotes.length} German quotes; ${layout.body} px tall, ${layout.lineHeights}`);
  assertFits({ ...layout, height: layout.body, width: layout.bodyWidth }, 440);
});

test('a French policy: the popup names its language and the graded ones, in German', async () => {
  const url = `${site.at('boutique.test')}/`;
  await s.newTab();
  await s.navigate(url);
  const tabId = await tabIdOf(url);
  await waitForBadge(tabId, (t) => t === '!');
  await s.newTab();
  await s.navigate(firefox.extensionUrl(`popup.html?tab=${tabId}`));
  await s.waitFor(() => document.documentElement.dataset.ready === 'true', { what: 'the popup to render' });
  const shown = await s.execute(() => ({
    state: document.querySelector('main')?.dataset.state,
    explain: document.querySelector('main .explain')?.textContent,
  }));
  assert.deepEqual(shown, { state: 'not_readable', explain: msg('errorLanguage', msg('languageFr'), msg('languagesGraded')) });
  assert.deepEqual(firefox.proxied, [], 'nothing left the machine');
});
