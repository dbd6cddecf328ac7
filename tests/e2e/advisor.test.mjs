// End-to-end tests of the questionnaire, result and explanation, in headless
// Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, recommendation, scores, expectRecommendation, expectScores, expectText, settled } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('an empty questionnaire shows every question and no recommendation', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  assert.equal(await page.locator('fieldset.question').count(), 30);
  assert.equal(await page.locator('details#advanced fieldset.question').count(), 14);
  assert.equal(await page.locator('input[type=radio]:checked').count(), 0, 'no option is preselected');
  await expectRecommendation(page, 'none');
  await expectScores(page, { django: 0, flask: 0, hybrid: 0 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('answering with the mouse updates the recommendation and its explanation', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('label[for="app_type-content_platform"]');
  await expectRecommendation(page, 'django');
  await expectScores(page, { django: 3 });
  const item = page.locator('.contribution[data-question="app_type"]');
  await assert.doesNotReject(item.waitFor());
  assert.match(await item.innerText(), /\+3 Django/);
  assert.match(await item.locator('.cite').first().innerText(), /\[00[012]\]/);

  // Switch to a Flask-leaning profile: the result and the explanation follow.
  await page.click('label[for="app_type-focused_service"]');
  await page.click('label[for="team_seniority-mostly_senior"]');
  await page.click('label[for="architecture_style-microservices"]');
  await expectRecommendation(page, 'flask');
  // A focused service, one responsibility and microservices are one need
  // (a narrow service), counted once: 3 points, plus the senior team's 1.
  await expectScores(page, { django: 0, flask: 4, hybrid: 0 });
  await expectText(page.locator('.contribution[data-question="app_type"]'), /\+3 Flask/);
  // Within the need, the earlier question of equal points counts; the other is set aside.
  await page.waitForFunction(() => document.querySelector('.need[data-need="narrow"] .contribution')?.dataset.question === 'app_type');
  await expectText(page.locator('.need[data-need="narrow"] .contribution[data-question="architecture_style"]'), /counted once/);

  // A citation leads to the named article.
  const cite = page.locator('.contribution .cite').first();
  const href = await cite.getAttribute('href');
  assert.match(href, /^#source-00[012]$/);
  assert.ok((await cite.getAttribute('title')).length > 10, 'the citation names the article');
  await cite.click();
  assert.equal(await page.getAttribute('#tab-sources', 'aria-selected'), 'true');
  await page.waitForFunction((id) => document.activeElement?.id === id, href.slice(1));
  assert.equal(await page.locator(href).isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after a quick burst of changes the Why list ends on the last answers', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // Four answers to one question, then one to another, each in a task of
  // its own and all within a frame or two: the list follows after the next
  // paint (src/ui/defer.rs), skipping a change overtaken by a newer one, and
  // must end on the last.
  await page.evaluate(async () => {
    const nextTask = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
    for (const id of ['app_type-full_stack_product', 'app_type-internal_tool', 'app_type-api_backend', 'app_type-focused_service', 'team_seniority-mostly_senior']) {
      document.getElementById(id).click();
      await nextTask();
    }
  });
  await expectRecommendation(page, 'flask');
  await page.waitForFunction(() => document.querySelector('.contribution[data-question="app_type"]')?.dataset.option === 'focused_service');
  await settled(page);
  assert.deepEqual(await page.locator('.contribution').evaluateAll((els) => els.map((e) => `${e.dataset.question}=${e.dataset.option}`).sort()), ['app_type=focused_service', 'team_seniority=mostly_senior']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the questionnaire works with the keyboard alone', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  // Tab into the first radio group (app_type), then arrow keys choose options.
  await page.focus('#app_type-full_stack_product');
  await page.keyboard.press('Space');
  await expectRecommendation(page, 'django');
  await page.keyboard.press('ArrowDown'); // content_platform
  await page.keyboard.press('ArrowDown'); // api_backend
  await page.keyboard.press('ArrowDown'); // focused_service
  assert.equal(await page.locator('#app_type-focused_service').isChecked(), true);
  await expectRecommendation(page, 'flask');
  // Tab leaves the radio group and reaches the importance menu of the same question.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'app_type-importance');
  await page.keyboard.press('ArrowDown'); // normal -> high
  await page.waitForFunction(() => document.querySelector('.score[data-framework=flask] [data-score]').dataset.score === '6');
  await expectText(page.locator('.contribution[data-question="app_type"]'), /importance high/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('ignoring a question removes its points but keeps it explained', async () => {
  const { page, context } = await openPage(browser, `${server.url}/?app_type=full_stack_product&team_seniority=mostly_senior`);
  // A full product stands for a back office and accounts, 1 point each.
  await expectScores(page, { django: 2, flask: 1, hybrid: 0 });
  await page.selectOption('#app_type-importance', 'ignore');
  await expectScores(page, { django: 0, flask: 1, hybrid: 0 });
  await expectRecommendation(page, 'flask');
  await expectText(page.locator('.need .contribution[data-question="app_type"]').first(), /no points/);
  await context.close();
});

test('a readable prefill link fills the questionnaire and shows the matching result', async () => {
  const q = 'app_type=focused_service&architecture_style=microservices&traffic_profile=hot_endpoints&footprint_sensitivity=important&team_seniority=mostly_senior';
  const { page, errors, context } = await openPage(browser, `${server.url}/?${q}`);
  await expectRecommendation(page, 'flask');
  for (const pair of q.split('&')) {
    const [name, value] = pair.split('=');
    assert.equal(await page.locator(`#${name}-${value}`).isChecked(), true, pair);
  }
  assert.equal(await page.locator('.prefill-notice').count(), 0);
  // Link answers are shown as a preview; the user's own work is untouched.
  assert.equal(await page.getAttribute('.preview-banner', 'data-preview'), 'prefill');
  assert.deepEqual(errors, []);
  await context.close();
});

test('unknown parameters and values are reported and the rest applies', async () => {
  const { page, context } = await openPage(browser, `${server.url}/?app_type=api_backend&colour=blue&team_seniority=wizards&api_complexity=complex_api`);
  const notice = page.locator('.prefill-notice');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /2 parts of the link were ignored/);
  assert.match(text, /colour=blue/);
  assert.match(text, /team_seniority=wizards/);
  assert.match(text, /mostly_senior/, 'the notice lists the valid options');
  assert.equal(await page.locator('#app_type-api_backend').isChecked(), true);
  await expectRecommendation(page, 'django');
  await page.click('.prefill-notice button');
  assert.equal(await notice.count(), 0);
  await context.close();
});

test('hybrid is recommended only with the team able to run several services', async () => {
  const s4 = 'scope_complexity=core_plus_specialized&app_type=full_stack_product&auth_needs=basic_accounts&architecture_style=core_plus_services&heavy_processing=separate_processing_services';
  const { page, context } = await openPage(browser, `${server.url}/?${s4}&multi_service_ops=yes`);
  await expectRecommendation(page, 'hybrid');
  assert.match(await page.locator('.result').innerText(), /Only one of the three articles/);
  await page.click('summary:has-text("Advanced questions")');
  await page.click('label[for="multi_service_ops-no"]');
  await expectRecommendation(page, 'django');
  assert.match(await page.locator('.result').innerText(), /Hybrid was considered but not recommended/);
  await context.close();
});

test('contested answers show both sides and a close call is flagged', async () => {
  const { page, context } = await openPage(browser, `${server.url}/?budget_profile=tight_lean_start&project_stage=product_mvp`);
  await expectScores(page, { django: 1, flask: 1, hybrid: 0 });
  assert.match(await page.locator('.result').innerText(), /Close call/);
  const item = page.locator('.contribution[data-question="budget_profile"]');
  assert.match(await item.innerText(), /contested/);
  await item.locator('details.contested summary').click();
  const sides = item.locator('details.contested li');
  assert.equal(await sides.count(), 2);
  await context.close();
});
