// End-to-end tests of the flowchart, the comparison tables and the bill of
// materials, in headless Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { serveDist, launch, openPage, expectRecommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const litNodes = (page) => page.$$eval('.flow-svg .node.lit', (els) => els.map((e) => e.dataset.node));
const endNode = (page) => page.$eval('.flow-svg .node.end', (e) => e.dataset.node).catch(() => null);

/**
 * Waits (up to 5 s) until `read()` gives `want` (deep equality), or
 * satisfies `want` when it is a RegExp or a function; then asserts it, so
 * that a failure shows the last value read. Every check after a click or a
 * key goes through here: the page updates after the event, not during it.
 */
async function eventually(read, want, message) {
  const ok = (v) => (want instanceof RegExp ? want.test(v) : typeof want === 'function' ? want(v) : isDeepStrictEqual(v, want));
  const deadline = Date.now() + 5000;
  let got = await read();
  while (!ok(got) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    got = await read();
  }
  if (want instanceof RegExp) assert.match(String(got), want, message);
  else if (typeof want === 'function') assert.ok(want(got), `${message ?? 'condition'}: got ${JSON.stringify(got)}`);
  else assert.deepEqual(got, want, message);
}
const text = (page, sel) => () => page.locator(sel).innerText();
const count = (page, sel) => () => page.locator(sel).count();

test('changing an answer relights the flowchart path live', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // One scrolling page: the results column is never a scroll box of its own.
  const column = () => page.$eval('.results-column', (e) => getComputedStyle(e).overflowY);
  assert.equal(await column(), 'visible');
  await page.click('#tab-flow');
  await eventually(() => litNodes(page), ['Q0', 'Q1']);
  assert.equal(await page.locator('.flow-svg .node.open').getAttribute('data-node'), 'Q1', 'an unanswered decision is open');
  assert.match(await page.locator('.flow-svg .node.lit[data-node=Q1] .edge-label').innerHTML(), /assumed/);

  await page.click('label[for="app_type-full_stack_product"]');
  await eventually(() => litNodes(page), ['Q0', 'Q1', 'Q2']);
  await page.click('label[for="data_sensitivity-regulated"]');
  await eventually(() => litNodes(page), ['Q0', 'Q1', 'Q2', 'L_D_security']);
  await eventually(() => endNode(page), 'L_D_security');
  await eventually(count(page, '.flow-svg .node.open'), 0);
  // Chart and score agree here.
  await eventually(() => page.getAttribute('.flow-agreement', 'data-agrees'), 'true');
  await eventually(text(page, '.path-text'), /Result: Django/);

  await page.click('label[for="app_type-focused_service"]');
  await eventually(() => litNodes(page), ['Q0', 'Q1', 'Q6']);
  await eventually(text(page, '.path-text'), /Still open:.*\u201cAPI complexity\u201d/s);
  assert.equal(await column(), 'visible', 'the tall chart scrolls with the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the chart and the score disagree the page says why', async () => {
  const q = 'app_type=focused_service&api_complexity=simple_crud&data_sensitivity=none&team_seniority=mostly_junior&maintenance_horizon=long_term&dependency_governance=prefer_integrated';
  const { page, context } = await openPage(browser, `${server.url}/?${q}`);
  await page.click('#tab-flow');
  await eventually(() => endNode(page), 'L_F_service');
  await expectRecommendation(page, 'django');
  const notice = page.locator('.flow-agreement');
  await eventually(() => notice.getAttribute('data-agrees'), 'false');
  await eventually(() => notice.innerText(), /ends on Flask but the score recommends Django/);
  await context.close();
});

test('a flowchart node activated by keyboard lands on its question', async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}/?app_type=full_stack_product&data_sensitivity=none`);
  await page.click('#tab-flow');
  // Keyboard only from here: the pointer leaves the chart, so that a node
  // drawn under it cannot take the details box by hover.
  await page.mouse.move(0, 0);
  // Tab from the panel's first node to the open decision Q3 and press Enter.
  await page.focus('.flow-svg .node[data-node=Q0]');
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement.dataset?.node)) !== 'Q3' && guard++ < 40) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.dataset.node), 'Q3');
  await eventually(text(page, '.flow-details'), /back office/i, 'focus shows the node details');
  // Hovering another node shows that one; leaving it returns to the focused node.
  await page.hover('.flow-svg .node[data-node=Q0]');
  await eventually(text(page, '.flow-details'), (t) => !/back office/i.test(t), 'hover shows the hovered node');
  await page.mouse.move(0, 0);
  await eventually(text(page, '.flow-details'), /back office/i, 'back to the focused node');
  await page.keyboard.press('Enter');
  const focusedId = () => page.evaluate(() => document.activeElement.id);
  await eventually(focusedId, 'admin_backoffice-none', 'focus moves to the question');
  // A node whose question sits in the advanced group opens that group.
  await page.focus('.flow-svg .node[data-node=Q5]');
  await page.keyboard.press('Enter');
  await eventually(focusedId, 'architecture_control-conventions_fit');
  await eventually(() => page.locator('details#advanced').getAttribute('open'), '');
  // Answering by keyboard there works.
  await page.keyboard.press('Space');
  await page.waitForSelector('#architecture_control-conventions_fit:checked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('relevant table rows follow the answers and the filters work', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('#tab-compare');
  await page.waitForSelector('#panel-compare:not([hidden]) table.comparison');
  assert.equal(await page.locator('tr.relevant').count(), 0);
  await page.click('label[for="admin_backoffice-business_backoffice"]');
  const reasons = () => page.$$eval('tr.relevant .relevance', (els) => [...new Set(els.map((e) => e.textContent))]);
  await eventually(reasons, ['Relevant: you need a business back office']);
  const backOfficeRows = await page.locator('tr.relevant').count();
  assert.ok(backOfficeRows >= 3);
  await page.click('label[for="team_seniority-mostly_senior"]');
  await eventually(count(page, 'tr.relevant'), (n) => n > backOfficeRows, `more than ${backOfficeRows} relevant rows`);

  // Only relevant rows.
  await page.check('#only-relevant');
  const visible = () => page.$$eval('table.comparison tbody tr:not(.caveat-row)', (rows) => rows.filter((r) => !r.hidden && r.closest('[hidden]') === null).map((r) => r.classList.contains('relevant')));
  await eventually(visible, (v) => v.length > 0 && v.every(Boolean), 'only relevant rows are shown');
  // Topic filter.
  await page.uncheck('#only-relevant');
  await page.selectOption('#topic-filter', 'security');
  const topics = () => page.$$eval('table.comparison tbody tr[data-topic]', (rows) => [...new Set(rows.filter((r) => !r.hidden).map((r) => r.dataset.topic))]);
  await eventually(topics, ['security']);
  // Reconstructed tables are labelled, and flagged claims carry a caveat.
  await page.selectOption('#topic-filter', 'all');
  await eventually(topics, (t) => t.length > 1, 'every topic again');
  assert.match(await page.locator('[data-table=business_impact] caption').innerText(), /reconstructed/);
  assert.ok((await page.locator('.caveat').count()) >= 4);
  await context.close();
});

test('the bill of materials counts what a Flask build must assemble', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('#tab-bom');
  await page.waitForSelector('#panel-bom:not([hidden]) [data-flask-components]');
  const components = async () => Number(await page.getAttribute('[data-flask-components]', 'data-flask-components'));
  const base = await components();
  assert.equal(await page.locator('tr[data-capability=admin]').isVisible(), false);
  await page.click('label[for="admin_backoffice-business_backoffice"]');
  await page.click('label[for="auth_needs-roles_permissions_2fa"]');
  await page.locator('tr[data-capability=admin]').waitFor({ state: 'visible' });
  await eventually(components, (n) => n >= base + 5, `at least ${base + 5} components`);
  await eventually(text(page, 'tr[data-capability=permissions]'), /outside the sources/);
  await page.check('#bom-show-all');
  await page.locator('tr[data-capability=caching]').waitFor({ state: 'visible' });
  // KPIs and FAQ are reachable from the result panel.
  await page.click('.result-links button:has-text("After launch")');
  await page.locator('#panel-after').waitFor({ state: 'visible' });
  await eventually(count(page, '#panel-after .kpis li'), (n) => n >= 10, 'at least 10 KPIs');
  await context.close();
});

test('at phone width the page never scrolls sideways; the flowchart scrolls inside its panel', async () => {
  const s4 = 'scope_complexity=core_plus_specialized&app_type=full_stack_product&auth_needs=basic_accounts&architecture_style=core_plus_services&heavy_processing=separate_processing_services&multi_service_ops=yes';
  const { page, context } = await openPage(browser, `${server.url}/?${s4}`, { width: 390, height: 844 });
  for (const tab of ['why', 'flow', 'compare', 'bom', 'after', 'sources']) {
    await page.click(`#tab-${tab}`);
    await page.waitForSelector(`#panel-${tab}:not([hidden]) > *`);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scrollWidth <= innerWidth, `${tab}: page is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
  }
  await page.click('#tab-flow');
  await page.locator('.flow-scroll').waitFor({ state: 'visible' });
  const box = await page.$eval('.flow-scroll', (e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(box[0] >= box[1]);
  await eventually(() => endNode(page), 'L_H');
  await context.close();
});
