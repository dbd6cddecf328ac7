// Splits the app's WebAssembly into the main module and the detail tabs'
// modules (src/ui/lazy.rs), the step Trunk does not have (trunk-rs/trunk
// issue 1022), as cargo-leptos does for Leptos's `#[lazy]`: from the binary
// cargo linked with its relocations (build.rs), `wasm-split-cli` (crates.io
// crate `wasm_split_cli_support`) writes the main module, the split modules
// and their loader (`__wasm_split.js`); wasm-bindgen then makes the main
// module's glue, keeping the linker's exports that the split modules import
// (`--keep-lld-exports`); wasm-opt optimises every module (a release build;
// a debug build keeps them as they are). The results
// replace Trunk's own glue and binary for the app in the staging directory,
// under the same names, so that Trunk's loader in index.html is unchanged;
// the split modules and their loader get names with their content's hash.
// Called by scripts/post-build.mjs before its other steps.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The app's binary, as named in Cargo.toml. */
export const APP_BIN = 'django-flask-advisor';

/** The project's root, where cargo is asked. */
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The stem of the app's glue and binary as Trunk named them in the staged
 * `html` (`<APP_BIN>-<hash>`, the glue being `<stem>.js` and the binary
 * `<stem>_bg.wasm`).
 *
 * # Errors
 * Throws when Trunk's loader does not name them.
 */
export function appStem(html) {
  const m = html.match(new RegExp(`['"]\\./(${APP_BIN}-[0-9a-f]+)_bg\\.wasm['"]`));
  if (!m) throw new Error(`Trunk's loader changed: the app's binary (${APP_BIN}-<hash>_bg.wasm) is not named in index.html`);
  return m[1];
}

/** A short hash of `bytes`, for a file name. */
function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * Replaces every `from` in `text` with `to`.
 *
 * # Errors
 * Throws when `from` is not in `text` (the tools' output changed).
 */
function replaceAll(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`${what}: ${from} not found`);
  return text.split(from).join(to);
}

/**
 * Runs `tool` with `args`; what it prints is shown only when it fails
 * (wasm-opt warns about every name subsection it does not know).
 */
function run(tool, args) {
  try {
    return execFileSync(tool, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`${tool} failed (${e.status ?? e.code}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/**
 * The app's binary as cargo linked it for this build, asked of cargo the
 * way Trunk asks (the build is done: this only reads its artifacts), so
 * that a target directory set anywhere cargo reads one is followed.
 *
 * # Errors
 * Throws when cargo names no such binary.
 */
export function linkedBinary(profile) {
  const args = ['build', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', APP_BIN, '--message-format=json'];
  if (profile === 'release') args.push('--release');
  for (const line of run('cargo', args).split('\n')) {
    if (!line.startsWith('{')) continue;
    const msg = JSON.parse(line);
    const wasm = msg.reason === 'compiler-artifact' && msg.target?.name === APP_BIN && msg.filenames?.find((f) => f.endsWith('.wasm'));
    if (wasm) return wasm;
  }
  throw new Error(`cargo named no ${APP_BIN}.wasm for the ${profile} build`);
}

/**
 * Writes `from` optimised by wasm-opt to `to` for a release build; a debug
 * build copies it as it is (and keeps its debug information). Runs beside
 * the caller's other work (the modules are optimised at the same time).
 *
 * # Errors
 * Rejects when wasm-opt fails, with what it printed.
 */
async function optimise(from, to, profile) {
  if (profile !== 'release') return copyFile(from, to);
  try {
    await promisify(execFile)('wasm-opt', ['-Oz', from, `--output=${to}`], { cwd: ROOT, maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`wasm-opt failed (${e.code}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/**
 * Splits the app in the staging directory `dir` (see the file's header).
 * Returns the names of the files written beside Trunk's.
 *
 * # Errors
 * Throws when the binary cargo linked is missing, or a tool fails, or its
 * output is not what this step expects.
 */
export async function splitApp(staging) {
  // The tools run in the project's root.
  const dir = path.resolve(staging);
  const stem = appStem(await readFile(path.join(dir, 'index.html'), 'utf8'));
  const profile = process.env.TRUNK_PROFILE || 'release';
  const linked = linkedBinary(profile);
  const work = await mkdtemp(path.join(tmpdir(), 'split-wasm-'));
  try {
    run('wasm-split-cli', [linked, work, '--out-name', stem]);
    const bindgen = path.join(work, 'bindgen');
    const debug = profile === 'release' ? [] : ['--debug', '--keep-debug'];
    run('wasm-bindgen', ['--target=web', '--keep-lld-exports', '--no-demangle', '--no-typescript', ...debug,
      `--out-dir=${bindgen}`, `--out-name=${stem}`, path.join(work, `${stem}.wasm`)]);
    const parts = (await readdir(work)).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`).sort();
    if (parts.length === 0) throw new Error('wasm-split-cli wrote no split module: are the split points gone?');
    // Every module optimised at once (the main one is the longest).
    await Promise.all([
      optimise(path.join(bindgen, `${stem}_bg.wasm`), path.join(dir, `${stem}_bg.wasm`), profile),
      ...parts.map((part) => optimise(path.join(work, part), path.join(work, `opt-${part}`), profile)),
    ]);

    // A module that cannot be fetched (a network error, or the page leaving
    // while the module was being fetched) is a state the app handles: the
    // tab says so (src/ui/lazy.rs). The loader's own log of it is a
    // warning, not an error.
    let loader = replaceAll(await readFile(path.join(work, '__wasm_split.js'), 'utf8'),
      'console.error(e);', 'console.warn(e);', '__wasm_split.js');
    const written = [];
    for (const part of parts) {
      const bytes = await readFile(path.join(work, `opt-${part}`));
      const name = `${APP_BIN}-${part.replace(/\.wasm$/, '')}-${contentHash(bytes)}.wasm`;
      await writeFile(path.join(dir, name), bytes);
      loader = replaceAll(loader, `"./${part}"`, `"./${name}"`, '__wasm_split.js');
      written.push(name);
    }
    const loaderName = `${APP_BIN}-split-${contentHash(loader)}.js`;
    await writeFile(path.join(dir, loaderName), loader);
    written.push(loaderName);
    const glue = replaceAll(await readFile(path.join(bindgen, `${stem}.js`), 'utf8'),
      // The import specifiers only: the module name the binary imports
      // from (the imports object's key) stays.
      'from "./__wasm_split.js"', `from "./${loaderName}"`, `${stem}.js`);
    await writeFile(path.join(dir, `${stem}.js`), glue);
    return written;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
