// The layout of a graded site's popup, as the end-to-end tests of its fit measure it (Chromium and
// Firefox, English and German): its height and width, and each answer line's height beside its text's
// line height. The popup is 440 × 600 at most; a line opens with a click, so it is a target (WCAG 2.2
// asks for 24 px at least).
import assert from 'node:assert/strict';

/** The popup's highest allowed height, and the least height of a line (CSS px). */
export const POPUP_HEIGHT = 600;
export const MIN_TARGET = 24;

/**
 * Runs in the popup page (self-contained: Playwright and WebDriver send its source). `height` and
 * `width` are the document's scroll size, which is the popup's when the page is the popup; `body` and
 * `bodyWidth` are the body's, which is the popup's too where the page is a tab (the body has the
 * popup's width).
 */
export function measurePopup() {
  const lines = [...document.querySelectorAll('summary.line')].map((summary) => {
    const style = getComputedStyle(summary);
    const height = summary.getBoundingClientRect().height;
    const padding = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, p) => sum + parseFloat(style[p]), 0);
    return { question: summary.closest('li.answer')?.dataset.question, text: summary.textContent, height, textHeight: height - padding, lineHeight: parseFloat(style.lineHeight) };
  });
  return {
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    body: Math.ceil(document.body.getBoundingClientRect().height),
    bodyWidth: document.body.scrollWidth,
    lines,
  };
}

/** The layout of the popup open in the Playwright `page`, with its line heights in words for the log. */
export async function popupLayout(page) {
  return withSummary(await page.evaluate(measurePopup));
}

/** A measured layout with `lineHeights`: how many lines, how tall, in words. */
export function withSummary(layout) {
  const heights = [...new Set(layout.lines.map((l) => l.height.toFixed(2)))];
  return { ...layout, lineHeights: `${layout.lines.length} lines of ${heights.join(', ')} px (text line height ${layout.lines[0]?.lineHeight} px)` };
}

/**
 * The popup needs no scrolling at its 600 px height nor sideways at `width`, and every answer takes
 * one line (its text is less than two line heights tall) of at least 24 px.
 */
export function assertFits(layout, width) {
  assert.ok(layout.lines.length > 0, 'the popup lists answers');
  // Lines first: a wrapping line is the likeliest reason for the popup's height.
  for (const line of layout.lines) {
    assert.ok(line.textHeight < 2 * line.lineHeight, `"${line.text}" (${line.question}) wraps: ${line.textHeight} px of text, line height ${line.lineHeight}`);
    assert.ok(line.height >= MIN_TARGET, `"${line.text}" (${line.question}) is ${line.height} px tall, less than ${MIN_TARGET}`);
  }
  assert.ok(layout.height <= POPUP_HEIGHT, `the popup is ${layout.height} px tall, more than ${POPUP_HEIGHT}`);
  assert.ok(layout.width <= width, `the popup is ${layout.width} px wide, more than ${width}`);
}
