// Security end to end: no Content-Security-Policy violation while using every
// feature, and text from users and links is only ever rendered as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDist, launch, openPage, cspViolations } from './harness.mjs';

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
  await page.click('#preview-adopt');
  await page.click('#preview-adopt');
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
  await page.click('#tab-team');
  await page.click('#team-add-you');
  await page.fill('#team-links', '#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew');
  await page.click('#team-add');
  await page.click('#copy-team-link');
  await page.click('#tab-report');
  await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  await Promise.all([page.waitForEvent('download'), page.click('#export-assessment')]);
  await page.click('.report-preview summary');
  await page.selectOption('#theme-select', 'dark');
  await page.selectOption('#theme-select', 'system');
  await page.click('#tab-profiles');
  await page.fill('#new-profile-name', 'CSP check');
  await page.click('.save-new button[type=submit]');
  await page.click('#copy-link');
  const link = await page.inputValue('#share-link');
  await Promise.all([page.waitForEvent('download'), page.click('#export-all')]);
  await page.goto(link);
  await page.waitForSelector('.preview-banner');
  await page.goto(`${server.url}/#s1.broken`);
  await page.waitForSelector('.messages .notice');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await context.close();
});

test('HTML and script in profile names, imports and links are shown as text', async () => {
  const { page, context } = await openPage(browser, server.url);
  page.on('dialog', () => assert.fail('a dialog opened'));
  await page.click('label[for="app_type-api_backend"]');
  // Profile names.
  await page.click('#tab-profiles');
  for (const p of PAYLOADS) {
    await page.fill('#new-profile-name', p);
    await page.click('.save-new button[type=submit]');
  }
  const names = await page.$$eval('.profile .profile-name', (els) => els.map((e) => e.textContent));
  for (const p of PAYLOADS) assert.ok(names.includes(p), `${p} shown literally`);
  // Rename to a payload.
  await page.locator('.profile button:has-text("Rename")').first().click();
  await page.fill('.rename-input', '<b id="injected">bold</b>');
  await page.click('.rename button[type=submit]');
  // An imported file.
  const dir = await mkdtemp(path.join(tmpdir(), 'dfa-xss-'));
  const file = path.join(dir, 'evil.json');
  await writeFile(file, JSON.stringify({ schema: 'django-flask-advisor/export', version: 1, profiles: [
    { schema: 'django-flask-advisor/profile', version: 1, id: 'p-evil', name: '<img src=y onerror="window.__xss=4">', answers: { '<script>x</script>': '<i>y</i>' } },
    { schema: 'django-flask-advisor/profile', version: 1, id: '<script>', name: 'bad id' },
  ] }));
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => document.querySelector('.messages').innerText.includes('Import:'));
  // A prefill link whose parameter name and value are markup.
  await page.goto(`${server.url}/?%3Cimg%20src%3Dz%20onerror%3Dwindow.__xss%3D5%3E=%3Cscript%3Ewindow.__xss%3D6%3C%2Fscript%3E`);
  await page.waitForSelector('.prefill-notice');
  assert.match(await page.locator('.prefill-notice').innerText(), /<img src=z onerror=window.__xss=5>=<script>/);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('#injected, .profile-name img, .prefill-notice img, .prefill-notice script').count(), 0);
  await context.close();
});

test('a profile name carried by a share link is shown as text', async () => {
  // Make a link whose name is a payload, using the app itself.
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-api_backend"]');
  await page.click('#tab-profiles');
  await page.fill('#new-profile-name', '<img src=q onerror="window.__xss=7">');
  await page.click('.save-new button[type=submit]');
  await page.click('.profile button:has-text("Open")');
  await page.click('#copy-link');
  const link = await page.inputValue('#share-link');
  await context.close();
  const fresh = await openPage(browser, link);
  await fresh.page.waitForSelector('.preview-banner');
  assert.match(await fresh.page.locator('.preview-banner').innerText(), /<img src=q onerror=/);
  assert.equal(await fresh.page.inputValue('#preview-name'), '<img src=q onerror="window.__xss=7">');
  assert.equal(await fresh.page.evaluate(() => window.__xss), undefined);
  assert.equal(await fresh.page.locator('.preview-banner img').count(), 0);
  // The same name in the team view and in the Markdown report.
  await fresh.page.click('#tab-team');
  await fresh.page.fill('#team-links', link);
  await fresh.page.click('#team-add');
  await fresh.page.waitForSelector('.team-table tbody tr');
  assert.equal(await fresh.page.locator('.team-table tbody th').first().textContent(), '<img src=q onerror="window.__xss=7">');
  await fresh.page.click('#tab-report');
  const [download] = await Promise.all([fresh.page.waitForEvent('download'), fresh.page.click('#download-report')]);
  const md = await readFile(await download.path(), 'utf8');
  assert.ok(md.startsWith('# Django/Flask Advisor report: &lt;img'), md.split('\n')[0]);
  assert.doesNotMatch(md, /<img/);
  assert.equal(await fresh.page.evaluate(() => window.__xss), undefined);
  assert.equal(await fresh.page.locator('.team-table img').count(), 0);
  await fresh.context.close();
});
