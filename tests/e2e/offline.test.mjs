// End-to-end tests of the service worker and the web app manifest, in
// headless Chromium against a copy of the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDist, launch, dist, expectRecommendation } from './harness.mjs';

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
