// Renders public/favicon.svg to the PNG icons of the web app manifest.
// Run once when the logo changes (node scripts/make-icons.mjs); the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const size of [192, 512]) {
  for (const maskable of [false, true]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable icons keep the logo inside the central safe zone (80%).
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(`<html><body style="margin:0;background:${maskable ? '#0c4b33' : 'transparent'};display:grid;place-items:center;height:${size}px">
      <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`);
    await page.screenshot({ path: `public/icons/icon-${size}${maskable ? '-maskable' : ''}.png`, omitBackground: !maskable });
    await page.close();
  }
}
await browser.close();
