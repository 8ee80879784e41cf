/**
 * npm run bench:library: the budgets of issue 13 on synthetic libraries of 100 and 1,000 modules
 * (BENCH_LIBRARY_SIZES=20,100 to choose), printed side by side.
 *
 * For each size: generates the library (seeded, distinct text), builds it (wall time and peak
 * memory of the build process, from /usr/bin/time), builds it again with one module's question
 * file changed (one word of a prompt replaced by another from the word list), then serves the
 * first build gzipped with its _headers, as a host does, and drives Chromium with the Pixel 5
 * profile and 4x CPU slowdown (Lighthouse's mobile setting; the network is localhost). Bytes
 * are counted at the server, so the service worker's own fetches are included. The first search
 * is the median of five cold searches (five phones, five words).
 * Builds run one at a time; everything goes under test-results/bench-library/.
 * BENCH_LIBRARY_ONLY=progress builds each library once and measures /progress/ alone (a quick
 * before/after for that page).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { generateLibrary } from './generate';
import { WORDS } from './words';
import { serveStatic } from '../../tests/e2e/static-site';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { plant, storeBundle } from '../bench-progress';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';
import type { ModuleFiles } from '../../src/lib/offline/files';

const SIZES = (process.env.BENCH_LIBRARY_SIZES ?? '100,1000').split(',').map(Number);
const PORT = Number(process.env.BENCH_LIBRARY_PORT ?? 4663);
const PROGRESS_ONLY = process.env.BENCH_LIBRARY_ONLY === 'progress';
const ROOT = resolve('test-results/bench-library');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
/** Cold first searches per library, each on a new phone; the table shows their median. */
const SEARCHES = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

interface Build {
	seconds: number;
	peakBytes: number;
	files: number;
	bytes: number;
}

function build(dir: string): Build {
	const started = performance.now();
	const result = spawnSync(
		'/usr/bin/time',
		['-f', 'PEAK_KB %M', process.execPath, 'node_modules/vite/bin/vite.js', 'build'],
		{
			env: {
				...process.env,
				LECTERN_CONTENT_DIR: join(dir, 'content'),
				LECTERN_QUESTIONS_DIR: join(dir, 'questions'),
				BUILD_DIR: join(dir, 'build'),
				SVELTEKIT_OUT_DIR: join(dir, 'kit')
			},
			encoding: 'utf8',
			maxBuffer: 1 << 28
		}
	);
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) throw new Error(`build failed:\n${result.stderr.slice(-4000)}`);
	const peak = Number(/PEAK_KB (\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024;
	const du = spawnSync('du', ['-sb', join(dir, 'build')], { encoding: 'utf8' }).stdout;
	const count = spawnSync('sh', ['-c', `find '${join(dir, 'build')}' -type f | wc -l`], {
		encoding: 'utf8'
	}).stdout;
	return { seconds, peakBytes: peak, files: Number(count), bytes: Number(du.split('\t')[0]) };
}

/** One word of the first prompt of `slug`'s questions replaced by another word of the list. */
function changeOneQuestion(dir: string, slug: string): void {
	const file = join(dir, 'questions', `${slug}.yaml`);
	const yaml = readFileSync(file, 'utf8');
	const line = /^ {4}prompt: '(.*)'$/m.exec(yaml)!;
	const words = line[1]!.split(' ');
	const at = words.findIndex((w) => WORDS.includes(w.replace(/\W/g, '').toLowerCase()));
	const old = words[at]!.replace(/\W/g, '');
	const replacement =
		WORDS.find((w) => w !== old.toLowerCase() && w.length === old.length) ?? 'harbour';
	words[at] = words[at]!.replace(old, replacement);
	writeFileSync(file, yaml.replace(line[0], `    prompt: '${words.join(' ')}'`));
}

/** Bytes the server sent since `from` (an index into the log), and the paths. */
function sent(log: [string, number][], from: number) {
	const part = log.slice(from);
	return { bytes: part.reduce((sum, [, b]) => sum + b, 0), paths: part.map(([p]) => p) };
}

async function phone(browser: Browser, options: { serviceWorkers?: 'allow' | 'block' } = {}) {
	const context = await browser.newContext({ ...devices['Pixel 5'], ...options });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { context, page };
}

const controlled = (page: Page) =>
	page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
		timeout: 120_000
	});

async function keepFirst(page: Page, card: number): Promise<void> {
	const item = page.locator('.modules > li').nth(card);
	await item.getByRole('button', { name: 'Keep offline' }).click();
	await item.getByText('On this device').waitFor({ timeout: 120_000 });
}

interface Column {
	build: Build;
	firstVisit: number;
	keepOne: number;
	storageAfterTen: number;
	update: number;
	changedModule: number;
	updatePaths: string[];
	searchMs: number;
	searchBytes: number;
	progressMs: number;
	progressBusy: number;
}

async function measure(size: number): Promise<Column> {
	const dir = join(ROOT, String(size));
	rmSync(dir, { recursive: true, force: true });
	const first = join(dir, 'first');
	const second = join(dir, 'second');
	const modules = generateLibrary(first, size);
	console.log(`${size} modules: building…`);
	const built = build(first);
	console.log(`  ${built.seconds.toFixed(0)} s, peak ${mb(built.peakBytes)}`);
	if (PROGRESS_ONLY) return progressAlone(first, modules);
	console.log('  the second build…');
	mkdirSync(second, { recursive: true });
	for (const folder of ['content', 'questions'])
		cpSync(join(first, folder), join(second, folder), { recursive: true });
	const changed = modules[0]!.slug;
	changeOneQuestion(second, changed);
	build(second);

	let served = join(first, 'build');
	const log: [string, number][] = [];
	const server: Server = await serveStatic(() => served, '', PORT, {
		gzip: true,
		onServed: (path, bytes) => log.push([path, bytes])
	});
	const site = `http://localhost:${PORT}/`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		// First visit: the home page, then everything the service worker precaches.
		const { context, page } = await phone(browser);
		let from = log.length;
		await page.goto(site);
		await controlled(page);
		await page.waitForLoadState('networkidle');
		const firstVisit = sent(log, from).bytes;

		from = log.length;
		await keepFirst(page, 0);
		const keepOne = sent(log, from).bytes;
		for (let card = 1; card < 10; card++) await keepFirst(page, card);
		const storageAfterTen = await page.evaluate(
			async () => (await navigator.storage.estimate()).usage ?? 0
		);

		// Deploy the second build; the worker finds it and updates the kept modules.
		served = join(second, 'build');
		from = log.length;
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
		});
		await page.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 300_000 });
		await page.waitForLoadState('networkidle');
		const update = sent(log, from);
		const list = JSON.parse(
			readFileSync(join(second, 'build', changed, 'offline.json'), 'utf8')
		) as ModuleFiles;
		const changedModule = Object.keys(list.files).reduce(
			(sum, path) => sum + gzipSync(readFileSync(join(second, 'build', changed, path))).length,
			0
		);
		await context.close();
		served = join(first, 'build');

		// First search, cold: a new phone without the worker, the search page open, then a word
		// typed. The median of SEARCHES phones, each with a word of another module's glossary: one
		// figure on a shared machine says more about the machine than about search.
		const searches: { ms: number; bytes: number }[] = [];
		for (let i = 0; i < SEARCHES; i++) {
			const search = await phone(browser, { serviceWorkers: 'block' });
			await search.page.goto(`${site}search/`);
			await search.page.waitForLoadState('networkidle');
			const word = modules[Math.floor(((i + 0.5) * size) / SEARCHES)]!.terms[0]!;
			from = log.length;
			const started = Date.now();
			await search.page.locator('#site-search').fill(word);
			await search.page.locator('.results a').first().waitFor({ timeout: 60_000 });
			// The header box waits 150 ms after the last key before it searches: not counted.
			const ms = Date.now() - started - 150;
			await search.page.waitForLoadState('networkidle');
			searches.push({ ms, bytes: sent(log, from).bytes });
			await search.context.close();
		}
		const searchMs = median(searches.map((s) => s.ms));
		const searchBytes = Math.max(...searches.map((s) => s.bytes));
		console.log(`  first searches: ${searches.map((s) => ms(s.ms)).join(', ')}`);

		const progress = await progressWith200(browser, site, modules.slice(0, 200));
		return {
			build: built,
			firstVisit,
			keepOne,
			storageAfterTen,
			update: update.bytes,
			changedModule,
			updatePaths: update.paths,
			searchMs,
			searchBytes,
			progressMs: progress.ready,
			progressBusy: progress.busy
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}

/** Only the /progress/ row: the other figures are left at zero and not printed. */
async function progressAlone(dir: string, modules: { slug: string }[]): Promise<Column> {
	const server = await serveStatic(join(dir, 'build'), '', PORT, { gzip: true });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const site = `http://localhost:${PORT}/`;
		const runs = [];
		for (let i = 0; i < SEARCHES; i++)
			runs.push(await progressWith200(browser, site, modules.slice(0, 200)));
		console.log(
			`  /progress/: ${runs.map((r) => `${ms(r.ready)} (main ${ms(r.busy)})`).join(', ')}`
		);
		const ready = median(runs.map((r) => r.ready));
		const busy = median(runs.map((r) => r.busy));
		const none = { seconds: 0, peakBytes: 0, files: 0, bytes: 0 };
		return {
			build: none,
			firstVisit: 0,
			keepOne: 0,
			storageAfterTen: 0,
			update: 0,
			changedModule: 0,
			updatePaths: [],
			searchMs: 0,
			searchBytes: 0,
			progressMs: ready,
			progressBusy: busy
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}

/** /progress/ with a finished quiz and answers in each of `modules` (first visit, phone). */
async function progressWith200(
	browser: Browser,
	site: string,
	modules: { slug: string }[]
): Promise<{ ready: number; busy: number }> {
	const { context, page } = await phone(browser, { serviceWorkers: 'block' });
	try {
		await page.goto(site);
		await page.evaluate(await storeBundle());
		const now = Date.now();
		const ids = ['first-words', 'second', 'word'];
		await plant(
			page,
			modules.flatMap(({ slug }, i) => [
				[
					`answer:${slug}:bench`,
					{
						v: SCHEMA_VERSION,
						module: slug,
						answers: ids.map((question, k) => ({
							question,
							score: k ? 1 : 0,
							correct: k > 0,
							at: now - i * 60_000 - k * 1000
						}))
					}
				],
				[
					`attempt:${slug}:bench`,
					{
						v: SCHEMA_VERSION,
						module: slug,
						link: 'ids=first-words,second,word&seed=bench',
						title: 'Practice',
						questions: ids,
						scores: { 'first-words': 0, second: 1, word: 1 },
						points: 2,
						possible: 3,
						finishedAt: now - i * 60_000
					}
				]
			])
		);
		return await readyTime(context, site);
	} finally {
		await context.close();
	}
}

async function readyTime(
	context: BrowserContext,
	site: string
): Promise<{ ready: number; busy: number }> {
	const view = await context.newPage();
	const cdp = await context.newCDPSession(view);
	// No CPU slowdown here: the page's 300 ms budget was set, and is measured by npm run bench, without.
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
	await view.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.querySelector('[data-ready]')) {
				(globalThis as { readyAt?: number }).readyAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	await view.goto(`${site}progress/`);
	await view.waitForFunction(
		() => (globalThis as { readyAt?: number }).readyAt !== undefined,
		null,
		{
			timeout: 60_000
		}
	);
	const { metrics } = await cdp.send('Performance.getMetrics');
	return {
		ready: await view.evaluate(() => (globalThis as { readyAt?: number }).readyAt!),
		busy: 1000 * metrics.find((m) => m.name === 'TaskDuration')!.value
	};
}

const columns: Record<number, Column> = {};

function printTable(sizes: number[]) {
	const row = (
		measure: string,
		budget: string,
		value: (c: Column) => string,
		ok?: (c: Column) => boolean
	) => ({
		measure,
		...Object.fromEntries(
			sizes.map((size) => [
				`${size} modules`,
				`${value(columns[size]!)}${ok ? (ok(columns[size]!) ? '' : ' (OVER)') : ''}`
			])
		),
		budget
	});
	console.log(
		'\nA library on a phone (issue 13): Pixel 5 profile, 4x CPU slowdown, gzip, localhost'
	);
	console.table([
		row(
			'build time',
			'≤ 10 min',
			(c) => `${c.build.seconds.toFixed(0)} s`,
			(c) => c.build.seconds <= 600
		),
		row(
			'build peak memory',
			'≤ 4 GB',
			(c) => mb(c.build.peakBytes),
			(c) => c.build.peakBytes <= 4 * 1024 ** 3
		),
		row('build/ size', '', (c) => `${mb(c.build.bytes)} in ${c.build.files} files`),
		row(
			'first visit, worker installed',
			'≤ 300 KB',
			(c) => kb(c.firstVisit),
			(c) => c.firstVisit <= 300 * 1024
		),
		row(
			'keeping one module',
			'≤ 200 KB',
			(c) => kb(c.keepOne),
			(c) => c.keepOne <= 200 * 1024
		),
		row(
			'storage after keeping 10',
			'≤ 3 MB',
			(c) => mb(c.storageAfterTen),
			(c) => c.storageAfterTen <= 3 * 1024 ** 2
		),
		row(
			'update, one question file changed',
			'≤ module + 20 KB',
			(c) => `${kb(c.update)} (module ${kb(c.changedModule)})`,
			(c) => c.update <= c.changedModule + 20 * 1024
		),
		row(
			`first search result, cold (after the 150 ms typing pause; median of ${SEARCHES})`,
			'≤ 300 ms',
			(c) => ms(c.searchMs),
			(c) => c.searchMs <= 300
		),
		row(
			'  transferred (the most of any)',
			'≤ 250 KB',
			(c) => kb(c.searchBytes),
			(c) => c.searchBytes <= 250 * 1024
		),
		row(
			'/progress/, answers in 200 modules (all of a smaller library; no CPU slowdown, as its budget)',
			'≤ 300 ms',
			(c) => `${ms(c.progressMs)} (main thread ${ms(c.progressBusy)})`,
			(c) => c.progressMs <= 300
		)
	]);
	if (!existsSync(ROOT)) mkdirSync(ROOT, { recursive: true });
	writeFileSync(join(ROOT, 'results.json'), JSON.stringify(columns, null, '\t'));
}

for (const size of SIZES) {
	columns[size] = await measure(size);
	if (PROGRESS_ONLY) continue;
	console.log(`  update fetched: ${columns[size].updatePaths.join(' ')}`);
	printTable(Object.keys(columns).map(Number));
}
