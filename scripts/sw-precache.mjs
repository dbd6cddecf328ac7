// Trunk post-build hook: writes the build version and the precache list into
// the staged sw.js. The version hashes every staged file (names and bytes),
// so any change to the build, wasm-opt included, yields a new cache.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else out.push(p);
  }
  return out;
}

const files = (await walk(dir)).map((f) => path.relative(dir, f).split(path.sep).join('/')).sort();
const cached = files.filter((f) => f !== 'sw.js' && f !== 'index.html');
const hash = createHash('sha256');
for (const f of files.filter((f) => f !== 'sw.js')) {
  hash.update(f).update('\0').update(await readFile(path.join(dir, f))).update('\0');
}
const build = hash.digest('hex').slice(0, 16);
const swPath = path.join(dir, 'sw.js');
const sw = await readFile(swPath, 'utf8');
const precache = ['./', ...cached].map((f) => JSON.stringify(f)).join(', ');
const out = sw.replace("'__BUILD__'", JSON.stringify(build)).replace("['__PRECACHE__']", `[${precache}]`);
if (out === sw) throw new Error('sw.js placeholders not found');
await writeFile(swPath, out);
console.log(`sw-precache: build ${build}, ${cached.length + 1} files precached`);
