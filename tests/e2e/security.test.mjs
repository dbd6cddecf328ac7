// Security end to end: no Content-Security-Policy violation while using every
// feature, and text from users and links is only ever rendered as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDist, launch, openPage, openHeld, cspViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
];

test('the page carries a strict policy and using every feature violates nothing', async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}/?app_type=api_backend&colour=blue`);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|https?:/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  // Use every feature.
  // No own work yet: one click keeps the preview as the own work.
  await page.click('#preview-adopt');
  await page.waitForSelector('.preview-banner', { state: 'detached' });
  await page.click('label[for="data_sensitivity-regulated"]');
  await page.selectOption('#app_type-importance', 'high');
  await page.click('summary:has-text("Advanced questions")');
  await page.click('label[for="multi_service_ops-yes"]');
  for (const tab of ['flow', 'compare', 'bom', 'after', 'sources', 'why']) await page.click(`#tab-${tab}`);
  await page.click('#tab-flow');
  await page.focus('.flow-svg .node[data-node=Q2]');
  await page.keyboard.press('Enter');
  await page.click('#tab-compare');
  await page.check('#only-relevant');
  await page.selectOption('#topic-filter', 'security');
  await page.click('#tab-whatif');
  await page.locator('.try-flip').first().click();
  await page.click('#trial-back');
  await page.waitForSelector('.trial-banner', { state: 'detached' });
  await page.click('#tab-team');
  await page.click('#team-add-you');
  await page.fill('#team-links', '#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew');
  await page.click('#team-add');
  await page.waitForSelector('.team-table tbody tr:nth-child(2)');
  await page.click('#copy-team-link');
  await page.waitForFunction(() => /#team\./.test(document.querySelector('#team-link')?.value ?? ''));
  await page.click('#tab-report');
  await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  await Promise.all([page.waitForEvent('download'), page.click('#export-assessment')]);
  await page.click('.report-preview summary');
  await page.selectOption('#theme-select', 'dark');
  await page.waitForSelector('html[data-theme=dark]');
  await page.selectOption('#theme-select', 'system');
  await page.waitForSelector('html:not([data-theme])');
  await page.click('#tab-profiles');
  await page.fill('#new-profile-name', 'CSP check');
  await page.click('.save-new button[type=submit]');
  await profileNamed(page, 'CSP check');
  await page.click('#copy-link');
  await page.waitForFunction(() => /#s2\./.test(document.querySelector('#share-link')?.value ?? ''));
  const link = await page.inputValue('#share-link');
  await Promise.all([page.waitForEvent('download'), page.click('#export-all')]);
  // The page's own record ends with a navigation: read it first.
  assert.deepEqual(await cspViolations(page), []);
  await page.goto(link);
  await page.waitForSelector('.preview-banner');
  await page.goto(`${server.url}/#s1.broken`);
  await page.waitForSelector('.messages .notice');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await context.close();
});

/** Waits until a `.profile-name` reads exactly `text` (rendered, as text). */
const profileNamed = (page, text) => page.waitForFunction(
  (t) => [...document.querySelectorAll('.profile .profile-name')].some((e) => e.textContent === t), text);

/**
 * Lets anything the page might have injected run: every image (an injected
 * `<img onerror>` included) has finished loading or failing, then two frames.
 */
async function settled(page) {
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The checks that markup was not rendered, made on the page that shows it:
 * no element from a payload inside `scope`, no payload script ran, and no
 * inline handler was even attempted (the policy would report it).
 */
async function assertNoMarkup(page, scope, what) {
  await settled(page);
  assert.equal(await page.locator(`${scope} :is(img, script, svg, b, i, #injected)`).count(), 0, `${what}: no element from the markup`);
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${what}: no payload script ran`);
  assert.deepEqual(await cspViolations(page), [], `${what}: no inline handler was attempted`);
}

test('HTML and script in profile names, imports and links are shown as text', async () => {
  const { page, context } = await openPage(browser, server.url);
  page.on('dialog', () => assert.fail('a dialog opened'));
  await page.click('label[for="app_type-api_backend"]');
  // Profile names.
  await page.click('#tab-profiles');
  for (const p of PAYLOADS) {
    await page.fill('#new-profile-name', p);
    await page.click('.save-new button[type=submit]');
    await profileNamed(page, p);
  }
  await assertNoMarkup(page, '.profile-list', 'saved names');
  // Rename to a payload, checked on this page, where the renamed profile is shown.
  const renamed = '<b id="injected">bold</b>';
  await page.locator('.profile button:has-text("Rename")').first().click();
  await page.fill('.rename-input', renamed);
  await page.click('.rename button[type=submit]');
  await profileNamed(page, renamed);
  await assertNoMarkup(page, '.profile-list', 'renamed profile');
  // An imported file, checked on this page, where the imported profile is shown.
  const dir = await mkdtemp(path.join(tmpdir(), 'dfa-xss-'));
  const file = path.join(dir, 'evil.json');
  const imported = '<img src=y onerror="window.__xss=4">';
  await writeFile(file, JSON.stringify({ schema: 'django-flask-advisor/export', version: 1, profiles: [
    { schema: 'django-flask-advisor/profile', version: 1, id: 'p-evil', name: imported, answers: { '<script>x</script>': '<i>y</i>' } },
    { schema: 'django-flask-advisor/profile', version: 1, id: '<script>', name: 'bad id' },
  ] }));
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => document.querySelector('.messages').innerText.includes('Import:'));
  await profileNamed(page, imported);
  await assertNoMarkup(page, '.profile-list', 'imported profile');
  await assertNoMarkup(page, '.messages', 'import message');
  // A prefill link whose parameter name and value are markup.
  await page.goto(`${server.url}/?%3Cimg%20src%3Dz%20onerror%3Dwindow.__xss%3D5%3E=%3Cscript%3Ewindow.__xss%3D6%3C%2Fscript%3E`);
  await page.waitForSelector('.prefill-notice');
  assert.match(await page.locator('.prefill-notice').innerText(), /<img src=z onerror=window.__xss=5>=<script>/);
  await assertNoMarkup(page, '.prefill-notice', 'prefill notice');
  await context.close();
});

test('a profile name carried by a share link is shown as text', async () => {
  // Make a link whose name is a payload, using the app itself.
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-api_backend"]');
  await page.click('#tab-profiles');
  const name = '<img src=q onerror="window.__xss=7">';
  await page.fill('#new-profile-name', name);
  await page.click('.save-new button[type=submit]');
  await profileNamed(page, name);
  await page.click('.profile button:has-text("Open")');
  await page.waitForFunction((n) => document.querySelector('.working-on')?.textContent === `\u201c${n}\u201d`, name);
  await page.click('#copy-link');
  await page.waitForFunction(() => /#s2\./.test(document.querySelector('#share-link')?.value ?? ''));
  const link = await page.inputValue('#share-link');
  await context.close();
  // Before the app has loaded: the banner the first-answer module puts in
  // (src/notices_html.rs) shows the name as text too.
  const held = await openHeld(browser, link, /django-flask-advisor-[0-9a-f]+_bg\.wasm$/, { width: 1280, height: 900 });
  await held.page.waitForSelector('html[data-early-visit]', { state: 'attached' });
  assert.match(await held.page.locator('.preview-banner').innerText(), /<img src=q onerror=/);
  assert.equal(await held.page.inputValue('#preview-name'), name);
  await assertNoMarkup(held.page, '.preview-banner', 'preview banner before the app');
  held.release();
  await held.context.close();
  const fresh = await openPage(browser, link);
  await fresh.page.waitForSelector('.preview-banner');
  assert.match(await fresh.page.locator('.preview-banner').innerText(), /<img src=q onerror=/);
  assert.equal(await fresh.page.inputValue('#preview-name'), name);
  await assertNoMarkup(fresh.page, '.preview-banner', 'preview banner');
  // The same name in the team view and in the Markdown report.
  await fresh.page.click('#tab-team');
  await fresh.page.fill('#team-links', link);
  await fresh.page.click('#team-add');
  await fresh.page.waitForSelector('.team-table tbody tr');
  assert.equal(await fresh.page.locator('.team-table tbody th').first().textContent(), name);
  await assertNoMarkup(fresh.page, '.team-table', 'team table');
  await fresh.page.click('#tab-report');
  const [download] = await Promise.all([fresh.page.waitForEvent('download'), fresh.page.click('#download-report')]);
  const md = await readFile(await download.path(), 'utf8');
  assert.ok(md.startsWith('# &lt;img'), md.split('\n')[0]);
  assert.doesNotMatch(md, /<img/);
  await fresh.context.close();
});
