// Share and take away beside the result (keyboard, refused clipboard, file
// names), the phone summary bar, and the wording of ties and counted points,
// in headless Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openPage, expectRecommendation, expectScores, scores } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DATE = /\d{4}-\d{2}-\d{2}/.source;
const ANSWERS = [['app_type', 'content_platform'], ['admin_backoffice', 'business_backoffice'], ['team_seniority', 'mostly_senior']];

async function answer(page, pairs) {
  for (const [q, o] of pairs) await page.click(`label[for="${q}-${o}"]`);
}

const refuseClipboard = () => {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
  });
};

/** Presses Tab until `selector` has the focus (at most 300 presses). */
async function tabTo(page, selector) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('the share block copies the link by keyboard, and the link reopens the same result', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await answer(page, ANSWERS);
  await expectRecommendation(page, 'django');
  const want = await scores(page);
  await page.focus('.result h2');
  await tabTo(page, '#share-copy');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.share-status[data-done]');
  assert.match(await page.innerText('.share-status'), /Link copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /#s2\.[A-Za-z0-9_-]+$/);
  assert.equal(await page.inputValue('#share-link-field'), copied, 'the link is also shown for copying by hand');

  // The next stops by keyboard are the downloads.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-report');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), new RegExp(`^assessment-report-${DATE}\\.md$`));
  const md = await readFile(await download.path(), 'utf8');
  assert.ok(md.includes(copied), 'the report carries the same link');

  const fresh = await openPage(browser, copied);
  await expectScores(fresh.page, want);
  await fresh.context.close();

  // Another answer: the link shown is no longer this result's, so it goes.
  await page.click('label[for="team_seniority-mixed"]');
  await page.waitForSelector('#share-link-field', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the browser refuses the clipboard, the link is shown selected for copying by hand', async () => {
  const { page, context } = await openPage(browser, server.url, { init: refuseClipboard });
  await answer(page, ANSWERS);
  await expectRecommendation(page, 'django');
  await page.click('#share-copy');
  await page.waitForFunction(() => document.activeElement?.id === 'share-link-field');
  assert.match(await page.inputValue('#share-link-field'), /#s2\./);
  assert.match(await page.innerText('.share-status'), /did not allow copying/);
  const selected = await page.evaluate(() => {
    const i = document.activeElement;
    return i.selectionEnd - i.selectionStart === i.value.length;
  });
  assert.ok(selected, 'the whole link is selected');
  await context.close();
});

test('downloads are named after the profile and the date', async () => {
  const { page, context } = await openPage(browser, server.url);
  await answer(page, ANSWERS);
  await page.click('#tab-profiles');
  await page.fill('#new-profile-name', 'Billing platform');
  await page.click('.save-new button[type=submit]');
  await page.waitForFunction(() => /Billing platform/.test(document.querySelector('.working-on')?.innerText ?? ''));
  const name = async (selector) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return d.suggestedFilename();
  };
  assert.match(await name('#share-report'), new RegExp(`^billing-platform-report-${DATE}\\.md$`));
  assert.match(await name('#share-record'), new RegExp(`^billing-platform-decision-record-${DATE}\\.md$`));
  await page.click('#tab-report');
  assert.match(await name('#download-report'), new RegExp(`^billing-platform-report-${DATE}\\.md$`));
  assert.match(await name('#export-assessment'), new RegExp(`^billing-platform-${DATE}\\.json$`));
  await context.close();
});

test('on a phone the summary bar shows the confidence and shares in one tap', async () => {
  const { page, context } = await openPage(browser, server.url, { width: 390, height: 844 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await answer(page, ANSWERS);
  await expectRecommendation(page, 'django');
  const s = await scores(page);
  await page.waitForFunction(() => /confidence/.test(document.querySelector('.sticky-head')?.textContent ?? ''));
  const confidence = await page.getAttribute('.confidence', 'data-confidence');
  assert.equal(await page.innerText('.sticky-head'), `Django · ${confidence} confidence`);
  assert.equal(await page.innerText('.sticky-scores'), `Django ${s.django} · Flask ${s.flask} · Hybrid ${s.hybrid}`);
  assert.ok(await page.isVisible('#sticky-share'), 'the share button is in the bar');
  await page.click('#sticky-share');
  await page.waitForFunction(() => /copied/i.test(document.querySelector('#sticky-share-status')?.textContent ?? ''));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /#s2\./);
  await context.close();

  // Refused: the bar's button brings the link into view, selected.
  const refused = await openPage(browser, server.url, { width: 390, height: 844, init: refuseClipboard });
  await answer(refused.page, ANSWERS);
  await expectRecommendation(refused.page, 'django');
  await refused.page.click('#sticky-share');
  await refused.page.waitForFunction(() => document.activeElement?.id === 'share-link-field');
  // Scrolling may be smooth: wait until the field has come into view.
  await refused.page.waitForFunction(() => {
    const r = document.querySelector('#share-link-field').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  await refused.context.close();
});

test('a tie says which rule settled it, and counted points read right', async () => {
  const { page, context } = await openPage(browser, server.url);
  // A content platform (+3 Django, its admin) against microservices (+3 Flask): a tie at 3 points.
  await answer(page, [['app_type', 'content_platform'], ['architecture_style', 'microservices']]);
  await expectScores(page, { django: 3, flask: 3 });
  await expectRecommendation(page, 'django');
  const line = await page.innerText('.confidence');
  assert.match(line, /Django ties with Flask at 3 points and goes first: both have 1 of the answers worth 2 points or more, and two of the articles/);
  assert.doesNotMatch(line, /by 0 points/);

  // One point: singular.
  await page.click('label[for="architecture_style-monolith"]');
  await page.click('label[for="app_type-api_backend"]');
  await page.click('label[for="api_complexity-simple_crud"]');
  await page.waitForFunction(() => /Django leads Flask by 1 point\./.test(document.querySelector('.confidence')?.innerText ?? ''));
  const text = await page.innerText('.result');
  assert.doesNotMatch(text, /\b1 points\b|\(s\)/);
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#share-report')]);
  const md = await readFile(await d.path(), 'utf8');
  assert.doesNotMatch(md, /\b(evidence|points?) \1\b|\b1 points\b|\(s\)/);
  await context.close();
});

test('the Sources tab describes each article without how its text was captured', async () => {
  const { page, context } = await openPage(browser, server.url);
  await page.click('#tab-sources');
  await page.waitForSelector('#panel-sources:not([hidden]) .source-list li');
  assert.doesNotMatch(await page.innerText('#panel-sources'), /captur|was lost|were lost/i);
  await context.close();
});

test('a link made for a preview is not offered once the own work is back, even with the same answers', async () => {
  const { page, context, errors } = await openPage(browser, server.url, { init: refuseClipboard });
  await answer(page, ANSWERS);
  await expectRecommendation(page, 'django');
  // The own work's own link, opened: a preview with the same answers.
  await page.click('#share-copy');
  const own = await page.inputValue('#share-link-field');
  const hash = own.slice(own.indexOf('#'));
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForSelector('.preview-banner');
  await page.click('#share-copy');
  await page.waitForSelector('#share-link-field');
  await page.waitForSelector('.share-status[data-done="refused"]');
  await page.click('#preview-leave');
  await page.waitForSelector('.preview-banner', { state: 'detached' });
  // Back on the own work with equal answers: the preview's link and status are gone.
  await page.waitForSelector('#share-link-field', { state: 'detached' });
  await page.waitForFunction(() => !document.querySelector('.share-status')?.dataset.done);
  assert.deepEqual(errors.filter((e) => !/clipboard|refused/i.test(e)), []);
  await context.close();
});
