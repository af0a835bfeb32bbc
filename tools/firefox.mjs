// The Firefox counterpart of browser.mjs: Firefox ESR driven through geckodriver with plain W3C
// WebDriver calls (node's fetch; no client library), the extension installed as a temporary add-on.
//
// What Firefox needs, and why:
// - Extension pages: the pref `extensions.webextensions.uuids` fixes the add-on's internal UUID, so its
//   pages live at a known `moz-extension://<uuid>/` address. WebDriver refuses to navigate there
//   ("Navigation to moz-extension://… is not allowed in this context": Marionette only navigates to
//   http(s)/file/data/about:blank) unless Firefox runs with -remote-allow-system-access, which
//   `geckodriver --allow-system-access` passes. With it the test opens the popup and options pages as
//   tabs and calls the extension's APIs (`browser.*`) from there, as Chromium's tests do.
// - Host access: Firefox MV3 treats `host_permissions` as revocable "origin controls". Whether they
//   are granted at install is the pref `extensions.originControls.grantByDefault`: true by default
//   since Firefox 127 (greprefs.js of 153 ESR), false makes the extension start without them (then
//   tabs show no URL to it and nothing is analyzed, and a headless test cannot click a prompt). The
//   harness sets it to true explicitly, so dist/firefox-e2e (host_permissions: 127.0.0.1, *.test)
//   starts as if the user had allowed automatic analysis; the first test checks it.
// - Nothing may leave the machine: Firefox runs with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (its own test
//   switch; it also makes release builds honour a test remote-settings server, so Marionette's dummy
//   one applies), the services that phone home are switched off by prefs, and every request not to
//   127.0.0.1 / localhost / the test hosts goes to a trap proxy that records it (`proxied`), which the
//   tests assert is empty.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, delimiter } from 'node:path';
import { root } from './browser.mjs';

export { root, corpus, serveSite } from './browser.mjs';

export const GECKO_ID = 'clausewise@clausewise.dev';
// Any fixed UUID will do; this one is the extension's address in the test profile.
export const EXTENSION_UUID = '5f1c2a3e-6b7d-4e8f-9a0b-c1d2e3f4a5b6';
const FIREFOX = process.env.FIREFOX ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);

/** geckodriver: $GECKODRIVER, else on PATH, else in cargo's bin folder. */
export function findGeckodriver() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const cargoBin = join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '', '.cargo'), 'bin');
  const dirs = [...(process.env.PATH ?? '').split(delimiter), cargoBin];
  return dirs.map((d) => join(d, 'geckodriver')).find(existsSync);
}

// Nothing leaves the machine, and Firefox does not go looking for updates, telemetry endpoints,
// remote settings, safe-browsing lists, captive portals or add-on recommendations.
const DEAD = 'http://127.0.0.1:9/';
export const QUIET_PREFS = {
  // Every request but those to the test sites goes to the harness's trap proxy (see launchFirefox).
  'network.proxy.type': 1,
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': DEAD,
  'browser.safebrowsing.provider.google4.updateURL': DEAD,
  'browser.region.network.url': DEAD,
  'browser.region.update.enabled': false,
  'browser.search.update': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.shell.checkDefaultBrowser': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': DEAD,
  'toolkit.coverage.endpoint.base': DEAD,
  // Not services.settings.server: release builds ignore it (and call the real server) unless
  // MOZ_DISABLE_NONLOCAL_CONNECTIONS is set; Marionette's own default then skips remote settings.
  'services.sync.enabled': false,
  'identity.fxaccounts.enabled': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': DEAD,
  'extensions.systemAddon.update.enabled': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.url': DEAD,
  'media.gmp-gmpopenh264.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'geo.provider.network.url': DEAD,
  'captivedetect.canonicalURL': DEAD,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.telemetry.targetingContextEnabled': false,
  'browser.discovery.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'privacy.query_stripping.enabled': false,
};

// Firefox's own test switch: connections to anything but the local machine are refused (the proxy
// above catches what is left, e.g. names that resolve to a local address).
const FIREFOX_ENV = { MOZ_HEADLESS: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A W3C WebDriver session: `cmd` sends one command; the helpers below wrap the ones the tests use. */
class Session {
  constructor(base, id) { this.base = base; this.id = id; }

  async cmd(method, path, body) {
    const res = await fetch(`${this.base}/session/${this.id}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (json.value?.error) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  navigate(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  /** Runs `fn` (a function, or its source) in the current page with `args`; returns its (awaited) value. */
  execute(fn, ...args) {
    // Run as an async script so promises are awaited; errors come back as a rejected value.
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }).then((r) => {
      if (r?.error) throw new Error(`in page: ${r.error}`);
      return r?.value;
    });
  }
  /** Opens a new tab and switches to it; returns its handle. */
  async newTab() {
    const { handle } = await this.cmd('POST', '/window/new', { type: 'tab' });
    await this.cmd('POST', '/window', { handle });
    return handle;
  }
  switchTo(handle) { return this.cmd('POST', '/window', { handle }); }
  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return Object.values(el)[0];
  }
  sendKeys(element, text) { return this.cmd('POST', `/element/${element}/value`, { text }); }
  click(element) { return this.cmd('POST', `/element/${element}/click`, {}); }

  /** Polls `fn` in the page until it returns something truthy. */
  async waitFor(fn, { timeoutMs = 20000, args = [], what = String(fn) } = {}) {
    const until = Date.now() + timeoutMs;
    let error = null;
    while (Date.now() < until) {
      const value = await this.execute(fn, ...args).catch((e) => { error = e; return null; });
      if (value) return value;
      await sleep(50);
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${error ? ` (last error: ${error.message})` : ''}`);
  }
}

/**
 * Starts geckodriver and a headless Firefox ESR with a scratch profile (and HOME and TMPDIR under
 * .scratch/), and installs the extension in `dist/<build>` as a temporary add-on. `hosts` are made-up
 * names (e.g. 'shop.test') that resolve to 127.0.0.1, like Chromium's --host-resolver-rules.
 */
export async function launchFirefox(build = 'firefox-e2e', { hosts = [], prefs = {} } = {}) {
  const geckodriver = findGeckodriver();
  if (!geckodriver) throw new Error('geckodriver not found: run tools/setup.sh (cargo install geckodriver)');
  if (!FIREFOX) throw new Error('Firefox not found: run tools/setup.sh (apt-get install firefox-esr)');
  const extension = join(root, 'dist', build);
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`no ${extension}: run make build`);
  const scratch = join(root, '.scratch');
  const home = join(scratch, 'home');
  const tmp = join(scratch, 'tmp');
  mkdirSync(home, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const profile = mkdtempSync(join(scratch, 'firefox-profile-'));

  // The trap proxy: answers every request with 502 and records it, so a test can check that Firefox
  // and the extension tried to reach nothing but the local test sites.
  const proxied = [];
  const trap = createHttpServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  trap.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise((resolve) => trap.listen(0, '127.0.0.1', resolve));
  const trapPort = trap.address().port;

  const port = await freePort();
  const driver = spawn(geckodriver, ['--port', String(port), '--host', '127.0.0.1', '--log', 'warn', '--allow-system-access'], {
    env: { ...process.env, ...FIREFOX_ENV, HOME: home, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let driverLog = '';
  driver.stdout.on('data', (d) => { driverLog += d; });
  driver.stderr.on('data', (d) => { driverLog += d; });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 10000;
  for (;;) {
    const up = await fetch(`${base}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > until || driver.exitCode !== null) {
      driver.kill();
      throw new Error(`geckodriver did not start:\n${driverLog}`);
    }
    await sleep(50);
  }

  const stop = async () => {
    if (driver.exitCode === null) {
      driver.kill();
      await new Promise((resolve) => driver.once('exit', resolve));
    }
    await new Promise((resolve) => trap.close(resolve));
    rmSync(profile, { recursive: true, force: true });
    // Firefox's console and geckodriver's log of the last run, for when a test fails.
    writeFileSync(join(scratch, 'firefox.log'), driverLog);
  };

  let session;
  try {
    const res = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: 'firefox',
            acceptInsecureCerts: false,
            'moz:firefoxOptions': {
              binary: FIREFOX,
              args: ['-headless', '-profile', profile, '-no-remote'],
              prefs: {
                ...QUIET_PREFS,
                ...Object.fromEntries(['http', 'ssl', 'socks'].flatMap((kind) => [
                  [`network.proxy.${kind}`, '127.0.0.1'], [`network.proxy.${kind}_port`, trapPort]])),
                'network.dns.localDomains': hosts.join(','),
                'network.proxy.no_proxies_on': ['127.0.0.1', 'localhost', ...hosts].join(', '),
                'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
                'extensions.originControls.grantByDefault': true,
                ...prefs,
              },
              env: { ...FIREFOX_ENV, HOME: home, TMPDIR: tmp },
            },
          },
        },
      }),
    });
    const json = await res.json();
    if (!json.value?.sessionId) throw new Error(`no WebDriver session: ${JSON.stringify(json.value)}\n${driverLog}`);
    session = new Session(base, json.value.sessionId);
    const version = json.value.capabilities.browserVersion;
    const driverVersion = json.value.capabilities['moz:geckodriverVersion'];
    await session.cmd('POST', '/moz/addon/install', { path: extension, temporary: true });
    const close = async () => {
      await session.cmd('DELETE', '').catch(() => {});
      await stop();
    };
    return {
      session,
      version,
      driverVersion,
      extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
      driverLog: () => driverLog,
      /** Requests that went to the trap proxy, i.e. anywhere but 127.0.0.1, localhost and `hosts`. */
      proxied,
      close,
    };
  } catch (e) {
    if (session) await session.cmd('DELETE', '').catch(() => {});
    await stop();
    throw e;
  }
}

/** Shows the extension's options page in the session's first tab, where the tests read the extension's
 * state, and returns that tab's handle. */
export async function openProbe(firefox) {
  const s = firefox.session;
  const probe = await s.cmd('GET', '/window');
  await s.navigate(firefox.extensionUrl('options.html'));
  await s.waitFor(() => document.documentElement.dataset.ready === 'true', { what: 'the options page' });
  return probe;
}
