// Loaded as a plain script in the head of the extension's pages: it starts fetching and compiling the
// engine while the page is still being parsed. Module scripts run only once the page and all their
// imports have loaded (30-60 ms after a page opens); compiling the engine after that is what the user
// would wait for. The page's module hands this promise to the engine's init (pkg/clausewise.js).
globalThis.clausewiseEngine = WebAssembly.compileStreaming(fetch('pkg/clausewise_bg.wasm'))
  // Where streaming compilation is refused (a server's wrong MIME type), init reads the response.
  .catch(() => fetch('pkg/clausewise_bg.wasm'));
