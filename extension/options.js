// Options glue: the engine renders the rubric form and its preview; this file loads the user's
// overrides and the last analyzed site, saves changes, and downloads exports. Saving to storage.sync
// is all it takes: the background rescores stored reports and badges when it changes.
import init, { renderOptions } from './pkg/clausewise.js';

const api = globalThis.browser ?? globalThis.chrome;
// Compiling since the page's head (engine.js).
await init({ module_or_path: globalThis.clausewiseEngine });
const [{ overrides }, stored] = await Promise.all([
  api.storage.sync.get('overrides').catch(() => ({})),
  api.storage.local.get(null).catch(() => ({})),
]);
const last = Object.entries(stored)
  .filter(([key]) => key.startsWith('site:'))
  .sort(([, a], [, b]) => b.analyzedAt - a.analyzedAt)[0];

function download(json) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'clausewise-settings.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

renderOptions(document.getElementById('root'), {
  overrides: overrides ?? null,
  lastSite: last ? last[0].slice('site:'.length) : null,
  lastReport: last ? last[1].report : null,
}, {
  // storage.sync has quotas (8 KB per item, writes per minute): a failed save is shown, not lost silently.
  save: (next) => api.storage.sync.set({ overrides: next }).then(() => null, (e) => String(e?.message ?? e)),
  download,
  // Stored settings the engine could not read, as they are, before a change replaces them.
  downloadStored: () => download(JSON.stringify(overrides, null, 2)),
});
document.documentElement.dataset.ready = 'true';
