/**
 * Screenshots of the main pages, desktop and phone, light and dark, for a human to look at.
 * Run against a preview server: `npm run build && npm run preview` then `npm run screenshots`.
 */
import { chromium, devices } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
const origin = process.env.ORIGIN ?? 'http://localhost:4173';
const out = process.env.OUT ?? 'test-results/screenshots';
const pages = (
	process.env.PAGES ??
	'/,/kadhimi-us-troops-2021/,/kadhimi-us-troops-2021/glossary/,/kadhimi-us-troops-2021/glossary/review/'
).split(',');

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [device, options] of [
	['desktop', { viewport: { width: 1280, height: 900 } }],
	['phone', devices['Pixel 5']]
] as const) {
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ ...options, colorScheme: scheme });
		const page = await context.newPage();
		for (const path of pages) {
			await page.goto(origin + path);
			const name = path.replace(/\W+/g, '_') || 'home';
			await page.screenshot({
				path: `${out}/${device}-${scheme}${name}.png`,
				fullPage: process.env.FULL === '1'
			});
			if (process.env.TIP && path.endsWith('2021/')) {
				await page.getByRole('button', { name: process.env.TIP }).first().click();
				await page.screenshot({ path: `${out}/${device}-${scheme}${name}tip.png` });
			}
		}
		await context.close();
	}
}
await browser.close();
