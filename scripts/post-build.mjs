// Trunk post-build hook, run on the staged build before it becomes dist/:
// 0. puts the app's first screen, rendered by `src/bin/prerender.rs` (or
//    taken from $PRERENDER_HTML), into index.html's empty `<div id="app">`,
//    which the app then replaces with the live app;
// 1. makes Trunk's loader wait for the first-answer module (public/early.js)
//    before it fetches the app's JS and WebAssembly (Trunk's preload links
//    are off, see Trunk.toml), both at once, then adds a strict Content-Security-Policy to
//    index.html, allowing the inline scripts by their SHA-256 hashes (no 'unsafe-inline', no 'unsafe-eval': only
//    'wasm-unsafe-eval', and no third-party origin);
// 2. writes the build version, the precache list (every file but the
//    on-demand ones, see `onDemand`) and the list of on-demand files (which
//    the service worker caches once the app is idle) into sw.js. The version
//    hashes every staged file (names and bytes), so any change to the build,
//    wasm-opt included, yields a new cache.
// Before them, the app's WebAssembly is split (scripts/split-wasm.mjs;
// SPLIT_WASM=off skips it, for this script's own tests on pages without the
// app).
// The steps are one script because Trunk runs hooks of a stage in
// parallel, and step 2 hashes what step 1 writes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitApp } from './split-wasm.mjs';

/** The policy, with the hashes of the inline scripts it must allow. */
export function policy(scriptHashes) {
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The `<meta>` tags of `html`, each as { index, end, attrs }, where attrs maps
 * each attribute's lower-case name to its value (quoted with " or ', or
 * unquoted, or empty), as the HTML parser reads them.
 */
export function metaTags(html) {
  const tags = [];
  for (const m of html.matchAll(/<meta\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const name = a[1].toLowerCase();
      if (!(name in attrs)) attrs[name] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    tags.push({ index: m.index, end: m.index + m[0].length, attrs });
  }
  return tags;
}

/** The empty element the prerendered app goes into. */
export const APP_SLOT = '<div id="app"></div>';

/**
 * Puts `app` (the prerendered first screen) into `html`'s {@link APP_SLOT}.
 *
 * # Errors
 * Throws when the slot is missing or not unique, or `app` is empty.
 */
export function insertApp(html, app) {
  const at = html.indexOf(APP_SLOT);
  if (at < 0 || html.indexOf(APP_SLOT, at + 1) >= 0) throw new Error(`index.html must have exactly one ${APP_SLOT}`);
  if (!app.trim()) throw new Error('the prerendered app is empty');
  return html.slice(0, at) + `<div id="app">${app}</div>` + html.slice(at + APP_SLOT.length);
}

/**
 * The target directory of the build-time render: its own, so that
 * `make dist` can build it beside the browser build (which holds the lock
 * of `target/`); `cargo run` here waits for that build and reuses it.
 */
export const PRERENDER_TARGET = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'target', 'render');

/**
 * The first screen, from $PRERENDER_HTML or rendered by the `prerender`
 * binary (native, offline). Under `make test` ($LINTED), the binary
 * the linted native tests build (scripts/test-native.sh) is run, with their
 * flags, so that it is compiled once.
 */
function renderApp() {
  if (process.env.PRERENDER_HTML !== undefined) return process.env.PRERENDER_HTML;
  const out = { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] };
  if (process.env.LINTED) {
    return execFileSync('bash', [path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-native.sh'), '--render'], out);
  }
  return execFileSync('cargo', ['run', '--quiet', '--offline', '--profile', 'prerender', '--features', 'prerender', '--bin', 'prerender'], {
    ...out,
    env: { ...process.env, CARGO_TARGET_DIR: process.env.PRERENDER_TARGET_DIR || PRERENDER_TARGET },
  });
}

/**
 * Adds the Content-Security-Policy to `html` (right after its
 * `<meta charset>`, however spelled). Returns { html, scripts }, scripts
 * being the number of inline scripts allowed by hash.
 *
 * # Errors
 * Throws when Trunk's loader is not found, when there is no inline script,
 * when the page already has a policy, or when it has no `<meta charset>` to
 * put the policy after (the build must fail rather than ship without one).
 */
export function addPolicy(source) {
  let html = source;
  const initCall = 'const wasm = await init(';
  if (!html.includes(initCall)) throw new Error(`Trunk's loader changed: "${initCall}" not found in index.html`);
  // The app (its JS glue too) is fetched once the first-answer module is
  // ready, or not needed, or failed (see public/early.js): Trunk's static
  // import becomes a dynamic one after that wait.
  // Once the frame after that wait is painted (or 100 ms have passed, for
  // a tab in the background, which paints nothing): the wait may end in the
  // task that shows a visit's result, and a request started before that
  // paint is counted by Lighthouse as needed for it, which it is not. The
  // app's binary is then asked for beside its glue (and the split modules'
  // loader the glue imports), not after them: the glue's init accepts the
  // fetch's promise.
  const staticImport = /import init, \* as bindings from '([^']+)';/;
  if (!staticImport.test(html)) throw new Error("Trunk's loader changed: its import of the app's JS glue was not found in index.html");
  const binary = /const wasm = await init\(\{ module_or_path: ('[^']+') \}\);/;
  const named = html.match(binary);
  if (!named) throw new Error("Trunk's loader changed: its init call naming the app's binary was not found in index.html");
  html = html.replace(binary, 'const wasm = await init({ module_or_path: appBinary });');
  const painted = 'Promise.race([new Promise((r) => requestAnimationFrame(() => setTimeout(r))), new Promise((r) => setTimeout(r, 100))])';
  html = html.replace(staticImport, (_, glue) => `await window.advisorEarly;\nawait ${painted};\nconst appBinary = fetch(${named[1]});\nconst bindings = await import('${glue}');\nconst init = bindings.default;`);
  const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(m[0].slice(0, m[0].indexOf('>'))))
    .map((m) => createHash('sha256').update(m[1], 'utf8').digest('base64'));
  if (hashes.length === 0) throw new Error('no inline loader script found in index.html');
  const metas = metaTags(html);
  if (metas.some((t) => (t.attrs['http-equiv'] || '').trim().toLowerCase() === 'content-security-policy')) {
    throw new Error('index.html already has a Content-Security-Policy');
  }
  const charset = metas.find((t) => 'charset' in t.attrs);
  if (!charset) {
    throw new Error('no <meta charset> found in index.html, so no Content-Security-Policy could be added after it; '
      + 'declare the encoding as <meta charset="utf-8"> at the top of <head>');
  }
  const tag = `\n  <meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  html = html.slice(0, charset.end) + tag + html.slice(charset.end);
  return { html, scripts: hashes.length };
}

async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else out.push(p);
  }
  return out;
}

/** Files cached by the service worker when first fetched, not precached. */
export const onDemand = (f) => /^depfiles-/.test(f);

/** Runs both steps on the staging directory `dir`. */
export async function postBuild(dir) {
  if (process.env.SPLIT_WASM !== 'off') {
    const parts = await splitApp(dir);
    console.log(`post-build: the app's WebAssembly split, ${parts.length - 1} module(s) loaded on demand`);
  }
  const indexPath = path.join(dir, 'index.html');
  let page = await readFile(indexPath, 'utf8');
  if (page.includes(APP_SLOT)) {
    page = insertApp(page, renderApp());
    console.log('post-build: first screen prerendered into index.html');
  }
  const { html, scripts } = addPolicy(page);
  await writeFile(indexPath, html);
  console.log(`post-build: CSP allows ${scripts} inline script(s) by hash`);

  const files = (await walk(dir)).map((f) => path.relative(dir, f).split(path.sep).join('/')).sort();
  // The reader of "Start from your code" (the depfiles web worker, its glue
  // and loader) is not precached, so the first answer never waits for it:
  // the service worker caches it when the user opens it (ON_DEMAND in
  // sw.js), or before, once the app is live and idle (READER in sw.js).
  const cached = files.filter((f) => f !== 'sw.js' && f !== 'index.html' && !onDemand(f));
  const reader = files.filter(onDemand);
  const hash = createHash('sha256');
  for (const f of files.filter((f) => f !== 'sw.js')) {
    hash.update(f).update('\0').update(await readFile(path.join(dir, f))).update('\0');
  }
  const build = hash.digest('hex').slice(0, 16);
  const swPath = path.join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const list = (names) => `[${names.map((f) => JSON.stringify(f)).join(', ')}]`;
  const holders = ["'__BUILD__'", "['__PRECACHE__']", "['__READER__']"];
  const missing = holders.filter((h) => !sw.includes(h));
  if (missing.length) throw new Error(`sw.js placeholders not found: ${missing.join(', ')}`);
  const out = sw.replace(holders[0], JSON.stringify(build)).replace(holders[1], list(['./', ...cached])).replace(holders[2], list(reader));
  await writeFile(swPath, out);
  console.log(`post-build: build ${build}, ${cached.length + 1} files precached, ${reader.length} cached once idle`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const dir = process.env.TRUNK_STAGING_DIR;
    if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
    await postBuild(dir);
  } catch (e) {
    console.error(`post-build failed: ${e.message}`);
    process.exit(1);
  }
}
