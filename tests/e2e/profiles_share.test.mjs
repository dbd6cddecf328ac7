// End-to-end tests of saved profiles, autosave, other tabs, share links and
// their previews, in headless Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openPage, recommendation, scores } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const profileNames = (page) => page.$$eval('.profile .profile-name', (els) => els.map((e) => e.textContent));
const messages = (page) => page.locator('.messages').innerText();

/** Waits until the saved profiles listed are exactly `names`, in order. */
const waitNames = (page, names) =>
  page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('.profile .profile-name')].map((e) => e.textContent)) === JSON.stringify(want), names);

async function saveAs(page, name) {
  await page.click('#tab-profiles');
  await page.fill('#new-profile-name', name);
  await page.click('.save-new button[type=submit]');
}

test('save, reload, rename, duplicate and delete a profile', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-content_platform"]');
  await page.click('label[for="admin_backoffice-business_backoffice"]');
  await saveAs(page, 'News site');
  await waitNames(page, ['News site']);
  assert.match(await page.locator('.working-on').innerText(), /News site/);

  // A reload keeps the work and the profile.
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.equal(await page.locator('#app_type-content_platform').isChecked(), true);
  assert.equal(await recommendation(page), 'django');
  await page.click('#tab-profiles');
  await waitNames(page, ['News site']);

  // Save updates the same profile.
  await page.click('label[for="team_seniority-mixed"]');
  await page.click('#save-existing');
  await page.waitForFunction(() => /Saved .News site/.test(document.querySelector('.messages').innerText));

  await page.click('.profile button:has-text("Rename")');
  await page.fill('.rename-input', 'Publishing platform');
  await page.click('.rename button[type=submit]');
  await waitNames(page, ['Publishing platform']);

  await page.click('.profile button:has-text("Duplicate")');
  await waitNames(page, ['Publishing platform', 'Publishing platform (copy)']);

  const copy = page.locator('.profile[data-profile="Publishing platform (copy)"]');
  await copy.locator('button.danger').click();
  await copy.locator('button.danger:has-text("Confirm")').waitFor();
  await copy.locator('button.danger').click();
  await waitNames(page, ['Publishing platform']);
  await page.reload();
  await page.click('#tab-profiles');
  await waitNames(page, ['Publishing platform']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two profiles compare side by side', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-content_platform"]');
  await saveAs(page, 'A');
  await waitNames(page, ['A']);
  await page.click('label[for="app_type-focused_service"]');
  await page.click('label[for="team_seniority-mostly_senior"]');
  await saveAs(page, 'B');
  await waitNames(page, ['A', 'B']);
  const ids = await page.$$eval('#compare-left option', (o) => o.map((x) => x.value).filter(Boolean));
  await page.selectOption('#compare-left', ids[0]);
  await page.selectOption('#compare-right', ids[1]);
  await page.waitForSelector('.profile-compare');
  const table = await page.locator('.profile-compare').innerText();
  assert.match(table, /Django/);
  assert.match(table, /Flask/);
  assert.match(table, /Kind of project/);
  assert.match(table, /Team experience/);
  await page.waitForFunction(() => /Answers differ on 2 of the 30 questions/.test(document.querySelector('#panel-profiles').innerText));
  await context.close();
});

test('a corrupt or foreign record is kept, reported and never written over', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.evaluate(() => {
    localStorage.setItem('dfa.profile.p-bad', '{"schema":"django-flask-advisor/profile","version":1,"id":');
    localStorage.setItem('dfa.profile.p-next', '{"schema":"django-flask-advisor/profile","version":7,"id":"p-next"}');
    localStorage.setItem('dfa.current', 'not json at all');
    localStorage.setItem('other-app', 'keep me');
  });
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.match(await messages(page), /autosaved work could not be read/);
  await page.click('#tab-profiles');
  // The Profiles tab is a module of its own: wait for its list.
  await page.waitForSelector('.unreadable li');
  const listed = await page.$$eval('.unreadable li', (els) => els.map((e) => e.dataset.key));
  assert.ok(listed.includes('dfa.profile.p-bad'));
  assert.ok(listed.includes('dfa.profile.p-next'));
  assert.match(await page.locator('.unreadable').innerText(), /newer version/);
  // Work and save: the unreadable records stay byte for byte.
  await page.click('label[for="app_type-api_backend"]');
  await saveAs(page, 'Fine');
  const [bad, next, other, aside] = await page.evaluate(() => [
    localStorage.getItem('dfa.profile.p-bad'), localStorage.getItem('dfa.profile.p-next'), localStorage.getItem('other-app'),
    Object.keys(localStorage).filter((k) => k.startsWith('dfa.aside.')).map((k) => localStorage.getItem(k)),
  ]);
  assert.equal(bad, '{"schema":"django-flask-advisor/profile","version":1,"id":');
  assert.equal(next, '{"schema":"django-flask-advisor/profile","version":7,"id":"p-next"}');
  assert.equal(other, 'keep me');
  assert.deepEqual(aside, ['not json at all']);
  // Offered for export.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.unreadable li[data-key="dfa.profile.p-bad"] button'),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), bad);
  await context.close();
});

test('a second tab sees saved profiles and current work change', async () => {
  const { page, context } = await openPage(browser, server.url);
  const other = await context.newPage();
  await other.goto(server.url);
  await other.waitForSelector('html[data-ready]', { state: 'attached' });
  await other.click('#tab-profiles');
  await saveAs(page, 'From tab one');
  await other.waitForFunction(() => [...document.querySelectorAll('.profile-name')].some((e) => e.textContent === 'From tab one'));
  await page.click('label[for="app_type-focused_service"]');
  await other.waitForFunction(() => document.querySelector('#app_type-focused_service').checked);
  assert.equal(await recommendation(other), 'flask');

  // The current work is mirrored, so a save in one tab is seen by the other
  // before it saves. If two saves still race (the other tab's notice has not
  // arrived yet), the later one is kept as a copy, never silently lost.
  await other.click('.profile button:has-text("Open")');
  await page.waitForFunction(() => document.querySelector('.working-on')?.textContent.includes('From tab one'));
  await other.waitForFunction(() => document.querySelector('.working-on')?.textContent.includes('From tab one'));
  await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('dfa.profile.') && JSON.parse(localStorage.getItem(k)).name === 'From tab one');
    const record = JSON.parse(localStorage.getItem(key));
    record.rev += 1;
    record.answers.team_seniority = 'mostly_senior';
    localStorage.setItem(key, JSON.stringify(record)); // same-tab writes raise no storage event here
  });
  await other.click('label[for="team_seniority-mixed"]');
  await other.click('#save-existing');
  // Opening the profile replaced unsaved own work (tab one's change), which
  // was first kept as a profile; the racing save is kept as a copy.
  await other.waitForFunction(() => document.querySelectorAll('.profile').length === 3);
  await other.waitForFunction(() => document.querySelector('.messages').innerText.includes('changed in another tab'));
  assert.deepEqual((await profileNames(other)).sort(), ['From tab one', 'From tab one (earlier work)', 'From tab one (this tab)']);
  await context.close();
});

test('a share link restores the assessment in a fresh browser as a preview', async () => {
  const q = 'scope_complexity=core_plus_specialized&app_type=full_stack_product&auth_needs=basic_accounts&architecture_style=core_plus_services&heavy_processing=separate_processing_services&multi_service_ops=yes&importance.auth_needs=high';
  const { page, context } = await openPage(browser, `${server.url}/?${q}`);
  const want = await scores(page);
  await page.click('#tab-profiles');
  await page.click('#copy-link');
  const link = await page.inputValue('#share-link');
  const fragment = link.split('#')[1];
  assert.match(fragment, /^s2\./);
  assert.ok(fragment.length <= 100, `${fragment.length} characters`);
  await context.close();

  const fresh = await openPage(browser, link);
  assert.equal(await fresh.page.getAttribute('.preview-banner', 'data-preview'), 'share');
  assert.equal(await recommendation(fresh.page), 'hybrid');
  assert.deepEqual(await scores(fresh.page), want);
  assert.equal(await fresh.page.inputValue('#auth_needs-importance'), 'high');
  // The user's own (empty) work is untouched until they choose.
  const own = await fresh.page.evaluate(() => localStorage.getItem('dfa.current'));
  assert.equal(own, null);
  await fresh.page.fill('#preview-name', 'Institution');
  await fresh.page.click('#preview-save');
  assert.equal(await fresh.page.locator('.preview-banner').count(), 0);
  assert.equal(await recommendation(fresh.page), 'none', 'back to the own, empty work');
  await fresh.page.click('#tab-profiles');
  await waitNames(fresh.page, ['Institution']);
  await fresh.page.click('.profile button:has-text("Open")');
  assert.equal(await recommendation(fresh.page), 'hybrid');
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test('a malformed share link is explained and leaves the own work untouched', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-focused_service"]');
  for (const [bad, reason] of [['s1.eIQjCEIQhCEIQh', /cut off/], ['s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBeX', /checksum|cut off/], ['s7.abc', /newer or unknown version/], ['s1.%%%', /characters/]]) {
    await page.goto(`${server.url}/#${bad}`);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    const text = await messages(page);
    assert.match(text, /could not be opened/, bad);
    assert.match(text, reason, bad);
    assert.equal(await page.locator('.preview-banner').count(), 0);
    assert.equal(await page.locator('#app_type-focused_service').isChecked(), true, 'own work still there');
  }
  await context.close();
});

test('blocked storage: the app works in memory and says profiles will not persist', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  assert.match(await messages(page), /Profiles will not persist/);
  await page.click('label[for="app_type-focused_service"]');
  assert.equal(await recommendation(page), 'flask');
  await saveAs(page, 'In memory');
  assert.deepEqual(await profileNames(page), ['In memory']);
  assert.equal(await page.locator('[data-storage=memory]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full quota gives a clear message, keeps the answers, and says a failing autosave once', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // Profiles never fit; the autosave fails while window.__full is true.
    window.__full = true;
    window.__autosaves = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (String(k) === 'dfa.current') window.__autosaves += 1;
      if (String(k).startsWith('dfa.profile.') || (String(k) === 'dfa.current' && window.__full)) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      return set.call(this, k, v);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('label[for="app_type-content_platform"]');
  await saveAs(page, 'Too big');
  await page.waitForFunction(() => /Not saved\. .*storage for this site is full/.test(document.querySelector('.messages').innerText));
  assert.equal(await page.locator('#app_type-content_platform').isChecked(), true);
  assert.deepEqual(await profileNames(page), []);

  // Several answer changes while the autosave keeps failing: one message.
  const failed = '.messages .notice:has-text("Autosave failed")';
  await page.waitForSelector(failed);
  // (Changes within one frame are written once: each waits for its write.)
  for (const option of ['app_type-api_backend', 'app_type-focused_service', 'team_seniority-mixed', 'app_type-content_platform']) {
    const before = await page.evaluate(() => window.__autosaves);
    await page.click(`label[for="${option}"]`);
    await page.waitForFunction((n) => window.__autosaves > n, before);
  }
  await page.waitForFunction(() => document.querySelector('#app_type-content_platform').checked);
  assert.equal(await page.locator(failed).count(), 1, 'a failing autosave is said once');
  assert.equal(await page.locator('.messages .notice').filter({ hasText: 'Not saved' }).count(), 1);

  // Space comes back: the next autosave works and the message goes.
  await page.evaluate(() => { window.__full = false; });
  await page.click('label[for="team_seniority-mostly_senior"]');
  await page.waitForSelector(failed, { state: 'detached' });
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('dfa.current')));
  assert.equal(saved.answers.team_seniority, 'mostly_senior');
  await context.close();
});

test('an answer is autosaved after the frame that shows it, and at once when the page is left', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-content_platform"]');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('dfa.current') || '{}').answers?.app_type === 'content_platform');
  // A change, then the page is left before any frame: the write waits for
  // a frame (src/ui/session.rs, autosave), and pagehide writes it at once.
  const [pending, written] = await page.evaluate(async () => {
    const stored = () => JSON.parse(localStorage.getItem('dfa.current')).answers.app_type;
    document.getElementById('app_type-api_backend').click();
    // Every effect of the change has run (one microtask queue), no frame yet.
    await new Promise((r) => queueMicrotask(r));
    const pending = stored();
    window.dispatchEvent(new Event('pagehide'));
    return [pending, stored()];
  });
  assert.equal(pending, 'content_platform', 'not written before the frame');
  assert.equal(written, 'api_backend', 'written when the page is left');
  // And a change left alone is written after its frame.
  await page.click('label[for="app_type-focused_service"]');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('dfa.current')).answers.app_type === 'focused_service');
  await context.close();
});

test('export all profiles, then import them with a report', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-content_platform"]');
  await saveAs(page, 'One');
  await page.click('label[for="app_type-api_backend"]');
  await saveAs(page, 'Two');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-all')]);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(file.schema, 'django-flask-advisor/export');
  assert.deepEqual(file.profiles.map((p) => p.name).sort(), ['One', 'Two']);
  // Importing into the same browser renames instead of replacing.
  await page.setInputFiles('#import-file', path);
  await page.waitForFunction(() => document.querySelectorAll('.profile').length === 4);
  assert.match(await messages(page), /2 profiles imported; renamed to avoid a clash: .One. → .One \(2\)./);
  // A file that is not an export imports nothing and says why.
  await page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.waitForFunction(() => document.querySelector('.messages').innerText.includes('Nothing imported'));
  assert.equal(await page.locator('.profile').count(), 4);
  await context.close();
});
