// Every way in is scored before the app has loaded (public/early.js,
// src/visit.rs): a share link, a prefill link, a team link and a returning visit with
// autosaved work put their answers into the rendered form, their notices
// above it and their result on screen while the app's WebAssembly is held
// back; once it is released the app shows exactly the same, nothing moves,
// and a change made meanwhile is kept. A team link opens the team view
// the same way. A visit with something else to say (a bad link) stays
// hidden until the app says it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openHeld, shown, expectRecommendation } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const APP_WASM = /django-flask-advisor-[0-9a-f]+_bg\.wasm$/;

// "Team A": an API backend (importance high) for a mostly senior team (Flask).
const SHARE = '#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew';

/** An autosave of `answers` (the dfa.current record, src/codec/profile.rs). */
function autosave(answers) {
  return JSON.stringify({ schema: 'django-flask-advisor/current', version: 1, id: '', rev: 0, name: '', answers, importance: {} });
}

async function visibleApp(page) {
  return page.evaluate(() => getComputedStyle(document.getElementById('app')).visibility === 'visible');
}

const entries = [
  {
    name: 'share link',
    url: () => `${server.url}/${SHARE}`,
    rec: 'flask',
    selected: ['app_type-api_backend', 'team_seniority-mostly_senior'],
    importance: 'high',
    notices: /shared assessment: “Team A”/,
  },
  {
    name: 'prefill link with a skipped parameter',
    url: () => `${server.url}/?app_type=full_stack_product&team_seniority=mostly_junior&importance.app_type=high&nope=1`,
    rec: 'django',
    selected: ['app_type-full_stack_product', 'team_seniority-mostly_junior'],
    importance: 'high',
    notices: /answers from a link[^]*One part of the link was ignored[^]*nope=1/,
  },
  {
    name: 'returning visit with autosaved work',
    url: () => `${server.url}/`,
    init: { key: 'dfa.current', value: autosave({ app_type: 'full_stack_product', team_seniority: 'mostly_junior' }) },
    rec: 'django',
    selected: ['app_type-full_stack_product', 'team_seniority-mostly_junior'],
    notices: /^$/,
  },
];

for (const entry of entries) {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    test(`${entry.name} (${width} px): on screen and scored before the app has loaded, and nothing moves when it takes over`, async () => {
      const init = entry.init
        ? ({ key, value }) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); } }
        : undefined;
      const { context, page, errors, release } = await openHeld(browser, entry.url(), APP_WASM, { width, height, shifts: true, init, initArg: entry.init });
      await page.waitForSelector('html[data-early-visit]', { state: 'attached' });
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-live')), false, 'the app has not loaded');
      assert.ok(await visibleApp(page), 'the page is shown');
      await expectRecommendation(page, entry.rec);
      const early = await page.evaluate(shown);
      assert.match(early.notices, entry.notices);
      assert.deepEqual([...early.selected].sort(), entry.selected, 'the visit\'s answers are in the form');
      assert.equal(await page.inputValue('#app_type-importance'), entry.importance ?? 'normal', 'and its importance');
      assert.match(early.progress, /^[1-9]\d* of/);
      // Long enough for a shift to count, then the app.
      await page.waitForTimeout(600);
      release();
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.deepEqual(await page.evaluate(shown), early, 'the app shows what the first screen showed');
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved when the app took over');
      assert.equal(await page.inputValue('#app_type-importance'), entry.importance ?? 'normal');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

// A team link of "Ann <b>" (an API backend for a mostly senior team:
// Flask) and an unnamed colleague (a full product with a business back
// office: Django), as the team view's "Copy team link" writes it.
const TEAM = '#team.s2.cIQjCEIQhCEIQhCEIQhCEIQhCEFubiA8Yj6Q~s2.MIQhCEIThCEIQhCEIQhCEIQhCGE';

/**
 * Whether the Team tab is within the tab strip's box (on a phone the strip
 * scrolls sideways, smoothly) and the strip has stopped scrolling.
 */
async function teamTabInView() {
  const list = document.querySelector('.tablist');
  const before = list.scrollLeft;
  await new Promise((r) => setTimeout(r, 100));
  const tab = document.getElementById('tab-team').getBoundingClientRect();
  const strip = list.getBoundingClientRect();
  return list.scrollLeft === before && tab.left >= strip.left && tab.right <= strip.right;
}

/** The team view as the user sees it: the open tab, the panel, the message. */
function teamShown() {
  const panel = document.getElementById('panel-team');
  // The panel's markup, each element's attributes in name order (the order
  // is not shown; Leptos writes `class` first), comments left out, and
  // without `inert`, which the first-answer module puts on the controls that need the app
  // (checked apart).
  const markup = (node) => [...node.childNodes].map((n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent;
    if (n.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = [...n.attributes].filter((a) => a.name !== 'inert').map((a) => `${a.name}="${a.value}"`).sort().join(' ');
    return `<${n.localName} ${attrs}>${markup(n)}</${n.localName}>`;
  }).join('');
  return {
    tab: document.querySelector('[role=tab][aria-selected=true]')?.id,
    tabs: [...document.querySelectorAll('[role=tab]')].map((t) => `${t.id}:${t.tabIndex}:${t.classList.contains('active')}`),
    panels: [...document.querySelectorAll('.tabpanel')].filter((p) => !p.hidden).map((p) => p.id),
    // On a phone the strip scrolls sideways: where it is scrolled to.
    strip: Math.round(document.querySelector('.tablist').scrollLeft),
    members: [...panel.querySelectorAll('.team-table tbody tr')].map((r) => `${r.dataset.member}: ${r.dataset.recommendation}`),
    text: panel.innerText,
    html: markup(panel),
    messages: document.querySelector('.notices')?.innerText.trim(),
  };
}

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`team link (${width} px): the team view is on screen before the app has loaded, and nothing moves when it takes over`, async () => {
    const { context, page, errors, release } = await openHeld(browser, `${server.url}/${TEAM}`, APP_WASM, { width, height, shifts: true });
    await page.waitForSelector('html[data-early-visit]', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-live')), false, 'the app has not loaded');
    assert.ok(await visibleApp(page), 'the page is shown');
    // The open tab is scrolled into the strip once the page is drawn.
    await page.waitForFunction(teamTabInView);
    const early = await page.evaluate(teamShown);
    assert.equal(early.tab, 'tab-team');
    assert.deepEqual(early.panels, ['panel-team']);
    assert.deepEqual(early.members, ['Ann <b>: flask', 'Colleague 2: django'], 'each person, the name as text');
    assert.match(early.text, /2 people, split: Django 1, Flask 1/);
    assert.match(early.text, /Where the answers differ[^]*Kind of project/);
    assert.match(early.messages, /Added 2 people to the team view/);
    assert.equal(await page.evaluate(() => document.querySelector('#panel-team b')), null, 'a name is never markup');
    const inert = () => page.evaluate(() => ['#team-links', '#team-add', '#copy-team-link'].map((s) => document.querySelector(s).closest('[inert]') !== null));
    assert.deepEqual(await inert(), [true, true, true], 'the controls that need the app wait for it');
    await expectRecommendation(page, 'none');
    await page.waitForTimeout(600);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForFunction(teamTabInView);
    assert.deepEqual(await page.evaluate(teamShown), early, 'the app shows what the first screen showed');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved when the app took over');
    assert.deepEqual(await inert(), [false, false, false], 'the app\'s controls');
    // The app reads a team link once: it leaves the address.
    await page.waitForFunction(() => !location.hash.startsWith('#team.'));
    // And the team view is the app's: removing a person works.
    await page.click('#panel-team button[aria-label="Remove Colleague 2"]');
    await page.waitForFunction(() => document.querySelectorAll('#panel-team .team-table tbody tr').length === 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a change made on a shared link before the app has loaded is kept, and stays a preview', async () => {
  const { context, page, errors, release } = await openHeld(browser, `${server.url}/${SHARE}`, APP_WASM, { width: 390, height: 844 });
  await page.waitForSelector('html[data-early-visit]', { state: 'attached' });
  await page.check('#team_seniority-mostly_junior');
  await page.waitForFunction(() => document.querySelector('#q-team_seniority label.option.selected')?.htmlFor === 'team_seniority-mostly_junior');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.ok(await page.isChecked('#team_seniority-mostly_junior'));
  assert.ok(await page.isChecked('#app_type-api_backend'), 'the shared answers are kept');
  await page.waitForSelector('.preview-banner[data-preview="share"]');
  // The app lists the change made before it loaded.
  await page.waitForSelector('.changed-from[data-changes="1"]');
  // No own work in this browser: nothing to go back to, and keeping it
  // replaces nothing.
  assert.equal(await page.locator('#preview-leave').count(), 0);
  assert.equal((await page.textContent('#preview-adopt')).trim(), 'Keep as my work');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad share link stays hidden until the app says why', async () => {
  const { context, page, errors, release, asked } = await openHeld(browser, `${server.url}/#s2.garbled`, APP_WASM, { width: 390, height: 844 });
  // The app's module is asked for once the scoring module has read the
  // visit (the app's loader waits for it).
  await asked;
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-early-visit')), false);
  assert.equal(await visibleApp(page), false, 'hidden: the first screen has nothing to say about the link');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForSelector('.messages .notice');
  assert.ok(await visibleApp(page));
  assert.deepEqual(errors, []);
  await context.close();
});
