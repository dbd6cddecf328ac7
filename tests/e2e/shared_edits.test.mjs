// A visitor's changes to a shared assessment (issue 27): the address is the
// state on screen (rewritten in place, never a history entry per click),
// in-page links scroll and move the focus without touching it, a reload keeps
// the edits and still lists them under the result with an undo, and the
// preview's banner offers going back only when there is own work to go back
// to. In headless Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectText } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const hash = (page) => page.evaluate(() => location.hash);
const checked = (page, id) => page.waitForFunction((i) => document.getElementById(i)?.checked === true, id);

/** A share link of two answers, made by the app (its share block). */
async function makeLink() {
  const { page, context } = await openPage(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.click('label[for="app_type-content_platform"]');
  await page.click('label[for="team_seniority-mostly_senior"]');
  await page.click('#share-copy');
  await page.waitForSelector('#share-link-field');
  const link = await page.inputValue('#share-link-field');
  await context.close();
  assert.match(link, /#s2\.[A-Za-z0-9_-]+$/);
  return link;
}

test('a change to a shared assessment is in the address, survives an in-page link and a reload, and is listed with an undo', async () => {
  const link = await makeLink();
  const original = `#${link.split('#')[1]}`;
  const { page, context, errors } = await openPage(browser, link);
  await page.waitForSelector('.preview-banner[data-preview=share]');
  assert.equal(await hash(page), original);
  assert.equal(await page.locator('.changed-from').count(), 0, 'nothing changed yet');
  const entries = await page.evaluate(() => history.length);

  // A change rewrites the fragment in place.
  await page.click('label[for="team_seniority-mixed"]');
  await page.waitForFunction((o) => location.hash !== o && location.hash.startsWith('#s2.'), original);
  const edited = await hash(page);
  assert.equal(await page.evaluate(() => history.length), entries, 'no history entry per change');
  await expectText(page.locator('.changed-from'), /Changed from the shared version: 1 answer\b/);
  await page.waitForSelector('#share-changed');

  // In-page links scroll and move the focus; the address keeps the edits.
  await page.click('.sticky-link');
  await page.waitForFunction(() => document.activeElement?.id === 'result-title');
  assert.equal(await hash(page), edited);
  const toQuestion = page.locator('#panel-why a.contribution-q[href="#q-app_type"]');
  await toQuestion.waitFor();
  await toQuestion.click();
  await page.waitForFunction(() => document.activeElement?.closest('#q-app_type') != null);
  assert.equal(await hash(page), edited);

  // A reload opens the edited version and still lists the change.
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await checked(page, 'team_seniority-mixed');
  await expectText(page.locator('.changed-from .changed-title'), /^Changed from the shared version: 1 answer$/);
  assert.equal(await page.locator('.changed-from li').count(), 1);
  assert.equal(await page.getAttribute('.changed-from li', 'data-question'), 'team_seniority');
  assert.match(await page.innerText('.changed-from li'), /Mostly senior → Mixed/);

  // Undo puts the shared answer back; the line and the note go.
  await page.click('.changed-from .changed-undo');
  await checked(page, 'team_seniority-mostly_senior');
  await page.waitForSelector('.changed-from', { state: 'detached' });
  await page.waitForSelector('#share-changed', { state: 'detached' });
  await page.waitForFunction((o) => location.hash === o, original);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the banner offers going back only when there is own work to go back to', async () => {
  const link = await makeLink();
  // No own work: keep it as my work, one click, nothing replaced.
  const fresh = await openPage(browser, link);
  await fresh.page.waitForSelector('.preview-banner[data-own-work=no]');
  assert.equal(await fresh.page.locator('#preview-leave').count(), 0);
  assert.equal(await fresh.page.innerText('#preview-adopt'), 'Keep as my work');
  await fresh.page.click('#preview-adopt');
  await fresh.page.waitForSelector('.preview-banner', { state: 'detached' });
  await checked(fresh.page, 'team_seniority-mostly_senior');
  await fresh.page.waitForFunction(() => location.hash === '', null, { timeout: 5000 });
  await fresh.context.close();

  // Own work: back to it, or replace it after a confirmation.
  const { page, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-api_backend"]');
  await page.goto(link);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForSelector('.preview-banner[data-own-work=yes]');
  assert.match(await page.innerText('#preview-adopt'), /Replace my current work/);
  await page.click('#preview-leave');
  await checked(page, 'app_type-api_backend');
  await page.waitForFunction(() => location.hash === '');
  await context.close();
});

test('a prefill link keeps its readable address until a change, and a change is "from the link"', async () => {
  const { page, context, errors } = await openPage(browser, `${server.url}/?app_type=api_backend`);
  await page.waitForSelector('.preview-banner[data-preview=prefill]');
  assert.equal(await page.evaluate(() => location.search), '?app_type=api_backend');
  await page.click('label[for="team_size-solo_or_pair"]');
  await page.waitForFunction(() => location.hash.startsWith('#s2.') && location.search === '');
  await expectText(page.locator('.changed-from .changed-title'), /^Changed from the link: 1 answer$/);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await checked(page, 'team_size-solo_or_pair');
  await page.waitForSelector('.preview-banner[data-preview=prefill]');
  await expectText(page.locator('.changed-from .changed-title'), /^Changed from the link: 1 answer$/);
  await page.click('#changes-undo-all');
  await page.waitForSelector('.changed-from', { state: 'detached' });
  await page.waitForFunction(() => !document.getElementById('team_size-solo_or_pair').checked);
  assert.deepEqual(errors, []);
  await context.close();
});
