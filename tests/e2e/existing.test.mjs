// End to end: the existing-system path (extend, coexist, rewrite), the parts
// of Hybrid's score, the scope note, and that the questionnaire asks about
// existing code among the core questions. Every check waits for the page to
// show the change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, recommendation, expectText, inBothSchemes, axeOn } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const COEXIST = '/?existing_codebase=existing_django&app_type=full_stack_product&heavy_processing=separate_processing_services&multi_service_ops=yes';
const waitRec = (page, id) => page.waitForSelector(`[data-recommendation="${id}"]`);

test('existing code and team skills are core questions, asked early', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  const core = await page.$$eval('.core-questions fieldset.question', (els) => els.map((e) => e.id || e.dataset.question || e.querySelector('input')?.name));
  const pos = (q) => core.findIndex((id) => id && id.includes(q));
  assert.ok(pos('existing_codebase') >= 0 && pos('existing_codebase') < 5, `existing code is among the first core questions: ${core}`);
  assert.ok(pos('framework_familiarity') >= 0, 'team skills are a core question');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Flask prototype in a context that calls for Django is a rewrite; the same system in use is extended', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('label[for="existing_codebase-existing_flask"]');
  await page.click('label[for="rewrite_scope-prototype"]');
  await page.click('label[for="team_size-multiple_teams"]');
  await page.click('label[for="team_seniority-mixed"]');
  await page.click('label[for="maintenance_horizon-long_term"]');
  await waitRec(page, 'django');
  const path = page.locator('.existing-path');
  await path.waitFor();
  assert.equal(await path.getAttribute('data-path'), 'rewrite');
  assert.equal(await path.getAttribute('data-in-use'), 'flask');
  assert.match(await path.innerText(), /Rewrite in Django/);
  assert.match(await path.innerText(), /\[000\]/);
  // The rewrite cost is a contribution of its own.
  await page.locator('[role="tab"]', { hasText: 'Why' }).first().click();
  await expectText(page.locator('.contribution[data-question="existing_codebase"]'), /Cost of a rewrite/);
  // A product in use costs five times as much to rewrite: extend it.
  await page.click('label[for="rewrite_scope-product_in_use"]');
  await waitRec(page, 'flask');
  await page.waitForSelector('.existing-path[data-path="extend"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Django system with reporting as services of its own and several services: a Flask service beside it', async () => {
  const { page, errors, context } = await openPage(browser, server.url + COEXIST);
  await waitRec(page, 'hybrid');
  await page.waitForSelector('.existing-path[data-path="coexist"]');
  assert.match(await page.locator('.existing-path').innerText(), /Flask service beside Django/);
  // Hybrid's score is shown as its three parts, and they add up.
  const parts = page.locator('.hybrid-parts');
  await parts.waitFor();
  const [core, flaskParts, pattern] = await Promise.all(['data-core', 'data-flask-parts', 'data-pattern'].map((a) => parts.getAttribute(a).then(Number)));
  const hybrid = Number(await page.getAttribute('.score[data-framework="hybrid"] [data-score]', 'data-score'));
  assert.equal((core + flaskParts + pattern) / 100, hybrid);
  assert.ok(pattern > 0, `core ${core}, pattern ${pattern}`);
  assert.match(await page.locator('.confidence').innerText(), /medium|low/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('answers where another framework is the usual choice say it is not assessed', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-api_backend"]');
  await page.waitForFunction(() => /FastAPI/.test(document.querySelector('.scope-note')?.textContent || ''));
  await page.click('label[for="app_type-full_stack_product"]');
  await page.waitForFunction(() => !/FastAPI/.test(document.querySelector('.scope-note')?.textContent || ''));
  assert.match(await page.locator('.scope-note').innerText(), /Django and Flask only/);
  assert.deepEqual(errors, []);
  await context.close();
});


for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  test(`axe: the existing-system result has no violation (light and dark, ${size})`, async () => {
    const { page, context } = await openPage(browser, server.url + COEXIST, { width, height });
    await waitRec(page, 'hybrid');
    await page.waitForSelector('.existing-path[data-path="coexist"]');
    const found = await inBothSchemes(page, async (scheme) => (await (await axeOn(page)).analyze()).violations
      .map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
    assert.deepEqual(found.flat(), []);
    await context.close();
  });
}
