// End-to-end tests of unsaved changes to an opened profile, "save as new",
// the contributions that moved between two compared profiles, and the
// advanced group remembered across reloads; in headless Chromium against
// the release build (DIST, or dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, scores } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const profileNames = (page) => page.$$eval('.profile .profile-name', (els) => els.map((e) => e.textContent).sort());
const waitUnsaved = (page, on) => page.waitForSelector(`.working[data-unsaved="${on}"]`);
const waitWorkingOn = (page, name) =>
  page.waitForFunction((n) => document.querySelector('.working-on')?.textContent === `\u201c${n}\u201d`, name);
const storedProfiles = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
  .filter((k) => k.startsWith('dfa.profile.')).map((k) => JSON.parse(localStorage.getItem(k))).map((r) => [r.name, r.answers])));

async function reload(page) {
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
}

async function saveAsNew(page, name) {
  await page.fill('#new-profile-name', name);
  await page.click('#save-as-new');
  await page.waitForFunction((n) => [...document.querySelectorAll('.profile-name')].some((e) => e.textContent === n), name);
}

async function openProfile(page, name) {
  await page.click(`.profile[data-profile="${name}"] button:has-text("Open")`);
  await waitWorkingOn(page, name);
}

/** The scores shown once there is a recommendation. */
async function scoresOf(page) {
  await page.waitForSelector('[data-recommendation]:not([data-recommendation="none"])');
  return scores(page);
}

test('editing an opened profile is marked unsaved; save as new keeps the original; a reload keeps the mark right', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-content_platform"]');
  await page.click('label[for="admin_backoffice-business_backoffice"]');
  await page.click('#tab-profiles');
  await saveAsNew(page, 'Baseline');
  await openProfile(page, 'Baseline');
  await waitUnsaved(page, false);
  assert.equal(await page.locator('.unsaved-mark').count(), 0);
  assert.equal((await page.locator('#save-existing').innerText()).trim(), 'Save');

  // An edit: the marker (text, not colour only) appears beside the name.
  await page.click('label[for="team_seniority-mixed"]');
  await waitUnsaved(page, true);
  assert.equal(await page.locator('.working .unsaved-mark').innerText(), 'Unsaved changes');
  assert.match(await page.locator('.unsaved-detail').innerText(), /1 question\b.*Team experience/);
  assert.equal((await page.locator('#save-existing').innerText()).trim(), 'Save changes');
  // "Save as new profile" is as prominent as "Save".
  assert.equal(await page.getAttribute('#save-as-new', 'class'), await page.getAttribute('#save-existing', 'class'));

  // Save as new: both exist, the original is unchanged, the work is saved.
  await saveAsNew(page, 'Variant');
  await waitWorkingOn(page, 'Variant');
  await waitUnsaved(page, false);
  assert.deepEqual(await profileNames(page), ['Baseline', 'Variant']);
  const stored = await storedProfiles(page);
  assert.deepEqual(stored.Baseline, { app_type: 'content_platform', admin_backoffice: 'business_backoffice' });
  assert.equal(stored.Variant.team_seniority, 'mixed');

  // Back on the baseline, edit it, reload: still marked.
  await openProfile(page, 'Baseline');
  await waitUnsaved(page, false);
  await page.click('label[for="team_seniority-mostly_senior"]');
  await waitUnsaved(page, true);
  await reload(page);
  await page.click('#tab-profiles');
  await waitWorkingOn(page, 'Baseline');
  await waitUnsaved(page, true);
  // Undone by hand: no longer marked, and still right after a reload.
  await page.click('#q-team_seniority button:has-text("Skip this question")');
  await waitUnsaved(page, false);
  await reload(page);
  await page.click('#tab-profiles');
  await waitWorkingOn(page, 'Baseline');
  await waitUnsaved(page, false);
  assert.deepEqual(await storedProfiles(page), stored, 'nothing was overwritten');
  assert.deepEqual(errors, []);
  await context.close();
});

test('comparing two profiles lists the contributions that moved, adding up to the difference of their scores', async () => {
  // A allows a hybrid; B differs in two answers, one of which closes the
  // hybrid, so Hybrid's share also moves on questions answered the same.
  const base = 'scope_complexity=core_plus_specialized&app_type=full_stack_product&auth_needs=basic_accounts&architecture_style=core_plus_services&heavy_processing=separate_processing_services&importance.auth_needs=high';
  const { page, errors, context } = await openPage(browser, `${server.url}/?${base}&multi_service_ops=yes`);
  await page.fill('#preview-name', 'A');
  await page.click('#preview-save');
  await page.waitForSelector('.preview-banner', { state: 'detached' });
  await page.goto(`${server.url}/?${base}&multi_service_ops=no&team_seniority=mostly_senior`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.fill('#preview-name', 'B');
  await page.click('#preview-save');
  await page.waitForSelector('.preview-banner', { state: 'detached' });
  await page.click('#tab-profiles');

  await openProfile(page, 'A');
  await page.waitForSelector('[data-recommendation="hybrid"]');
  const a = await scoresOf(page);
  await openProfile(page, 'B');
  await page.waitForFunction(() => document.querySelector('#team_seniority-mostly_senior').checked);
  const b = await scoresOf(page);
  assert.notDeepEqual(a, b);

  const ids = await page.$$eval('#compare-left option', (o) => Object.fromEntries(o.filter((x) => x.value).map((x) => [x.textContent, x.value])));
  await page.selectOption('#compare-left', ids.A);
  await page.selectOption('#compare-right', ids.B);
  await page.waitForSelector('.moved-contributions tbody tr');
  const rows = await page.$$eval('.moved-contributions tbody tr', (trs) => trs.map((tr) => ({
    q: tr.dataset.question, change: tr.dataset.change.split(',').map(Number), text: tr.innerText,
  })));
  assert.ok(rows.some((r) => r.q === 'team_seniority'), JSON.stringify(rows));
  // auth_needs is answered the same in both: only Hybrid's share of it moved.
  assert.ok(rows.some((r) => r.q === 'auth_needs'), JSON.stringify(rows));
  // Each row's change in words is made of the shared "+3 Django" phrases.
  for (const r of rows) assert.match(r.text, /[+-]\d+(\.\d+)? (Django|Flask|Hybrid)/, r.text);
  // Largest move first.
  const impact = (r) => Math.max(...r.change.map(Math.abs));
  for (let i = 1; i < rows.length; i++) assert.ok(impact(rows[i - 1]) >= impact(rows[i]), JSON.stringify(rows));
  // The moves add up to B's scores minus A's (hundredths of a point).
  const want = ['django', 'flask', 'hybrid'].map((f) => Math.round((b[f] - a[f]) * 100));
  const sum = [0, 1, 2].map((i) => rows.reduce((s, r) => s + r.change[i], 0));
  assert.deepEqual(sum, want);
  assert.deepEqual((await page.getAttribute('.moved-total', 'data-total')).split(',').map(Number), want);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the advanced group stays open (or closed) after a reload; a foreign value is kept', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  assert.equal(await page.locator('details#advanced[open]').count(), 0);
  await page.click('details#advanced > summary');
  await page.waitForFunction(() => localStorage.getItem('dfa.advanced') === 'open');
  await reload(page);
  await page.waitForSelector('details#advanced[open] fieldset.question', { state: 'visible' });

  await page.click('details#advanced > summary');
  await page.waitForFunction(() => localStorage.getItem('dfa.advanced') === 'closed');
  await reload(page);
  await page.waitForSelector('fieldset.question', { state: 'visible' });
  assert.equal(await page.locator('details#advanced[open]').count(), 0);

  // A value this page did not write: the group starts closed, nothing breaks, the value stays.
  await page.evaluate(() => localStorage.setItem('dfa.advanced', '{"not":"ours"}'));
  await reload(page);
  await page.waitForSelector('fieldset.question', { state: 'visible' });
  assert.equal(await page.locator('details#advanced[open]').count(), 0);
  await page.click('label[for="app_type-content_platform"]');
  await page.waitForSelector('[data-recommendation="django"]');
  assert.equal(await page.evaluate(() => localStorage.getItem('dfa.advanced')), '{"not":"ours"}');
  assert.deepEqual(errors, []);
  await context.close();
});
