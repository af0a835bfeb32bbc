// Shared by the end-to-end tests and the demo: a local test site on 127.0.0.1 and a real Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core) with a built extension loaded.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpus = join(root, '..', 'shared', 'corpus');

/**
 * Serves `routes` on 127.0.0.1 at a free port and records every request it gets. A route is keyed by
 * its path ('/privacy') or by host and path ('shop.test/privacy'): the browser resolves every `*.test`
 * name to 127.0.0.1, so each test can have sites of its own. A route is
 * { body, type?, status?, headers?, delayMs? }.
 */
export async function serveSite(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push({ host, path, headers: req.headers });
    const route = routes[host + path] ?? routes[path];
    const send = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      }
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
    };
    route?.delayMs ? setTimeout(send, route.delayMs) : send();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const port = server.address().port;
  return {
    origin,
    /** The origin of a made-up host name served by this site. */
    at: (host) => `http://${host}:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Launches Chromium with the extension in `dist/<build>` loaded. `lang` ('de') starts it with that UI
 * language: on Linux, Chromium takes it from the LANGUAGE environment variable (`--lang` alone is
 * ignored there), and Debian's chromium needs `chromium-l10n` for any UI language but en-US.
 */
export async function launchWithExtension(build = 'chrome-e2e', { colorScheme = 'light', lang = null } = {}) {
  const extension = join(root, 'dist', build);
  const scratch = join(root, '.scratch');
  mkdirSync(scratch, { recursive: true });
  const profile = mkdtempSync(join(scratch, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 800 },
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // This machine's network is closed: resolve nothing but the local test sites.
      '--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker target exists before its script has run; events sent before its listeners are
  // registered are lost, so wait for them like a browser that had the extension installed earlier.
  const until = Date.now() + 10000;
  while (!(await worker.evaluate(() => chrome.tabs.onUpdated.hasListeners()).catch(() => false))) {
    if (Date.now() > until) throw new Error('the extension worker registered no listeners');
    await new Promise((r) => setTimeout(r, 20));
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The service worker of the extension, again: the browser may have restarted it. */
export async function currentWorker(context) {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

/** The id of the tab showing `url` (as the extension sees it). */
export async function tabIdOf(context, url) {
  const worker = await currentWorker(context);
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

/** Waits until the badge of `tabId` satisfies `accept`, and returns its text. */
export async function waitForBadge(context, tabId, accept, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    const worker = await currentWorker(context);
    text = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId).catch(() => '');
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge of tab ${tabId} is still ${JSON.stringify(text)} after ${timeoutMs} ms`);
}

/**
 * Opens the popup of `tabId` as a page and waits until it has rendered. The default size is the
 * popup's: its width (extension/ui.css) and the most height a browser gives a popup.
 */
export async function openPopup(browser, tabId, { width = 440, height = 600 } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}
