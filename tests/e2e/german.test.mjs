// The German interface in real Chromium started with a German UI language: on a made-up German shop
// (tests/fixtures/sites/demo-de) the badge shows a grade with a German title, the popup speaks German
// (the rubric's German texts, the German locale) and quotes German sentences of the policy, the options
// page lists the German questions and explains a bad import in German, and a policy in a language
// Clausewise does not grade is named, in German, with the languages it does grade.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup, currentWorker } from '../../tools/browser.mjs';
import { axeViolations, describeViolations } from '../../tools/axe.mjs';
import { popupLayout, assertFits } from '../common/popup-layout.mjs';
import { policy, rubric, de, msg, fold, policyText, routes } from '../common/german-demo.mjs';
const question = (id) => rubric.questions.find((q) => q.id === id);

let site, browser;
before(async () => {
  site = await serveSite(routes);
  browser = await launchWithExtension('chrome-e2e', { lang: 'de' });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the browser runs with a German UI language', async () => {
  const worker = await currentWorker(browser.context);
  const ui = await worker.evaluate(() => chrome.i18n.getUILanguage());
  assert.match(ui, /^de\b/, `chrome.i18n.getUILanguage() is ${ui}: is chromium-l10n installed?`);
  assert.equal(await worker.evaluate(() => chrome.i18n.getMessage('popupRetry')), de.popupRetry.message);
});

test('a German shop: the badge shows a grade with a German title, and only the policy is fetched', async () => {
  const url = `${site.origin}/`;
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser.context, url);
  const grade = await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  // The policy is the footer's "Datenschutzerklärung", not the imprint, the terms or the cookie settings.
  const byExtension = site.requests.filter((r) => r.host === '127.0.0.1' && !['/', '/favicon.ico'].includes(r.path));
  assert.deepEqual(byExtension.map((r) => r.path), ['/rechtliches/datenschutz']);

  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('main').getAttribute('data-state'), 'done');
  assert.equal(await popup.locator('html').getAttribute('lang'), 'de');
  assert.equal(await popup.locator('.grade').textContent(), grade, 'popup and badge agree');
  assert.match(await popup.locator('.score').textContent(), /^Punktzahl \d+ \/ 100$/);
  // The popup says which language the policy was graded in.
  assert.equal(await popup.locator('.language').getAttribute('data-language'), 'de');
  assert.equal(await popup.locator('.language').textContent(), msg('popupLanguage', msg('languageDe')));
  assert.equal(await popup.locator('#analyze').textContent(), de.popupReanalyze.message);

  // The facts that decided the grade, in German, under the grade and in the badge's title.
  const ids = (await popup.locator('#grade-reason').getAttribute('data-reasons')).split(' ');
  const facts = ids.map((id) => { const [q, a] = id.split('='); return rubric.grading.facts[q][a].de; });
  assert.equal(await popup.locator('#grade-reason').textContent(), facts.join(' · '));
  const title = await (await currentWorker(browser.context)).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  assert.equal(title, msg('badgeGradeWhy', grade, facts.join(' · ')));

  // Every answer row: the German short question and label of the rubric on its line, the question in
  // full and the explanation inside; the group's heading in German too.
  const rows = await popup.locator('li.answer').evaluateAll((lis) => lis.map((li) => ({
    question: li.dataset.question,
    answer: li.dataset.answer,
    group: li.closest('section').querySelector('h2').textContent,
    short: li.querySelector('summary .question').textContent,
    text: li.querySelector('.asked').textContent,
    label: li.querySelector('.label').textContent,
    meaning: li.querySelector('.meaning').textContent,
    quotes: [...li.querySelectorAll('.quote a')].map((a) => a.textContent),
  })));
  assert.equal(rows.length, rubric.questions.length);
  for (const row of rows) {
    const q = question(row.question);
    const a = q.answers.find((x) => x.id === row.answer);
    assert.deepEqual([row.short, row.text, row.label, row.meaning], [q.short.de, q.text.de, a.label.de, a.explanation.de], row.question);
    const good = a.points === 10;
    assert.match(row.group, good ? /^Gute Zeichen \(\d+\)$/ : /^Bedenken \(\d+\)$/, row.question);
  }
  // German sentences of the policy are quoted, as they stand on the page.
  const quoted = rows.flatMap((r) => r.quotes);
  assert.ok(quoted.length >= 8, `${quoted.length} quotes`);
  for (const quote of quoted) assert.ok(policyText.includes(fold(quote)), `the policy says "${quote}"`);
  const sells = rows.find((r) => r.question === 'sells_data');
  assert.equal(sells.answer, 'no');
  assert.deepEqual(sells.quotes, ['Wir verkaufen Ihre personenbezogenen Daten nicht und vermieten sie auch nicht.']);
  // Nothing of the English rubric or locale shows.
  const body = await popup.locator('body').innerText();
  for (const english of [question('sells_data').text.en, question('sells_data').short.en, 'Score ', 'Re-analyze', 'Not stated', 'Concerns', 'Good signs', 'Full report']) {
    assert.ok(!body.includes(english), `"${english}" is not in the German popup`);
  }
  // It fits, German texts and all: no scrolling at 440 × 600, light and dark, one line per answer of
  // at least 24 px; nothing scrolls sideways at 320 px (where lines may wrap).
  for (const colorScheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme });
    const layout = await popupLayout(popup);
    console.log(`# German popup of the German demo shop (${colorScheme}): scrollHeight ${layout.height} px at 440 × 600 (body ${layout.body} px), ${layout.lineHeights}`);
    assertFits(layout, 440);
    const violations = await axeViolations(popup);
    console.log(`# axe: ${violations.length} violations on the German popup of a graded site (${colorScheme})`);
    assert.deepEqual(violations, [], describeViolations(violations));
  }
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 320, height: 600 });
  assert.equal((await popupLayout(popup)).width, 320, 'no horizontal scroll at 320 px');
  await popup.setViewportSize({ width: 440, height: 600 });

  // The full report page speaks German too.
  const report = await browser.context.newPage();
  await report.goto(browser.extensionUrl(`report.html?site=${encodeURIComponent(new URL(url).hostname)}`));
  await report.waitForSelector('html[data-ready="true"]');
  assert.equal(await report.locator('html').getAttribute('lang'), 'de');
  assert.equal(await report.locator('#answers-heading').textContent(), de.reportAnswers.message);
  assert.ok(await report.locator('.clause.decided').count() > 0);
  const reportViolations = await axeViolations(report);
  console.log(`# axe: ${reportViolations.length} violations on the German report page`);
  assert.deepEqual(reportViolations, [], describeViolations(reportViolations));
});

test('a policy in a language Clausewise does not grade: the popup and badge name it and the graded ones, in German', async () => {
  const url = `${site.at('boutique.test')}/`;
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser.context, url);
  await waitForBadge(browser.context, tabId, (t) => t === '!');
  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('main').getAttribute('data-state'), 'not_readable');
  const want = msg('errorLanguage', msg('languageFr'), msg('languagesGraded'));
  assert.equal(await popup.locator('main .explain').textContent(), want);
  assert.match(want, /Französisch.*Englisch und Deutsch/);
  assert.equal(await popup.locator('h1').textContent(), de.popupNotReadableTitle.message);
  const violations = await axeViolations(popup);
  console.log(`# axe: ${violations.length} violations on the German popup of a policy in an ungraded language`);
  assert.deepEqual(violations, [], describeViolations(violations));
  const title = await (await currentWorker(browser.context)).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  assert.equal(title, msg('badgeNotReadable', want));
});

test('the options page lists the German questions, answers and categories', async () => {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.waitForSelector('html[data-ready="true"]');
  assert.equal(await options.locator('html').getAttribute('lang'), 'de');
  assert.equal(await options.locator('h1').textContent(), de.optionsTitle.message);
  const shown = await options.locator('.question[data-question]').evaluateAll((qs) => qs.map((q) => ({
    id: q.dataset.question,
    category: q.closest('fieldset').querySelector('legend').textContent,
    text: q.querySelector('.qtext').textContent,
    labels: [...q.querySelectorAll('.answer-points label')].map((l) => [l.textContent, l.title]),
    importance: [...q.querySelectorAll('select option')].map((o) => o.textContent),
  })));
  assert.equal(shown.length, rubric.questions.length);
  for (const s of shown) {
    const q = question(s.id);
    assert.equal(s.text, q.text.de, s.id);
    assert.equal(s.category, rubric.categories.find((c) => c.id === q.category).title.de, s.id);
    assert.deepEqual(s.labels, q.answers.map((a) => [a.label.de, a.explanation.de]), s.id);
    assert.deepEqual(s.importance, ['optionsImportanceLow', 'optionsImportanceNormal', 'optionsImportanceHigh'].map((k) => de[k].message), s.id);
  }
  assert.equal(await options.locator('label[for="advanced"]').textContent(), de.optionsAdvanced.message);
  // The preview speaks German too.
  assert.match(await options.locator('#preview-sample').textContent(), /^Beispielerklärung: Note [A-E], Punktzahl \d+ \/ 100/);
});

test('a malformed import is explained in German, with the ids and numbers as they are', async () => {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.waitForSelector('html[data-ready="true"]');
  const json = '{"weights": {"sold_data": 5, "contact": 11}, "thresholds": {"A": 40}}';
  await options.setInputFiles('#import', { name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await options.waitForFunction(() => document.querySelector('#import-status').classList.contains('error'));
  const problems = [msg('settingsWeight', 'contact', '11', '10'), msg('settingsUnknownQuestion', 'sold_data', 'weights'),
    msg('settingsThresholdOrder', `40, ${rubric.grading.thresholds.B}, ${rubric.grading.thresholds.C}, ${rubric.grading.thresholds.D}`)];
  assert.equal(await options.locator('#import-status').textContent(), msg('optionsImportError', problems.join(' ')));
});
