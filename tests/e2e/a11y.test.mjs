// Accessibility end to end: axe-core finds no violation on any screen or
// state, in light and dark schemes, at desktop and phone widths; and a
// keyboard-only user can complete an assessment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectRecommendation, inBothSchemes, axeOn } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const S8 = 'app_type=content_platform&admin_backoffice=business_backoffice&data_model=standard_relational&maintenance_horizon=long_term&budget_profile=tight_lean_start';

/** Waits until the tab panel `id` is shown and built. */
const panelShown = (p, id) => p.waitForSelector(`#panel-${id}:not([hidden]) > *`);

// [name, url, action]; each action waits for the state it sets up.
const STATES = [
  ['empty', '/', async () => {}],
  ['answered', `/?${S8}`, async (p) => {
    // No own work yet: one click keeps the preview as the own work.
    await p.click('#preview-adopt');
    await p.waitForSelector('.preview-banner', { state: 'detached' });
  }],
  ['advanced open', `/?${S8}`, async (p) => {
    await p.click('summary:has-text("Advanced questions")');
    await p.waitForSelector('details#advanced[open] fieldset.question');
  }],
  ['flowchart', `/?${S8}`, async (p) => {
    await p.click('#tab-flow');
    await p.focus('.flow-svg .node[data-node=Q2]');
    await p.waitForFunction(() => document.activeElement?.dataset?.node === 'Q2');
  }],
  ['tables', `/?${S8}`, async (p) => {
    await p.click('#tab-compare');
    await p.check('#only-relevant');
    await p.waitForFunction(() => [...document.querySelectorAll('table.comparison tbody tr:not(.caveat-row)')]
      .every((r) => r.hidden || r.closest('[hidden]') || r.classList.contains('relevant')));
  }],
  ['build list', `/?${S8}`, async (p) => {
    await p.click('#tab-bom');
    await p.check('#bom-show-all');
    await p.locator('tr[data-capability=caching]').waitFor({ state: 'visible' });
  }],
  ['after launch', `/?${S8}`, async (p) => {
    await p.click('#tab-after');
    await p.click('details.faq summary');
    await p.waitForSelector('details.faq[open]');
  }],
  ['profiles', '/', async (p) => {
    await p.click('label[for="app_type-api_backend"]');
    await p.click('#tab-profiles');
    for (const name of ['Axe', 'Axe two']) {
      // The second profile differs, so the comparison has moved contributions.
      if (name === 'Axe two') await p.click('label[for="team_seniority-mostly_senior"]');
      await p.fill('#new-profile-name', name);
      await p.click('.save-new button[type=submit]');
      await p.waitForFunction((n) => [...document.querySelectorAll('.profile-name')].some((e) => e.textContent === n), name);
    }
    await p.click('#copy-link');
    await p.waitForFunction(() => /#s2\./.test(document.querySelector('#share-link')?.value ?? ''));
    const ids = await p.$$eval('#compare-left option', (o) => o.map((x) => x.value).filter(Boolean));
    await p.selectOption('#compare-left', ids[0]);
    await p.selectOption('#compare-right', ids[1]);
    await p.waitForSelector('.profile-compare');
    await p.waitForSelector('.moved-contributions tbody tr');
  }],
  ['what if and a trial', `/?${S8}`, async (p) => {
    await p.click('#tab-whatif');
    await p.locator('.try-flip').first().click();
    await p.waitForSelector('.trial-banner');
  }],
  ['profile with unsaved changes', '/', async (p) => {
    await p.click('label[for="app_type-api_backend"]');
    await p.click('#tab-profiles');
    await p.fill('#new-profile-name', 'Baseline');
    await p.click('.save-new button[type=submit]');
    await p.waitForFunction(() => [...document.querySelectorAll('.profile-name')].some((e) => e.textContent === 'Baseline'));
    await p.click('label[for="team_seniority-mixed"]');
    await p.waitForSelector('.working[data-unsaved="true"]');
  }],
  ['what if: hinges and every variation open', '/?app_type=content_platform&admin_backoffice=business_backoffice&team_seniority=mostly_senior&architecture_control=fully_custom', async (p) => {
    await p.click('#tab-whatif');
    await p.waitForSelector('.hinge');
    await p.click('#whatif-more > summary');
    await p.locator('#flips-mechanical .flip').first().waitFor({ state: 'visible' });
  }],
  ['team view', '/', async (p) => {
    await p.click('label[for="app_type-api_backend"]');
    await p.click('#tab-team');
    await p.click('#team-add-you');
    await p.fill('#team-links', '#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew');
    await p.click('#team-add');
    await p.waitForSelector('.disagreement');
    await p.click('#copy-team-link');
    await p.waitForFunction(() => /#team\./.test(document.querySelector('#team-link')?.value ?? ''));
  }],
  ['disagreements', `/?${S8}&team_seniority=mostly_junior`, async (p) => {
    await p.click('#tab-disagreements');
    await p.waitForSelector('#note-learning li.touched');
  }],
  ['why with disagreements and corrections open', `/?${S8}&team_seniority=mostly_junior&traffic_profile=high_overall`, async (p) => {
    await p.click('#tab-why');
    await panelShown(p, 'why');
    const summaries = await p.locator('#panel-why details.contested summary').all();
    assert.ok(summaries.length > 0, 'some contested points to open');
    for (const s of summaries) await s.click();
    await p.waitForFunction(() => [...document.querySelectorAll('#panel-why details.contested')].every((d) => d.open));
  }],
  ['sources and corrections', '/', async (p) => { await p.click('#tab-sources'); await panelShown(p, 'sources'); }],
  ['report', `/?${S8}`, async (p) => {
    await p.click('#tab-report');
    await p.click('.report-preview summary');
    await p.waitForSelector('.report-preview[open]');
  }],
  ['theme chosen against the system', `/?${S8}`, async (p) => {
    const scheme = await p.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    const want = scheme ? 'light' : 'dark';
    await p.selectOption('#theme-select', want);
    await p.waitForSelector(`html[data-theme=${want}]`, { state: 'attached' });
    await p.click('#tab-whatif');
    await panelShown(p, 'whatif');
  }],
  ['share block with a refused clipboard', `/?${S8}`, async (p) => {
    await p.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } }));
    // No own work yet: one click keeps the preview as the own work.
    await p.click('#preview-adopt');
    await p.waitForSelector('.preview-banner', { state: 'detached' });
    await p.click('#share-copy');
    await p.waitForSelector('#share-link-field');
    await p.waitForSelector('.share-status[data-done]');
  }],
  ['summary bar and profiles with a refused clipboard', '/', async (p) => {
    await p.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } }));
    await p.click('label[for="app_type-api_backend"]');
    await p.click('#sticky-share');
    await p.waitForSelector('.sticky-copied.refused');
    await p.waitForSelector('.share-status[data-done="refused"]');
    await p.click('#tab-profiles');
    await p.click('#copy-link');
    await p.waitForSelector('.copy-status[data-refused="true"]');
  }],
  ['printout', `/?${S8}`, async (p) => {
    await p.click('#tab-report');
    await p.fill('#report-name', 'Axe <b>report</b>');
    // What printing does: the report is written in, then only it shows.
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await p.emulateMedia({ media: 'print' });
    await p.waitForSelector('.print-document h1', { state: 'visible' });
  }],
  ['share preview', '/#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew', async () => {}],
  ['error notices', '/?app_type=api_backend&colour=blue', async (p) => {
    await p.evaluate(() => localStorage.setItem('dfa.profile.p-bad', '{'));
    await p.goto(p.url().split('?')[0] + '#s1.broken');
    await p.waitForSelector('.messages .notice');
    await p.click('#tab-profiles');
    await p.waitForSelector('#panel-profiles:not([hidden]) .unreadable li');
  }],
];

/**
 * Runs `fn` on every item with at most `n` running at once; the results in
 * the items' order.
 */
async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }));
  return out;
}

/** How many states are analysed at once, each in its own browser context. */
const AXE_POOL = Number(process.env.AXE_POOL || 2);

/** axe's violations on the page as it is, one line each, named after `label`. */
async function violations(page, label) {
  // Analyse from the top of the page: on phones the sticky result bar
  // would otherwise lie over whatever the last action scrolled to,
  // which axe counts against the covered controls' target size.
  await page.evaluate(() => window.scrollTo(0, 0));
  const result = await (await axeOn(page))
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Only the violations are asserted: axe skips assembling the passes.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * States whose action depends on the colour scheme the page opened with
 * (the theme is chosen against the system's): set up once per scheme. Every
 * other state is set up once and analysed in the light scheme, then in the
 * dark one (the same page, its `prefers-color-scheme` switched).
 */
const PER_SCHEME = new Set(['theme chosen against the system']);

for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  test(`axe finds no violation: light and dark, ${size}`, async () => {
    // [state, the scheme it opens in, or null: light, then analysed in both].
    const runs = STATES.flatMap((s) => (PER_SCHEME.has(s[0]) ? [[s, 'light'], [s, 'dark']] : [[s, null]]));
    const found = await pool(runs, AXE_POOL, async ([[name, url, act], scheme]) => {
      const { page, context } = await openPage(browser, server.url + url, { width, height, colorScheme: scheme ?? 'light' });
      try {
        await act(page);
        if (scheme) return await violations(page, `${name} (${scheme})`);
        return (await inBothSchemes(page, (s) => violations(page, `${name} (${s})`))).flat();
      } finally {
        await context.close();
      }
    });
    assert.deepEqual(found.flat(), []);
  });
}

test('keyboard only: answer, read the result, follow the flowchart, save a profile', async () => {
  const { page, errors, context } = await openPage(browser, server.url, { reducedMotion: 'reduce' });
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset?.node || document.activeElement?.textContent?.trim().slice(0, 30));
  /** Waits until focus is on `want` (after a key press moved it), then checks it. */
  const focusMovesTo = async (want, message) => {
    await page.waitForFunction((w) => (document.activeElement?.id || document.activeElement?.dataset?.node) === w, want).catch(() => {});
    assert.equal(await focused(), want, message);
  };
  const tabTo = async (want, max = 200) => {
    for (let i = 0; i < max; i++) {
      if ((await focused()) === want) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`never reached ${want}; focus is on ${await focused()}`);
  };
  // Answer the first questions with Tab, arrows and Space.
  await tabTo('app_type-full_stack_product');
  // Focus is visible: the focused control draws an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('ArrowDown'); // content_platform, selected
  await page.waitForSelector('label[for="app_type-content_platform"].selected');
  await tabTo('app_type-importance');
  await page.keyboard.press('Tab'); // the skip button
  // Then the links to the disagreements bearing on this question, then the next question's radio group.
  await tabTo('scope_complexity-single_purpose', 10);
  await page.keyboard.press('ArrowDown'); // scope: moderate
  await page.keyboard.press('ArrowDown'); // complex_platform
  await page.waitForSelector('label[for="scope_complexity-complex_platform"].selected');
  await expectRecommendation(page, 'django');
  // Read the result: the sticky summary / recommendation is reachable.
  assert.match(await page.locator('.rec-name').innerText(), /Django/);
  // Follow the flowchart: the tab strip, arrows to Flowchart, into the chart.
  await tabTo('tab-why');
  await page.keyboard.press('ArrowRight');
  await focusMovesTo('tab-whatif');
  await page.keyboard.press('ArrowRight');
  await focusMovesTo('tab-flow');
  await page.locator('#panel-flow').waitFor({ state: 'visible' });
  await tabTo('Q2');
  await page.keyboard.press('Enter');
  await focusMovesTo('data_sensitivity-none', 'the open decision leads to its question');
  await page.keyboard.press('ArrowDown'); // personal data
  await page.keyboard.press('ArrowDown'); // regulated
  await page.waitForSelector('.flow-svg .node.end[data-node=L_D_security]', { state: 'attached' });
  // Save a profile (only the active tab is in the tab order).
  await tabTo('tab-flow');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await focusMovesTo('tab-profiles');
  await tabTo('new-profile-name');
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.profile-name');
  assert.equal(await page.locator('.profile-name').innerText(), 'Keyboard only');
  assert.deepEqual(errors, []);
  await context.close();
});
