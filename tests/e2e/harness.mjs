// Shared set-up for the end-to-end tests: serves the release dist/ on a free
// loopback port and launches the system Chromium headless through
// playwright-core (no browser download).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// DIST=path overrides dist/ (a helper building elsewhere).
export const dist = process.env.DIST ? path.resolve(process.env.DIST) : path.join(root, 'dist');

/**
 * Starts a static server over `dir` (default dist/). Returns { url, close }.
 * `htmlFallback: true` answers every unknown path with index.html, as some
 * static hosts do, to check that the service worker never passes HTML off as
 * a script.
 */
export async function serveDist(dir = dist, { htmlFallback = false } = {}) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`make dist\` first`);
  }
  const handler = sirv(dir, { dev: true, etag: false });
  const index = htmlFallback ? await readFile(path.join(dir, 'index.html')) : null;
  const server = createServer((req, res) => handler(req, res, () => {
    if (index) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(index);
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches headless Chromium. CHROMIUM overrides the executable path. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens a page in a new context. Uncaught errors and console errors are
 * collected in `errors`; Content-Security-Policy violations are collected in
 * the page (read them with `cspViolations(page)`). `init`, if given, runs in
 * the page before any of its scripts (a Playwright init script). `route`,
 * if given, is [url, handler], routed for the whole context (the service
 * worker's own requests too) before the page opens.
 */
export async function openPage(browser, url, { width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'no-preference', init, route } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  if (route) await context.route(...route);
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  return { page, context, errors };
}

/** The current recommendation id ("django", "flask", "hybrid" or "none"). */
export const recommendation = (page) => page.getAttribute('[data-recommendation]', 'data-recommendation');

/** The scores as numbers { django, flask, hybrid }. */
export async function scores(page) {
  return page.$$eval('.score', (els) => Object.fromEntries(els.map((e) => [e.dataset.framework, Number(e.querySelector('[data-score]').dataset.score)])));
}

/** CSP violations seen by the page so far. */
export const cspViolations = (page) => page.evaluate(() => window.__csp);

/** Waits until the recommendation shown is `id` (fails after the default timeout). */
export async function expectRecommendation(page, id) {
  await page.waitForSelector(`[data-recommendation="${id}"]`);
}

/** Waits until the scores shown equal `want` ({ django, flask, hybrid }), then checks them. */
export async function expectScores(page, want) {
  await page.waitForFunction((w) => {
    const got = Object.fromEntries([...document.querySelectorAll('.score')].map((e) => [e.dataset.framework, Number(e.querySelector('[data-score]').dataset.score)]));
    return Object.keys(w).every((k) => got[k] === w[k]);
  }, want).catch(() => {});
  const got = await scores(page);
  for (const k of Object.keys(want)) if (got[k] !== want[k]) throw new Error(`scores ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}

/**
 * Waits until the text of `locator` (its first match) matches `re`, then
 * returns it. The detail tabs (Why, Flowchart, Compare, ...) follow an
 * answer change once the frame showing the new result has been painted
 * (src/ui/defer.rs), so they are read by waiting, never right after a click.
 * Fails after `timeout` ms, naming the last text seen.
 */
export async function expectText(locator, re, timeout = 10000) {
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    last = await locator.first().innerText({ timeout: Math.max(1, end - Date.now()) }).catch(() => last);
    if (re.test(last)) return last;
    if (Date.now() > end) throw new Error(`text ${JSON.stringify(last.slice(0, 300))} does not match ${re}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * An axe-core builder for `page`, run in the page itself (axe's legacy
 * mode). The default mode gathers each frame's partial results and then
 * opens a blank page of its own to combine them, which tripled the time of
 * every analysis here (about 1.7 s against 0.55 s for the main screen); the
 * app has no frames, so both modes analyse the same document. Fails if a
 * frame ever appears, since the legacy mode would then not look inside it.
 */
export async function axeOn(page) {
  const frames = await page.evaluate(() => document.querySelectorAll('iframe, frame').length);
  if (frames > 0) throw new Error(`the page has ${frames} frame(s): analyse them with axe's default mode`);
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/**
 * Runs `analyse(scheme)` on the page as it is in the light colour scheme,
 * then in the dark one (the page's `prefers-color-scheme` switched, after
 * it has painted), then switches back to light; returns both results in
 * that order. One page set up once serves both schemes' accessibility
 * checks. The page must have been opened in the light scheme.
 */
export async function inBothSchemes(page, analyse) {
  const out = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    out.push(await analyse(scheme));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}

/**
 * Waits until the detail tabs have caught up with the last change: they
 * follow in a task queued from the next animation frame (src/ui/defer.rs),
 * so two such rounds in the page are enough.
 */
export async function settled(page) {
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });
}

/**
 * Opens `url` with the requests matching `held` (a glob or RegExp, e.g. the
 * app's wasm) held back until `release()` is called; with `shifts`, the
 * page's layout shifts are collected in `window.__shifts`; `init(initArg)`
 * runs in the page before its scripts. `asked` settles once a held request
 * has been made.
 */
export async function openHeld(browser, url, held, { width, height, shifts = false, init, initArg } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  if (shifts) {
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  if (init) await context.addInitScript(init, initArg);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let release, requested;
  const wait = new Promise((r) => { release = r; });
  const asked = new Promise((r) => { requested = r; });
  await page.route(held, async (route) => { requested(); await wait; await route.continue(); });
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, errors, release, asked };
}

/** The parts of the page the first answers change, as the user sees them. */
export function shown() {
  const app = document.getElementById('app');
  // Comments (Leptos's placeholders) are not shown.
  const html = (sel) => app.querySelector(sel)?.innerHTML.replace(/<!--[^]*?-->/g, '');
  return {
    recommendation: app.querySelector('.recommendation')?.getAttribute('data-recommendation'),
    headline: html('.recommendation'),
    before: html('.result-before'),
    scores: html('.scores'),
    widths: [...app.querySelectorAll('.fill')].map((f) => f.style.width),
    after: html('.result-after'),
    scope: app.querySelector('.scope-note')?.textContent,
    progress: app.querySelector('.progress')?.textContent,
    advanced: app.querySelector('.advanced-progress')?.textContent,
    sticky: app.querySelector('.sticky-link')?.textContent,
    selected: [...app.querySelectorAll('label.option.selected')].map((l) => l.htmlFor),
    answered: [...app.querySelectorAll('fieldset.question.answered')].map((f) => f.id),
    // The notices above the questions (a link's preview banner, its
    // skipped parameters), as read.
    notices: app.querySelector('.notices')?.innerText.trim(),
    previewName: app.querySelector('#preview-name')?.value,
    // Where the user is on the page: the boxes below are in document
    // coordinates, so a jump of the scroll position is seen only here.
    scroll: Math.round(scrollY),
    advanced_open: document.getElementById('advanced')?.open,
    // Where the parts are on the page: the app's nodes are new, so the
    // browser's layout-shift entries cannot see a jump; the boxes can.
    // (The details tabs below the result fill in when the app has loaded:
    // only where they start is compared.)
    // The summary bar is sticky (where it is depends on the scroll) and is
    // compared by its text above.
    boxes: [...app.querySelectorAll('.notices, .questionnaire, fieldset.question, .result, .result > *, .tabs-panel')].map((e) => {
      // The closed advanced group's questions have no box (style/main.css).
      if (!e.getClientRects().length) return [e.id || e.className, 'no box'];
      const r = e.getBoundingClientRect();
      const box = [e.id || e.className, Math.round(r.top + scrollY), Math.round(r.left), Math.round(r.width), Math.round(r.height)];
      return e.matches('.tabs-panel') ? box.slice(0, 4) : box;
    }),
  };
}

