// End to end: "Start from your code" on real public projects' dependency
// files (tests/fixtures/real/, each folder's ORIGIN.md names the repository,
// commit and licence), one format each, read through the page as a user
// would: the framework and version found, support judged from release data,
// optional and development groups apart (and counted once ticked), the
// suggestions; then a running Flask product's files applied with its team's
// answers: extended, and the releases that no longer get fixes shown under
// the result and written into the report and the decision record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openPage, expectRecommendation, inBothSchemes, axeOn } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const real = async (folder, names) =>
  Promise.all(names.map(async (name) => ({ name, mimeType: 'text/plain', buffer: await readFile(new URL(`../fixtures/real/${folder}/${name}`, import.meta.url)) })));

async function read(page, folder, names) {
  if (!(await page.isVisible('#from-code-files'))) await page.click('#from-code-open');
  // The results of these files (a new read replaces the earlier ones):
  // their "Read:" line names these files and differs from the one before.
  const hint = '.from-code-results[data-analysis="done"] .hint';
  const before = await page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', hint);
  await page.setInputFiles('#from-code-files', await real(folder, names));
  await page.waitForFunction(([n, sel, was]) => {
    const now = document.querySelector(sel)?.textContent || '';
    return now !== was && n.every((f) => now.includes(f)) && !/Starting|Reading/.test(document.querySelector('.from-code-status')?.textContent || '');
  }, [names, hint, before]);
}

const text = (page, sel) => page.locator(sel).innerText();
const suggestions = (page) => page.$$eval('[data-suggestion]', (els) => els.map((e) => e.dataset.suggestion));

test('real projects, one format each: framework, version, support, groups apart and suggestions', async () => {
  const { page, errors } = await openPage(browser, server.url);

  // requirements.txt: Microblog (Flask 3.0.0, before the current feature release).
  await read(page, 'microblog', ['requirements.txt']);
  await page.waitForSelector('.frameworks-found li[data-framework="flask"][data-ended="true"]');
  assert.match(await text(page, '.frameworks-found li[data-framework="flask"]'), /Flask 3\.0\.0.*current: 3\.1, since November 2024.*December 2026/s);
  assert.ok((await suggestions(page)).includes('existing_codebase=existing_flask'));

  // pyproject.toml + uv.lock: Redash. Its data-source connectors are an
  // optional group; MongoDB and Cassandra answer nothing until it is ticked.
  await read(page, 'redash', ['pyproject.toml', 'uv.lock']);
  await page.waitForSelector('.frameworks-found li[data-framework="flask"][data-ended="true"]');
  assert.match(await text(page, '.frameworks-found li[data-framework="flask"]'), /Flask 2\.3\.2/);
  assert.match(await text(page, '.frameworks-found li[data-framework="sqlalchemy"]'), /SQLAlchemy 1\.3\.24.*no longer gets fixes.*current: 2\.1/s);
  const group = page.locator('.optional-group[data-group="all-ds"]');
  assert.equal(await group.getAttribute('data-counted'), 'false');
  assert.match(await group.innerText(), /dependency group “all-ds” in pyproject\.toml, uv\.lock/);
  assert.match(await group.innerText(), /Would suggest answers if counted: cassandra-driver, mysqlclient, pymongo/);
  assert.ok((await suggestions(page)).includes('database_type=standard_sql'));
  await group.locator('input').check();
  await page.waitForSelector('.optional-group[data-group="all-ds"][data-counted="true"]');
  await page.waitForSelector('[data-suggestion="database_type=unconventional"]');

  // pyproject.toml + poetry.lock: Saleor's last Poetry commit (Django 5.2 LTS).
  await read(page, 'saleor-poetry', ['pyproject.toml', 'poetry.lock']);
  await page.waitForSelector('.frameworks-found li[data-framework="django"][data-ended="false"]');
  assert.match(await text(page, '.frameworks-found li[data-framework="django"]'), /Django 5\.2\.1.*long-term support release from April 2025, gets security fixes until April 2028/s);
  assert.equal(await page.getAttribute('.optional-group[data-group="dev"]', 'data-counted'), 'false', 'a new read forgets the ticked groups');
  const s = await suggestions(page);
  assert.ok(s.includes('existing_codebase=existing_django') && s.includes('async_io=heavy_concurrency'), s.join(' '));
  assert.ok(!(await text(page, '.from-code-results')).includes('websockets'), 'what uvicorn pulls in suggests nothing');
  assert.match(await text(page, '[data-noted="graphene"]'), /GraphQL/);
  assert.match(await text(page, '[data-suggestion="async_io=heavy_concurrency"]'), /uvicorn.*Beyond the articles: PyPI: uvicorn/s);

  // uv.lock alone: Saleor today.
  await read(page, 'saleor', ['uv.lock']);
  assert.match(await text(page, '.frameworks-found li[data-framework="django"]'), /Django 5\.2\.17/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a running Flask product from its files, with its team, is extended; the old releases stay in the result, the report and the record', async () => {
  const { page, errors } = await openPage(browser, server.url);
  await read(page, 'redash', ['pyproject.toml', 'uv.lock']);
  await page.click('#from-code-apply-all');
  await page.waitForSelector('.from-code-results', { state: 'detached' });
  // The team's own answers: a product in use, kept for years by one senior team.
  for (const id of ['rewrite_scope-product_in_use', 'maintenance_horizon-long_term', 'team_size-single_team', 'team_seniority-mostly_senior', 'scope_complexity-moderate']) {
    await page.check(`#${id}`);
  }
  await expectRecommendation(page, 'flask');
  await page.waitForSelector('.existing-path[data-path="extend"]');
  const ended = page.locator('.result .files-ended');
  await ended.waitFor();
  assert.match(await ended.innerText(), /no longer get fixes: Flask 2\.3\.2, Flask-SQLAlchemy 2\.5\.1, SQLAlchemy 1\.3\.24/);
  await ended.locator('summary').click();
  await page.waitForSelector('.result .files-ended li[data-framework="flask"][data-ended="true"]');

  await page.click('#tab-report');
  const [report] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
  const md = await readFile(await report.path(), 'utf8');
  assert.match(md, /^- Flask 2\.3\.2 \(no longer gets fixes:.*Pallets security policy/m);
  const [record] = await Promise.all([page.waitForEvent('download'), page.click('#download-madr')]);
  const madr = await readFile(await record.path(), 'utf8');
  assert.match(madr, /bring these up to a release that still gets fixes: Flask 2\.3\.2, Flask-SQLAlchemy 2\.5\.1, SQLAlchemy 1\.3\.24\./);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  test(`axe: groups apart, core libraries and a recognised package have no violation (light and dark, ${size})`, async () => {
    const { page, context } = await openPage(browser, server.url, { width, height });
    const axe = (part) => async (scheme) => (await axeOn(page)).include(part).analyze()
      .then((r) => r.violations.map((v) => `${part} (${scheme}): ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
    await read(page, 'saleor', ['pyproject.toml', 'uv.lock']);
    await page.waitForSelector('.optional-group');
    await page.click('.optional-group .group-packages summary');
    assert.deepEqual((await inBothSchemes(page, axe('.from-code'))).flat(), []);
    await read(page, 'redash', ['pyproject.toml', 'uv.lock']);
    await page.click('#from-code-apply-all');
    await page.locator('.result .files-ended summary').click();
    await page.waitForSelector('.result .files-ended[open]');
    assert.deepEqual((await inBothSchemes(page, axe('.result'))).flat(), []);
    await context.close();
  });
}
