/**
 * Screenshots of class results (30 synthetic students) and of the hand-in panel, at 1280x800 and
 * 393x851, light and dark, for a human to look at. Builds nothing: run `npm run build` first.
 *   npx tsx scripts/screenshots-class.ts   (PORT, OUT)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { readModule } from '../src/lib/server/content';
import { startPreview } from './bench-progress';
import { sampleHandIns } from './class-sample';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const port = Number(process.env.PORT ?? 4652);
const out = process.env.OUT ?? 'test-results/screenshots';
const slug = 'kadhimi-us-troops-2021';
const bank = readModule(slug).module!.bank!;
const origin = `http://localhost:${port}`;

/** Finishes a short quiz (first option each time) so the results show the hand-in panel. */
async function finishQuiz(page: Page) {
	const ids = bank.questions
		.filter((q) => q.type === 'single' || q.type === 'true-false')
		.slice(0, 3)
		.map((q) => q.id);
	await page.goto(`${origin}/${slug}/quiz/play/?ids=${ids.join('%2C')}&seed=shots`);
	for (let i = 0; i < ids.length; i++) {
		await page.locator('.card .choice').first().click();
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await page
			.getByRole('button', { name: i === ids.length - 1 ? 'See results' : 'Next', exact: true })
			.click();
	}
}

mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'lectern-shots-'));
const files = sampleHandIns(bank, 30).map((text, i) => {
	const file = join(dir, `handin-${i}.txt`);
	writeFileSync(file, text);
	return file;
});
const server = await startPreview(port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	for (const [device, viewport] of [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 393, height: 851 }]
	] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({
				viewport,
				colorScheme: scheme,
				isMobile: device === 'phone',
				hasTouch: device === 'phone'
			});
			const page = await context.newPage();
			await page.goto(`${origin}/teacher/results/`);
			await page.locator('[data-ready]').waitFor();
			await page.locator('#handin-files').setInputFiles(files);
			await page.getByText('30 hand-ins added').waitFor();
			await page.screenshot({ path: `${out}/class-${device}-${scheme}.png`, fullPage: true });
			await page.getByRole('heading', { name: 'The class', exact: true }).scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${out}/class-${device}-${scheme}-table.png` });

			await finishQuiz(page);
			const panel = page.locator('.handin');
			await panel.scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${out}/handin-${device}-${scheme}-name.png` });
			await page.getByLabel('Your name, as your teacher knows you').fill('Ana Pérez');
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.getByRole('button', { name: 'Show a QR code' }).click();
			await page.locator('.handin svg').waitFor();
			await panel.scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${out}/handin-${device}-${scheme}-qr.png` });
			await context.close();
		}
	}
} finally {
	await browser.close();
	server.kill();
	rmSync(dir, { recursive: true, force: true });
}
