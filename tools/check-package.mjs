// Fails when a store package holds anything not meant for users (sources, tests, fixtures, source
// maps, test-only permissions) or misses what the browser needs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync, gzipSync } from 'node:zlib';
import { listZip } from './zip.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const forbidden = [/\.map$/, /(^|\/)tests?\//, /fixtures?\//, /\.rs$/, /(^|\/)\./, /node_modules/, /Cargo\./, /\.md$/];
const required = ['manifest.json', 'background.js', 'content.js', 'popup.html', 'options.html', 'report.html', 'report.js', 'engine.js', 'pkg/clausewise.js', 'pkg/clausewise_bg.wasm', '_locales/en/messages.json', '_locales/de/messages.json', 'icons/128.png'];

// Reads one entry's bytes from a zip (enough to check the manifest).
function readEntry(buffer, name) {
  let at = 0;
  while (buffer.readUInt32LE(at) === 0x04034b50) {
    const size = buffer.readUInt32LE(at + 18);
    const nameLength = buffer.readUInt16LE(at + 26);
    const extra = buffer.readUInt16LE(at + 28);
    const entryName = buffer.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    if (entryName === name) return inflateRawSync(buffer.subarray(start, start + size));
    at = start + size;
  }
  return null;
}

// Size budget, set just above the measured size: 329.9 KB gzipped (786 KB raw) with the German reader
// and interface, the summary-first popup, the full report page and the importance options, after the
// cuts listed in docs/size.md (which also says what is in the wasm and what the next cuts are). Growing
// past it needs a decision, not an accident: lower it when a cut lands. The issue asks for at most 350 KB.
const WASM_GZIP_BUDGET = 330.0 * 1024;

let problems = 0;
const zips = readdirSync(dist).filter((f) => /^clausewise-(chrome|firefox)-.*\.zip$/.test(f));
if (zips.length !== 2) { console.error(`expected 2 store zips in dist/, found ${zips.length}`); problems++; }
for (const file of zips) {
  const buffer = readFileSync(join(dist, file));
  const names = listZip(buffer);
  for (const name of names) {
    if (forbidden.some((re) => re.test(name))) { console.error(`${file}: ${name} is not meant for users`); problems++; }
  }
  for (const name of required) {
    if (!names.includes(name)) { console.error(`${file}: missing ${name}`); problems++; }
  }
  const manifest = JSON.parse(readEntry(buffer, 'manifest.json') ?? '{}');
  if (manifest.host_permissions?.length) { console.error(`${file}: carries host_permissions ${manifest.host_permissions}`); problems++; }
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  if (/unsafe-eval'|unsafe-inline|https?:/.test(csp.replace("'wasm-unsafe-eval'", ''))) { console.error(`${file}: loose CSP ${csp}`); problems++; }
  console.log(`${file}: ${names.length} files, permissions ${JSON.stringify(manifest.permissions)}`);
}
const wasm = readFileSync(join(dist, 'pkg', 'clausewise_bg.wasm'));
const gzipped = gzipSync(wasm, { level: 9 }).length;
console.log(`engine: ${(wasm.length / 1024).toFixed(0)} KB wasm, ${(gzipped / 1024).toFixed(0)} KB gzipped (budget ${WASM_GZIP_BUDGET / 1024} KB)`);
if (gzipped > WASM_GZIP_BUDGET) { console.error('the gzipped wasm is over its budget'); problems++; }
if (problems) process.exit(1);
