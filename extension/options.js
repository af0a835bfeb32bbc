// Options glue: the engine renders the rubric form; this file loads and saves the user's overrides.
// Saving to storage.sync is all it takes: the background rescores stored reports when it changes.
import init, { renderOptions } from './pkg/clausewise.js';

const api = globalThis.browser ?? globalThis.chrome;
await init({ module_or_path: api.runtime.getURL('pkg/clausewise_bg.wasm') });
const { overrides } = await api.storage.sync.get('overrides');
renderOptions(document.getElementById('root'), overrides ?? null, {
  save: (next) => api.storage.sync.set({ overrides: next }),
});
document.documentElement.dataset.ready = 'true';
