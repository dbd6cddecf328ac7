// End to end: "Start from your code". The reader (a web worker with its own
// WebAssembly) is fetched only when the feature opens; a requirements.txt of
// a Flask system is picked, its suggestions are shown with their packages,
// one is unticked, the rest applied; the answers, the recommendation and the
// build list's "already have" marks follow, and survive a reload. Bad files
// are named and change nothing. Every check waits for the page to show it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectRecommendation, expectScores, cspViolations, inBothSchemes, axeOn } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const REQUIREMENTS = `# The shop's back end
-r requirements-base.txt
Flask==2.3.3 \\
    --hash=sha256:09c347a92aa7ff4a8e7f3206795f30d826654baf38b873d0744cd571ca609efc
Flask-Login>=0.6   # staff sessions
Flask-Admin[sqla]==1.6.1
Flask-SQLAlchemy~=3.1
celery[redis]>=5.3 ; python_version >= "3.8"
not a requirement at all
`;

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
const checked = (page, id) => page.waitForFunction((i) => document.getElementById(i)?.checked === true, id);

async function pickRequirements(page) {
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [file('requirements.txt', REQUIREMENTS)]);
  await page.waitForSelector('.from-code-results[data-analysis="done"]');
}

test('the reader loads only when opened, then a Flask requirements.txt pre-answers the questions and marks the build list', async () => {
  const requests = [];
  const { page, errors, context } = await openPage(browser, server.url);
  page.on('request', (r) => requests.push(r.url()));
  await page.waitForSelector('#from-code-open');
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((u) => u.includes('depfiles')), [], 'nothing of the reader is fetched before it is opened');

  await pickRequirements(page);
  assert.ok(requests.some((u) => u.endsWith('depfiles-worker_bg.wasm')), 'the worker was fetched on opening');
  // The framework, its flagged version and the included file to add.
  await page.waitForSelector('.frameworks-found li[data-framework="flask"][data-ended="true"]');
  assert.match(await page.locator('.frameworks-found li[data-framework="flask"]').innerText(), /2\.3\.3.*current: 3\.1, since November 2024/s);
  assert.equal(await page.getAttribute('[data-missing-includes]', 'data-missing-includes'), 'requirements-base.txt');
  // The bad line is named with its file and line; the rest was read.
  assert.match(await page.locator('[data-problem="requirements.txt"]').innerText(), /requirements\.txt, line 9, could not be read as a requirement/);
  // Each suggestion shows the packages behind it.
  const auth = page.locator('[data-suggestion="auth_needs=basic_accounts"]');
  assert.match(await auth.innerText(), /Flask-Login/);
  assert.match(await auth.innerText(), /\[001\]/);
  assert.match(await page.locator('[data-suggestion="heavy_processing=queued_tasks"]').innerText(), /celery/);
  // Nothing is answered before the user applies.
  assert.equal(await page.isChecked('#existing_codebase-existing_flask'), false);

  // Untick "the team knows Flask", apply the rest.
  await page.uncheck('[data-suggestion="framework_familiarity=flask"] input');
  await page.click('#from-code-apply');
  for (const id of ['existing_codebase-existing_flask', 'auth_needs-basic_accounts', 'admin_backoffice-business_backoffice', 'project_stage-extend_existing',
    'data_model-standard_relational', 'heavy_processing-queued_tasks']) {
    await checked(page, id);
  }
  await page.waitForFunction(() => /Applied 6 answers/.test(document.querySelector('.from-code-status')?.textContent || ''));
  await page.waitForSelector('.from-code-results', { state: 'detached' });
  assert.equal(await page.isChecked('#framework_familiarity-flask'), false, 'the unticked suggestion is not applied');
  // A running Flask system: what its files show it has (logins, an admin, a
  // data layer, a task queue) is set aside, never Django points; the cost of
  // a rewrite keeps it on Flask.
  await expectRecommendation(page, 'flask');
  await expectScores(page, { django: 0, flask: 2, hybrid: 0 });
  await page.waitForSelector('.existing-path[data-path="extend"]');

  // The build list of the existing Flask system: what the code already has.
  await page.click('#tab-bom');
  await page.waitForSelector('tr[data-capability="auth"][data-status="have"]');
  assert.match(await page.locator('tr[data-capability="auth"] .because').innerText(), /Already have: Flask-Login/);
  await page.waitForSelector('tr[data-capability="admin"][data-status="have"]');
  await page.waitForSelector('tr[data-capability="orm"][data-status="have"]');
  assert.match(await page.locator('tr[data-capability="background_tasks"] .because').innerText(), /Already have: celery/);
  await page.waitForSelector('tr[data-capability="migrations"][data-status="check"]');
  await page.waitForSelector('.bom-support .frameworks-found li[data-framework="flask"][data-ended="true"]');

  // The accepted answers are ordinary answers: autosaved, back after a reload.
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await checked(page, 'auth_needs-basic_accounts');
  await expectRecommendation(page, 'flask');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a binary or unknown file is named, and nothing changes', async () => {
  const { page, errors, context } = await openPage(browser, server.url + '/?auth_needs=none_or_upstream');
  await checked(page, 'auth_needs-none_or_upstream');
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [
    { name: 'requirements-dev.txt', mimeType: 'application/octet-stream', buffer: Buffer.from([0x66, 0x6c, 0x00, 0xff, 0x10]) },
  ]);
  await page.waitForSelector('[data-problem="requirements-dev.txt"]');
  assert.match(await page.locator('[data-problem="requirements-dev.txt"]').innerText(), /is not a text file/);
  // Pasted text of a format this does not read.
  await page.click('.from-code .paste summary');
  await page.fill('#from-code-paste-name', 'setup.py');
  await page.fill('#from-code-paste', 'from setuptools import setup\nsetup(install_requires=["flask-login"])\n');
  await page.click('text=Read pasted text');
  await page.waitForSelector('[data-problem="setup.py"]');
  assert.match(await page.locator('[data-problem="setup.py"]').innerText(), /a Python program, which this reader never runs or reads/);
  assert.equal(await page.isChecked('#auth_needs-none_or_upstream'), true, 'the answers are untouched');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped anywhere on the page opens the panel and is read', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await page.waitForSelector('#from-code-open');
  assert.equal(await page.getAttribute('#from-code-open', 'aria-expanded'), 'false');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Flask-Login==0.6.3\nFlask-Admin\n'], 'requirements-web.txt', { type: 'text/plain' }));
    const target = document.querySelector('.tabs-panel') || document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('#from-code-open[aria-expanded="true"]');
  await page.waitForSelector('[data-suggestion="auth_needs=basic_accounts"]');
  assert.match(await page.locator('.from-code-results').innerText(), /requirements-web\.txt \(2 packages\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('with Save-Data on, a first visit does not download the reader; once opened it is cached and works offline', async () => {
  const context = await browser.newContext();
  // The user asked for less data: the reader is not fetched ahead (see
  // tests/e2e/offline.test.mjs for the warming otherwise).
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
  const page = await context.newPage();
  const fetched = [];
  context.on('request', (r) => { if (/depfiles-/.test(r.url())) fetched.push(r.url()); });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const sw = await page.evaluate(() => fetch('sw.js').then((r) => r.text()));
  const precache = sw.match(/const PRECACHE = (\[[^\]]*\]);/)[1];
  for (const f of ['depfiles-loader.js', 'depfiles-worker.js', 'depfiles-worker_bg.wasm']) assert.ok(!precache.includes(`"${f}"`), `${f} is not precached`);
  const cachedReader = () => page.evaluate(async () => {
    const names = await caches.keys();
    const keys = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
    return keys.filter((k) => /depfiles-/.test(k)).map((k) => k.slice(k.lastIndexOf('/') + 1)).sort();
  });
  // By then the warming, were it on, would have asked for the reader: an
  // idle callback queued after the app's, then a request the service worker
  // handles after the app's message.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await new Promise((r) => (window.requestIdleCallback || setTimeout)(r));
    await fetch('manifest.webmanifest');
  });
  assert.deepEqual(await cachedReader(), [], 'nothing of the reader is cached before it is opened');
  assert.deepEqual(fetched, [], 'nothing of the reader is fetched before it is opened');
  // Opened once: the service worker caches it as it is fetched (polled: the
  // page's wait for a condition does not await an asynchronous one).
  await pickRequirements(page);
  await page.waitForSelector('[data-suggestion="existing_codebase=existing_flask"]');
  for (const end = Date.now() + 20000; ;) {
    const cached = await cachedReader();
    if (cached.length === 3) break;
    assert.ok(Date.now() < end, `the reader was not cached once opened: ${cached}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await pickRequirements(page);
  await page.waitForSelector('[data-suggestion="existing_codebase=existing_flask"]');
  await context.setOffline(false);
  await context.close();
});

for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  test(`axe: the open reader with its results has no violation (light and dark, ${size})`, async () => {
    const { page, context } = await openPage(browser, server.url, { width, height });
    const axe = (part) => async (scheme) => (await axeOn(page)).include(part).analyze()
      .then((r) => r.violations.map((v) => `${part} (${scheme}): ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
    await pickRequirements(page);
    await page.click('.from-code .paste summary');
    assert.deepEqual((await inBothSchemes(page, axe('.from-code'))).flat(), []);
    await page.click('#from-code-apply');
    await page.click('#tab-bom');
    await page.waitForSelector('tr[data-capability="auth"][data-status="have"]');
    assert.deepEqual((await inBothSchemes(page, axe('.bom'))).flat(), []);
    await context.close();
  });
}

// Real projects' files (tests/fixtures/real/, origin and licence in each
// folder's ORIGIN.md): a new choice replaces the files read before, so two
// projects never mix; "Add files" adds to them.
test('reading new files replaces the earlier ones; Add files adds to them; an unreadable new file keeps them', async () => {
  const { readFileSync } = await import('node:fs');
  const real = (folder, name, as = name) => file(as, readFileSync(new URL(`../fixtures/real/${folder}/${name}`, import.meta.url), 'utf8'));
  // The "Read:" line: the files the suggestions came from.
  const read = (page) => page.locator('.from-code-results .hint').first().innerText();
  const frameworks = (page) => page.$$eval('.from-code-results [data-framework]', (els) => els.map((e) => `${e.dataset.framework} ${e.textContent.trim()}`));
  const { page, errors, context } = await openPage(browser, server.url);
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [real('microblog', 'requirements.txt', 'requirements-microblog.txt')]);
  await page.waitForFunction(() => /requirements-microblog\.txt/.test(document.querySelector('.from-code-results')?.textContent || '') && document.querySelector('.from-code-results [data-framework="flask"]'));
  assert.match((await frameworks(page)).join('|'), /flask.*3\.0\.0/);
  // Flask 3.0 is past support: only the current feature release gets fixes.
  assert.equal(await page.getAttribute('.from-code-results [data-framework="flask"]', 'data-ended'), 'true');
  // NetBox's files replace microblog's: Django alone, its own version.
  await page.setInputFiles('#from-code-files', [real('netbox', 'requirements.txt')]);
  await page.waitForFunction(() => !document.querySelector('.from-code-results [data-framework="flask"]') && document.querySelector('.from-code-results [data-framework="django"]'));
  assert.match((await frameworks(page)).join('|'), /django.*6\.0\.8/);
  assert.match(await read(page), /requirements\.txt/);
  assert.doesNotMatch(await page.locator('.from-code-results').innerText(), /microblog/);
  // Add files keeps NetBox's and adds flaskbb's: both frameworks now.
  await page.setInputFiles('#from-code-add', [real('flaskbb', 'pyproject.toml')]);
  await page.waitForFunction(() => document.querySelector('.from-code-results [data-framework="flask"]') && document.querySelector('.from-code-results [data-framework="django"]'));
  assert.match(await read(page), /requirements\.txt.*pyproject\.toml|pyproject\.toml.*requirements\.txt/);
  assert.doesNotMatch(await read(page), /microblog/);
  // A new choice of only a file the reader cannot read keeps what was read,
  // and says what is wrong with the new one.
  await page.setInputFiles('#from-code-files', [file('notes.md', '# not a dependency file\n')]);
  await page.waitForSelector('.from-code-problems [data-problem="notes.md"]');
  assert.match(await read(page), /requirements\.txt.*pyproject\.toml|pyproject\.toml.*requirements\.txt/);
  assert.ok(await page.$('.from-code-results [data-framework="django"]'), 'the earlier read is kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('while the reader loads for the first time, the page says so', async () => {
  // Hold the reader's WebAssembly back until the page has said it is
  // starting: from the first request on, in the whole context, so that the
  // service worker's warming (once the app is idle) cannot fetch it first.
  let release;
  const held = new Promise((r) => { release = r; });
  const { page, errors, context } = await openPage(browser, server.url, {
    route: ['**/depfiles-worker_bg.wasm', async (route) => { await held; await route.continue(); }],
  });
  await page.click('#from-code-open');
  await page.setInputFiles('#from-code-files', [file('requirements.txt', 'Flask==3.1.2\n')]);
  await page.waitForFunction(() => /Starting the file reader/.test(document.querySelector('.from-code-status')?.textContent || ''));
  release();
  await page.waitForSelector('.from-code-results[data-analysis="done"]');
  await page.waitForFunction(() => !/Starting|Reading/.test(document.querySelector('.from-code-status')?.textContent || ''));
  assert.deepEqual(errors, []);
  await context.close();
});
