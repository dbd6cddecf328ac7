// The rough edges users found on screen (issue 28), in headless Chromium
// against the release build in dist/: one scrolling page on the desktop with
// the summary bar pinned; a refused clipboard said visibly beside the link
// (share block, summary bar, profiles); one evidence label per answer that
// agrees with its points; the Hybrid reason that follows a No; citations in
// ascending order; "Beyond the articles" tags that are plain labels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectRecommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const ANSWERS = [['app_type', 'content_platform'], ['admin_backoffice', 'business_backoffice'], ['team_seniority', 'mostly_senior']];

/** Answers by clicking the options' labels, opening the advanced group first when one is there. */
async function answer(page, pairs) {
  for (const [q, o] of pairs) {
    const label = page.locator(`label[for="${q}-${o}"]`);
    if (!(await label.isVisible()) && !(await page.locator('details#advanced[open]').count())) {
      await page.click('#advanced-summary');
      await page.waitForSelector('details#advanced[open] fieldset.question');
    }
    await label.click();
    await page.waitForSelector(`label[for="${q}-${o}"].selected`);
  }
}

/** The browser refuses every copy to the clipboard. */
const refuseClipboard = () => {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
  });
};

/** Is the element at `selector` shown as text a reader sees (not a 1-pixel box for screen readers only)? */
async function readable(page, selector) {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box && box.width > 100 && box.height >= 16, `${selector} is shown on screen: ${JSON.stringify(box)}`);
}

/** In the page: is the element whole inside the viewport? */
const inView = (selector) => {
  const r = document.querySelector(selector)?.getBoundingClientRect();
  return !!r && r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
};

test('desktop: one scrolling page; the summary bar stays in view; the share buttons fit on one line', async () => {
  const { page, errors, context } = await openPage(browser, server.url, DESKTOP);
  await answer(page, ANSWERS);
  await expectRecommendation(page, 'django');
  await page.waitForSelector('#share-record');
  // No box around the result scrolls by itself: the page is the one scroll.
  const scrollers = await page.evaluate(() => {
    const out = [];
    for (let el = document.querySelector('.result'); el && el !== document.documentElement; el = el.parentElement) {
      const { overflowY, maxHeight } = getComputedStyle(el);
      if (overflowY === 'auto' || overflowY === 'scroll' || maxHeight !== 'none') out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${overflowY} ${maxHeight}`);
    }
    return out;
  });
  assert.deepEqual(scrollers, [], 'the result and its column are not scroll boxes');
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight > innerHeight * 2), 'the page itself is long and scrolls');
  // The three share buttons sit on one line.
  const tops = await page.$$eval('.share-actions .button', (bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
  assert.equal(tops.length, 3);
  assert.equal(new Set(tops).size, 1, `share buttons on one line: ${tops}`);
  // Scrolled to the end of the page, the summary bar still shows the result.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
  await page.waitForFunction(() => scrollY > 1000);
  await page.waitForFunction(() => {
    const bar = document.querySelector('.sticky-summary');
    return bar && Math.round(bar.getBoundingClientRect().top) === 0 && /Django/.test(bar.textContent);
  });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${size}: a refused clipboard from the summary bar is said visibly beside the link, which is selected`, async () => {
    const { page, errors, context } = await openPage(browser, server.url, { ...viewport, init: refuseClipboard });
    await answer(page, ANSWERS);
    await expectRecommendation(page, 'django');
    await page.waitForSelector('#sticky-share', { state: 'visible' });
    await page.click('#sticky-share');
    // Said visibly in the bar for a moment, and beside the link's box.
    await page.waitForSelector('.sticky-copied.refused', { state: 'visible' });
    await page.waitForSelector('.share-status[data-done="refused"]', { state: 'visible' });
    assert.match(await page.innerText('.share-status'), /did not allow copying.*copy by hand/);
    await readable(page, '.share-status');
    await page.waitForFunction(() => document.activeElement?.id === 'share-link-field');
    await page.waitForFunction(inView, '#share-link-field');
    await page.waitForFunction(inView, '.share-status');
    // The message sits right above the box it speaks of.
    const gap = await page.evaluate(() => document.querySelector('.share-link').getBoundingClientRect().top - document.querySelector('.share-status').getBoundingClientRect().bottom);
    assert.ok(gap >= 0 && gap < 24, `message next to the link (${gap}px apart)`);
    assert.match(await page.inputValue('#share-link-field'), /#s2\./);
    const selected = await page.evaluate(() => {
      const i = document.activeElement;
      return i.selectionEnd - i.selectionStart === i.value.length && i.value.length > 0;
    });
    assert.ok(selected, 'the whole link is selected');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('profiles: a refused clipboard is said under the link, not only to screen readers', async () => {
  const { page, errors, context } = await openPage(browser, server.url, { init: refuseClipboard });
  await answer(page, ANSWERS);
  await page.click('#tab-profiles');
  await page.click('#copy-link');
  await page.waitForSelector('.copy-status[data-refused="true"]', { state: 'visible' });
  assert.match(await page.innerText('.copy-status'), /did not allow copying/);
  await readable(page, '.copy-status');
  await page.waitForFunction(() => document.activeElement?.id === 'share-link');
  assert.match(await page.inputValue('#share-link'), /#s2\./);
  // Said once, here: not also in the messages at the top of the page.
  assert.equal(await page.locator('.messages .notice:has-text("did not allow copying")').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('why: one label per answer that agrees with its points; citations ascending', async () => {
  const { page, context } = await openPage(browser, server.url);
  await answer(page, [...ANSWERS, ['team_size', 'solo_or_pair'], ['budget_profile', 'long_term_investment'], ['maintenance_horizon', 'long_term']]);
  await page.click('#tab-why');
  const item = (q) => page.locator(`#panel-why li.contribution[data-question="${q}"]`);
  await item('team_size').waitFor();
  await item('budget_profile').waitFor();
  for (const q of ['team_size', 'budget_profile']) {
    assert.match(await item(q).locator('.badges').innerText(), /no points/);
    const text = await item(q).innerText();
    assert.doesNotMatch(text, /capped at 1 point|weak evidence|strong evidence|moderate evidence/, `${q}: ${text}`);
  }
  // A scoring answer keeps its label.
  assert.match(await item('maintenance_horizon').locator('.meta').innerText(), /evidence/);
  // Team size cites two articles: in ascending order, as every citation on the page.
  assert.match(await item('team_size').locator('.reason .cites').innerText(), /\[001\]\s*\[002\]/);
  // Several teams, counted once under a mixed team's larger answer: "no
  // points" and the reason, no evidence grade beside them (the reported case).
  await answer(page, [['team_size', 'multiple_teams'], ['team_seniority', 'mixed']]);
  await page.waitForSelector('#panel-why li.contribution.set-aside[data-question="team_size"][data-option="multiple_teams"]');
  assert.match(await item('team_size').locator('.badges').innerText(), /no points/);
  assert.match(await item('team_size').innerText(), /counted once/);
  assert.doesNotMatch(await item('team_size').innerText(), /capped at 1 point|weak evidence|strong evidence|moderate evidence/);
  const unordered = await page.$$eval('.cites', (cs) => cs.map((c) => [...c.querySelectorAll('.cite')].map((a) => a.textContent))
    .filter((tags) => tags.some((t, i) => i > 0 && tags[i - 1] >= t)).map((t) => t.join('')));
  assert.deepEqual(unordered, []);
  await context.close();
});

test('hybrid withheld: after a No to running several services, the reason says so', async () => {
  const { page, context } = await openPage(browser, server.url);
  const split = [['app_type', 'full_stack_product'], ['admin_backoffice', 'business_backoffice'], ['architecture_style', 'core_plus_services'], ['heavy_processing', 'separate_processing_services']];
  await answer(page, split);
  const notice = page.locator('.result-before .notice:has-text("Hybrid was considered")');
  await notice.waitFor();
  assert.match(await notice.innerText(), /not answered yet/);
  await answer(page, [['multi_service_ops', 'no']]);
  await page.waitForFunction(() => /you answered that your team cannot run several services/.test(document.querySelector('.result-before')?.textContent));
  assert.doesNotMatch(await notice.innerText(), /not answered yet|does not say so/);
  await context.close();
});

test('"Beyond the articles" beside a release is a plain label, not a button', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [{ name: 'requirements.txt', mimeType: 'text/plain', buffer: Buffer.from('flask==2.3.3\n') }]);
  await page.waitForSelector('.from-code-results[data-analysis="done"] .beyond-tag');
  const look = await page.$eval('.beyond-tag', (t) => {
    const s = getComputedStyle(t);
    return { border: s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0, radius: s.borderTopLeftRadius, cursor: s.cursor, tab: t.tabIndex, tag: t.tagName };
  });
  assert.deepEqual(look, { border: true, radius: '0px', cursor: 'auto', tab: -1, tag: 'SPAN' });
  await context.close();
});
