// Assembles the extension: one base manifest + a per-browser overlay, the glue files, the icons and
// the engine from dist/pkg, into dist/<browser>/ and a store zip of each. The version comes from
// Cargo.toml, the one place it is written.
import { readFileSync, writeFileSync, mkdirSync, rmSync, readdirSync, statSync, copyFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)?.[1];
if (!version) throw new Error('no version in Cargo.toml');

/** Objects merge key by key; anything else in the overlay replaces the base. Keys starting with "//" are comments. */
function merge(base, overlay) {
  const out = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (key.startsWith('//')) continue;
    const both = value && typeof value === 'object' && !Array.isArray(value) && base[key] && typeof base[key] === 'object';
    out[key] = both ? merge(base[key], value) : value;
  }
  return out;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// What users get, and nothing else: the glue, the locales, the icons and the engine.
function contents() {
  const files = [];
  for (const path of filesUnder(join(root, 'extension'))) files.push([relative(join(root, 'extension'), path), path]);
  for (const size of [16, 32, 48, 128]) files.push([`icons/${size}.png`, join(root, 'icons', `${size}.png`)]);
  for (const name of ['clausewise.js', 'clausewise_bg.wasm']) files.push([`pkg/${name}`, join(dist, 'pkg', name)]);
  return files;
}

function assemble(name, overlays) {
  const out = join(dist, name);
  rmSync(out, { recursive: true, force: true });
  const manifest = overlays.reduce((m, o) => merge(m, readJson(`manifest/${o}.json`)), readJson('manifest/base.json'));
  manifest.version = version;
  const entries = [['manifest.json', null, Buffer.from(JSON.stringify(manifest, null, 2) + '\n')]];
  for (const [to, from] of contents()) entries.push([to, from, readFileSync(from)]);
  for (const [to, , data] of entries) {
    mkdirSync(dirname(join(out, to)), { recursive: true });
    writeFileSync(join(out, to), data);
  }
  return entries.map(([to, , data]) => ({ name: to, data }));
}

const builds = [
  { name: 'chrome', overlays: ['chrome'], zip: true },
  { name: 'firefox', overlays: ['firefox'], zip: true },
  { name: 'chrome-e2e', overlays: ['chrome', 'e2e'], zip: false },
  { name: 'firefox-e2e', overlays: ['firefox', 'e2e'], zip: false },
];
for (const build of builds) {
  const files = assemble(build.name, build.overlays);
  if (build.zip) {
    const path = join(dist, `clausewise-${build.name}-${version}.zip`);
    writeFileSync(path, zip(files));
    console.log(`${relative(root, path)}: ${files.length} files, ${(statSync(path).size / 1024).toFixed(0)} KB`);
  }
}
const wasm = statSync(join(dist, 'pkg', 'clausewise_bg.wasm')).size;
console.log(`engine: ${(wasm / 1024).toFixed(0)} KB wasm`);
