// Full report glue: read the site's stored entry, its kept policy text and the user's settings from
// storage (nothing is fetched: the page works offline), and let the engine render. `?site=` names
// the site; the popup links here.
import init, { renderReport } from './pkg/clausewise.js';

const api = globalThis.browser ?? globalThis.chrome;
const site = new URLSearchParams(location.search).get('site') ?? '';
const [stored, { overrides }] = await Promise.all([
  api.storage.local.get([`site:${site}`, `text:${site}`]),
  api.storage.sync.get('overrides').catch(() => ({})),
  // Compiling since the page's head (engine.js).
  init({ module_or_path: globalThis.clausewiseEngine }),
]);
const entry = stored[`site:${site}`];
renderReport(document.getElementById('root'), {
  site,
  report: entry?.report ?? null,
  text: stored[`text:${site}`] ?? null,
  analyzedAt: entry ? new Date(entry.analyzedAt).toLocaleString() : null,
  overrides: overrides ?? null,
});
document.documentElement.dataset.ready = 'true';
