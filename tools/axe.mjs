// Accessibility check for the end-to-end tests: runs axe-core (from node_modules, never fetched) in a
// Playwright page and returns its violations, so a test can assert there are none and print the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './browser.mjs';

const source = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * The axe-core violations of `page` as it is now (WCAG 2.x A and AA rules, with WCAG 2.2's target
 * size of 24 px, plus axe's best practices).
 * Extension pages allow no inline script, so axe is evaluated through the DevTools protocol, which
 * the page's content security policy does not govern.
 */
export async function axeViolations(page, { include = null } = {}) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) {
    await page.evaluate(source);
  }
  return page.evaluate(async (selector) => {
    const result = await globalThis.axe.run(selector ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  }, include);
}

/** One line per violation, for assertion messages. */
export function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`).join('\n');
}
