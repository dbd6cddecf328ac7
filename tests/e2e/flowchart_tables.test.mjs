// End-to-end tests of the flowchart, the comparison tables and the bill of
// materials, in headless Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, recommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const litNodes = (page) => page.$$eval('.flow-svg .node.lit', (els) => els.map((e) => e.dataset.node));
const endNode = (page) => page.$eval('.flow-svg .node.end', (e) => e.dataset.node).catch(() => null);

test('changing an answer relights the flowchart path live', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('#tab-flow');
  assert.deepEqual(await litNodes(page), ['Q0', 'Q1']);
  assert.equal(await page.locator('.flow-svg .node.open').getAttribute('data-node'), 'Q1', 'an unanswered decision is open');
  assert.match(await page.locator('.flow-svg .node.lit[data-node=Q1] .edge-label').innerHTML(), /assumed/);

  await page.click('label[for="app_type-full_stack_product"]');
  assert.deepEqual(await litNodes(page), ['Q0', 'Q1', 'Q2']);
  await page.click('label[for="data_sensitivity-regulated"]');
  assert.deepEqual(await litNodes(page), ['Q0', 'Q1', 'Q2', 'L_D_security']);
  assert.equal(await endNode(page), 'L_D_security');
  assert.equal(await page.locator('.flow-svg .node.open').count(), 0);
  // Chart and score agree here.
  assert.equal(await page.getAttribute('.flow-agreement', 'data-agrees'), 'true');
  assert.match(await page.locator('.path-text').innerText(), /Result: Django/);

  await page.click('label[for="app_type-focused_service"]');
  assert.deepEqual(await litNodes(page), ['Q0', 'Q1', 'Q6']);
  assert.match(await page.locator('.path-text').innerText(), /Open:.*API complexity/s);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the chart and the score disagree the page says why', async () => {
  const q = 'app_type=focused_service&api_complexity=simple_crud&data_sensitivity=none&team_seniority=mostly_junior&maintenance_horizon=long_term&dependency_governance=prefer_integrated';
  const { page, context } = await openPage(browser, `${server.url}/?${q}`);
  await page.click('#tab-flow');
  assert.equal(await endNode(page), 'L_F_service');
  assert.equal(await recommendation(page), 'django');
  const notice = page.locator('.flow-agreement');
  assert.equal(await notice.getAttribute('data-agrees'), 'false');
  assert.match(await notice.innerText(), /ends on Flask but the score recommends Django/);
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
  assert.match(await page.locator('.flow-details').innerText(), /back office/i, 'focus shows the node details');
  // Hovering another node shows that one; leaving it returns to the focused node.
  await page.hover('.flow-svg .node[data-node=Q0]');
  assert.doesNotMatch(await page.locator('.flow-details').innerText(), /back office/i);
  await page.mouse.move(0, 0);
  assert.match(await page.locator('.flow-details').innerText(), /back office/i, 'back to the focused node');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'admin_backoffice-none', 'focus moves to the question');
  // A node whose question sits in the advanced group opens that group.
  await page.focus('.flow-svg .node[data-node=Q5]');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'architecture_control-conventions_fit');
  assert.equal(await page.locator('details#advanced').getAttribute('open'), '');
  // Answering by keyboard there moves the path on.
  await page.keyboard.press('Space');
  assert.deepEqual(errors, []);
  await context.close();
});

test('relevant table rows follow the answers and the filters work', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('#tab-compare');
  assert.equal(await page.locator('tr.relevant').count(), 0);
  await page.click('label[for="admin_backoffice-business_backoffice"]');
  const reasons = await page.$$eval('tr.relevant .relevance', (els) => [...new Set(els.map((e) => e.textContent))]);
  assert.deepEqual(reasons, ['Relevant: you need a business back office']);
  const backOfficeRows = await page.locator('tr.relevant').count();
  assert.ok(backOfficeRows >= 3);
  await page.click('label[for="team_seniority-mostly_senior"]');
  assert.ok((await page.locator('tr.relevant').count()) > backOfficeRows);

  // Only relevant rows.
  await page.check('#only-relevant');
  const visible = await page.$$eval('table.comparison tbody tr:not(.caveat-row)', (rows) => rows.filter((r) => !r.hidden && r.closest('[hidden]') === null).map((r) => r.classList.contains('relevant')));
  assert.ok(visible.length > 0 && visible.every(Boolean));
  // Topic filter.
  await page.uncheck('#only-relevant');
  await page.selectOption('#topic-filter', 'security');
  const topics = await page.$$eval('table.comparison tbody tr[data-topic]', (rows) => [...new Set(rows.filter((r) => !r.hidden).map((r) => r.dataset.topic))]);
  assert.deepEqual(topics, ['security']);
  // Reconstructed tables are labelled, and flagged claims carry a caveat.
  await page.selectOption('#topic-filter', 'all');
  assert.match(await page.locator('[data-table=business_impact] caption').innerText(), /reconstructed/);
  assert.ok((await page.locator('.caveat').count()) >= 4);
  await context.close();
});

test('the bill of materials counts what a Flask build must assemble', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('#tab-bom');
  const count = async () => Number(await page.getAttribute('[data-flask-components]', 'data-flask-components'));
  const base = await count();
  assert.equal(await page.locator('tr[data-capability=admin]').isVisible(), false);
  await page.click('label[for="admin_backoffice-business_backoffice"]');
  await page.click('label[for="auth_needs-roles_permissions_2fa"]');
  assert.equal(await page.locator('tr[data-capability=admin]').isVisible(), true);
  assert.ok((await count()) >= base + 5, `${await count()} vs ${base}`);
  assert.match(await page.locator('tr[data-capability=permissions]').innerText(), /outside the sources/);
  await page.check('#bom-show-all');
  assert.equal(await page.locator('tr[data-capability=caching]').isVisible(), true);
  // KPIs and FAQ are reachable from the result panel.
  await page.click('.result-links button:has-text("After launch")');
  assert.equal(await page.locator('#panel-after').isVisible(), true);
  assert.ok((await page.locator('#panel-after .kpis li').count()) >= 10);
  await context.close();
});

test('at phone width the page never scrolls sideways; the flowchart scrolls inside its panel', async () => {
  const s4 = 'scope_complexity=core_plus_specialized&app_type=full_stack_product&auth_needs=basic_accounts&architecture_style=core_plus_services&heavy_processing=separate_processing_services&multi_service_ops=yes';
  const { page, context } = await openPage(browser, `${server.url}/?${s4}`, { width: 390, height: 844 });
  for (const tab of ['why', 'flow', 'compare', 'bom', 'after', 'sources']) {
    await page.click(`#tab-${tab}`);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scrollWidth <= innerWidth, `${tab}: page is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
  }
  await page.click('#tab-flow');
  const box = await page.$eval('.flow-scroll', (e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(box[0] >= box[1]);
  assert.equal(await endNode(page), 'L_H');
  await context.close();
});
