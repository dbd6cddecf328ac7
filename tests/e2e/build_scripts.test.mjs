// The build scripts: scripts/post-build.mjs run as Trunk runs it (a child
// process with TRUNK_STAGING_DIR) on staging directories whose index.html
// spells `<meta charset>` in different ways, and the parsing helpers of
// scripts/bench.mjs. No browser and no build needed:
//   node --test tests/e2e/build_scripts.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseEngineBench, verdict, ENGINE_BENCHES } from '../../scripts/bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// POST_BUILD=path runs another version of the script (to watch these tests fail on the old one).
const postBuild = process.env.POST_BUILD ? path.resolve(process.env.POST_BUILD) : path.join(root, 'scripts', 'post-build.mjs');

/** A staged index.html around `head` (the tags before the loader), as Trunk writes it. */
const page = (head) => `<!DOCTYPE html>
<html lang="en">
<head>
  ${head}
  <title>Test</title>
<script type="module">
import init, * as bindings from './app.js';
const wasm = await init({ module_or_path: './app_bg.wasm' });
</script>
</head>
<body></body>
</html>
`;
const SW = "const BUILD = '__BUILD__';\nconst PRECACHE = ['__PRECACHE__'];\nconst READER = ['__READER__'];\n";

/** Runs post-build.mjs on a fresh staging dir holding `html`; returns { code, stdout, stderr, html, sw }. */
async function runPostBuild(html, { parent = tmpdir(), env = {}, sw = SW, extra = {} } = {}) {
  const dir = await mkdtemp(path.join(parent, 'dfa-staging-'));
  try {
    await writeFile(path.join(dir, 'index.html'), html);
    await writeFile(path.join(dir, 'sw.js'), sw);
    for (const [name, text] of Object.entries(extra)) await writeFile(path.join(dir, name), text);
    await writeFile(path.join(dir, 'app.js'), 'export default function init() {}\n');
    let code = 0, stdout, stderr;
    try {
      ({ stdout, stderr } = await promisify(execFile)(process.execPath, [postBuild], { env: { ...process.env, SPLIT_WASM: 'off', ...env, TRUNK_STAGING_DIR: dir } }));
    } catch (e) {
      ({ code, stdout, stderr } = e);
    }
    return { code, stdout, stderr, html: await readFile(path.join(dir, 'index.html'), 'utf8'), sw: await readFile(path.join(dir, 'sw.js'), 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CSP = /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/;

for (const spelling of [
  '<meta charset="utf-8">',
  '<meta charset="UTF-8">',
  "<meta charset='utf-8'>",
  '<meta charset=utf-8>',
  '<meta charset="utf-8" />',
  '<META CHARSET="UTF-8">',
  '<meta data-trunk-x="a > b" charset = "utf-8">',
  '<meta\n    charset="utf-8"\n  >',
]) {
  test(`post-build adds the policy after ${JSON.stringify(spelling)}`, async () => {
    const r = await runPostBuild(page(spelling));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.html, CSP);
    // Right after the charset declaration, and only once.
    const at = r.html.indexOf(spelling);
    assert.ok(at >= 0, 'the charset tag is kept as it was');
    assert.match(r.html.slice(at + spelling.length), /^\n {2}<meta http-equiv="Content-Security-Policy"/);
    assert.equal(r.html.match(/Content-Security-Policy/g).length, 1);
    // The loader no longer waits for the first paint; after the first-answer
    // module and the next frame's paint, it asks for the app's glue and
    // binary at once.
    assert.doesNotMatch(r.html, /first-contentful-paint/);
    assert.match(r.html, /await window\.advisorEarly;\nawait Promise\.race\(\[new Promise\(\(r\) => requestAnimationFrame\(\(\) => setTimeout\(r\)\)\), new Promise\(\(r\) => setTimeout\(r, 100\)\)\]\);\nconst appBinary = fetch\('\.\/app_bg\.wasm'\);\nconst bindings = await import\('\.\/app\.js'\);\nconst init = bindings\.default;\nconst wasm = await init\(\{ module_or_path: appBinary \}\);/);
    assert.match(r.sw, /const BUILD = "[0-9a-f]{16}"/);
    assert.match(r.sw, /\["\.\/", "app\.js"\]/);
  });
}

test('post-build lists the reader of "Start from your code" apart from the precache, and needs every placeholder', async () => {
  const extra = { 'depfiles-loader.js': '// loader\n', 'depfiles-worker_bg.wasm': 'wasm' };
  const r = await runPostBuild(page('<meta charset="utf-8">'), { extra });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.sw, /const PRECACHE = \["\.\/", "app\.js"\];/);
  assert.match(r.sw, /const READER = \["depfiles-loader\.js", "depfiles-worker_bg\.wasm"\];/);
  assert.match(r.stdout, /2 files precached, 2 cached once idle/);
  const old = await runPostBuild(page('<meta charset="utf-8">'), { extra, sw: SW.replace("const READER = ['__READER__'];\n", '') });
  assert.notEqual(old.code, 0);
  assert.match(old.stderr, /sw\.js placeholders not found: \['__READER__'\]/);
});

test('post-build puts the prerendered first screen into <div id="app">, before hashing', async () => {
  const html = page('<meta charset="utf-8">').replace('<body></body>', '<body><div id="app"></div></body>');
  const r = await runPostBuild(html, { env: { PRERENDER_HTML: '<main><fieldset id="q-x"></fieldset></main>' } });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.html, /<body><div id="app"><main><fieldset id="q-x"><\/fieldset><\/main><\/div><\/body>/);
  assert.match(r.html, CSP);
  const empty = await runPostBuild(html, { env: { PRERENDER_HTML: ' ' } });
  assert.notEqual(empty.code, 0);
  assert.match(empty.stderr, /the prerendered app is empty/);
});

for (const [name, head] of [
  ['no <meta charset>', '<meta name="viewport" content="width=device-width">'],
  ['the charset only inside another attribute', '<meta name="note" content="charset=utf-8">'],
  ['a misspelt charset attribute', '<meta charest="utf-8">'],
]) {
  test(`post-build fails the build on ${name}`, async () => {
    const r = await runPostBuild(page(head));
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /post-build failed: no <meta charset> found in index\.html, so no Content-Security-Policy could be added/);
    assert.doesNotMatch(r.html, /Content-Security-Policy/, 'nothing half-written');
  });
}

test('post-build refuses a page that already has a policy, however spelled', async () => {
  const r = await runPostBuild(page(`<meta charset="utf-8">\n  <meta HTTP-EQUIV='content-security-policy' content="default-src *">`));
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /already has a Content-Security-Policy/);
});

test('post-build works in a staging directory whose path has spaces', async () => {
  const parent = await mkdtemp(path.join(tmpdir(), 'dfa with spaces '));
  try {
    const r = await runPostBuild(page('<meta charset="utf-8">'), { parent });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.html, CSP);
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
});

test('post-build says so when TRUNK_STAGING_DIR is not set', async () => {
  const env = { ...process.env };
  delete env.TRUNK_STAGING_DIR;
  await assert.rejects(promisify(execFile)(process.execPath, [postBuild], { env }), (e) => {
    assert.notEqual(e.code, 0);
    assert.match(e.stderr, /post-build failed: TRUNK_STAGING_DIR is not set/);
    return true;
  });
});

// divan's table, as `cargo bench --bench engine` prints it.
const DIVAN = `share_link_largest_chars 87
Timer precision: 20 ns
engine                         fastest       │ slowest       │ median        │ mean          │ samples │ iters
├─ assess_all_answered         3.1 µs        │ 12.4 µs       │ 3.3 µs        │ 3.5 µs        │ 100     │ 3200
├─ assess_empty                410 ns        │ 1.2 µs        │ 450 ns        │ 470 ns        │ 100     │ 25600
├─ encode_share_link           220 ns        │ 900 ns        │ 240 ns        │ 250 ns        │ 100     │ 51200
╰─ whatif_search_all_answered  1.8 ms        │ 2.6 ms        │ 1.9 ms        │ 2 ms          │ 100     │ 100
`;

test('bench reads every engine figure from divan output', () => {
  const { engine, missing } = parseEngineBench(DIVAN);
  assert.deepEqual(missing, []);
  assert.deepEqual(engine, {
    share_link_largest_chars: 87,
    assess_all_answered_median: '3.3 µs',
    assess_empty_median: '450 ns',
    encode_share_link_median: '240 ns',
    whatif_search_all_answered_median: '1.9 ms',
  });
});

test('a missing divan line is named and reported as n/a, the others still read', () => {
  const text = DIVAN.split('\n').filter((l) => !l.includes('encode_share_link') && !l.startsWith('share_link_largest_chars')).join('\n');
  const { engine, missing } = parseEngineBench(text);
  assert.deepEqual(missing, ['share_link_largest_chars', 'encode_share_link median']);
  assert.equal(engine.share_link_largest_chars, 'n/a');
  assert.equal(engine.encode_share_link_median, 'n/a');
  assert.equal(engine.assess_empty_median, '450 ns');
  assert.equal(engine.whatif_search_all_answered_median, '1.9 ms');
  // Nothing at all (cargo bench failed): every figure missing, nothing thrown.
  assert.equal(parseEngineBench('').missing.length, ENGINE_BENCHES.length + 1);
});

test('a budget whose figure is missing is n/a, not missed', () => {
  assert.equal(verdict('n/a', (v) => v <= 100), 'n/a');
  assert.equal(verdict(undefined, (v) => v === 100), 'n/a');
  assert.equal(verdict(NaN, (v) => v <= 1000), 'n/a');
  assert.equal(verdict(87, (v) => v <= 100), 'holds');
  assert.equal(verdict(101, (v) => v <= 100), 'MISSED');
});

test("post-build fails the build when Trunk's loader no longer names the app's binary to split", async () => {
  const r = await runPostBuild(page('<meta charset="utf-8">'), { env: { SPLIT_WASM: '' } });
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /post-build failed: Trunk's loader changed: the app's binary \(django-flask-advisor-<hash>_bg\.wasm\) is not named in index\.html/);
  assert.doesNotMatch(r.html, /Content-Security-Policy/, 'nothing half-written');
});

test('the split step reads the name Trunk gave the app', async () => {
  const { appStem } = await import('../../scripts/split-wasm.mjs');
  assert.equal(appStem("const wasm = await init({ module_or_path: './django-flask-advisor-0a1b2c_bg.wasm' });"), 'django-flask-advisor-0a1b2c');
  assert.throws(() => appStem("init({ module_or_path: './early-scoring_bg.wasm' })"), /is not named/);
});

test("the build's split: the app's glue imports the modules' loader by its hashed name, and every module it names is in dist and precached", async () => {
  const { dist } = await import('./harness.mjs');
  const { readdir } = await import('node:fs/promises');
  const files = await readdir(dist);
  const glue = files.find((f) => /^django-flask-advisor-[0-9a-f]+\.js$/.test(f));
  const loader = files.find((f) => /^django-flask-advisor-split-[0-9a-f]+\.js$/.test(f));
  assert.ok(glue && loader, `glue and loader in dist: ${files}`);
  const glueText = await readFile(path.join(dist, glue), 'utf8');
  assert.match(glueText, new RegExp(`from "\\./${loader.replace(/[.]/g, '\\.')}"`));
  assert.doesNotMatch(glueText, /from "\.\/__wasm_split\.js"/);
  const loaderText = await readFile(path.join(dist, loader), 'utf8');
  assert.ok(loaderText.includes(`from "./${glue}"`), 'the loader takes initSync from the glue');
  const modules = [...loaderText.matchAll(/new URL\("\.\/([^"]+\.wasm)"/g)].map((m) => m[1]);
  assert.ok(modules.length > 0);
  const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
  for (const m of [...modules, loader]) {
    assert.ok(files.includes(m), `${m} is in dist`);
    assert.ok(sw.includes(JSON.stringify(m)), `${m} is precached`);
  }
});
