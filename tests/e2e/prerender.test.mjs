// End-to-end tests of the prerendered first screen (src/bin/prerender.rs,
// scripts/post-build.mjs) and the app's take-over of it (src/ui/takeover.rs): the
// questions are in the HTML before any script runs, an option chosen before
// the WebAssembly has loaded is kept, and links still show their answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, expectRecommendation, openHeld, shown } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the questions are in the HTML, without JavaScript', async () => {
  const html = await (await fetch(`${server.url}/`)).text();
  assert.match(html, /<div id="app"><div class="sticky-summary">/);
  assert.match(html, /<fieldset id="q-app_type"/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  assert.equal(await page.locator('fieldset.question').count(), 30);
  assert.ok(await page.locator('#app_type-full_stack_product').isVisible());
  assert.ok(await page.locator('#result-title').isVisible());
  await context.close();
});

/**
 * Opens the page with the WebAssembly files matching `held` held back until
 * `release()` is called; records errors and, with `shifts`, every layout
 * shift not caused by input (window.__shifts).
 */
test('options chosen before the WebAssembly has loaded are kept', async () => {
  const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, '**/*.wasm', { width: 390, height: 844 });
  await page.check('#app_type-full_stack_product');
  await page.check('#team_seniority-mostly_junior');
  await page.selectOption('#app_type-importance', 'high');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')), false, 'the app has not taken over yet');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await expectRecommendation(page, 'django');
  assert.ok(await page.isChecked('#app_type-full_stack_product'));
  assert.ok(await page.isChecked('#team_seniority-mostly_junior'));
  assert.equal(await page.inputValue('#app_type-importance'), 'high');
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('2 of'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('first answers are scored before the app has loaded, and the app takes over without a change', async () => {
  const django = ['app_type-full_stack_product', 'team_seniority-mostly_junior', 'admin_backoffice-business_backoffice'];
  const cases = [
    // An existing system too: its path and a notice come before the
    // scores (the parts the app builds from result_html's pieces).
    { width: 390, height: 844, rec: 'django', options: [...django, 'existing_codebase-existing_flask'], expect: ['.result-before .existing-path', '.result-before .notice'] },
    { width: 1280, height: 900, rec: 'django', options: django },
    // A hybrid: its caveat before the scores and its parts after them; two
    // of its answers are in the advanced group, opened first (the app
    // keeps it open).
    {
      width: 1280, height: 900, rec: 'hybrid', advanced: true,
      options: ['scope_complexity-core_plus_specialized', 'app_type-full_stack_product', 'auth_needs-basic_accounts', 'architecture_style-core_plus_services',
        'heavy_processing-separate_processing_services', 'multi_service_ops-yes'],
      expect: ['.result-before .notice.info', '.result-after .hybrid-parts'],
    },
  ];
  for (const { width, height, rec, options, advanced = false, expect = [] } of cases) {
    // Only the app's module is held back: the scoring module loads.
    const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, /django-flask-advisor-[0-9a-f]+_bg\.wasm$/, { width, height, shifts: true });
    if (advanced) await page.click('#advanced-summary');
    for (const id of options) {
      await page.check(`#${id}`);
      if (id.startsWith('app_type')) await page.selectOption('#app_type-importance', 'high');
    }
    for (const selector of expect) await page.waitForSelector(selector);
    // Scored by the small module while the app is still held back.
    await page.waitForFunction((n) => document.querySelector('.progress')?.textContent.startsWith(`${n} of`), options.length);
    await expectRecommendation(page, rec);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-live')), false, 'the app has not loaded');
    const before = await page.evaluate(shown);
    assert.match(before.sticky, new RegExp(`${rec === 'django' ? 'Django' : 'Hybrid'} · \\w+ confidence`));
    assert.ok(before.widths.some((w) => /^[1-9]\d*%$/.test(w)), `bars drawn: ${before.widths}`);
    assert.deepEqual([...before.selected].sort(), [...options].sort());
    assert.equal(before.advanced_open, advanced);
    // The "Why" tab does not say that nothing scores: it says the list is coming.
    assert.ok(await page.isVisible('#panel-why .why-loading'));
    assert.equal(await page.isVisible('#panel-why .why-empty'), false);
    // Long enough after the last input for a shift to count.
    await page.waitForTimeout(600);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await page.evaluate(shown), before, `the app shows exactly what the scoring module showed (${rec}, ${width} px)`);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved when the app took over');
    assert.equal(await page.inputValue('#app_type-importance'), 'high');
    // Then the list of points is there.
    await page.waitForSelector('#panel-why .contributions li');
    assert.equal(await page.isVisible('#panel-why .why-loading'), false);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('an answer given in a rendered card while the app is taking over is kept', async () => {
  // The app replaces the rendered page a few parts per frame
  // (src/ui/takeover.rs). As soon as it owns the page (<html data-live>),
  // before its first frame, an option and an importance are chosen in the
  // last two rendered core cards, which the app replaces after the result
  // and the cards before them.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (!document.documentElement.hasAttribute('data-live')) return;
      observer.disconnect();
      const cards = [...document.querySelectorAll('#app .core-questions > fieldset.question')];
      const input = cards[cards.length - 1].querySelector('input[type=radio]');
      const menu = cards[cards.length - 2].querySelector('select');
      window.__chosen = { input, menu, option: input.id, importance: menu.id, connected: input.isConnected && menu.isConnected };
      input.click();
      menu.value = 'high';
      menu.dispatchEvent(new Event('change', { bubbles: true }));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-live'] });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  const chosen = await page.evaluate(() => ({
    option: window.__chosen.option,
    importance: window.__chosen.importance,
    connected: window.__chosen.connected,
    // The nodes clicked were the rendered page's: the app has replaced them.
    replaced: !window.__chosen.input.isConnected && !window.__chosen.menu.isConnected,
  }));
  assert.equal(chosen.connected, true, 'the rendered cards were on the page when the app took over');
  assert.equal(chosen.replaced, true, 'the app has replaced the rendered cards');
  assert.ok(await page.isChecked(`#${chosen.option}`), `${chosen.option} is checked in the app`);
  assert.equal(await page.inputValue(`#${chosen.importance}`), 'high');
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('1 of'));
  await page.waitForFunction((id) => document.getElementById(id).closest('label').classList.contains('selected'), chosen.option);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The questionnaire as the user sees it: answers, importance, progress, Skip buttons. */
function form() {
  const app = document.getElementById('app');
  return {
    checked: [...app.querySelectorAll('fieldset.question input:checked')].map((i) => i.id),
    selected: [...app.querySelectorAll('label.option.selected')].map((l) => l.htmlFor),
    raised: [...app.querySelectorAll('fieldset.question select')].filter((s) => s.value !== 'normal').map((s) => s.id),
    skippable: [...app.querySelectorAll('fieldset.question .q-tools button')].filter((b) => !b.disabled).map((b) => b.closest('fieldset').id),
    progress: app.querySelector('.progress')?.textContent,
    recommendation: app.querySelector('.recommendation')?.getAttribute('data-recommendation'),
  };
}

test('"Skip this question" and "Clear all answers" work before the WebAssembly has loaded', async () => {
  // The first-answer module does them (src/first_screen/dom.rs): the app's
  // own module is held back.
  const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, /django-flask-advisor-[0-9a-f]+_bg\.wasm$/, { width: 390, height: 844 });
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.check('#app_type-full_stack_product');
  await page.check('#team_seniority-mostly_junior');
  await page.check('#admin_backoffice-business_backoffice');
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('3 of'));
  await expectRecommendation(page, 'django');
  let now = await page.evaluate(form);
  assert.deepEqual(now.skippable.sort(), ['q-admin_backoffice', 'q-app_type', 'q-team_seniority'], 'Skip is enabled on the answered questions only');
  // From the keyboard; a skipped question keeps its importance, as in the app.
  await page.selectOption('#app_type-importance', 'high');
  await page.focus('#q-app_type .q-tools button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('2 of'));
  now = await page.evaluate(form);
  assert.deepEqual(now.checked.sort(), ['admin_backoffice-business_backoffice', 'team_seniority-mostly_junior']);
  assert.equal(now.skippable.includes('q-app_type'), false, 'a skipped question cannot be skipped again');
  assert.deepEqual(now.raised, ['app_type-importance']);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'app_type-importance', 'the focus is beside the disabled button');
  await page.selectOption('#team_seniority-importance', 'high');
  await page.click('#clear-answers');
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('0 of'));
  now = await page.evaluate(form);
  assert.deepEqual([now.checked, now.selected, now.raised, now.skippable], [[], [], [], []], 'everything is cleared');
  assert.equal(now.recommendation, 'none');
  await page.check('#project_stage-concept_test');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-live')), false, 'the app has not loaded');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('1 of'));
  now = await page.evaluate(form);
  assert.deepEqual([now.checked, now.raised, now.skippable], [['project_stage-concept_test'], [], ['q-project_stage']]);
  // The app's own button does the same.
  await page.focus('#q-project_stage .q-tools button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('0 of'));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'project_stage-importance');
  assert.deepEqual(errors, []);
  await context.close();
});

test('what the user does before the first-answer module has arrived is kept, in order, and a Clear that showed nothing is not done later', async () => {
  // Every WebAssembly module held: until the first-answer module is ready
  // the form is the browser's own, with a chosen option marked by the
  // stylesheet; Skip is enabled by the module, and "Clear all answers"
  // does nothing yet.
  const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, '**/*.wasm', { width: 390, height: 844 });
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.check('#app_type-full_stack_product');
  const look = (id) => page.evaluate((id) => getComputedStyle(document.querySelector(`label[for="${id}"]`)).backgroundColor, id);
  assert.notEqual(await look('app_type-full_stack_product'), await look('app_type-api_backend'), 'the chosen option is marked at once');
  await page.selectOption('#app_type-importance', 'high');
  await page.click('#clear-answers');
  // Seeing nothing cleared, the user goes on (choosing the same option
  // again is no change for the browser).
  await page.check('#app_type-full_stack_product');
  await page.check('#project_stage-concept_test');
  await page.selectOption('#project_stage-importance', 'low');
  await page.selectOption('#project_stage-importance', 'high');
  // A tab chosen meanwhile is opened when the app takes over.
  await page.click('#tab-bom');
  release();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('2 of'));
  const now = await page.evaluate(form);
  assert.deepEqual([now.checked.sort(), now.raised.sort(), now.skippable.sort()], [
    ['app_type-full_stack_product', 'project_stage-concept_test'],
    ['app_type-importance', 'project_stage-importance'],
    ['q-app_type', 'q-project_stage'],
  ]);
  assert.equal(await page.evaluate(() => document.querySelector('#project_stage-importance').value), 'high', 'the last choice of a menu wins');
  assert.equal(await page.evaluate(() => document.querySelector('[role=tab][aria-selected=true]')?.id), 'tab-bom');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * In the page, once the app owns it (<html data-live>, before its first
 * frame): does what the case `name` says in rendered parts the app has not
 * replaced yet, and records in window.__acted whether the parts it changed
 * were replaced at once. (The page's CSP forbids building code from text,
 * so the cases are here rather than passed in.)
 */
function actWhenLive(name) {
  const cores = () => [...document.querySelectorAll('#app .core-questions > fieldset.question')];
  const cases = {
    'Skip this question': () => {
      const card = document.getElementById('q-api_complexity');
      const counts = [document.querySelector('#app .progress'), document.querySelector('#app .result')];
      const skip = card.querySelector('.q-tools button');
      skip.focus();
      skip.click();
      return { replaced: [!card.isConnected, ...counts.map((c) => !c.isConnected)], focus: document.activeElement?.id };
    },
    'Clear all answers': () => {
      // The three answered cards and the one with a raised importance.
      const cards = [...document.querySelectorAll('#app fieldset.question')].filter((c) => c.matches('.answered') || c.querySelector('select').value !== 'normal');
      const counts = [document.querySelector('#app .progress'), document.querySelector('#app .result')];
      const clear = document.getElementById('clear-answers');
      clear.focus();
      clear.click();
      return { replaced: [cards.length === 4, ...[...cards, ...counts, clear].map((c) => !c.isConnected)], focus: document.activeElement?.id };
    },
    'a tab': () => {
      const tab = document.getElementById('tab-disagreements');
      const panel = tab.closest('.tabs-panel');
      tab.click();
      return { replaced: [!panel.isConnected] };
    },
    'a link in a card has the focus': () => {
      // The last core card with a link (it has no id) to a disagreement.
      const card = cores().filter((c) => c.querySelector('.q-disputes a')).pop();
      const link = card.querySelector('.q-disputes a');
      link.focus();
      window.__link = { link, href: link.getAttribute('href'), card: card.id };
      return { replaced: [document.activeElement === link] };
    },
  };
  new MutationObserver((records, observer) => {
    if (!document.documentElement.hasAttribute('data-live')) return;
    observer.disconnect();
    window.__acted = cases[name]();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-live'] });
}

test('what the user does in the rendered cards while the app is taking over is applied at once', async () => {
  // Three answers scored by the small module; the app is held back, then
  // let in, and as soon as it owns the page the user acts in rendered
  // parts it has not replaced yet (see actWhenLive).
  const answers = ['app_type-full_stack_product', 'team_seniority-mostly_junior', 'api_complexity-simple_crud'];
  const cases = [
    // The skipped question keeps its importance, and the focus goes beside its disabled button.
    { name: 'Skip this question', raise: 'api_complexity', want: { checked: answers.slice(0, 2), progress: '2 of', skippable: ['q-app_type', 'q-team_seniority'], raised: ['api_complexity-importance'], focus: 'api_complexity-importance' } },
    { name: 'Clear all answers', raise: 'project_stage', want: { checked: [], progress: '0 of', skippable: [], raised: [], focus: 'clear-answers' } },
    { name: 'a link in a card has the focus', want: { checked: answers, progress: '3 of', skippable: ['q-api_complexity', 'q-app_type', 'q-team_seniority'], raised: [] } },
    { name: 'a tab', want: { checked: answers, progress: '3 of', skippable: ['q-api_complexity', 'q-app_type', 'q-team_seniority'], raised: [] } },
  ];
  for (const { name, raise, want } of cases) {
    const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, /django-flask-advisor-[0-9a-f]+_bg\.wasm$/, { width: 390, height: 844 });
    // The whole page is parsed (the page is opened at its first byte).
    await page.waitForFunction(() => document.readyState !== 'loading');
    const last = await page.evaluate(() => [...document.querySelectorAll('#app .core-questions > fieldset.question')].pop().id);
    assert.equal(last, 'q-api_complexity', 'the last core card (an answer below is in it)');
    for (const id of answers) await page.check(`#${id}`);
    if (raise) await page.selectOption(`#${raise}-importance`, 'high');
    await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('3 of'));
    await page.evaluate(actWhenLive, name);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.waitForFunction((p) => document.querySelector('.progress')?.textContent.startsWith(p), want.progress);
    const acted = await page.evaluate(() => window.__acted);
    assert.ok(acted.replaced.every(Boolean), `${name}: the parts it changed were replaced at once (${JSON.stringify(acted.replaced)})`);
    const now = await page.evaluate(form);
    assert.deepEqual([now.checked.sort(), now.skippable.sort(), now.raised], [[...want.checked].sort(), want.skippable, want.raised], name);
    assert.deepEqual(now.selected.sort(), [...want.checked].sort(), `${name}: the chosen options are marked`);
    if (want.focus) assert.equal(acted.focus, want.focus, `${name}: where the focus is`);
    if (name === 'Clear all answers') assert.equal(now.recommendation, 'none');
    if (name === 'a tab') await expectTab(page, 'disagreements');
    if (name === 'a link in a card has the focus') {
      const focus = await page.evaluate(() => ({
        replaced: !window.__link.link.isConnected,
        href: document.activeElement?.getAttribute('href'),
        card: document.activeElement?.closest('fieldset')?.id,
        want: { href: window.__link.href, card: window.__link.card },
      }));
      assert.equal(focus.replaced, true, 'the rendered link was replaced');
      assert.deepEqual({ href: focus.href, card: focus.card }, focus.want, 'the app\'s link in the same card has the focus');
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** Waits until tab `id` is the open one, its panel shown and built. */
async function expectTab(page, id) {
  await page.waitForFunction((id) => {
    const tab = document.getElementById(`tab-${id}`);
    const panel = document.getElementById(`panel-${id}`);
    return tab?.getAttribute('aria-selected') === 'true' && panel && !panel.hidden && panel.querySelector('h2, h3, table, svg, ul, p');
  }, id);
  assert.equal(await page.locator('[role=tab][aria-selected=true]').count(), 1);
}

test('a tab chosen before the WebAssembly has loaded opens when the app takes over', async () => {
  // In the tab list, and among the result's links.
  for (const [selector, id] of [['#tab-flow', 'flow'], ['.result-links button[data-tab="compare"]', 'compare']]) {
    const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, '**/*.wasm', { width: 1280, height: 900 });
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.check('#app_type-full_stack_product');
    await page.click(selector);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-live')), false, 'the app has not loaded');
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await expectTab(page, id);
    assert.ok(await page.isChecked('#app_type-full_stack_product'));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a tab hidden before or while the app takes over gets the whole app at once', async () => {
  // A hidden tab runs no animation frames, which pace the take-over
  // (src/ui/takeover.rs): there it replaces every rendered part in one move.
  for (const when of ['before', 'during']) {
    const { context, page, errors, release } = await openHeld(browser, `${server.url}/`, /django-flask-advisor-[0-9a-f]+_bg\.wasm$/, { width: 390, height: 844 });
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.check('#app_type-full_stack_product');
    await page.evaluate((when) => {
      const hide = () => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      };
      const rendered = [...document.querySelectorAll('#app fieldset.question, #app .result')];
      if (when === 'before') hide();
      new MutationObserver((records, observer) => {
        if (!document.documentElement.hasAttribute('data-live')) return;
        observer.disconnect();
        const before = rendered.filter((el) => el.isConnected).length;
        if (when === 'during') hide();
        window.__hidden = { total: rendered.length, before, after: rendered.filter((el) => el.isConnected).length };
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-live'] });
    }, when);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    const hidden = await page.evaluate(() => window.__hidden);
    assert.equal(hidden.total, 31, 'the rendered cards (30) and result');
    if (when === 'during') assert.equal(hidden.before, 31, 'the take-over had not started');
    assert.equal(hidden.after, 0, `hidden ${when} the take-over: every rendered part was replaced in one move`);
    assert.ok(await page.isChecked('#app_type-full_stack_product'));
    await page.waitForFunction(() => document.querySelector('.progress')?.textContent.startsWith('1 of'));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a prefilled link and a share link show their answers once the app has taken over', async () => {
  const prefilled = await openPage(browser, `${server.url}/?app_type=full_stack_product&team_seniority=mostly_junior`);
  await expectRecommendation(prefilled.page, 'django');
  assert.ok(await prefilled.page.isChecked('#app_type-full_stack_product'));
  assert.deepEqual(prefilled.errors, []);
  await prefilled.context.close();
  // A share link (another profile).
  const shared = await openPage(browser, `${server.url}/#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew`);
  await shared.page.waitForSelector('.preview-banner, [class*="preview"]');
  assert.deepEqual(shared.errors, []);
  await shared.context.close();
});
