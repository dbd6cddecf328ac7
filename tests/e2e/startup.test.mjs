// End-to-end tests of the start-up (src/ui/startup.rs, the hydration in
// src/ui/mod.rs and Trunk's preload links): hydrating the prerendered page
// and applying a link's answers move nothing on screen; the WebAssembly is
// requested while the HTML is still being parsed.
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
    const shared = await openObserved(link, width, height);
    await expectRecommendation(shared.page, 'django'); // the prefilled answers are applied
    for (const { page, errors } of [first, shared]) {
      // Not a single layout shift: the questionnaire keeps its room while
      // its cards arrive, and the header has room for the theme switch.
      assert.deepEqual(await page.evaluate(() => window.__shifts), []);
      assert.equal(await page.locator('fieldset.question').count(), 28);
      assert.deepEqual(errors, []);
    }
    await first.context.close();
    await shared.context.close();
  });
}

test('the WebAssembly is requested with the HTML, before the page is parsed', async () => {
  const { page, context } = await openPage(browser, `${server.url}/`);
  const { parsed, wasm } = await page.evaluate(() => ({
    parsed: performance.getEntriesByType('navigation')[0]?.domInteractive,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
  }));
  assert.ok(parsed > 0, 'the page was parsed');
  assert.ok(wasm > 0, 'the WebAssembly was fetched');
  assert.ok(wasm <= parsed, `WebAssembly requested at ${wasm} ms, page parsed at ${parsed} ms`);
  await context.close();
});
