// End to end: the decision record (MADR) downloads from the Report tab by
// keyboard, holds the MADR template's sections in order, and its share link
// reopens the same scores. Headless Chromium against the release dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openPage, scores, expectRecommendation, expectScores } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DJANGO = 'app_type=full_stack_product&admin_backoffice=business_backoffice&data_model=standard_relational&team_seniority=mostly_junior&importance.team_seniority=high';

/** Presses Tab until the element with id `id` has the focus (at most 60 times). */
async function tabTo(page, id) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`#${id} never took the focus`);
}

test('the decision record downloads by keyboard, in the MADR order, and its link reopens the scores', async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}?${DJANGO}`);
  await expectRecommendation(page, 'django');
  const want = await scores(page);
  await page.focus('#tab-report');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#download-madr');
  await tabTo(page, 'download-madr');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^[a-z0-9-]+-decision-record-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await readFile(await download.path(), 'utf8');
  assert.match(md, /^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n---\n\n# Framework for .*: use Django\n/);
  const headings = md.split('\n').filter((l) => l.startsWith('#')).slice(1);
  assert.deepEqual(headings, [
    '## Context and Problem Statement',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '## Pros and Cons of the Options',
    '### Django',
    '### Flask',
    '### Hybrid: a Django core with Flask services beside it',
    '## More Information',
  ]);
  assert.match(md, /Chosen option: "Django", because it scores highest: /);
  for (const [f, v] of Object.entries(want)) assert.ok(md.includes(`${f[0].toUpperCase()}${f.slice(1)} ${v}`), `${f} ${v} in the outcome`);
  await page.waitForSelector('.notices :text("Decision record downloaded.")');
  const link = md.match(/<(http[^>]+#s2\.[A-Za-z0-9_-]+)>/);
  assert.ok(link, 'the share link is in the record');
  const fresh = await openPage(browser, link[1]);
  await expectScores(fresh.page, want); // the record's share link reopens the same assessment
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});
