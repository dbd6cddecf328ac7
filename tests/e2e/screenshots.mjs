// Takes screenshots of the main screens at desktop and phone widths into
// screenshots/, for a person to look at. Not a test: it asserts nothing.
import { mkdirSync } from 'node:fs';
import { serveDist, launch, openPage } from './harness.mjs';

const shots = [
  ['empty', '/'],
  ['django', '/?app_type=content_platform&admin_backoffice=business_backoffice&data_model=standard_relational&maintenance_horizon=long_term&team_seniority=mixed&budget_profile=tight_lean_start'],
  ['hybrid', '/?scope_complexity=core_plus_specialized&app_type=full_stack_product&auth_needs=basic_accounts&architecture_style=core_plus_services&heavy_processing=separate_processing_services&multi_service_ops=yes'],
  ['notice', '/?app_type=api_backend&colour=blue&team_seniority=wizards'],
  ['shared', '/#s1.eIQjCEIQhCEIQhCEIQhCEIQgVGVhbSBBew'],
  ['badlink', '/#s1.eIQjCEIQhCEIQh'],
];
const sizes = [['desktop', 1280, 900], ['phone', 390, 844]];

mkdirSync('screenshots', { recursive: true });
const server = await serveDist();
const browser = await launch();
for (const scheme of ['light', 'dark']) {
  for (const [name, path] of shots) {
    for (const [size, width, height] of sizes) {
      if (scheme === 'dark' && name !== 'django') continue;
      const { page, context } = await openPage(browser, server.url + path, { width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const file = `screenshots/${name}-${size}${scheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: file, fullPage: size === 'phone' ? false : false });
      if (name === 'django' || name === 'hybrid') {
        await page.setViewportSize({ width, height: 3200 });
        for (const tab of ['why', 'whatif', 'flow', 'compare', 'bom', 'after', 'report', 'profiles']) {
          await page.click(`#tab-${tab}`);
          // A split-off tab shows "Loading…" until its module is in.
          await page.waitForFunction((t) => !document.querySelector(`#panel-${t} .panel-loading`), tab);
          if (tab === 'compare') await page.check('#only-relevant');
          await page.locator('.tabs-panel').screenshot({ path: file.replace('.png', `-${tab}.png`) });
        }
      }
      console.log(file);
      await context.close();
    }
  }
}
// Print layout (what "save as PDF" gives) and the theme forced against the system.
{
  const { page, context } = await openPage(browser, server.url + shots[1][1], { width: 1000, height: 1200 });
  await page.selectOption('#theme-select', 'dark');
  await page.screenshot({ path: 'screenshots/django-desktop-forced-dark.png' });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'screenshots/django-print.png', fullPage: true });
  console.log('screenshots/django-desktop-forced-dark.png, screenshots/django-print.png');
  await context.close();
}
// The team view with three people, at both widths.
for (const [size, width, height] of sizes) {
  const { page, context } = await openPage(browser, server.url + '/', { width, height: 2400 });
  const links = [];
  for (const [, path] of shots.slice(1, 3)) {
    await page.goto(server.url + path);
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.click('#tab-profiles');
    await page.click('#copy-link');
    links.push(await page.inputValue('#share-link'));
  }
  // Back to the own (empty) work: the previews had none to go back to.
  await page.goto(server.url + '/');
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.click('label[for="app_type-focused_service"]');
  await page.click('#tab-team');
  await page.fill('#team-links', links.join('\n'));
  await page.click('#team-add');
  await page.click('#team-add-you');
  await page.locator('.tabs-panel').screenshot({ path: `screenshots/team-${size}.png` });
  console.log(`screenshots/team-${size}.png`);
  await context.close();
}
await browser.close();
await server.close();
