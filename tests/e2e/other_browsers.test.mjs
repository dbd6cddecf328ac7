// Smoke test of the main flows in Firefox ESR and WebKitGTK (Safari's
// engine), beside the Chromium suite: the page takes over, an answer scores,
// the work is kept across a reload, the flowchart lights the path, a share
// link and a prefill link open with their answers, a team link with its
// team view.
//
// Firefox is driven by puppeteer-core over WebDriver BiDi; WebKit by
// selenium-webdriver through Debian's WebKitWebDriver and MiniBrowser under
// xvfb-run (MiniBrowser has no headless mode). `scripts/setup.sh --browser`
// installs both browsers (Debian) and both drivers (npm); nothing is
// downloaded by the drivers. FIREFOX and WEBKIT_BROWSER override the
// executables.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { serveDist } from './harness.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

let server;
before(async () => { server = await serveDist(); });
after(async () => { await server?.close(); });

// A team link of two people (as in tests/e2e/early_entries.test.mjs).
const TEAM = '#team.s2.cIQjCEIQhCEIQhCEIQhCEIQhCEFubiA8Yj6Q~s2.MIQhCEIThCEIQhCEIQhCEIQhCGE';

/** Runs `fn` (a function's source) in the page with `arg`; an expression both drivers accept. */
const call = (fn, arg) => `(${fn})(${JSON.stringify(arg ?? null)})`;

/**
 * A driver-neutral page: `js(fn, arg)` returns what `fn(arg)` returns in the
 * page, `click(selector)` clicks like a user, `go(url)` and `reload()`
 * navigate; the flows then wait for the app to take over (`<html data-ready>`).
 */
function flows(driver) {
  const until = async (fn, arg, what, timeout = 20000) => {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      last = await driver.js(fn, arg).catch((e) => String(e));
      if (last === true) return;
      if (Date.now() > end) throw new Error(`${driver.name}: waited ${timeout} ms for ${what} (last: ${JSON.stringify(last)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const ready = () => until(() => document.documentElement.hasAttribute('data-ready'), null, 'the app to take over');
  // Before the test leaves a page: the split modules the app fetches once
  // the service worker controls it (src/ui/lazy.rs, preload_all) are in, so
  // that the navigation cuts no fetch short (Firefox logs such a fetch,
  // answered by the service worker, as an error of its own).
  const settled = () => until(() => !navigator.serviceWorker?.controller || document.documentElement.hasAttribute('data-preloaded'), null, 'the split modules to be fetched');
  const recommendation = () => driver.js(() => document.querySelector('[data-recommendation]')?.dataset.recommendation);
  const showsRecommendation = (id) => until((id) => document.querySelector('[data-recommendation]')?.dataset.recommendation === id, id, `recommendation ${id}`);
  const scores = () => driver.js(() => Object.fromEntries([...document.querySelectorAll('.score')]
    .map((e) => [e.dataset.framework, Number(e.querySelector('[data-score]').dataset.score)])));
  const checked = (id) => driver.js((id) => document.getElementById(id)?.checked === true, id);
  return {
    async run() {
      // A first visit: the questionnaire, nothing recommended yet.
      await driver.go(`${server.url}/`);
      await ready();
      assert.equal(await driver.js(() => document.querySelectorAll('fieldset.question').length), 30);
      assert.equal(await recommendation(), 'none');

      // Two answers, by clicking their options, give a recommendation.
      await driver.click('label[for="app_type-full_stack_product"]');
      await driver.click('label[for="team_seniority-mostly_junior"]');
      await showsRecommendation('django');
      const answered = await scores();
      assert.ok(answered.django > answered.flask, `scores ${JSON.stringify(answered)}`);

      // The flowchart lights the path taken.
      await driver.click('#tab-flow');
      await until(() => document.querySelectorAll('.flow-svg .node.lit').length >= 2, null, 'the flowchart path to be lit');

      // The work is kept (autosaved in localStorage) across a reload.
      await settled();
      await driver.reload();
      await ready();
      await showsRecommendation('django');
      assert.ok(await checked('app_type-full_stack_product'), 'the answer survived the reload');
      assert.deepEqual(await scores(), answered);

      // A share link of this work opens as a preview with the same result.
      await driver.click('#tab-profiles');
      // The Profiles tab is a module of its own, fetched when it opens.
      await until(() => document.getElementById('copy-link') !== null, null, 'the Profiles tab');
      await driver.click('#copy-link');
      await until(() => /#s\d+\./.test(document.getElementById('share-link')?.value ?? ''), null, 'the share link');
      const link = await driver.js(() => document.getElementById('share-link').value);
      await settled();
      await driver.go('about:blank'); // away, so that the link is a new document
      await driver.go(link);
      await ready();
      await until(() => document.querySelector('.preview-banner')?.dataset.preview === 'share', null, 'the share preview banner');
      await showsRecommendation('django');
      assert.deepEqual(await scores(), answered);

      // A prefill link answers its question.
      await settled();
      await driver.go(`${server.url}/?app_type=api_backend&team_seniority=mostly_senior`);
      await ready();
      await until(() => document.getElementById('app_type-api_backend')?.checked === true, null, 'the prefilled answer');
      assert.notEqual(await recommendation(), 'none');

      // A team link opens the team view, shown by the first-answer module
      // before the app (<html data-early-visit>), then the app's.
      await settled();
      await driver.go(`${server.url}/${TEAM}`);
      await ready();
      await until(() => document.querySelectorAll('#panel-team:not([hidden]) .team-table tbody tr').length === 2, null, 'the team view');
      assert.ok(await driver.js(() => document.documentElement.hasAttribute('data-early-visit')), 'shown before the app');
      assert.equal(await driver.js(() => document.querySelector('#tab-team').getAttribute('aria-selected')), 'true');
      await settled();
    },
  };
}

test('Firefox ESR: the main flows', { timeout: 120000 }, async () => {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: run scripts/setup.sh --browser`);
  // The window's own size (puppeteer's viewport emulation needs a newer Firefox).
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: null, args: ['--width=1280', '--height=900'] });
  const page = await browser.newPage();
  const errors = [];
  // Puppeteer's own script in the page (its `__bidi_args`) raises a
  // SecurityError on each load in this Firefox: the driver's, not the app's.
  page.on('pageerror', (e) => { if (!String(e).includes('__bidi_args')) errors.push(String(e)); });
  // An error object logged shows as "JSHandle@error": its own text is read.
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const seen = Promise.all(m.args().map((a) => a.evaluate((v) => (v instanceof Error ? `${v.name}: ${v.message}` : String(v))).catch(() => '?')));
    errors.push(seen.then((args) => `${m.text()} ${args.join(' ')}`));
  });
  try {
    await flows({
      name: 'Firefox',
      js: (fn, arg) => page.evaluate(call(fn, arg)),
      click: (selector) => page.click(selector),
      go: (url) => page.goto(url),
      reload: () => page.reload(),
    }).run();
    assert.deepEqual(await Promise.all(errors), []);
  } finally {
    await browser.close();
  }
});

/** A free loopback port. */
const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

test('WebKitGTK: the main flows', { timeout: 120000 }, async () => {
  assert.ok(existsSync(MINIBROWSER), `${MINIBROWSER} is missing: run scripts/setup.sh --browser`);
  const port = await freePort();
  // One WebKitWebDriver serves one session; xvfb-run gives MiniBrowser a display.
  const service = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  let driver;
  try {
    const end = Date.now() + 20000;
    for (;;) {
      try {
        driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        }).build();
        break;
      } catch (e) {
        if (Date.now() > end) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await flows({
      name: 'WebKit',
      js: (fn, arg) => driver.executeScript(`return ${call(fn, arg)}`),
      // WebKitWebDriver's clicks miss while the page is still smooth-scrolling:
      // bring the element into view at once first.
      click: async (selector) => {
        await driver.executeScript(`document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center', behavior: 'instant' })`);
        await driver.findElement(By.css(selector)).click();
      },
      go: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
    }).run();
  } finally {
    await driver?.quit().catch(() => {});
    try { process.kill(-service.pid); } catch { /* already gone */ }
  }
});
