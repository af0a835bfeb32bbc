// Popup glue: find the tab, read its state and report straight from storage (fast, and no need to
// wake the background worker), and let the engine render. `?tab=ID` lets tests open the popup of a
// given tab as a page.
import init, { renderPopup } from './pkg/clausewise.js';

const api = globalThis.browser ?? globalThis.chrome;
const root = document.getElementById('root');
const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

async function currentTabId() {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function view(tabId) {
  const key = `tab:${tabId}`;
  const record = (await api.storage.session.get(key))[key] ?? { state: { status: 'idle' }, site: '' };
  const siteKey = `site:${record.site}`;
  const [cached, { overrides }, auto] = await Promise.all([
    record.site ? api.storage.local.get(siteKey).then((s) => s[siteKey]) : undefined,
    api.storage.sync.get('overrides'),
    api.permissions.contains(ALL_SITES),
  ]);
  return {
    site: record.site,
    state: record.state,
    report: cached?.report ?? null,
    analyzedAt: cached ? new Date(cached.analyzedAt).toLocaleString() : null,
    overrides: overrides ?? null,
    candidates: record.candidates ?? [],
    policyUrl: record.policyUrl ?? null,
    auto,
    change: cached?.change
      ? { since: new Date(cached.change.since).toLocaleString(), answers: cached.change.answers, dismissed: cached.change.dismissed ?? false }
      : null,
  };
}

// The tab's state is read from storage while the engine compiles: neither waits for the other.
const tabIdRead = currentTabId();
const [tabId, firstView] = await Promise.all([
  tabIdRead,
  tabIdRead.then(view),
  // Compiling since the page's head (engine.js).
  init({ module_or_path: globalThis.clausewiseEngine }),
]);
// Renders what `shown` holds, or the tab's state as it is now in storage.
const render = async (shown = null) => renderPopup(root, shown ?? (await view(tabId)), actions);
const actions = {
  analyze: () => api.runtime.sendMessage({ type: 'analyze', tabId }),
  analyzeUrl: (url) => api.runtime.sendMessage({ type: 'analyzeUrl', tabId, url }),
  openOptions: () => api.runtime.openOptionsPage(),
  // The popup showed a policy change: the badge's star may go.
  seenChange: () => api.runtime.sendMessage({ type: 'seenChange', tabId }),
  // The user dismissed the notice of the change; the popup re-renders when the entry is stored.
  dismissChange: () => api.runtime.sendMessage({ type: 'dismissChange', tabId }),
  // Called from the switch's change event, so the permission prompt has its user gesture.
  setAuto: (on) => {
    const done = on ? api.permissions.request(ALL_SITES) : api.permissions.remove(ALL_SITES);
    done.then((changed) => {
      if (on && changed) actions.analyze();
      return render();
    }, () => render());
  },
};
await render(firstView);
document.documentElement.dataset.ready = 'true';
// Time from opening the popup to its content, read by the end-to-end run.
document.documentElement.dataset.readyMs = performance.now().toFixed(1);

api.storage.onChanged.addListener((changes) => {
  if (Object.keys(changes).some((k) => k === `tab:${tabId}` || k.startsWith('site:') || k === 'overrides')) render();
});
