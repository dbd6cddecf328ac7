// End-to-end tests of the disagreements between the articles: the overview
// tab lists all sixteen, each both ways with citations; a note shows in the
// explanation on every answer it bears on; the questionnaire marks those
// answers; the Sources tab names the articles' sales pitches and lists the
// corrections from beyond the articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the overview lists sixteen disagreements, each with two cited sides and its handling', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('#tab-disagreements');
  const items = page.locator('#panel-disagreements .dispute');
  await items.first().waitFor();
  assert.equal(await items.count(), 16);
  for (let i = 0; i < 16; i++) {
    const item = items.nth(i);
    assert.ok((await item.locator('h3').innerText()).trim().length > 0, `item ${i + 1} has a title`);
    const notes = item.locator('.dispute-note');
    assert.ok(await notes.count() >= 1, `item ${i + 1} has a note`);
    for (let j = 0; j < await notes.count(); j++) {
      const note = notes.nth(j);
      const sides = note.locator('.sides > .side');
      assert.equal(await sides.count(), 2, `item ${i + 1}: both sides`);
      for (let k = 0; k < 2; k++) {
        const cites = await sides.nth(k).locator('.cite').allInnerTexts();
        assert.ok(cites.length >= 1 && cites.every((c) => /^\[00[012]\]$/.test(c)), `item ${i + 1}, side ${k + 1} is cited: ${cites}`);
      }
      assert.match(await note.locator('.handling').innerText(), /How the advisor handles it/);
    }
  }
  // The scaling note carries its correction from beyond the articles, with its reference.
  const pooling = page.locator('#note-scaling .beyond[data-beyond=pooling]');
  assert.match(await pooling.innerText(), /Beyond the articles/);
  // Its references: the main one and the further documents it names, each linked.
  const hrefs = await pooling.locator('a[target=_blank]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 2, `the pooling correction links its documents: ${hrefs}`);
  for (const href of hrefs) assert.match(href, /^https:\/\//);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a junior team sees the learning-curve note in the Why tab, and the overview marks that answer', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // The questionnaire marks the option lightly and links the note.
  assert.equal(await page.locator('label[for="team_seniority-mostly_junior"] .dispute-mark').count(), 1);
  assert.equal(await page.locator('label[for="team_seniority-mostly_senior"] .dispute-mark').count(), 0);
  assert.equal(await page.locator('#q-team_seniority .q-disputes a[href="#note-learning"]').count(), 1);

  await page.click('label[for="team_seniority-mostly_junior"]');
  await page.click('#tab-why');
  const note = page.locator('#panel-why .contribution[data-question="team_seniority"] details.contested[data-contested="learning"]');
  await note.waitFor({ state: 'attached' });
  await note.locator('summary').click();
  assert.equal(await note.locator('.sides > .side').count(), 2);
  assert.match(await note.innerText(), /\[002\][\s\S]*\[001\]/);

  // The overview marks the answer that touches the note; its link opens the question.
  await page.click('#tab-disagreements');
  const touched = page.locator('#note-learning li.touched[data-question="team_seniority"]');
  await touched.waitFor();
  assert.match(await touched.innerText(), /your answer/);
  assert.equal(await page.locator('#note-mvp li.touched').count(), 0);
  // The questionnaire's link opens the overview at the note.
  await page.click('#tab-why');
  await page.click('#q-team_seniority .q-disputes a[href="#note-learning"]');
  await page.waitForFunction(() => document.activeElement?.id === 'note-learning');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a correction from beyond the articles shows in the explanation, and the Sources tab lists them all', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // Traffic "high overall" bears on the scaling note, whose pooling claim is outdated.
  await page.click('summary:has-text("Advanced questions")');
  await page.click('label[for="traffic_profile-high_overall"]');
  const item = page.locator('#panel-why .contribution[data-question="traffic_profile"]');
  await item.waitFor();
  await item.locator('details.contested[data-contested="scaling"] summary').click();
  assert.match(await item.locator('.beyond[data-beyond=pooling]').innerText(), /Beyond the articles/);

  await page.click('#tab-sources');
  const sources = page.locator('#panel-sources');
  await sources.locator('.vendor-note').waitFor();
  assert.equal(await sources.locator('.source-list .pitch').count(), 3, 'each article\'s sales pitch is named');
  assert.ok(await sources.locator('.beyond-list .beyond').count() >= 7);
  for (const href of await sources.locator('.beyond-list .beyond a[target=_blank]').evaluateAll((as) => as.map((a) => a.href))) {
    assert.match(href, /^https:\/\//);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
