// The options page in real Chromium: generated from the engine's rubric, an importance per question with
// raw weights and answer points behind an advanced switch, live preview, settings that rescore stored
// results and badges without fetching again, import/export (older settings migrate), reset, keyboard
// use, and axe-core with zero violations in both layers, light and dark, at 1280 and 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup, currentWorker } from '../../tools/browser.mjs';
import { axeViolations, describeViolations } from '../../tools/axe.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
const rubric = JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(root, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
let site, browser, tabId, grade, options;

const policyFetches = () => site.requests.filter((r) => r.path === '/legal/privacy-policy').length;
const storedOverrides = async () =>
  (await currentWorker(browser.context)).evaluate(async () => (await chrome.storage.sync.get('overrides')).overrides ?? null);

async function importFile(name, text) {
  await options.setInputFiles('#import', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
// Saves are asynchronous; wait until storage holds what the page shows.
async function waitForStored(want) {
  const until = Date.now() + 5000;
  while (JSON.stringify(await storedOverrides()) !== JSON.stringify(want) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(await storedOverrides(), want);
}
async function assertNoAxeViolations(what) {
  const violations = await axeViolations(options);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}
const isShown = (selector) => options.locator(selector).isVisible();

before(async () => {
  site = await serveSite({
    '/': { body: readFileSync(join(demo, 'index.html')) },
    '/legal/privacy-policy': { body: readFileSync(join(demo, 'privacy-policy.html')) },
  });
  browser = await launchWithExtension('chrome-e2e');
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}/`);
  tabId = await tabIdOf(browser.context, `${site.origin}/`);
  grade = await waitForBadge(browser.context, tabId, (t) => /^[A-E]$/.test(t));
  options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.waitForSelector('html[data-ready="true"]');
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('every rubric question is there with its switch and importance, grouped by category; weights and points wait behind Advanced', async () => {
  const questions = await options.locator('.question[data-question]').evaluateAll((qs) => qs.map((q) => ({
    id: q.dataset.question,
    category: q.closest('fieldset').querySelector('legend').textContent,
    enabled: q.querySelector('input[type=checkbox]').checked,
    importance: q.querySelector('select').value,
    choices: [...q.querySelectorAll('select option')].map((o) => [o.value, o.textContent]),
    share: q.querySelector('.share').textContent,
    weight: Number(q.querySelector('input[id$="-weight"]').value),
    answers: q.querySelectorAll('.answer-points input').length,
  })));
  assert.deepEqual(questions.map((q) => q.id).sort(), rubric.questions.map((q) => q.id).sort());
  const total = rubric.questions.reduce((sum, q) => sum + q.weight, 0);
  for (const q of rubric.questions) {
    const shown = questions.find((s) => s.id === q.id);
    assert.equal(shown.importance, 'normal', q.id);
    assert.deepEqual(shown.choices, [['low', en.optionsImportanceLow.message], ['normal', en.optionsImportanceNormal.message], ['high', en.optionsImportanceHigh.message]]);
    // What the question can add to the score at most: its share of all the weights.
    assert.equal(shown.share, `up to ${Math.round((q.weight * 100) / total)} of 100 points`, q.id);
    assert.equal(shown.weight, q.weight, q.id);
    assert.equal(shown.answers, q.answers.length, q.id);
    assert.equal(shown.category, rubric.categories.find((c) => c.id === q.category).title.en, q.id);
    assert.ok(shown.enabled, q.id);
  }
  assert.equal(await options.locator('#advanced').isChecked(), false, 'the basic layer first');
  assert.equal(await isShown('#sells_data-weight'), false);
  assert.equal(await isShown('#sells_data-no-points'), false);
  assert.ok(await isShown('#sells_data-importance'));
  // The preview names the facts that decided each grade.
  assert.match(await options.locator('#preview-last').textContent(), new RegExp(`^127\\.0\\.0\\.1: grade ${grade}, score \\d+ / 100 — \\S.*$`));
  mkdirSync(join(root, 'docs'), { recursive: true });
  await options.screenshot({ path: join(root, 'docs', 'options.png') });
  await assertNoAxeViolations('basic layer');
});

test('an importance change rescores the preview and the points at once, is saved as a difference, and the badge follows', async () => {
  const before = await options.locator('#preview-sample').textContent();
  const share = async (id) => Number((await options.locator(`#${id}-share`).textContent()).match(/\d+/)[0]);
  const [tracking, selling] = [await share('third_party_tracking'), await share('sells_data')];
  await options.selectOption('#third_party_tracking-importance', 'high');
  await options.waitForFunction((b) => document.querySelector('#preview-sample').textContent !== b, before);
  await waitForStored({ veryImportant: ['third_party_tracking'] });
  assert.ok(await share('third_party_tracking') > tracking, 'a very important question can earn more');
  assert.ok(await share('sells_data') < selling, 'and the others less');

  // The demo site answers tracking and advertising badly and the rest well: weighing those two more and
  // two good answers less moves its grade, in the preview and on the badge (from storage, no refetch).
  await options.selectOption('#shares_for_advertising-importance', 'high');
  await options.selectOption('#sells_data-importance', 'low');
  await options.selectOption('#deletion-importance', 'low');
  await waitForStored({ lessImportant: ['deletion', 'sells_data'], veryImportant: ['shares_for_advertising', 'third_party_tracking'] });
  const previewed = (await options.locator('#preview-last').textContent()).match(/grade ([A-E])/)[1];
  assert.notEqual(previewed, grade, 'the importance moved the demo site\'s grade');
  assert.equal(await waitForBadge(browser.context, tabId, (t) => t === previewed), previewed);

  for (const id of ['third_party_tracking', 'shares_for_advertising', 'sells_data', 'deletion']) {
    await options.selectOption(`#${id}-importance`, 'normal');
  }
  await waitForStored({});
  assert.equal(await options.locator('#preview-sample').textContent(), before);
  assert.equal(await waitForBadge(browser.context, tabId, (t) => t === grade), grade);
});

test('advanced shows raw weights and answer points; raw values in settings open it and are noted in the basic view', async () => {
  await options.check('#advanced');
  assert.equal(await options.evaluate(() => document.activeElement.id), 'advanced', 'the switch keeps the focus');
  assert.ok(await isShown('#sells_data-weight'));
  assert.ok(await isShown('#sells_data-no-points'));
  await assertNoAxeViolations('advanced layer');

  const before = await options.locator('#preview-sample').textContent();
  await options.fill('#sells_data-weight', '0');
  await options.waitForFunction((b) => document.querySelector('#preview-sample').textContent !== b, before);
  await waitForStored({ weights: { sells_data: 0 } });
  assert.equal(await options.locator('#sells_data-share').textContent(), en.optionsShareNone.message);
  await options.fill('#sells_data-weight', '10');
  await waitForStored({});
  assert.equal(await options.locator('#preview-sample').textContent(), before);

  await options.fill('#contact-yes-points', '5');
  await waitForStored({ points: { contact: { yes: 5 } } });
  await options.reload();
  await options.waitForSelector('html[data-ready="true"]');
  assert.ok(await options.locator('#advanced').isChecked(), 'raw values open the advanced layer');
  assert.equal(await options.locator('#contact-yes-points').inputValue(), '5');
  await options.uncheck('#advanced');
  assert.equal(await isShown('#contact-yes-points'), false);
  const notes = await options.locator('.question').evaluateAll((qs) => qs.filter((q) => q.textContent.includes('(see Advanced)')).map((q) => q.dataset.question));
  assert.deepEqual(notes, ['contact'], 'the basic view says which question has raw values');
  await options.click('#contact-reset');
  await waitForStored({});
});

test('importance is exported and imported; older settings with raw weights come in as importance', async () => {
  const chosen = { lessImportant: ['children'], veryImportant: ['deletion'] };
  await importFile('mine.json', JSON.stringify(chosen));
  await options.waitForSelector('#import-status:has-text("Settings imported.")');
  await waitForStored(chosen);
  assert.equal(await options.locator('#children-importance').inputValue(), 'low');
  assert.equal(await options.locator('#deletion-importance').inputValue(), 'high');
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), chosen);

  // Before importance, a user doubled contact's weight (3) and raised retention's (5) to 7.
  await options.evaluate(() => { document.querySelector('#import-status').textContent = ''; });
  await importFile('old.json', JSON.stringify({ weights: { contact: 6, retention: 7 } }));
  await options.waitForSelector('#import-status:has-text("Settings imported.")');
  await waitForStored({ veryImportant: ['contact'], weights: { retention: 7 } });
  assert.equal(await options.locator('#contact-importance').inputValue(), 'high');
  assert.ok(await options.locator('#advanced').isChecked(), 'the raw weight left is shown');
  assert.equal(await options.locator('#retention-weight').inputValue(), '7');
  await options.click('#reset-all');
  await waitForStored({});
  await options.uncheck('#advanced');
});

test('settings change the badge and the popup score without fetching the policy again', async () => {
  const fetches = policyFetches();
  // Only "does it sell data" counts, and even "no" earns nothing: every graded site becomes E.
  const onlySelling = {
    disabled: rubric.questions.map((q) => q.id).filter((id) => id !== 'sells_data'),
    points: { sells_data: { no: 0, not_stated: 0 } },
  };
  await importFile('harsh.json', JSON.stringify(onlySelling));
  await options.waitForSelector('#import-status:has-text("Settings imported.")');
  assert.equal(await waitForBadge(browser.context, tabId, (t) => t === 'E'), 'E');
  const popup = await openPopup(browser, tabId);
  assert.equal(await popup.locator('.score').textContent(), 'Score 0 / 100');
  assert.equal(await popup.locator('li.answer').count(), 1, 'disabled questions are not listed');
  assert.equal(policyFetches(), fetches, 'no policy was fetched again');

  await options.click('#reset-all');
  assert.equal(await waitForBadge(browser.context, tabId, (t) => t === grade), grade);
  assert.deepEqual(await storedOverrides(), {});
  await options.uncheck('#advanced');
});

test('grading: every dealbreaker and strength has a switch; switches and bands are saved as differences', async () => {
  const ids = [...rubric.grading.dealbreakers, ...rubric.grading.strengths].map((r) => r.id);
  const shown = await options.locator('#grading li.rule').evaluateAll((rows) => rows.map((r) => ({
    id: r.dataset.rule, on: r.querySelector('input').checked, label: r.querySelector('label').textContent,
  })));
  assert.deepEqual(shown.map((r) => r.id), ids);
  assert.ok(shown.every((r) => r.on));
  const selling = shown.find((r) => r.id === 'sells_data');
  assert.equal(selling.label, `${rubric.grading.facts.sells_data.yes.en} — at most D`);
  for (const [g, lowest] of Object.entries(rubric.grading.thresholds)) {
    assert.equal(Number(await options.locator(`#threshold-${g}`).inputValue()), lowest, g);
  }

  await options.uncheck('#rule-sells_data');
  await options.waitForFunction(() => document.querySelector('#rule-sells_data').checked === false);
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(await storedOverrides(), { disabledRules: ['sells_data'] });

  // A band above the one before it is refused and not saved; a valid one is.
  await options.fill('#threshold-B', String(rubric.grading.thresholds.A + 1));
  await options.waitForSelector('#threshold-B[aria-invalid="true"]');
  assert.match(await options.locator('#thresholds-status').textContent(), /A above B above C above D/);
  assert.deepEqual(await storedOverrides(), { disabledRules: ['sells_data'] });
  await options.fill('#threshold-B', String(rubric.grading.thresholds.B + 1));
  await options.waitForSelector('#threshold-B[aria-invalid="false"]');
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(await storedOverrides(), { disabledRules: ['sells_data'], thresholds: { B: rubric.grading.thresholds.B + 1 } });
  assert.equal(await options.locator('#thresholds-status').textContent(), '');

  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), await storedOverrides());
  await options.click('#reset-all');
  await options.waitForSelector('#import-status:has-text("back to the defaults")');
  assert.deepEqual(await storedOverrides(), {});
  assert.ok(await options.locator('#rule-sells_data').isChecked());
});

test('a malformed import shows precise errors and keeps the old settings', async () => {
  await options.selectOption('#contact-importance', 'low');
  const kept = { lessImportant: ['contact'] };
  await waitForStored(kept);
  const cases = [
    ['{"weights": {"sells_data": 5', /^Nothing was imported: The file is not valid settings JSON \(EOF while parsing/],
    ['{"weights": {"sold_data": 5, "contact": 11}}', /^Nothing was imported: The weight of contact is 11; the most is 10\. Unknown question “sold_data” in weights\.$/],
    ['{"lessImportant": ["contact"], "veryImportant": ["contact", "sold_data"]}', /^Nothing was imported: “contact” cannot be both less important and very important\. Unknown question “sold_data” in veryImportant\.$/],
    ['{"veryImportant": "contact"}', /not valid settings JSON \(invalid type: string "contact", expected a sequence/],
    ['{"theme": "dark"}', /unknown field `theme`/],
  ];
  for (const [text, message] of cases) {
    await importFile('broken.json', text);
    await options.waitForFunction(() => document.querySelector('#import-status').classList.contains('error'));
    assert.match(await options.locator('#import-status').textContent(), message);
    assert.deepEqual(await storedOverrides(), kept, 'nothing was saved');
    assert.equal(await options.locator('#contact-importance').inputValue(), 'low', 'the form still shows the old settings');
    await options.evaluate(() => { document.querySelector('#import-status').className = 'status'; });
  }
});

test('stored settings that cannot be read: the defaults apply, and a copy can be downloaded before anything replaces them', async () => {
  const unreadable = { veryImportant: ['contact'], weights: { a_question_from_elsewhere: 3 } };
  const worker = await currentWorker(browser.context);
  await worker.evaluate((o) => chrome.storage.sync.set({ overrides: o }), unreadable);
  await options.reload();
  await options.waitForSelector('html[data-ready="true"]');
  assert.match(await options.locator('#import-status').textContent(), /could not be read \(Unknown question “a_question_from_elsewhere” in weights\.\)/);
  assert.equal(await options.locator('#contact-importance').inputValue(), 'normal', 'the defaults are in use');
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#keep-unreadable')]);
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), unreadable);
  assert.deepEqual(await storedOverrides(), unreadable, 'nothing replaced them yet');
  await options.click('#reset-all');
  await waitForStored({});
});

test('export downloads the overrides as JSON', async () => {
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
  const path = await download.path();
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), await storedOverrides());
});

test('keyboard: controls are reached in order with visible focus, and reset works from the keyboard', async () => {
  await options.reload();
  await options.waitForSelector('html[data-ready="true"]');
  const stops = [];
  for (let i = 0; i < 9; i++) {
    await options.keyboard.press('Tab');
    stops.push(await options.evaluate(() => ({ id: document.activeElement.id, visible: document.activeElement.matches(':focus-visible') })));
  }
  assert.deepEqual(stops.map((s) => s.id), ['export', 'import', 'reset-all', 'advanced', 'sells_data-enabled', 'sells_data-importance', 'sells_data-reset', 'shares_for_advertising-enabled', 'shares_for_advertising-importance']);
  assert.ok(stops.every((s) => s.visible));
  await options.focus('#reset-all');
  await options.keyboard.press('Enter');
  await options.waitForSelector('#import-status:has-text("back to the defaults")');
  assert.deepEqual(await storedOverrides(), {});
});

test('dark mode and a 320 px window: nothing scrolls sideways and axe finds nothing, in both layers', async () => {
  for (const [scheme, width] of [['dark', 1280], ['light', 320], ['dark', 320]]) {
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width, height: 800 });
    for (const advanced of [false, true]) {
      await options[advanced ? 'check' : 'uncheck']('#advanced');
      const what = `${scheme}, ${width} px, ${advanced ? 'advanced' : 'basic'}`;
      const { scroll, client } = await options.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${what}: the page is ${scroll} px wide in a ${client} px window`);
      await assertNoAxeViolations(what);
    }
  }
  await options.uncheck('#advanced');
  await options.emulateMedia({ colorScheme: 'light' });
  await options.setViewportSize({ width: 1280, height: 800 });
});
