// End-to-end tests of the start-up (src/ui/startup.rs, the mount in
// src/ui/mod.rs, public/theme.js and public/early.js): mounting the app over
// the page rendered at build time and applying a link's answers move
// nothing on screen; the small scoring module is requested while the HTML is
// parsed, and the app once that module is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectRecommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records every layout shift not caused by input, from the first one. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName + '.' + (s.node?.className || '')) });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens `url` once the page is ready, shifts recorded from the start. */
async function openObserved(url, width, height) {
  const opened = await openPage(browser, url, { width, height, init: recordShifts });
  // Two frames after the last step, so that its layout has been reported.
  await opened.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return opened;
}

for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  test(`start-up moves nothing on screen (${name})`, async () => {
    // An empty visit, and a shared assessment (answers, a recommendation).
    const first = await openObserved(`${server.url}/`, width, height);
    const link = `${server.url}/?app_type=full_stack_product&team_seniority=mostly_junior`;
    const prefilled = await openObserved(link, width, height);
    await expectRecommendation(prefilled.page, 'django'); // the prefilled answers are applied
    // A share link (another profile, "Team A").
    const shared = await openObserved(`${server.url}/#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew`, width, height);
    await expectRecommendation(shared.page, 'flask');
    for (const { page, errors } of [first, prefilled, shared]) {
      // Not a single layout shift: the app takes the place of the page
      // rendered at build time, and a visit with answers shows the page
      // only once they are in.
      assert.deepEqual(await page.evaluate(() => window.__shifts), []);
      assert.equal(await page.locator('fieldset.question').count(), 30);
      assert.deepEqual(errors, []);
    }
    assert.ok(await prefilled.page.isChecked('#app_type-full_stack_product'));
    assert.doesNotMatch(await shared.page.innerText('.progress'), /^0 of/);
    await prefilled.context.close();
    await first.context.close();
    await shared.context.close();
  });
}

test('a first visit requests the scoring module with the HTML, and the app once it is ready', async () => {
  const { page, context } = await openPage(browser, `${server.url}/`);
  const t = await page.evaluate(() => {
    const all = performance.getEntriesByType('resource');
    const early = all.find((e) => e.name.endsWith('/early-scoring_bg.wasm'));
    const app = all.find((e) => /\/django-flask-advisor-[0-9a-f]+_bg\.wasm$/.test(e.name));
    return { parsed: performance.getEntriesByType('navigation')[0]?.domInteractive, early: early?.startTime, earlyEnd: early?.responseEnd, app: app?.startTime };
  });
  assert.ok(t.parsed > 0, 'the page was parsed');
  assert.ok(t.early > 0 && t.app > 0, `both modules fetched: ${JSON.stringify(t)}`);
  assert.ok(t.early <= t.parsed, `scoring module requested at ${t.early} ms, page parsed at ${t.parsed} ms`);
  assert.ok(t.app >= t.earlyEnd, `app requested at ${t.app} ms, before the scoring module arrived (${t.earlyEnd} ms)`);
  await context.close();
});

test('a visit with a link is shown by the scoring module, and the app comes after it', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}/?app_type=api_backend`);
  await page.waitForSelector('[data-recommendation]:not([data-recommendation="none"])');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const order = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /(early-visit|django-flask-advisor-[0-9a-f]+)_bg\.wasm$/.test(e.name))
    .map((e) => ({ early: e.name.includes('early-visit'), start: e.startTime, end: e.responseEnd })));
  const early = order.find((e) => e.early);
  const app = order.find((e) => !e.early);
  assert.ok(early, 'the scoring module is fetched for a visit with a link');
  assert.ok(app.start >= early.end, 'the app is fetched once the scoring module has arrived');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-early-visit')), true, 'the module showed the visit');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the scoring module cannot load, the app still loads and scores', async () => {
  for (const blocked of [/early-scoring_bg\.wasm$/, /\/early-scoring\.js$/, /\/early\.js$/]) {
    const context = await browser.newContext();
    await context.route(blocked, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.check('#app_type-full_stack_product');
    await page.check('#team_seniority-mostly_junior');
    await expectRecommendation(page, 'django');
    await context.close();
  }
});

test('a visit the scoring module cannot show stays hidden until the app has put its answers in', async () => {
  const context = await browser.newContext();
  // An autosave that cannot be read: only the app sets it aside and says so.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('dfa.current', '{"schema":"django-flask-advisor/current","version":1,"answers":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  let asked;
  const requested = new Promise((r) => { asked = r; });
  await page.route(/django-flask-advisor-[0-9a-f]+_bg\.wasm$/, async (route) => { asked(); await held; await route.continue(); });
  await page.goto(`${server.url}/?app_type=full_stack_product&team_seniority=mostly_junior`, { waitUntil: 'commit' });
  // The app is asked for once the scoring module has read the visit.
  await requested;
  await page.waitForSelector('#app_type-full_stack_product', { state: 'attached' });
  // The empty form rendered at build time is not shown in the meantime.
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('app')).visibility), 'hidden');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-early-visit')), false);
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('app')).visibility), 'visible');
  assert.ok(await page.isChecked('#app_type-full_stack_product'));
  await expectRecommendation(page, 'django');
  await page.waitForSelector('.messages .notice');
  await context.close();
});
