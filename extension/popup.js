// Popup glue: find the tab, read its state and report straight from storage (fast, and no need to
// wake the background worker), and let the engine render. `?tab=ID` lets tests open the popup of a
// given tab as a page.
import init, { renderPopup } from './pkg/clausewise.js';

const api = globalThis.browser ?? globalThis.chrome;
const root = document.getElementById('root');

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
  const cached = record.site ? (await api.storage.local.get(siteKey))[siteKey] : undefined;
  const { overrides } = await api.storage.sync.get('overrides');
  return {
    site: record.site,
    state: record.state,
    report: cached?.report ?? null,
    analyzedAt: cached ? new Date(cached.analyzedAt).toLocaleString() : null,
    overrides: overrides ?? null,
  };
}

const [tabId] = await Promise.all([
  currentTabId(),
  init({ module_or_path: api.runtime.getURL('pkg/clausewise_bg.wasm') }),
]);
const actions = { analyze: () => api.runtime.sendMessage({ type: 'analyze', tabId }) };
const render = async () => renderPopup(root, await view(tabId), actions);
await render();
document.documentElement.dataset.ready = 'true';

api.storage.onChanged.addListener((changes) => {
  if (Object.keys(changes).some((k) => k === `tab:${tabId}` || k.startsWith('site:') || k === 'overrides')) render();
});
