/**
 * Class results bench, in real Chromium against the built site: 500 hand-in files chosen at once
 * on /teacher/results/, from the choice until the table shows them all, with the longest
 * main-thread task in that time (the page must stay responsive: tasks under 200 ms).
 * Run alone with `npx tsx scripts/bench-class.ts` after `npm run build`, or in `npm run bench`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import type { Bank } from '../src/lib/bank/types';
import { readModule } from '../src/lib/server/content';
import { startPreview } from './bench-progress';
import { sampleHandIns } from './class-sample';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const COUNT = Number(process.env.BENCH_HANDINS ?? 500);
const RUNS = 3;

declare global {
	var longestTask: number | undefined;
}

export async function benchClass(port: number, executablePath: string | undefined, bank: Bank) {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-class-'));
	const files = sampleHandIns(bank, COUNT).map((text, i) => {
		const file = join(dir, `handin-${i}.txt`);
		writeFileSync(file, text);
		return file;
	});
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const rows = [];
	try {
		for (let run = 1; run <= RUNS; run++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`http://localhost:${port}/teacher/results/`);
			await page.locator('[data-ready]').waitFor();
			await page.evaluate(() => {
				globalThis.longestTask = 0;
				new PerformanceObserver((list) => {
					for (const task of list.getEntries())
						globalThis.longestTask = Math.max(globalThis.longestTask!, task.duration);
				}).observe({ type: 'longtask' });
			});
			const start = Date.now();
			await page.locator('#handin-files').setInputFiles(files);
			await page.getByText(`${COUNT} hand-ins added`).waitFor({ timeout: 120_000 });
			await page
				.locator('tbody tr')
				.nth(COUNT - 1)
				.waitFor();
			const elapsed = Date.now() - start;
			// Long tasks are reported a moment after they end.
			await page.waitForTimeout(300);
			const longest = await page.evaluate(() => globalThis.longestTask ?? 0);
			rows.push({
				measure: `${COUNT} hand-in files at once`,
				run,
				'until the table shows': `${(elapsed / 1000).toFixed(2)} s`,
				'longest task': `${Math.round(longest)} ms`,
				budget: 'longest task < 200 ms'
			});
			await context.close();
		}
	} finally {
		await browser.close();
		rmSync(dir, { recursive: true, force: true });
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const port = Number(process.env.BENCH_PORT ?? 4321);
	const bank = readModule('kadhimi-us-troops-2021').module!.bank!;
	const server = await startPreview(port);
	try {
		console.table(await benchClass(port, chromiumPath(), bank));
	} finally {
		server.kill();
	}
}
