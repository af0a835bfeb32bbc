// Clausewise background worker: browser glue around the Rust engine.
//
// The engine (pkg/clausewise.js + .wasm) decides: which links to follow, what a policy says, which
// state, grade and badge a tab gets, whether a tab is busy, when a changed policy keeps its star and
// which words explain a problem (src/tab). This file calls browser APIs and stores what the engine
// returns. Every piece of state lives in storage (per-tab records in storage.session, site entries in
// storage.local, settings in storage.sync), because the browser may stop this worker at any moment.
import init, * as engine from './pkg/clausewise.js';

const api = globalThis.browser ?? globalThis.chrome;
// No top-level await in a module service worker: start loading now, await inside handlers.
const ready = init({ module_or_path: api.runtime.getURL('pkg/clausewise_bg.wasm') });

const FETCH_TIMEOUT_MS = 15000;
// Reports of at most this many sites are kept; the least recently analyzed go first.
const CACHE_MAX_SITES = 300;
// The policy texts kept for the full report page are most of a site's bytes: kept for fewer sites
// (each at most 200,000 characters, src/tab/text.rs), so storage.local stays well inside its quota.
const TEXT_MAX_SITES = 20;
const MAX_POLICY_BYTES = 5 * 1024 * 1024;
const tabKey = (tabId) => `tab:${tabId}`;
const siteKey = (site) => `site:${site}`;
const textKey = (site) => `text:${site}`;

// The user's rubric settings. Settings that no longer validate (corrupted, or from an older
// version) fall back to the defaults rather than breaking every analysis; the options page says so.
async function overrides() {
  const { overrides } = await api.storage.sync.get('overrides').catch(() => ({}));
  return overrides != null && engine.validOverrides(overrides) ? overrides : null;
}

async function setTabState(tabId, record) {
  await api.storage.session.set({ [tabKey(tabId)]: record });
  await showBadge(tabId, record.state);
}

async function showBadge(tabId, state) {
  await ready;
  const badge = engine.badgeFor(state);
  try {
    // Sent together rather than one round trip to the browser after the other (each is one in
    // Firefox); the text goes last, so a badge that shows its new text has its colours and title.
    await Promise.all([
      api.action.setBadgeBackgroundColor({ tabId, color: badge.background }),
      api.action.setBadgeTextColor?.({ tabId, color: badge.color }),
      api.action.setTitle({ tabId, title: badge.title }),
      api.action.setBadgeText({ tabId, text: badge.text }),
    ]);
  } catch {
    // The tab was closed meanwhile: nothing to show.
  }
}

// The page's HTML as the tab has it now (content.js evaluates to it).
async function readPage(tabId) {
  const [result] = await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  if (typeof result?.result !== 'string') throw new Error('the page could not be read');
  return result.result;
}

// Reads a response body, giving up as soon as it passes the size cap (a server may lie about, or
// omit, Content-Length).
async function readCapped(response, controller) {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_POLICY_BYTES) return null;
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_POLICY_BYTES) {
      controller.abort();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

// Fetches a policy page: http(s) only, no cookies or credentials, no referrer, redirects followed
// (the final address is what the report links to), a timeout and a size cap. A failure is a problem
// code for the engine (src/tab/problem.rs), which picks the words.
async function fetchPolicy(url) {
  if (!/^https?:\/\//.test(url)) return { problem: { code: 'not_web' } };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer', cache: 'no-cache', signal: controller.signal,
    });
    if (!response.ok) return { problem: { code: 'status', detail: String(response.status) } };
    const bytes = await readCapped(response, controller);
    if (!bytes) return { problem: { code: 'too_large', detail: String(MAX_POLICY_BYTES >> 20) } };
    return { bytes, contentType: response.headers.get('content-type') ?? '', finalUrl: response.url || url };
  } catch (e) {
    return { problem: e.name === 'AbortError' ? { code: 'timeout' } : { code: 'fetch', detail: e.message } };
  } finally {
    clearTimeout(timer);
  }
}

// The policy as the browser rendered it in the tab, for policies that only appear after JavaScript
// runs. Only used when the tab shows the policy itself.
async function readRenderedPolicy(tabId) {
  return new TextEncoder().encode(await readPage(tabId));
}

// Prepares the tab's content-script world while its page is still loading. Firefox builds that world
// at a page's first injection, which takes 20-30 ms; done here, in parallel with the page's own
// loading, reading the page once it has loaded takes a few ms. The script itself does nothing.
function prepareReading(tabId) {
  api.scripting.executeScript({ target: { tabId }, func: () => {}, injectImmediately: true }).catch(() => {
    // The page was not ready for scripts yet, or is gone: reading it later simply costs more.
  });
}

// Finds, fetches and reads the policy for a tab. `chosenUrl` is a policy address the user picked or
// pasted in the popup; without it the page's links decide. `url` is the tab's address when the caller
// has it from the browser's event already (a round trip less).
async function analyzeTab(tabId, chosenUrl = null, url = null) {
  await ready;
  const tabUrl = url ?? (await api.tabs.get(tabId)).url;
  if (!/^https?:/.test(tabUrl ?? '')) {
    await setTabState(tabId, { url: tabUrl, site: '', state: engine.problemState({ code: 'not_web' }) });
    return;
  }
  const site = engine.siteOf(tabUrl);
  const base = { url: tabUrl, site };
  // The "analyzing" state, the settings and the page are asked for at once: nothing of one waits
  // for another, and each is a round trip to the browser.
  const analyzing = setTabState(tabId, { ...base, state: { status: 'analyzing' }, startedAt: Date.now() });
  const settingsRead = overrides();
  let plan = { urls: [chosenUrl], candidates: [] };
  if (!chosenUrl) {
    try {
      // Trust the browser for the page's address, not the page.
      plan = engine.fetchPlan(await readPage(tabId), tabUrl);
    } catch (e) {
      await analyzing;
      await setTabState(tabId, { ...base, state: engine.problemState({ code: 'read_page', detail: e.message }) });
      return;
    }
  }
  const settings = await settingsRead;
  await analyzing;
  let last = null;
  for (const url of plan.urls) {
    const fetched = await fetchPolicy(url);
    if (fetched.problem) { last = { state: engine.problemState(fetched.problem), policyUrl: url }; continue; }
    let { report, text } = engine.analyzeBytes(fetched.bytes, fetched.contentType, fetched.finalUrl, settings);
    if (report.error?.code === 'needs_javascript' && engine.sameDocument(fetched.finalUrl, tabUrl)) {
      // The user is on the policy page: read it as the browser rendered it.
      const rendered = await readRenderedPolicy(tabId).catch(() => null);
      if (rendered) ({ report, text } = engine.analyzeBytes(rendered, 'text/html', tabUrl, settings));
    }
    const state = engine.stateForReport(report);
    if (state.status === 'done') {
      const entry = engine.nextEntry(await storedEntry(site), report, fetched.finalUrl, Date.now());
      // The badge does not wait for the report to be stored, nor the stored reports for the badge.
      await Promise.all([
        storeReport(site, entry, text),
        setTabState(tabId, { ...base, state: stateOf(entry, settings) ?? state }),
      ]);
      return;
    }
    last = { state, policyUrl: fetched.finalUrl };
  }
  // Nothing graded: the engine says whether that is "no policy found" or the last problem; the
  // candidates stay so the user can pick another link.
  const end = engine.conclude(Boolean(chosenUrl), plan.candidates.length, last);
  await setTabState(tabId, { ...base, state: end.state, policyUrl: end.policyUrl, candidates: plan.candidates });
}

// Match patterns carry no port: Firefox answers false for `http://host:8080/*` even where
// `http://host/*` is granted (Chrome accepts both), so ask about the host alone.
async function hasHostPermission(url) {
  try {
    const { protocol, hostname } = new URL(url);
    return await api.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return false;
  }
}

// A site's stored entry, as stored: the engine judges whether it is still good (entryState).
async function storedEntry(site) {
  return (await api.storage.local.get(siteKey(site)).catch(() => ({})))[siteKey(site)] ?? null;
}

// The state a stored entry gives its site's tabs, graded with the current settings (stored reports
// keep answers and evidence, not scores); null when it is stale, from another engine version or
// unreadable (then the policy is simply read again).
const stateOf = (entry, settings) => engine.entryState(entry, Date.now(), settings);

// What is already known for the site of `url`: the tab state its stored entry gives, else null.
async function knownState(url) {
  const site = engine.siteOf(url);
  const [entry, settings] = await Promise.all([storedEntry(site), overrides()]);
  return { site, state: entry ? stateOf(entry, settings) : null };
}

// The keys in local storage: listed alone where the browser can (`getKeys`: Chrome 130, Firefox
// 143), else read with every entry.
async function storedKeys() {
  return api.storage.local.getKeys ? api.storage.local.getKeys() : Object.keys(await api.storage.local.get(null));
}

// Stores a site's new entry (its report; the engine noted whether the policy text changed since the
// last one) and its text for the report page, and evicts the oldest sites beyond the limits: reports
// beyond CACHE_MAX_SITES, texts beyond TEXT_MAX_SITES (and the texts of evicted reports). The stored
// reports are read only when something must go, not after every analysis (up to 300 of them).
async function storeReport(site, entry, text) {
  await api.storage.local.set({ [siteKey(site)]: entry, [textKey(site)]: text });
  const keys = await storedKeys();
  const sites = keys.filter((key) => key.startsWith('site:'));
  const texts = keys.filter((key) => key.startsWith('text:'));
  const overSites = sites.length > CACHE_MAX_SITES;
  if (overSites || texts.length > TEXT_MAX_SITES) {
    // Only the reports that tell which are oldest are read: every site's when there are too many
    // sites, else those of the sites whose text is kept (a text without its report goes).
    const read = overSites ? sites : texts.map((key) => siteKey(key.slice('text:'.length)));
    const newestFirst = Object.entries(await api.storage.local.get(read))
      .sort(([, a], [, b]) => b.analyzedAt - a.analyzedAt).map(([key]) => key.slice('site:'.length));
    const keepText = new Set(newestFirst.slice(0, TEXT_MAX_SITES).map(textKey));
    const oldSites = overSites ? newestFirst.slice(CACHE_MAX_SITES).map(siteKey) : [];
    const evicted = [...oldSites, ...texts.filter((key) => !keepText.has(key))];
    if (evicted.length) await api.storage.local.remove(evicted);
  }
}

// When the address changes (a new page, or a single-page app's pushState): show what is known for
// the site at once, and never fetch anything here.
async function onAddressChanged(tabId, url) {
  await ready;
  if (!/^https?:/.test(url ?? '')) return;
  const [{ site, state }, allowed] = await Promise.all([knownState(url), hasHostPermission(url)]);
  // A site without a report, where the user allowed automatic analysis: it will be read once loaded.
  if (!state && allowed) prepareReading(tabId);
  await setTabState(tabId, { url, site, state: state ?? { status: 'idle' } });
}

// When a page has loaded: analyze it automatically only where the user granted host access, and
// only once per site while its report is cached.
async function onPageLoaded(tabId, url) {
  await ready;
  if (!/^https?:/.test(url ?? '')) return;
  // Asked for together: each is a round trip to the browser, and the badge waits for all of them.
  const [{ site, state }, stored, allowed] = await Promise.all([
    knownState(url), api.storage.session.get(tabKey(tabId)), hasHostPermission(url),
  ]);
  if (state) {
    await setTabState(tabId, { url, site, state });
    return;
  }
  if (!engine.isBusy(stored[tabKey(tabId)] ?? null, site, Date.now()) && allowed) await analyzeTab(tabId, null, url);
}

// A settings change re-grades every graded tab from its stored entry; nothing is fetched again, and
// stored reports are not rewritten (their scores are worked out when read).
async function rescoreAll() {
  await ready;
  await showEntries(await api.storage.local.get(null));
}

// Re-applies stored entries (`site:…` keys) to the graded tabs of their sites.
async function showEntries(entries) {
  const [tabs, settings] = await Promise.all([api.storage.session.get(null), overrides()]);
  for (const [key, record] of Object.entries(tabs)) {
    const entry = entries[siteKey(record.site)];
    const state = entry && stateOf(entry, settings);
    if (!key.startsWith('tab:') || !state || record.state.status !== 'done') continue;
    await setTabState(Number(key.slice(4)), { ...record, state });
  }
}

// The user saw the change of the tab's site policy in the popup (`seenChange`: its star goes, on every
// tab), or dismissed the popup's notice of it (`dismissChange`: not told again until the next change).
async function markChange(tabId, type) {
  await ready;
  const [flag, mark] = type === 'seenChange' ? ['seen', engine.seenEntry] : ['dismissed', engine.dismissedEntry];
  const record = (await api.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
  const entry = record?.site ? await storedEntry(record.site) : null;
  if (!entry?.change || entry.change[flag]) return;
  const marked = { [siteKey(record.site)]: mark(entry) };
  await api.storage.local.set(marked);
  await showEntries(marked);
}

// Messages come only from the extension's own pages (popup, options, report); content scripts send none.
function fromOwnPage(sender) {
  return sender.id === api.runtime.id && (sender.url ?? '').startsWith(api.runtime.getURL(''));
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!fromOwnPage(sender) || typeof message !== 'object' || message === null) return false;
  switch (message.type) {
    case 'analyze':
    case 'analyzeUrl': {
      if (!Number.isInteger(message.tabId)) return false;
      const chosen = message.type === 'analyzeUrl' ? message.url : null;
      if (chosen !== null && !(typeof chosen === 'string' && /^https?:\/\//.test(chosen))) return false;
      inOrder(message.tabId, () => analyzeTab(message.tabId, chosen)).then(() => sendResponse({ ok: true }));
      return true;
    }
    case 'seenChange':
    case 'dismissChange': {
      if (!Number.isInteger(message.tabId)) return false;
      inOrder(message.tabId, () => markChange(message.tabId, message.type)).then(() => sendResponse({ ok: true }));
      return true;
    }
    default:
      return false;
  }
});

// Events of one tab are handled one after the other, so that a late "address changed" can never
// overwrite the result of the analysis that followed it. (The chain is only an ordering aid: all
// state is in storage, and a restarted worker starts a new chain.)
const tabQueues = new Map();
function inOrder(tabId, work) {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(work).catch((e) => console.warn('clausewise:', e));
  tabQueues.set(tabId, next);
  next.then(() => { if (tabQueues.get(tabId) === next) tabQueues.delete(tabId); });
  return next;
}

api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'complete') inOrder(tabId, () => onPageLoaded(tabId, tab.url));
  // `url` also changes on history.pushState, so single-page-app navigations re-apply the badge too.
  else if (change.url) inOrder(tabId, () => onAddressChanged(tabId, change.url));
});

// Switching tabs re-applies the tab's badge (Firefox drops per-tab badges more eagerly than Chrome).
api.tabs.onActivated.addListener(({ tabId }) => {
  api.storage.session.get(tabKey(tabId)).then((stored) => {
    const record = stored[tabKey(tabId)];
    if (record) return showBadge(tabId, record.state);
  }).catch((e) => console.warn('clausewise:', e));
});

api.tabs.onRemoved.addListener((tabId) => {
  api.storage.session.remove(tabKey(tabId));
});

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.overrides) rescoreAll().catch((e) => console.warn('clausewise:', e));
});

// If the worker was stopped in the middle of an analysis, finish it now.
(async () => {
  const tabs = await api.storage.session.get(null);
  for (const [key, record] of Object.entries(tabs)) {
    if (key.startsWith('tab:') && record.state?.status === 'analyzing') {
      analyzeTab(Number(key.slice(4))).catch((e) => console.warn('clausewise:', e));
    }
  }
})();
