// The phone layout (390 x 844) in headless Chromium against the release
// build: nothing sticks out at the right edge except inside an element marked
// as scrolling sideways (.scroller), on the first screen and in every tab; the
// tab strip is one row that keeps the active tab in view; the flowchart has no
// scroll box of its own and opens on the lit path; the header leaves the
// first screen to the app. The flowchart's single scroll is checked on the
// desktop too, where the results column otherwise scrolls by itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectRecommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const DJANGO = '/?app_type=content_platform&admin_backoffice=business_backoffice&data_model=standard_relational'
  + '&maintenance_horizon=long_term&team_seniority=mixed&budget_profile=tight_lean_start';
const TABS = ['why', 'whatif', 'flow', 'compare', 'disagreements', 'bom', 'after', 'team', 'report', 'profiles', 'sources'];

/**
 * In the page: every visible element whose right edge passes the viewport's,
 * outside any .scroller, each named by a short selector (the outermost of a
 * nest only), and the document's scroll width.
 */
function overflowInPage() {
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
  const path = (el) => [el.parentElement?.parentElement, el.parentElement, el].filter(Boolean).map(name).join(' > ');
  const limit = window.innerWidth + 0.5;
  const sticking = (el) => {
    if (el.closest('.scroller')) return false;
    const r = el.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) && r.right > limit;
  };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (sticking(el) && !(el.parentElement && sticking(el.parentElement))) {
      out.push(`${path(el)} (right edge ${Math.round(el.getBoundingClientRect().right)})`);
    }
  }
  const doc = document.scrollingElement.scrollWidth;
  if (doc > window.innerWidth) out.push(`the document is ${doc}px wide`);
  return out;
}

/** Waits (up to 3 s) for the page to fit, then asserts it, naming what sticks out. */
async function expectNoOverflow(page, where) {
  await page.waitForFunction(overflowInPage, null, { timeout: 3000 }).catch(() => {});
  const wide = await page.evaluate(overflowInPage);
  assert.deepEqual(wide, [], `${where}: wider than the ${PHONE.width}px screen outside a .scroller:\n  ${wide.join('\n  ')}`);
}

/** Opens a tab by a click and waits for its panel to be built and shown. */
async function openTab(page, id) {
  await page.click(`#tab-${id}`);
  await page.waitForSelector(`#panel-${id}:not([hidden]) > *`);
}

/** In the page: is the element with this selector whole inside the viewport (below the sticky bar)? */
function inViewport([sel, top]) {
  const el = document.querySelector(sel);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.top >= top && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
}

/** In the page: the ancestors of the chart that scroll vertically by themselves. */
function nestedScrollers() {
  const out = [];
  for (let el = document.querySelector('.flow-svg')?.parentElement; el && el !== document.body; el = el.parentElement) {
    const y = getComputedStyle(el).overflowY;
    if ((y === 'auto' || y === 'scroll' || y === 'hidden') && el.scrollHeight > el.clientHeight + 1) {
      out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${el.scrollHeight}px in ${el.clientHeight}px)`);
    }
  }
  return out;
}

test('phone: the first screen and every tab fit the width, except what is marked as scrolling sideways', async () => {
  const { page, context, errors } = await openPage(browser, server.url + DJANGO, PHONE);
  await expectRecommendation(page, 'django');
  await expectNoOverflow(page, 'first screen');
  for (const id of TABS) {
    await openTab(page, id);
    if (id === 'team') {
      // The member table only shows with someone in it.
      await page.click('#team-add-you');
      await page.waitForSelector('.team-table tbody tr');
    }
    if (id === 'compare') await page.waitForSelector('table.comparison tbody tr');
    await expectNoOverflow(page, `tab ${id}`);
  }
  // What scrolls sideways is a named, focusable region, so a keyboard can scroll it.
  const regions = await page.$$eval('.scroller:not([role=tablist])', (els) => els.map((e) => [e.getAttribute('role'), e.getAttribute('tabindex'), e.getAttribute('aria-label')]));
  assert.ok(regions.length > 0, 'the flowchart is a .scroller');
  for (const r of regions) assert.ok(r[0] === 'region' && r[1] === '0' && r[2], `a scroller is a labelled focusable region: ${JSON.stringify(r)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: the header leaves the first screen to the app, and the result is one tap away', async () => {
  const { page, context } = await openPage(browser, server.url + DJANGO, PHONE);
  await expectRecommendation(page, 'django');
  const header = await page.$eval('.site-header', (e) => e.getBoundingClientRect().height);
  assert.ok(header < 0.2 * PHONE.height, `the header is ${Math.round(header)}px tall, over a fifth of ${PHONE.height}px`);
  // The summary bar (a link to the result) is on the first screen.
  await page.waitForSelector('.sticky-summary', { state: 'visible' });
  assert.ok(await page.evaluate(inViewport, ['.sticky-summary', 0]), 'the summary bar is on the first screen');
  // On a wide screen the long introduction is back.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForSelector('.tagline-long', { state: 'visible' });
  assert.equal(await page.locator('.tagline-short').isVisible(), false);
  await context.close();
});

test('phone: the tabs are one row that keeps the active tab in view, by pointer and by keys', async () => {
  const { page, context } = await openPage(browser, server.url + DJANGO, PHONE);
  await page.waitForSelector('#tab-sources');
  const rows = await page.$$eval('[role=tab]', (els) => [...new Set(els.map((e) => e.offsetTop))]);
  assert.equal(rows.length, 1, `the tabs sit on ${rows.length} rows`);
  const isWhole = (tab) => {
    const t = document.getElementById(tab).getBoundingClientRect();
    const l = document.querySelector('[role=tablist]').getBoundingClientRect();
    return t.left >= l.left - 0.5 && t.right <= l.right + 0.5 && t.right <= window.innerWidth;
  };
  const whole = (id) => page.waitForFunction(isWhole, id, { timeout: 3000 }).then(() => true, () => false);
  // A citation in the Why tab opens the last tab, Sources, from afar: the
  // strip scrolls to it (a click on the tab itself would scroll it anyway).
  assert.equal(await page.evaluate(isWhole, 'tab-sources'), false, 'the last tab starts out of the strip');
  await page.locator('#panel-why .cite').first().click();
  await page.waitForSelector('#tab-sources[aria-selected=true]');
  assert.ok(await whole('tab-sources'), 'the last tab is whole in view once chosen');
  // Keys: Home goes back to the first tab, which scrolls back into view; End to the last.
  await page.focus('#tab-sources');
  await page.keyboard.press('Home');
  await page.waitForSelector('#tab-why[aria-selected=true]:focus');
  assert.ok(await whole('tab-why'), 'the first tab is whole in view after Home');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('#tab-sources[aria-selected=true]:focus');
  assert.ok(await whole('tab-sources'), 'the last tab is whole in view after ArrowLeft wraps');
  await context.close();
});

for (const [size, viewport] of [['phone', PHONE], ['desktop', { width: 1280, height: 900 }]]) {
  test(`${size}: the flowchart scrolls with the page and opens on the lit path`, async () => {
    const { page, context } = await openPage(browser, server.url + DJANGO, viewport);
    await expectRecommendation(page, 'django');
    // As after reading the questions: the page is scrolled down some way
    // (on the desktop to the end, where the results column is beside it).
    await page.evaluate((phone) => window.scrollTo(0, phone ? 1500 : document.scrollingElement.scrollHeight), size === 'phone');
    await page.locator('#tab-flow').scrollIntoViewIfNeeded();
    await page.click('#tab-flow');
    await page.waitForSelector('.flow-svg .node.lit');
    const end = await page.$eval('.flow-svg .node.end', (e) => e.dataset.node);
    const sel = `.flow-svg .node[data-node="${end}"]`;
    // Below the phone's sticky summary bar.
    const top = size === 'phone' ? await page.$eval('.sticky-summary', (e) => e.getBoundingClientRect().bottom) : 0;
    const seen = await page.waitForFunction(inViewport, [sel, top], { timeout: 4000 }).then(() => true, () => false);
    const box = await page.$eval(sel, (e) => JSON.stringify(e.getBoundingClientRect()));
    assert.ok(seen, `the end of the lit path (${end}) is on screen after the tab opens: ${box}`);
    assert.deepEqual(await page.evaluate(nestedScrollers), [], 'no box around the chart scrolls vertically by itself');
    await context.close();
  });
}
