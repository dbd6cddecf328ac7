// End-to-end tests of the start-up sequence (src/ui/startup.rs and the
// loader change in scripts/post-build.mjs): the page is built in steps, and
// none of them may move what is already on screen; the static header is
// painted before the WebAssembly is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, recommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens `url` with a layout-shift observer installed before any script. */
async function openObserved(url, width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName + '.' + (s.node?.className || '')) });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  // Two frames after the last step, so that its layout has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { page, context };
}

for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  test(`start-up in steps moves nothing on screen (${name})`, async () => {
    // An empty visit, and a shared assessment (answers, a recommendation).
    const { page: first, context: c1 } = await openObserved(`${server.url}/`, width, height);
    const link = `${server.url}/?app_type=full_stack_product&team_seniority=mostly_junior`;
    const { page: shared, context: c2 } = await openObserved(link, width, height);
    assert.equal(await recommendation(shared), 'django', 'the prefilled answers are applied');
    for (const page of [first, shared]) {
      // Not a single layout shift: the questionnaire keeps its room while
      // its cards arrive, and the header has room for the theme switch.
      assert.deepEqual(await page.evaluate(() => window.__shifts), []);
      assert.equal(await page.locator('fieldset.question').count(), 28);
    }
    await c1.close();
    await c2.close();
  });
}

test('the static header is painted before the WebAssembly is requested', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const { paint, wasm } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
  }));
  assert.ok(paint > 0, 'the page has a first contentful paint');
  assert.ok(wasm > 0, 'the WebAssembly was fetched');
  assert.ok(paint <= wasm, `first paint at ${paint} ms, WebAssembly requested at ${wasm} ms`);
  await context.close();
});
