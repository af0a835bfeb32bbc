// The options page in real Chromium: generated from the engine's rubric, live preview, settings that
// rescore stored results and badges without fetching again, import/export, reset, keyboard use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchWithExtension, tabIdOf, waitForBadge, openPopup, currentWorker } from '../../tools/browser.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
let site, browser, tabId, grade, options;

const policyFetches = () => site.requests.filter((r) => r.path === '/legal/privacy-policy').length;
const storedOverrides = async () =>
  (await currentWorker(browser.context)).evaluate(async () => (await chrome.storage.sync.get('overrides')).overrides ?? null);

async function importFile(name, text) {
  await options.setInputFiles('#import', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

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

test('every rubric question is there with its switch, weight and answer points, grouped by category', async () => {
  const questions = await options.locator('.question[data-question]').evaluateAll((qs) => qs.map((q) => ({
    id: q.dataset.question,
    category: q.closest('fieldset').querySelector('legend').textContent,
    enabled: q.querySelector('input[type=checkbox]').checked,
    weight: Number(q.querySelector('input[id$="-weight"]').value),
    answers: q.querySelectorAll('.answer-points input').length,
  })));
  const rubric = JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8'));
  assert.deepEqual(questions.map((q) => q.id).sort(), rubric.questions.map((q) => q.id).sort());
  for (const q of rubric.questions) {
    const shown = questions.find((s) => s.id === q.id);
    assert.equal(shown.weight, q.weight, q.id);
    assert.equal(shown.answers, q.answers.length, q.id);
    assert.equal(shown.category, rubric.categories.find((c) => c.id === q.category).title.en, q.id);
    assert.ok(shown.enabled, q.id);
  }
  // The preview names the facts that decided each grade.
  assert.match(await options.locator('#preview-last').textContent(), new RegExp(`^127\\.0\\.0\\.1: grade ${grade}, score \\d+ / 100 — \\S.*$`));
  mkdirSync(join(root, 'docs'), { recursive: true });
  await options.screenshot({ path: join(root, 'docs', 'options.png') });
});

test('a weight change updates the preview at once and is saved as a difference from the defaults', async () => {
  const before = await options.locator('#preview-sample').textContent();
  await options.fill('#sells_data-weight', '0');
  await options.waitForFunction((b) => document.querySelector('#preview-sample').textContent !== b, before);
  assert.deepEqual(await storedOverrides(), { weights: { sells_data: 0 } });
  await options.fill('#sells_data-weight', '10');
  await options.waitForFunction(() => document.querySelector('#sells_data-weight').value === '10');
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(await storedOverrides(), {}, 'back at the default, nothing is overridden');
  assert.equal(await options.locator('#preview-sample').textContent(), before);
});

test('settings change the badge and the popup score without fetching the policy again', async () => {
  const fetches = policyFetches();
  // Only "does it sell data" counts, and even "no" earns nothing: every graded site becomes E.
  const onlySelling = {
    disabled: JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8')).questions.map((q) => q.id).filter((id) => id !== 'sells_data'),
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
});

test('grading: every dealbreaker and strength has a switch; switches and bands are saved as differences', async () => {
  const rubric = JSON.parse(readFileSync(join(root, 'src', 'rubric', 'default.json'), 'utf8'));
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
  await options.fill('#contact-weight', '2');
  await new Promise((r) => setTimeout(r, 200));
  const kept = await storedOverrides();
  assert.deepEqual(kept, { weights: { contact: 2 } });
  const cases = [
    ['{"weights": {"sells_data": 5', /^Nothing was imported: The file is not valid settings JSON \(EOF while parsing/],
    ['{"weights": {"sold_data": 5, "contact": 11}}', /^Nothing was imported: The weight of contact is 11; the most is 10\. Unknown question “sold_data” in weights\.$/],
    ['{"theme": "dark"}', /unknown field `theme`/],
  ];
  for (const [text, message] of cases) {
    await importFile('broken.json', text);
    await options.waitForFunction(() => document.querySelector('#import-status').classList.contains('error'));
    assert.match(await options.locator('#import-status').textContent(), message);
    assert.deepEqual(await storedOverrides(), kept, 'nothing was saved');
    assert.equal(await options.locator('#contact-weight').inputValue(), '2', 'the form still shows the old settings');
    await options.evaluate(() => { document.querySelector('#import-status').className = 'status'; });
  }
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
  for (let i = 0; i < 8; i++) {
    await options.keyboard.press('Tab');
    stops.push(await options.evaluate(() => ({ id: document.activeElement.id, visible: document.activeElement.matches(':focus-visible') })));
  }
  assert.deepEqual(stops.map((s) => s.id), ['export', 'import', 'reset-all', 'sells_data-enabled', 'sells_data-weight', 'sells_data-reset', 'sells_data-no-points', 'sells_data-not_stated-points']);
  assert.ok(stops.every((s) => s.visible));
  await options.focus('#reset-all');
  await options.keyboard.press('Enter');
  await options.waitForSelector('#import-status:has-text("back to the defaults")');
  assert.deepEqual(await storedOverrides(), {});
});
