// End to end: the decision model an experienced Django/Flask architect would
// sign, through the real page. Each profile opens as a prefill link (the
// way a consultant shares a starting point), and the test waits for the
// recommendation, the path for a running system and the confidence the page
// shows. The reasoning behind each expected answer is in the comment above it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens `query` and waits until the result is `rec`; returns what the page shows. */
async function result(query, rec) {
  const { page, errors, context } = await openPage(browser, `${server.url}/?${query}`);
  await page.waitForSelector(`[data-recommendation="${rec}"]`);
  const shown = await page.evaluate(() => ({
    path: document.querySelector('.existing-path')?.dataset.path ?? null,
    inUse: document.querySelector('.existing-path')?.dataset.inUse ?? null,
    confidence: document.querySelector('.confidence')?.dataset.confidence ?? null,
    pathText: document.querySelector('.existing-path')?.textContent ?? '',
  }));
  return { page, errors, context, ...shown };
}

const P1 = 'existing_codebase=existing_flask&admin_backoffice=business_backoffice&framework_familiarity=flask';

// P1: a running Flask system needs a back office. Flask-Admin covers it, and
// [000] says moving to Django is a rewrite to plan as a new project: no
// architect rewrites a system for an admin screen. Stay and extend.
test('P1: a running Flask system that needs a back office stays on Flask', async () => {
  const r = await result(P1, 'flask');
  assert.equal(r.path, 'extend');
  assert.equal(r.inUse, 'flask');
  assert.match(r.pathText, /Stay on Flask/);
  // The back office is listed under its need, set aside for the running system.
  await r.page.locator('[role="tab"]', { hasText: 'Why' }).first().click();
  const admin = r.page.locator('.need[data-need="admin"] .contribution[data-question="admin_backoffice"]');
  await admin.waitFor();
  assert.match(await admin.innerText(), /not counted for a running system/);
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// P1b: the same with roles and 2FA and a senior team: Flask-Admin plus
// Flask-Security-Too; still no rewrite.
test('P1b: roles, 2FA and a senior team still extend Flask', async () => {
  const r = await result(`${P1}&auth_needs=roles_permissions_2fa&team_seniority=mostly_senior`, 'flask');
  assert.equal(r.path, 'extend');
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// P2: a running Flask system needs ordinary logins; the team could run
// several services. Flask-Login covers it; two frameworks would mean two user
// models for one login form. Extend, never Hybrid.
test('P2: logins on a running Flask system mean Flask-Login, not a second framework', async () => {
  const r = await result('existing_codebase=existing_flask&auth_needs=basic_accounts&admin_backoffice=none&team_size=single_team&framework_familiarity=flask&multi_service_ops=yes', 'flask');
  assert.equal(r.path, 'extend');
  // The flowchart says the same: stay on Flask.
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// P3: a full product with accounts and a back office, and a few hot
// endpoints. Hot endpoints alone are contested ([000], [002]: the speed gap is
// negligible in real apps): cache or scale the hot views in Django.
test('P3: a product with a few hot endpoints is Django, not a hybrid', async () => {
  const r = await result('app_type=full_stack_product&auth_needs=basic_accounts&admin_backoffice=business_backoffice&traffic_profile=hot_endpoints&multi_service_ops=yes', 'django');
  assert.equal(r.path, null);
  assert.match(await r.page.locator('.notice', { hasText: 'Hybrid was considered' }).innerText(), /hot endpoints alone/);
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// P4: one focused service: built in one framework (Flask here), never split.
test('P4: a single focused service is never a hybrid', async () => {
  const r = await result('app_type=focused_service&data_model=standard_relational&traffic_profile=hot_endpoints&multi_service_ops=yes', 'flask');
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// P5: a Django shop adds a focused microservice: a new Flask service beside
// the Django system ([001]); nothing is rewritten, so confidence is not
// lowered as for a rewrite.
test('P5: a new service beside a Django system is no rewrite', async () => {
  const r = await result('existing_codebase=existing_django&app_type=focused_service&scope_complexity=single_purpose&architecture_style=microservices&multi_service_ops=yes', 'flask');
  assert.equal(r.path, 'coexist');
  assert.equal(r.inUse, 'django');
  assert.match(r.pathText, /Flask service beside Django/);
  assert.doesNotMatch(r.pathText, /Rewrite/);
  assert.equal(r.confidence, 'medium');
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// P6: a senior team fluent in Flask building a standard SaaS. Flask with
// SQLAlchemy, Alembic, Flask-Login and Flask-Admin is a well-trodden stack:
// a close call that leans to what the team knows, not high confidence for
// Django.
test('P6: a senior Flask team building a standard product gets a close call for Flask', async () => {
  const r = await result('app_type=full_stack_product&team_seniority=mostly_senior&framework_familiarity=flask&auth_needs=basic_accounts&admin_backoffice=developer_inspection&data_model=standard_relational&time_to_market=few_months&team_size=single_team&maintenance_horizon=few_years', 'flask');
  assert.equal(r.confidence, 'low');
  assert.match(await r.page.locator('.confidence').innerText(), /your team already knows/);
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

// The rewrite question appears only once existing code is answered.
test('what a rewrite would throw away is asked only for existing code', async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  const card = page.locator('#q-rewrite_scope');
  assert.equal(await card.isVisible(), false);
  await page.click('label[for="existing_codebase-existing_flask"]');
  await card.waitFor({ state: 'visible' });
  await page.click('label[for="existing_codebase-greenfield"]');
  await card.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});
