// End-to-end tests of the service worker and the web app manifest, in
// headless Chromium against a copy of the release build in dist/: the app
// offline after a first visit, the split-off tabs cached once and what a
// tab says when its module cannot be fetched, the reader of "Start from your code" cached
// once the app is idle (and what it says offline when it was not), a new
// deployment offered as a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDist, launch, dist, expectRecommendation, expectText } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function copyOfDist() {
  const dir = await mkdtemp(path.join(tmpdir(), 'dfa-dist-'));
  await cp(dist, dir, { recursive: true });
  return dir;
}

async function firstVisit(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return page;
}

test('after a first visit the app loads and works with no network', async () => {
  const dir = await copyOfDist();
  const server = await serveDist(dir, { htmlFallback: true });
  const context = await browser.newContext();
  const page = await firstVisit(context, server.url);
  const saved = await page.evaluate(() => localStorage.getItem('dfa.current'));
  await page.click('label[for="app_type-focused_service"]');
  await expectRecommendation(page, 'flask');
  // Autosaved before the reload.
  await page.waitForFunction((before) => localStorage.getItem('dfa.current') !== before, saved);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForSelector('#app_type-focused_service:checked');
  await expectRecommendation(page, 'flask'); // autosaved work restored offline
  await page.click('label[for="app_type-content_platform"]');
  await expectRecommendation(page, 'django');
  // Even a prefill link opens offline.
  await page.goto(`${server.url}/?app_type=api_backend&api_complexity=complex_api`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForSelector('#app_type-api_backend:checked');
  await expectRecommendation(page, 'django');
  await context.setOffline(false);

  // The worker never caches itself, and never answers a script with HTML.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const keys = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    return { names, keys };
  });
  assert.equal(cached.names.length, 1);
  assert.ok(cached.keys.some((k) => k.endsWith('.wasm')));
  assert.ok(!cached.keys.some((k) => k.endsWith('sw.js')));
  const missing = await page.evaluate(async () => {
    const r = await fetch('/no-such-file.js');
    return [r.status, r.headers.get('content-type')];
  });
  assert.equal(missing[0], 404);
  assert.equal(missing[1], 'text/plain');
  // Without the worker, this host would have answered with the page itself.
  const direct = await page.request.get(`${server.url}/no-such-file.js`);
  assert.match(direct.headers()['content-type'], /html/);
  await context.close();
  await server.close();
  await rm(dir, { recursive: true });
});

/**
 * A served copy of dist/ and a new browser context, both closed and removed
 * when test `t` ends, passed or not (an open server would keep the run alive).
 */
async function servedCopy(t) {
  const dir = await copyOfDist();
  const server = await serveDist(dir);
  const context = await browser.newContext();
  t.after(async () => {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true });
  });
  return { server, context };
}

const READER_FILES = ['depfiles-loader.js', 'depfiles-worker.js', 'depfiles-worker_bg.wasm'];
const isReader = (url) => /\/depfiles-[^/]*$/.test(new URL(url).pathname);
const requirements = (text) => ({ name: 'requirements.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });

/** The paths of the reader's files in the service worker's caches. */
const readerCached = (page) => page.evaluate(async () => {
  const keys = [];
  for (const name of await caches.keys()) keys.push(...(await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1)));
  return keys.filter((k) => k.startsWith('depfiles-')).sort();
});

/** Console messages of the page and its workers, as "type: text". */
function consoleOf(page) {
  const seen = [];
  page.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
  return seen;
}

test('the reader is cached once the app is live and idle, and reads files offline though never opened online', { timeout: 90000 }, async (t) => {
  const { server, context } = await servedCopy(t);
  const page = await context.newPage();
  const messages = consoleOf(page);
  // Each request for the reader's files, held until it is known whether the
  // app had taken over the page (<html data-live>) when it was made.
  const early = [];
  const fetched = [];
  await context.route(isReader, async (route) => {
    const request = route.request();
    fetched.push({ file: new URL(request.url()).pathname.slice(1), byWorker: Boolean(request.serviceWorker()) });
    const live = await page.evaluate(() => document.documentElement.hasAttribute('data-live')).catch(() => false);
    if (!live) early.push(request.url());
    await route.continue();
  });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('label[for="app_type-focused_service"]');
  await expectRecommendation(page, 'flask');
  // Cached with no action of the user's (polled: the page's wait for a
  // condition does not await an asynchronous one).
  for (const end = Date.now() + 30000; ;) {
    const cached = await readerCached(page);
    if (READER_FILES.every((f) => cached.includes(f))) break;
    assert.ok(Date.now() < end, `the reader was not cached within 30 s: ${cached}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(early, [], 'nothing of the reader is fetched before the app is live');
  // Fetched by the service worker ahead of need, never by the page.
  assert.deepEqual(fetched.filter((f) => !f.byWorker), []);
  assert.deepEqual([...new Set(fetched.map((f) => f.file))].sort(), READER_FILES);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [requirements('Flask==3.1.0\nFlask-Login>=0.6\n')]);
  await page.waitForSelector('.from-code-results[data-analysis="done"]');
  await page.waitForSelector('[data-suggestion="existing_codebase=existing_flask"]');
  await page.waitForSelector('[data-suggestion="auth_needs=basic_accounts"]');
  assert.deepEqual(messages.filter((m) => /deprecated/i.test(m)), [], 'the worker starts with no deprecation warning');
});

/**
 * The status line of "Start from your code" once it says something other
 * than that the reader is starting, read in the same step as the wait (a
 * new attempt may replace it right after).
 */
async function readerStatus(page) {
  const text = await page.waitForFunction(() => {
    const t = document.querySelector('.from-code-status')?.textContent || '';
    return /\S/.test(t) && !/Starting the file reader/.test(t) ? t : null;
  });
  return text.jsonValue();
}

test('offline with the reader never cached, "Start from your code" says the user is offline, not to try again', { timeout: 90000 }, async (t) => {
  const { server, context } = await servedCopy(t);
  // The reader cannot be fetched during the first visit, so the warming
  // caches nothing.
  const blocked = new Set();
  let allBlocked;
  const everyFileAsked = new Promise((resolve) => { allBlocked = resolve; });
  await context.route(isReader, (route) => {
    blocked.add(new URL(route.request().url()).pathname.slice(1));
    if (READER_FILES.every((f) => blocked.has(f))) allBlocked();
    return route.abort('internetdisconnected');
  });
  const page = await firstVisit(context, server.url);
  const messages = consoleOf(page);
  await page.click('label[for="app_type-focused_service"]');
  await expectRecommendation(page, 'flask');
  // The warming tried, and failed.
  let timer;
  await Promise.race([everyFileAsked, new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the warming did not ask for every file within 30 s: ${[...blocked]}`)), 30000);
  })]).finally(() => clearTimeout(timer));
  assert.deepEqual(await readerCached(page), []);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  // The service worker answers what it cannot fetch nor find with a response.
  const answer = await page.evaluate(async () => {
    const r = await fetch('./depfiles-worker.js');
    return [r.status, r.headers.get('content-type')];
  });
  assert.deepEqual(answer, [503, 'text/plain']);
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [requirements('Flask==3.1.0\n')]);
  const status = await readerStatus(page);
  assert.match(status, /You are offline/);
  assert.match(status, /back online/);
  assert.doesNotMatch(status, /try again/);
  assert.equal(await page.locator('.from-code-results').count(), 0);
  assert.deepEqual(messages.filter((m) => /deprecated/i.test(m)), []);
});

test('online, a reader that fails to load for another reason still asks to try again', { timeout: 90000 }, async (t) => {
  const { server, context } = await servedCopy(t);
  await context.route((url) => url.pathname.endsWith('/depfiles-worker_bg.wasm'), (route) => route.fulfill({ status: 500, body: 'broken' }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [requirements('Flask==3.1.0\n')]);
  const status = await readerStatus(page);
  assert.match(status, /try again/);
  assert.doesNotMatch(status, /offline/);
});

/** Whether `url` is one of the split-off modules of the detail tabs (their loader, a script the app imports, is not). */
const isSplit = (url) => /\/django-flask-advisor-(split|chunk)_[^/]*\.wasm$/.test(new URL(url).pathname);

/** Opens `tab` and waits for its panel to show more than "Loading…". */
async function openTab(page, tab) {
  await page.click(`#tab-${tab}`);
  await page.waitForFunction((t) => {
    const p = document.getElementById(`panel-${t}`);
    return p && !p.hidden && !p.querySelector('.panel-loading') && p.innerText.trim().length > 0;
  }, tab, { timeout: 15000 });
  return page.locator(`#panel-${tab}`);
}

/** The split-off modules, as the build's loader of them names them. */
async function splitModules() {
  const loader = (await readdir(dist)).find((f) => /^django-flask-advisor-split-[0-9a-f]+\.js$/.test(f));
  assert.ok(loader, 'the split modules\' loader is in dist');
  const text = await readFile(path.join(dist, loader), 'utf8');
  const names = [...text.matchAll(/new URL\("\.\/([^"]+\.wasm)"/g)].map((m) => m[1]).sort();
  assert.ok(names.length > 0, 'the loader names its modules');
  return names;
}

test('after a first visit the split-off tabs open offline: fetched once by the service worker, then by the page from its cache before any tab opens', { timeout: 90000 }, async (t) => {
  const { server, context } = await servedCopy(t);
  // Requests that reach the network (one the worker answers from its cache
  // does not).
  const fromNetwork = [];
  await context.route(isSplit, (route) => {
    fromNetwork.push({ file: new URL(route.request().url()).pathname.slice(1), byWorker: Boolean(route.request().serviceWorker()) });
    return route.continue();
  });
  const page = await firstVisit(context, server.url);
  const split = await splitModules();
  // No tab opened: the page asks for every module once the worker controls
  // it, and the worker answers.
  await page.waitForFunction((files) => files.every((f) => performance.getEntriesByType('resource')
    .some((e) => new URL(e.name).pathname.endsWith(`/${f}`) && e.workerStart > 0)), split, { timeout: 30000 });
  assert.deepEqual(fromNetwork.filter((r) => !r.byWorker), [], 'the page fetched no module from the network');
  assert.deepEqual(fromNetwork.map((r) => r.file).sort(), split, 'the worker fetched each module once');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await expectText(await openTab(page, 'flow'), /Decision flowchart/);
  await expectText(await openTab(page, 'profiles'), /Profiles and sharing/);
  await expectText(await openTab(page, 'report'), /Report/);
  assert.equal(await page.locator('.panel-failed').count(), 0);
});

test('a split-off tab that cannot be fetched says why, and loads when tried again', { timeout: 90000 }, async (t) => {
  const { server, context } = await servedCopy(t);
  // No service worker, so that each module is fetched when its tab opens.
  await context.route((url) => url.pathname.endsWith('/sw.js'), (route) => route.abort());
  let blocked = true;
  await context.route(isSplit, (route) => (blocked ? route.abort('connectionrefused') : route.continue()));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('label[for="app_type-focused_service"]');
  await expectRecommendation(page, 'flask');
  await page.click('#tab-flow');
  const failed = page.locator('#panel-flow .panel-failed');
  await expectText(failed, /could not be downloaded/);
  assert.doesNotMatch(await failed.innerText(), /offline/);
  blocked = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expectText(await openTab(page, 'flow'), /Decision flowchart/);
  assert.equal(await page.locator('#panel-flow .panel-failed').count(), 0);
  // Offline, the Profiles tab's module (not fetched yet) says so.
  blocked = true;
  await context.setOffline(true);
  await page.click('#tab-profiles');
  const offline = page.locator('#panel-profiles .panel-failed');
  await expectText(offline, /You are offline/);
  blocked = false;
  await context.setOffline(false);
  await offline.getByRole('button', { name: 'Try again' }).click();
  await expectText(await openTab(page, 'profiles'), /Profiles and sharing/);
  // The answer given before is still there, and the app still answers.
  assert.ok(await page.isChecked('#app_type-focused_service'));
  await expectRecommendation(page, 'flask');
  await page.click('label[for="app_type-content_platform"]');
  await expectRecommendation(page, 'django');
});

test('a new deployment is offered as a reload, then replaces the old cache', async () => {
  const dir = await copyOfDist();
  const server = await serveDist(dir);
  const context = await browser.newContext();
  const page = await firstVisit(context, server.url);
  const oldCaches = await page.evaluate(() => caches.keys());
  await page.click('label[for="app_type-content_platform"]');
  await page.waitForSelector('#app_type-content_platform:checked');
  await expectRecommendation(page, 'django');

  // Deploy a new build: a different version in sw.js.
  const swPath = path.join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  await writeFile(swPath, sw.replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "0000$1"'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('.update-banner', { timeout: 20000 });
  // Not switched mid-assessment: the page and its answers are as they were.
  assert.equal(await page.locator('#app_type-content_platform').isChecked(), true);
  assert.deepEqual(await page.evaluate(() => caches.keys()).then((k) => k.filter((n) => oldCaches.includes(n))), oldCaches);

  await Promise.all([page.waitForEvent('load'), page.click('#apply-update')]);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  // The new worker deletes the old cache when it activates, which may end
  // after the reload: wait for it.
  let names = await page.evaluate(() => caches.keys());
  for (let i = 0; i < 100 && names.length !== 1; i++) {
    await new Promise((r) => setTimeout(r, 100));
    names = await page.evaluate(() => caches.keys());
  }
  assert.equal(names.length, 1);
  assert.match(names[0], /^dfa-0000/);
  await page.waitForSelector('#app_type-content_platform:checked'); // work survives the reload
  await context.close();
  await server.close();
  await rm(dir, { recursive: true });
});

test('the web app manifest is linked and its icons exist', async () => {
  const server = await serveDist();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  const manifest = await (await page.request.get(`${server.url}/${href}`)).json();
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  for (const icon of manifest.icons) {
    const r = await page.request.get(`${server.url}/${icon.src}`);
    assert.equal(r.status(), 200, icon.src);
    assert.equal(r.headers()['content-type'], 'image/png');
  }
  await context.close();
  await server.close();
});
