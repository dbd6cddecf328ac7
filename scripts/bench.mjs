// `make bench`: measures the release build in dist/ and compares each figure
// with its budget. Prints a table and writes target/bench.json.
//
// - bundle: every first-load file, raw, gzip and brotli (quality 11);
// - Lighthouse 13 (mobile and desktop presets, median of 3 runs) in the system Chromium,
//   against a loopback server that serves precompressed files like a
//   production static host;
// - time from navigation to the first rendered recommendation (median of 12
//   fresh loads) and from an answer change to the updated recommendation in
//   the result panel's DOM (p50/p95 over 240 changes of a fully answered
//   profile, each once the page has settled after the one before), to the
//   next task (every effect run), and to the next frame, in headless
//   Chromium;
// - a first visit on a throttled phone (Lighthouse's slow 4G: 150 ms round
//   trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4x; fresh context per
//   run, median of FIRST_VISIT_RUNS, default 9): navigation to the first
//   question's options visible; navigation to a recommendation on screen
//   after clicking the first option as soon as it is visible; and, as the
//   limit, the same page saved as static HTML (its scripts removed) to its
//   questions visible; the largest contentful paint the browser reports on
//   both; with the answer latency again under the 4x CPU, to
//   the result panel's DOM, to the next task and to the frame that shows it;
// - every way in, throttled the same way (median of ENTRY_RUNS, default 5):
//   a share link, a prefill link, a team link and a returning visit with
//   autosaved work, each from navigation to its result on screen (the
//   recommendation, or the team table), and to the whole app live
//   (`<html data-ready>`), against the static page; the plain visit's app
//   too;
// - the engine natively (divan) and the longest share link.
// Figures are reported, never asserted: timing is not a test. A figure that
// cannot be read is reported as "n/a", with a note saying which one.
//
// Importing this module runs nothing: the parsing helpers are exported for
// tests/e2e/build_scripts.test.mjs, and the benchmark runs only when this
// file is the script node was started with.
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createServer } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

// fileURLToPath, not URL.pathname: a checkout under a path with spaces (or
// any character URLs escape) must resolve to the real directory.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'target', 'bench-dist');
const chromiumFlags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The divan benchmarks whose medians are reported. */
export const ENGINE_BENCHES = ['assess_all_answered', 'assess_empty', 'encode_share_link', 'whatif_search_all_answered'];

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads the engine figures from the output of `cargo bench --bench engine`:
 * the longest share link (a `share_link_largest_chars N` line) and the
 * median of each of `names` (divan's table: fastest │ slowest │ median).
 * Returns { engine, missing }: a figure that is not found is "n/a" in
 * engine and named in missing, so that one lost line never loses the rest.
 */
export function parseEngineBench(text, names = ENGINE_BENCHES) {
  const engine = {};
  const missing = [];
  const largest = /share_link_largest_chars (\d+)/.exec(text);
  if (largest) engine.share_link_largest_chars = Number(largest[1]);
  else { engine.share_link_largest_chars = 'n/a'; missing.push('share_link_largest_chars'); }
  for (const name of names) {
    const m = new RegExp(`[├╰]─ ${escapeRegExp(name)}\\s+\\S+ \\S+\\s+│ \\S+ \\S+\\s+│ (\\S+) (\\S+)`).exec(text);
    if (m) engine[`${name}_median`] = `${m[1]} ${m[2]}`;
    else { engine[`${name}_median`] = 'n/a'; missing.push(`${name} median`); }
  }
  return { engine, missing };
}

/** A budget's verdict: "n/a" when its figure is missing, else holds or MISSED. */
export function verdict(value, holds) {
  if (value === undefined || value === null || value === 'n/a' || Number.isNaN(value)) return 'n/a';
  return holds(value) ? 'holds' : 'MISSED';
}

/** Lighthouse's slow-4G profile and its 4x CPU slowdown (issue 14). */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** The query of the prefill link the bench opens (two answers). */
const PREFILL_QUERY = 'app_type=full_stack_product&team_seniority=mostly_junior';

/** Median of numbers (the lower middle for an even count). */
const medianOf = (xs) => { const v = [...xs].sort((x, y) => x - y); return v[Math.floor((v.length - 1) / 2)]; };

/**
 * Runs in the page before its own scripts: records in `window.__t` when the
 * first question's options are visible (`question`, ms since navigation) and,
 * with `window.__autoClick`, clicks the first option as soon as it is visible
 * (again while it is not checked) and records when a recommendation is on
 * screen (`rec`).
 */
function firstVisitProbe() {
  const t = (window.__t = { clicks: 0 });
  // Nothing is on screen before the first contentful paint, whatever the
  // layout says (a script can lay the page out before its stylesheet has
  // arrived and anything is painted).
  let painted = false;
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) painted = true;
  }).observe({ type: 'paint', buffered: true });
  // The largest contentful paint as the browser reports it (its last
  // candidate; the browser stops reporting at the first input).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) t.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const check = () => {
    if (t.question === undefined && painted) {
      const label = document.querySelector('fieldset.question label');
      if (label && label.getBoundingClientRect().height > 0 && label.checkVisibility({ checkVisibilityCSS: true })) t.question = performance.now();
    }
    if (window.__autoClick && t.question !== undefined && t.rec === undefined) {
      const rec = document.querySelector('[data-recommendation]');
      if (rec && rec.getAttribute('data-recommendation') !== 'none' && rec.getBoundingClientRect().height > 0 && rec.checkVisibility({ checkVisibilityCSS: true })) { t.rec = performance.now(); return; }
      const input = document.querySelector('fieldset.question input[type=radio]');
      if (input && !input.checked) { input.click(); t.clicks += 1; }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  const loop = () => { check(); if (t.question === undefined || (window.__autoClick && t.rec === undefined)) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
}

/**
 * A fresh phone-sized context and page, with the cache off, Lighthouse's
 * slow-4G network ({@link SLOW_4G}) and the CPU slowed 4x.
 */
async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/**
 * One throttled first visit of `url` in a fresh context. With `click`, waits
 * for the recommendation after the first answer. Returns window.__t.
 */
export async function firstVisit(browser, url, { click }) {
  const { context, page } = await throttledPage(browser);
  await page.addInitScript(`window.__autoClick = ${Boolean(click)};`);
  await page.addInitScript(firstVisitProbe);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((c) => window.__t && window.__t.question !== undefined && (!c || window.__t.rec !== undefined), click, { timeout: 120000, polling: 100 });
  if (!click) {
    // The last LCP candidate: once the page has loaded and the app (if
    // any) has taken over.
    await page.waitForFunction(() => document.readyState === 'complete' && (document.documentElement.hasAttribute('data-ready') || !document.querySelector('script')), null, { timeout: 120000, polling: 100 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const t = await page.evaluate(() => window.__t);
  await context.close();
  return t;
}

/**
 * Runs in the page before its own scripts: records in `window.__e`, in ms
 * since navigation, when the visit's result is on screen (`result`: a
 * recommendation other than none, or with `window.__team` the team table,
 * visible and painted) and when the whole app is live (`ready`:
 * `<html data-ready>`).
 */
function entryProbe() {
  const e = (window.__e = {});
  let painted = false;
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) painted = true;
  }).observe({ type: 'paint', buffered: true });
  const visible = (el) => el && el.getBoundingClientRect().height > 0 && el.checkVisibility({ checkVisibilityCSS: true });
  const check = () => {
    if (e.result === undefined && painted) {
      const el = window.__team ? document.querySelector('.team-table') : document.querySelector('[data-recommendation]:not([data-recommendation="none"])');
      if (visible(el)) e.result = performance.now();
    }
    if (e.ready === undefined && document.documentElement.hasAttribute('data-ready')) e.ready = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  const loop = () => { check(); if (e.result === undefined || e.ready === undefined) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
}

/**
 * One throttled visit of `url` (a fresh context, as `firstVisit`), with the
 * `seed` entries put into localStorage before the page's scripts run, with
 * `team` the team table as the result, and with `readyOnly` (a plain visit,
 * which shows no result until answered) only the app's start awaited.
 * Returns window.__e.
 */
export async function entryVisit(browser, url, { seed = [], team = false, readyOnly = false } = {}) {
  const { context, page } = await throttledPage(browser);
  await page.addInitScript(([entries, isTeam]) => {
    window.__team = isTeam;
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, [seed, team]);
  await page.addInitScript(entryProbe);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((only) => window.__e && (only || window.__e.result !== undefined) && window.__e.ready !== undefined, readyOnly, { timeout: 120000, polling: 100 });
  const e = await page.evaluate(() => window.__e);
  await context.close();
  return e;
}

async function main() {
  const { default: sirv } = await import('sirv');
  const { launch } = await import('../tests/e2e/harness.mjs');
  const results = { bundle: {}, lighthouse: {}, browser: {}, engine: {}, missing: [] };

  // ---------------------------------------------------------------- bundle
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:href|src)="\.?\/?([^"#?]+)"/g)].map((m) => m[1]);
  const importMatch = [...html.matchAll(/from '\.?\/?([^']+)'|import\('\.?\/?([^']+)'\)|module_or_path: '\.?\/?([^']+)'|fetch\('\.?\/?([^']+)'\)/g)].map((m) => m[1] || m[2] || m[3] || m[4]);
  // theme.js preloads the first-answer module on a first visit; the app's
  // glue imports the split modules' loader (scripts/split-wasm.mjs).
  const files = await readdir(dist);
  const early = files.filter((f) => /^early-scoring(?:_bg\.wasm|\.js)$/.test(f));
  const splitLoader = files.filter((f) => /^django-flask-advisor-split-[0-9a-f]+\.js$/.test(f));
  const firstLoad = [...new Set(['index.html', ...referenced, ...early, ...importMatch, ...splitLoader, 'sw.js'])].filter((f) => !f.startsWith('icons/'));
  // The app's own module (the loader's import), fetched once the first
  // answer can be scored.
  const appModule = new Set([...importMatch, ...splitLoader]);
  await rm(out, { recursive: true, force: true });
  await cp(dist, out, { recursive: true });
  let total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of firstLoad) {
    const bytes = await readFile(path.join(dist, f));
    const gz = gzipSync(bytes, { level: 9 });
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    await writeFile(path.join(out, `${f}.gz`), gz);
    await writeFile(path.join(out, `${f}.br`), br);
    results.bundle[f] = { raw: bytes.length, gzip: gz.length, brotli: br.length };
    total.raw += bytes.length; total.gzip += gz.length; total.brotli += br.length;
  }
  results.bundle.total = total;
  // Every other file is served compressed too, as a static host would
  // (the early-visit module, the reader, the icons): without its .br the
  // server below would send it raw and a link's entry would be timed on
  // three times its bytes.
  const all = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const entry of all.filter((e) => e.isFile())) {
    const f = path.relative(dist, path.join(entry.parentPath ?? entry.path, entry.name));
    if (firstLoad.includes(f)) continue;
    const bytes = await readFile(path.join(dist, f));
    await writeFile(path.join(out, `${f}.gz`), gzipSync(bytes, { level: 9 }));
    await writeFile(path.join(out, `${f}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }

  // ---------------------------------------------------------------- server
  // sirv lists the files once: the handler is made again after static.html
  // is written (below).
  let handler = sirv(out, { brotli: true, gzip: true, etag: true });
  const server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end(); }));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;

  // ---------------------------------------------------------------- lighthouse
  // Lighthouse varies from run to run, so each preset runs LIGHTHOUSE_RUNS
  // times (default 3) and every figure is the median of the runs; the
  // individual performance scores are kept too.
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 3));
  const median = (xs) => { const v = [...xs].sort((x, y) => x - y); return v[Math.floor((v.length - 1) / 2)]; };
  /**
   * Runs Lighthouse `runs` times on `page` with `preset` and returns the
   * median of every figure (with the individual performance scores, and the
   * main-thread long tasks of the app's own scripts, as Lighthouse
   * simulates them), or `{ error }`.
   */
  async function lighthouse(page, preset, tag, categories = 'performance,accessibility,best-practices,seo') {
    const all = [];
    for (let i = 0; i < runs; i++) {
      const file = path.join(root, 'target', `lighthouse-${tag}-${i + 1}.json`);
      const args = [page, '--quiet', `--chrome-flags=${chromiumFlags}`, '--output=json', `--output-path=${file}`,
        `--only-categories=${categories}`, '--max-wait-for-load=60000'];
      if (preset === 'desktop') args.push('--preset=desktop');
      // Asynchronous: the server answering Lighthouse lives in this process.
      const run = await new Promise((resolve) => {
        const child = spawn(path.join(root, 'node_modules', '.bin', 'lighthouse'), args, {
          env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => { stderr += d; });
        const timer = setTimeout(() => child.kill('SIGTERM'), 240000);
        child.on('close', (status, signal) => { clearTimeout(timer); resolve({ status, signal, stderr }); });
      });
      if (run.status !== 0) return { error: `status ${run.status} ${run.signal || ''} ${run.stderr.slice(-400)}` };
      const r = JSON.parse(await readFile(file, 'utf8'));
      const score = (k) => (r.categories[k] ? Math.round((r.categories[k].score ?? 0) * 100) : null);
      const ms = (k) => Math.round(r.audits[k]?.numericValue ?? NaN);
      const appTasks = (r.audits['long-tasks']?.details?.items || []).filter((t) => /django-flask-advisor/.test(t.url || '')).map((t) => Math.round(t.duration));
      all.push({
        performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices'), seo: score('seo'),
        fcp_ms: ms('first-contentful-paint'), lcp_ms: ms('largest-contentful-paint'), tbt_ms: ms('total-blocking-time'),
        cls: Number((r.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        app_long_tasks: appTasks.length, app_longest_task_ms: Math.max(0, ...appTasks),
      });
    }
    const out = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((x) => x[k]))]));
    out.performance_runs = all.map((x) => x.performance);
    out.tbt_runs = all.map((x) => x.tbt_ms);
    return out;
  }
  for (const preset of ['mobile', 'desktop']) results.lighthouse[preset] = await lighthouse(url, preset, preset);
  // A prefill link (issue 27): the page is hidden until the visit's module
  // has filled the form, so its paint waits for that module.
  results.lighthouse.mobile_prefill = await lighthouse(`${url}?${PREFILL_QUERY}`, 'mobile', 'mobile-prefill', 'performance');

  // ---------------------------------------------------------------- browser timings
  const browser = await launch();
  const loads = [];
  for (let i = 0; i < 12; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      // The app has mounted and applied the browser's state (the first
      // screen itself is in the HTML).
      new MutationObserver((_, obs) => {
        if (document.documentElement?.hasAttribute('data-ready')) { window.__firstRec = performance.now(); obs.disconnect(); }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__firstRec !== undefined);
    loads.push(await page.evaluate(() => window.__firstRec));
    await context.close();
  }
  const sorted = (a) => [...a].sort((x, y) => x - y);
  const pct = (a, p) => sorted(a)[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)];
  // p50/p95 of `a` (ms), or undefined when there is no sample (reported as n/a).
  const spread = (a) => (a.length ? { p50: Number(pct(a, 50).toFixed(2)), p95: Number(pct(a, 95).toFixed(2)), samples: a.length } : undefined);
  results.browser.app_ready_ms = { median: Number(pct(loads, 50).toFixed(1)), samples: loads.length };

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  // An answer change updates the page through Leptos effects, which run as
  // microtasks after the click handler returns. Three figures per change:
  // - "result": until the last change to the result panel's DOM (a
  //   MutationObserver on .result; its callback runs as a microtask right
  //   after the effects that changed it). This is the answer change to the
  //   updated recommendation, and what the budget is judged on. Changes
  //   that leave the result as it was are not counted.
  // - "next task": until the next task (a MessageChannel message runs once
  //   every microtask, hence every effect, has finished). The figure this
  //   bench used to judge by: when the browser renders a frame between the
  //   click and that task, the frame's style, layout and paint are in it.
  // - "frame" / "painted": until the frame that draws the change.
  // All 28 questions are answered first, so each change re-scores and
  // re-renders a full profile.
  // The detail tabs follow a change after the frame that shows it
  // (src/ui/defer.rs): before the next change the page is let settle (two
  // frames), as between a person's clicks, so that each change is timed
  // alone rather than with the tail of the one before.
  const latency = await page.evaluate(async () => {
    const nextTask = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const settle = async () => { for (let k = 0; k < 2; k++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); };
    document.getElementById('advanced').open = true;
    const groups = [...document.querySelectorAll('fieldset.question')].map((f) => [...f.querySelectorAll('input[type=radio]')]);
    for (const g of groups) { g[0].click(); await nextTask(); }
    const dom = [];
    const result = [];
    const frame = [];
    let changed = 0;
    let last = 0;
    new MutationObserver(() => { last = performance.now(); })
      .observe(document.querySelector('.result'), { subtree: true, childList: true, attributes: true, characterData: true });
    for (let i = 0; i < 240; i++) {
      const group = groups[i % groups.length];
      const input = group[(Math.floor(i / groups.length) + 1) % group.length];
      const before = document.querySelector('.scores').textContent;
      last = 0;
      const t0 = performance.now();
      input.click();
      await nextTask();
      dom.push(performance.now() - t0);
      if (last) result.push(last - t0);
      await nextFrame();
      frame.push(performance.now() - t0);
      if (document.querySelector('.scores').textContent !== before) changed += 1;
      await settle();
    }
    return { dom, result, frame, changed };
  });
  await context.close();

  // ---------------------------------------------------------------- throttled first visit
  // The limit: the page as it looks once running, saved as static HTML with
  // its scripts removed, served the same way.
  {
    const c = await browser.newContext();
    const p = await c.newPage();
    await p.goto(url);
    await p.waitForSelector('html[data-ready]', { state: 'attached' });
    const html = (await p.content())
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
      .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/gi, '');
    await c.close();
    const bytes = Buffer.from(html);
    await writeFile(path.join(out, 'static.html'), bytes);
    await writeFile(path.join(out, 'static.html.br'), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(path.join(out, 'static.html.gz'), gzipSync(bytes, { level: 9 }));
    handler = sirv(out, { brotli: true, gzip: true, etag: true });
  }
  const visits = Math.max(1, Number(process.env.FIRST_VISIT_RUNS || 9));
  const fv = { question: [], rec: [], static: [], clicks: [], lcp: [], static_lcp: [] };
  for (let i = 0; i < visits; i++) {
    const app = await firstVisit(browser, url, { click: false });
    fv.question.push(app.question);
    fv.lcp.push(app.lcp);
    const answered = await firstVisit(browser, url, { click: true });
    fv.rec.push(answered.rec);
    fv.clicks.push(answered.clicks);
    const still = await firstVisit(browser, `${url}static.html`, { click: false });
    fv.static.push(still.question);
    fv.static_lcp.push(still.lcp);
  }
  const round = (x) => Math.round(x);
  results.first_visit = {
    runs: visits,
    question_visible_ms: round(medianOf(fv.question)),
    recommendation_after_first_answer_ms: round(medianOf(fv.rec)),
    static_page_question_visible_ms: round(medianOf(fv.static)),
    lcp_ms: round(medianOf(fv.lcp)),
    static_page_lcp_ms: round(medianOf(fv.static_lcp)),
    samples: { question: fv.question.map(round), recommendation: fv.rec.map(round), static: fv.static.map(round), clicks: fv.clicks, lcp: fv.lcp.map(round), static_lcp: fv.static_lcp.map(round) },
  };
  results.first_visit.question_ratio = Number((results.first_visit.question_visible_ms / results.first_visit.static_page_question_visible_ms).toFixed(2));
  results.first_visit.recommendation_ratio = Number((results.first_visit.recommendation_after_first_answer_ms / results.first_visit.static_page_question_visible_ms).toFixed(2));

  // Every way in, throttled as the first visit: the time until its result
  // is on screen, and until the whole app is live, against the static
  // page's first question (issue 27).
  {
    const share = 's1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew';
    const saved = JSON.stringify({ schema: 'django-flask-advisor/current', version: 1, id: '', rev: 0, name: '', answers: { app_type: 'full_stack_product', team_seniority: 'mostly_junior' }, importance: {} });
    const entries = [
      ['share link', `${url}#${share}`, {}],
      ['prefill link', `${url}?${PREFILL_QUERY}`, {}],
      ['team link', `${url}#team.${share}~${share}`, { team: true }],
      ['returning visit with saved work', url, { seed: [['dfa.current', saved]] }],
    ];
    const runs = Math.max(1, Number(process.env.ENTRY_RUNS || 5));
    results.entries = {};
    for (const [name, address, options] of entries) {
      const result = [];
      const ready = [];
      for (let i = 0; i < runs; i++) {
        const e = await entryVisit(browser, address, options);
        result.push(e.result);
        ready.push(e.ready);
      }
      const r = round(medianOf(result));
      results.entries[name] = { result_ms: r, app_live_ms: round(medianOf(ready)), ratio: Number((r / results.first_visit.static_page_question_visible_ms).toFixed(2)), samples: result.map(round) };
    }
    const plain = [];
    for (let i = 0; i < runs; i++) plain.push((await entryVisit(browser, url, { readyOnly: true })).ready);
    // A plain visit's app: its result is the first answer's (above).
    results.entries['plain visit'] = {
      result_ms: results.first_visit.recommendation_after_first_answer_ms,
      app_live_ms: round(medianOf(plain)),
      ratio: results.first_visit.recommendation_ratio,
    };
    results.whole_app_live_ratio = Number((results.entries['plain visit'].app_live_ms / results.first_visit.static_page_question_visible_ms).toFixed(2));
  }

  // The answer latency again, with the CPU slowed 4x.
  {
    const c = await browser.newContext();
    const p = await c.newPage();
    await p.goto(url);
    await p.waitForSelector('html[data-ready]', { state: 'attached' });
    const cdp = await c.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // As above; "painted" is until the first task after the next frame, that
    // is, once the new recommendation has been drawn. Its frame callback is
    // asked for before the click, so that it runs, and its task is queued,
    // before the app's own (the detail tabs' rebuild, src/ui/defer.rs),
    // which the figure thus leaves out.
    const slow = await p.evaluate(async () => {
      const nextTask = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
      const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      document.getElementById('advanced').open = true;
      const groups = [...document.querySelectorAll('fieldset.question')].map((f) => [...f.querySelectorAll('input[type=radio]')]);
      for (const g of groups) { g[0].click(); await nextTask(); }
      const dom = [];
      const result = [];
      const painted = [];
      let last = 0;
      new MutationObserver(() => { last = performance.now(); })
        .observe(document.querySelector('.result'), { subtree: true, childList: true, attributes: true, characterData: true });
      for (let i = 0; i < 120; i++) {
        const group = groups[i % groups.length];
        const input = group[(Math.floor(i / groups.length) + 1) % group.length];
        const drawn = afterFrame();
        last = 0;
        const t0 = performance.now();
        input.click();
        await nextTask();
        dom.push(performance.now() - t0);
        if (last) result.push(last - t0);
        await drawn;
        painted.push(performance.now() - t0);
        await afterFrame();
        await afterFrame();
      }
      return { dom, result, painted };
    });
    results.browser.answer_to_result_cpu4x_ms = spread(slow.result);
    results.browser.answer_to_next_task_cpu4x_ms = { p50: Number(pct(slow.dom, 50).toFixed(2)), p95: Number(pct(slow.dom, 95).toFixed(2)), samples: slow.dom.length };
    results.browser.answer_to_painted_cpu4x_ms = { p50: Number(pct(slow.painted, 50).toFixed(2)), p95: Number(pct(slow.painted, 95).toFixed(2)) };
    await c.close();
  }
  await browser.close();
  // The floor of Lighthouse's mobile performance on this machine: the
  // static page (no scripts at all), run as the app's runs were, with no
  // other browser open. The app cannot score above it.
  results.lighthouse.mobile_static_page = await lighthouse(`${url}static.html`, 'mobile', 'mobile-static', 'performance');
  results.browser.answer_to_result_ms = spread(latency.result);
  results.browser.answer_to_next_task_ms = { p50: Number(pct(latency.dom, 50).toFixed(2)), p95: Number(pct(latency.dom, 95).toFixed(2)), samples: latency.dom.length, scores_changed: latency.changed };
  results.browser.answer_to_next_frame_ms = { p50: Number(pct(latency.frame, 50).toFixed(2)), p95: Number(pct(latency.frame, 95).toFixed(2)) };
  server.close();

  // ---------------------------------------------------------------- engine
  // Arguments as an array, no shell: nothing to quote, whatever the path.
  let bench = '';
  try {
    ({ stdout: bench } = await promisify(execFile)('cargo', ['bench', '-q', '--offline', '--bench', 'engine'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    bench = e.stdout || '';
    results.missing.push(`cargo bench failed: ${String(e.stderr || e.message).trim().split('\n').slice(-3).join(' ')}`);
  }
  const parsed = parseEngineBench(bench);
  results.engine = parsed.engine;
  results.missing.push(...parsed.missing.map((f) => `engine figure not found in the cargo bench output: ${f}`));

  // ---------------------------------------------------------------- report
  await mkdir(path.join(root, 'target'), { recursive: true });
  await writeFile(path.join(root, 'target', 'bench.json'), JSON.stringify(results, null, 2));

  console.log('\nBundle (first load)');
  console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  for (const [f, s] of Object.entries(results.bundle)) console.log(f.padEnd(48), kb(s.raw).padStart(10), kb(s.gzip).padStart(10), kb(s.brotli).padStart(10));
  console.log('\nLighthouse');
  for (const [preset, r] of Object.entries(results.lighthouse)) console.log(preset.padEnd(8), JSON.stringify(r));
  console.log('\nFirst visit, slow 4G and CPU slowed 4x (median ms since navigation)');
  console.log(JSON.stringify(results.first_visit, null, 1));
  console.log('\nBrowser');
  console.log(JSON.stringify(results.browser, null, 1));
  console.log('\nEngine (native, divan medians)');
  console.log(bench.trim());

  const lhm = results.lighthouse.mobile || {};
  const lhd = results.lighthouse.desktop || {};
  const fvr = results.first_visit;
  const a2d4 = results.browser.answer_to_result_cpu4x_ms?.p95;
  // JS and WebAssembly fetched before the first answer can be scored: every
  // first-load script but the app's own module (fetched after the
  // first-answer module, see public/early.js) and the service worker
  // (registered once the page is ready).
  const beforeAnswer = Object.entries(results.bundle)
    .filter(([f]) => /\.(js|wasm)$/.test(f) && f !== 'sw.js' && !appModule.has(f))
    .reduce((n, [, v]) => n + v.brotli, 0);
  results.before_first_answer_brotli = beforeAnswer;
  const a2d = results.browser.answer_to_result_ms?.p95;
  const link = results.engine.share_link_largest_chars;
  const mainWasm = Object.entries(results.bundle).find(([f]) => /^django-flask-advisor-[0-9a-f]+_bg\.wasm$/.test(f))?.[1]?.brotli;
  const staticMs = fvr.static_page_question_visible_ms;
  const entryBudgets = Object.entries(results.entries || {}).map(([name, e]) => [
    `${name}: result on screen <= 1.5x the static page`, verdict(e.ratio, (v) => v <= 1.5), `${e.result_ms} ms vs ${staticMs} ms: ${e.ratio}x; whole app live at ${e.app_live_ms} ms`,
  ]);
  const budgets = [
    ['JS and wasm before the first answer <= 100 KB brotli', verdict(beforeAnswer, (v) => v <= 100 * 1024), kb(beforeAnswer)],
    ['main WebAssembly <= 200 KB brotli', verdict(mainWasm, (v) => v <= 200 * 1024), mainWasm === undefined ? 'n/a' : kb(mainWasm)],
    ...entryBudgets,
    ['whole app live (plain visit) <= 2.5x the static page', verdict(results.whole_app_live_ratio, (v) => v <= 2.5),
      `${results.entries?.['plain visit']?.app_live_ms} ms vs ${staticMs} ms: ${results.whole_app_live_ratio}x`],
    ['first question visible <= 1.2x the static page', verdict(fvr.question_ratio, (v) => v <= 1.2), `${fvr.question_visible_ms} ms vs ${fvr.static_page_question_visible_ms} ms: ${fvr.question_ratio}x`],
    ['first answer to recommendation <= 1.5x the static page', verdict(fvr.recommendation_ratio, (v) => v <= 1.5), `${fvr.recommendation_after_first_answer_ms} ms: ${fvr.recommendation_ratio}x`],
    ['  fallback: <= 2.0x the static page', verdict(fvr.recommendation_ratio, (v) => v <= 2.0), `${fvr.recommendation_ratio}x`],
    ['answer change to updated recommendation (last change to the result panel\'s DOM) p95 <= 16 ms with the CPU slowed 4x', verdict(a2d4, (v) => v <= 16),
      a2d4 === undefined ? 'n/a' : `${a2d4} ms over ${results.browser.answer_to_result_cpu4x_ms.samples} changes; to the next task ${results.browser.answer_to_next_task_cpu4x_ms?.p95} ms, to the frame that draws it ${results.browser.answer_to_painted_cpu4x_ms?.p95} ms`],
    ['Lighthouse mobile CLS = 0', verdict(lhm.cls, (v) => v === 0), lhm.cls ?? 'n/a'],
    ['Lighthouse mobile SEO = 100', verdict(lhm.seo, (v) => v === 100), lhm.seo ?? 'n/a'],
    ['Lighthouse desktop 100/100/100/100', verdict(lhd.performance, () => [lhd.performance, lhd.accessibility, lhd.best_practices, lhd.seo].every((x) => x === 100)), [lhd.performance, lhd.accessibility, lhd.best_practices, lhd.seo].join('/')],
    ['Lighthouse mobile performance = 100', verdict(lhm.performance, (v) => v === 100), lhm.performance === undefined ? 'n/a'
      : `${lhm.performance} (runs ${lhm.performance_runs.join(', ')}; TBT ${lhm.tbt_ms} ms; the app's own long tasks, median per run: ${lhm.app_long_tasks}, the longest ${lhm.app_longest_task_ms} ms; `
        + `the static page, no scripts: ${results.lighthouse.mobile_static_page?.performance ?? 'n/a'}, runs ${results.lighthouse.mobile_static_page?.performance_runs?.join(', ') ?? 'n/a'}, TBT ${results.lighthouse.mobile_static_page?.tbt_ms ?? 'n/a'} ms)`],
    ['Lighthouse mobile performance = 100 for a prefill link', verdict(results.lighthouse.mobile_prefill?.performance, (v) => v === 100),
      results.lighthouse.mobile_prefill?.performance === undefined ? 'n/a'
        : `${results.lighthouse.mobile_prefill.performance} (runs ${results.lighthouse.mobile_prefill.performance_runs.join(', ')}; LCP ${results.lighthouse.mobile_prefill.lcp_ms} ms simulated; TBT ${results.lighthouse.mobile_prefill.tbt_ms} ms)`],
    ['Lighthouse mobile accessibility = 100', verdict(lhm.accessibility, (v) => v === 100), lhm.accessibility ?? 'n/a'],
    ['Lighthouse mobile best practices = 100', verdict(lhm.best_practices, (v) => v === 100), lhm.best_practices ?? 'n/a'],
    // Lighthouse simulates the slow phone from an unthrottled load: every
    // request that finished before the paint counts as needed for it, here
    // the first-answer module that theme.js preloads with the HTML. What a
    // phone shows is the observed figure, beside it.
    ['Lighthouse mobile LCP <= 1.0 s', verdict(lhm.lcp_ms, (v) => v <= 1000), lhm.lcp_ms === undefined ? 'n/a'
      : `${lhm.lcp_ms} ms simulated; observed on the throttled first visit: ${fvr.lcp_ms} ms, the static page ${fvr.static_page_lcp_ms} ms`],
    ['answer change to updated recommendation (last change to the result panel\'s DOM) p95 <= 16 ms', verdict(a2d, (v) => v <= 16),
      a2d === undefined ? 'n/a' : `${a2d} ms over ${results.browser.answer_to_result_ms.samples} changes; to the next task ${results.browser.answer_to_next_task_ms?.p95} ms`],
    ['largest share link <= 100 characters after #', verdict(link, (v) => v <= 100), link],
  ];
  results.budgets = budgets.map(([name, status, value]) => ({ name, holds: status === 'holds', status, value }));
  await writeFile(path.join(root, 'target', 'bench.json'), JSON.stringify(results, null, 2));
  console.log('\nBudgets');
  for (const [name, status, value] of budgets) console.log(`${status === 'holds' ? 'holds' : status}  ${name}  (${value})`);
  if (results.missing.length) {
    console.log('\nNot measured');
    for (const m of results.missing) console.log(`n/a  ${m}`);
  }
  console.log('\nFigures written to target/bench.json');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
