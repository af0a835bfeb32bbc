// The store package (dist/firefox, exactly what is zipped for addons.mozilla.org) in Firefox ESR: it
// installs, asks for no host access, and fetches nothing for a site the user did not ask about; the
// popup waits for a click.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveSite, launchFirefox, openProbe } from '../../tools/firefox.mjs';

const demo = join(root, 'tests', 'fixtures', 'sites', 'demo');
let site, firefox, s, probe;

const inExtension = async (fn, ...args) => {
  await s.switchTo(probe);
  return JSON.parse(await s.execute(`async (...args) => JSON.stringify(await (${fn})(window.wrappedJSObject?.browser ?? browser, ...args))`, ...args));
};

before(async () => {
  site = await serveSite({
    '/': { body: readFileSync(join(demo, 'index.html')) },
    '/legal/privacy-policy': { body: readFileSync(join(demo, 'privacy-policy.html')) },
  });
  firefox = await launchFirefox('firefox');
  s = firefox.session;
  probe = await openProbe(firefox);
});
after(async () => {
  await firefox?.close();
  await site?.close();
});

test('the store package has no host access, fetches nothing by itself, and its popup offers to analyze', async () => {
  assert.deepEqual(await inExtension(async (browser) => (await browser.permissions.getAll()).origins), []);
  await s.newTab();
  await s.navigate(`${site.origin}/`);
  await new Promise((r) => setTimeout(r, 1000));
  // Without host access the extension does not even see the tab's address.
  const tabs = await inExtension(async (browser) => (await browser.tabs.query({})).map((t) => ({ id: t.id, url: t.url ?? null })));
  const tab = tabs.find((t) => !t.url?.startsWith('moz-extension:'));
  assert.equal(tab.url, null);
  assert.equal(await inExtension((browser, id) => browser.action.getBadgeText({ tabId: id }), tab.id), '');
  assert.deepEqual(site.requests.map((r) => r.path).filter((p) => p !== '/favicon.ico'), ['/'], 'only the page itself was loaded');

  await s.newTab();
  await s.navigate(firefox.extensionUrl(`popup.html?tab=${tab.id}`));
  await s.waitFor(() => document.documentElement.dataset.ready === 'true', { what: 'the popup' });
  const shown = await s.execute(() => ({
    state: document.querySelector('main')?.dataset.state,
    analyze: document.querySelector('#analyze')?.textContent,
    auto: document.querySelector('#auto')?.checked,
  }));
  assert.deepEqual(shown, { state: 'idle', analyze: 'Analyze this site', auto: false });
  assert.deepEqual(firefox.proxied, [], 'requests that would have left the machine');
});
