// Ad hoc screenshots for the decision-model work (not a test; not in CI):
// the Why tab with needs counted once, and an existing system's result.
import { serveDist, launch, openPage } from './harness.mjs';
const out = process.argv[2] || '/tmp/shots';
const shots = [
  ['why', '/?app_type=content_platform&admin_backoffice=business_backoffice&team_seniority=mixed&team_stability=rotating_or_fast_growth&maintenance_horizon=long_term&dependency_governance=prefer_integrated&auth_needs=basic_accounts'],
  ['existing', '/?existing_codebase=existing_flask&rewrite_scope=product_in_use&admin_backoffice=business_backoffice&auth_needs=roles_permissions_2fa&framework_familiarity=flask&team_seniority=mostly_senior'],
];
const server = await serveDist();
const browser = await launch();
for (const [name, path] of shots) {
  for (const [size, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
    const { page, context } = await openPage(browser, server.url + path, { width, height });
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.waitForSelector('[data-recommendation]:not([data-recommendation="none"])');
    await page.screenshot({ path: `${out}/${name}-${size}.png` });
    await page.setViewportSize({ width, height: 2600 });
    await page.click('#tab-why');
    await page.waitForSelector('.needs .need');
    await page.locator('.tabs-panel').screenshot({ path: `${out}/${name}-${size}-why.png` });
    console.log(name, size);
    await context.close();
  }
}
await browser.close();
await server.close();
