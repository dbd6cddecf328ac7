// End-to-end tests of the start-up sequence (src/ui/startup.rs and the
// loader change in scripts/post-build.mjs): the page is built in steps, and
// none of them may move what is already on screen; the static header is
// painted before the WebAssembly is fetched.
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
  test(`start-up in steps moves nothing on screen (${name})`, async () => {
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

test('the static header is painted before the WebAssembly is requested', async () => {
  const { page, context } = await openPage(browser, `${server.url}/`);
  const { paint, wasm } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
  }));
  assert.ok(paint > 0, 'the page has a first contentful paint');
  assert.ok(wasm > 0, 'the WebAssembly was fetched');
  assert.ok(paint <= wasm, `first paint at ${paint} ms, WebAssembly requested at ${wasm} ms`);
  await context.close();
});
