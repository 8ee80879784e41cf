/**
 * Progress bench, in real Chromium against the built site (`vite preview`):
 *   - saving one answer through the app's own store (src/lib/progress/browser.ts, bundled as it
 *     is, so localforage and IndexedDB are the real ones), p50 and p95 of 200 saves;
 *   - the progress page with 10,000 answers and 500 attempts planted in IndexedDB: time from
 *     navigation start until the page marks itself ready (`data-ready` once the summary renders),
 *     on the first visit (which replays every answer for the review schedule) and the later ones,
 *     with the page's main-thread CPU time beside it: on a busy shared machine the wall-clock time
 *     is mostly waiting for a core.
 * Run alone with `npx tsx scripts/bench-progress.ts` after `npm run build`, or as part of `npm run bench`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { percentile } from './bench-search';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { SCHEMA_VERSION, type AnswerBatch, type AttemptRecord } from '../src/lib/progress/records';
import { BACKUP_LIMITS, makeBackup } from '../src/lib/progress/backup';
import { modulePrefix } from '../src/lib/progress/keys';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10_000);
const ATTEMPTS = ANSWERS / 20;
const SAVES = 200;
const PAGE_RUNS = 6;

/** Starts `vite preview` on `port` and resolves once it answers. */
export async function startPreview(port: number): Promise<ChildProcess> {
	const server = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(port), '--strictPort'],
		{ stdio: 'ignore' }
	);
	for (let tries = 0; tries < 100; tries++) {
		const up = await fetch(`http://localhost:${port}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return server;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`vite preview did not start on port ${port}`);
}

/** The browser side of the store, bundled from source so the bench measures the shipped code. */
export async function storeBundle(): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			lib: { entry: 'src/lib/progress/browser.ts', formats: ['iife'], name: 'LecternProgress' }
		}
	});
	const output = Array.isArray(result) ? result[0]! : result;
	if (!('output' in output)) throw new Error('unexpected vite build result');
	return `${output.output[0].code}\nglobalThis.LecternProgress = LecternProgress;`;
}

declare global {
	var LecternProgress: typeof import('../src/lib/progress/browser');
	var readyAt: number | undefined;
	var longestTask: number | undefined;
}

async function timeSaves(page: Page, module: string, question: string): Promise<number[]> {
	return page.evaluate(
		async ({ module, question, saves }) => {
			const store = await globalThis.LecternProgress.openProgress();
			if (!store.persistent) throw new Error('IndexedDB was refused');
			const times: number[] = [];
			for (let i = 0; i < saves; i++) {
				const start = performance.now();
				const saved = await store.saveAnswer({
					module,
					question,
					score: i % 3 ? 1 : 0,
					correct: i % 3 !== 0,
					at: Date.now()
				});
				times.push(performance.now() - start);
				if (!saved.ok) throw new Error(`save failed: ${saved.reason}`);
			}
			return times;
		},
		{ module, question, saves: SAVES }
	);
}

/** Writes the records straight into localforage's object store, in one transaction. */
export async function plant(page: Page, records: [string, unknown][]): Promise<void> {
	await page.evaluate(async (records) => {
		await globalThis.LecternProgress.openProgress();
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open('lectern');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const tx = open.result.transaction('progress', 'readwrite');
				const objects = tx.objectStore('progress');
				for (const [key, value] of records) objects.put(value, key);
				tx.oncomplete = () => {
					open.result.close();
					resolve();
				};
				tx.onerror = () => reject(tx.error);
			};
		});
	}, records);
}

/**
 * 500 finished quizzes of 20 questions over 60 days, each quiz's answers in a batch of its own as
 * the app stores them when every quiz is taken in a fresh page (a tab that takes several quizzes
 * keeps fewer, fuller batches): 10,000 answers, 500 attempts.
 */
function plantedRecords(module: string, questions: string[]): [string, unknown][] {
	const day = 24 * 60 * 60 * 1000;
	const start = Date.now() - 60 * day;
	const perQuiz = ANSWERS / ATTEMPTS;
	const records: [string, unknown][] = [];
	for (let quiz = 0; quiz < ATTEMPTS; quiz++) {
		const finishedAt = start + Math.floor((quiz * 60 * day) / ATTEMPTS);
		const ids = Array.from(
			{ length: perQuiz },
			(_, k) => questions[(quiz * perQuiz + k) % questions.length]!
		);
		const batch: AnswerBatch = {
			v: SCHEMA_VERSION,
			module,
			answers: ids.map((question, k) => ({
				question,
				score: k % 4 ? 1 : 0,
				correct: k % 4 !== 0,
				at: finishedAt - (perQuiz - k) * 20_000
			}))
		};
		const attempt: AttemptRecord = {
			v: SCHEMA_VERSION,
			module,
			link: `preset=quick&seed=bench${quiz}`,
			title: 'Quick check',
			questions: ids,
			scores: Object.fromEntries(batch.answers.map((a) => [a.question, a.score])),
			points: batch.answers.filter((a) => a.correct).length,
			possible: perQuiz,
			finishedAt
		};
		records.push(
			[`${modulePrefix('answer', module)}bench-${quiz}`, batch],
			[`${modulePrefix('attempt', module)}bench-${quiz}`, attempt]
		);
	}
	return records;
}

/**
 * Restores a backup of BACKUP_LIMITS.answers answers on an empty /progress/ page, as a student
 * would (the file input): the time until "Restored…" and until the page shows the module's
 * figures, and the longest main-thread task in each stretch.
 */
async function timeRestore(
	context: BrowserContext,
	origin: string,
	module: string,
	questions: string[]
) {
	const records: Record<string, unknown> = {};
	const batches = BACKUP_LIMITS.answers / 100;
	for (let b = 0; b < batches; b++) {
		const batch: AnswerBatch = {
			v: SCHEMA_VERSION,
			module,
			answers: Array.from({ length: 100 }, (_, k) => ({
				question: questions[(b * 100 + k) % questions.length]!,
				score: k % 4 ? 1 : 0,
				correct: k % 4 !== 0,
				at: Date.now() - (batches * 100 - b * 100 - k) * 60_000
			}))
		};
		records[`answer:${module}:restore-${b}`] = batch;
	}
	// From a file on disk, as a student picks it: handing Chromium the bytes instead makes it
	// decode them on the page's thread, a multi-second task that is the bench's, not the app's.
	const file = join(mkdtempSync(join(tmpdir(), 'lectern-backup-')), 'backup.json');
	writeFileSync(file, JSON.stringify(makeBackup(records)));
	const page = await context.newPage();
	await page.goto(`${origin}/progress/`);
	await page.waitForSelector('[data-ready]');
	await page.getByRole('button', { name: 'Erase my progress' }).click();
	await page.getByRole('button', { name: 'Yes, erase' }).click();
	await page.getByText('No answers yet').first().waitFor();
	await page.evaluate(() => (globalThis.longestTask = 0));
	const start = Date.now();
	await page.locator('input[type=file]').setInputFiles(file);
	await page.waitForFunction(
		() => /^Restored/.test(document.querySelector('.backup [role=status]')?.textContent ?? ''),
		null,
		{ timeout: 600_000, polling: 50 }
	);
	const restored = Date.now() - start;
	const longestRestoring = await page.evaluate(() => globalThis.longestTask!);
	await page.evaluate(() => (globalThis.longestTask = 0));
	await page.waitForSelector('.totals', { timeout: 600_000 });
	const shown = Date.now() - start;
	// Long tasks are reported a little after they end.
	await page.waitForTimeout(500);
	const longestShowing = await page.evaluate(() => globalThis.longestTask!);
	await page.close();
	const bytes = statSync(file).size;
	rmSync(dirname(file), { recursive: true });
	return { bytes, restored, shown, longestRestoring, longestShowing };
}

export interface ProgressBenchRow {
	measure: string;
	p50: string;
	p95: string;
	/** Median CPU time of the page's main thread until ready. */
	'main-thread CPU': string;
	/** The longest main-thread task until ready (the worst of the runs). */
	'longest task': string;
	budget: string;
	ok: string;
}

export async function benchProgress(
	port: number,
	executablePath: string | undefined,
	module: string,
	questions: string[]
): Promise<ProgressBenchRow[]> {
	const bundle = await storeBundle();
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const origin = `http://localhost:${port}`;
	try {
		// No service worker: every run loads the page the same way, from the server.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.evaluate(bundle);
		const saves = await timeSaves(page, module, questions[0]!);

		await context.addInitScript(() => {
			globalThis.longestTask = 0;
			new PerformanceObserver((list) => {
				for (const task of list.getEntries())
					globalThis.longestTask = Math.max(globalThis.longestTask!, task.duration);
			}).observe({ type: 'longtask', buffered: true });
			new MutationObserver((_, observer) => {
				if (document.querySelector('[data-ready]')) {
					globalThis.readyAt = performance.now();
					observer.disconnect();
				}
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		/** Opens /progress/ in new tabs, one after the other: when each became ready. */
		/**
		 * Opens /progress/ in new tabs, one after the other: when each became ready, and how long its
		 * main thread was busy until then (CPU time, which other work on a shared machine inflates
		 * far less than the wall-clock time).
		 */
		const visit = async (runs: number, shows: string) => {
			const ready: number[] = [];
			const busy: number[] = [];
			const longest: number[] = [];
			for (let run = 0; run < runs; run++) {
				const view = await context.newPage();
				const cdp = await context.newCDPSession(view);
				await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
				await view.goto(`${origin}/progress/`);
				await view.waitForFunction(() => globalThis.readyAt !== undefined, null, {
					timeout: 30_000
				});
				const { metrics } = await cdp.send('Performance.getMetrics');
				busy.push(1000 * metrics.find((m) => m.name === 'TaskDuration')!.value);
				const text = await view.locator('.progress-view').textContent();
				if (!text?.includes(shows)) throw new Error(`progress page shows: ${text}`);
				ready.push(await view.evaluate(() => globalThis.readyAt!));
				longest.push(await view.evaluate(() => globalThis.longestTask!));
				await view.close();
			}
			return { ready, busy, longest };
		};
		await page.evaluate(() => globalThis.LecternProgress.openProgress().then((s) => s.erase()));
		const empty = await visit(PAGE_RUNS, 'No answers yet');
		await plant(page, plantedRecords(module, questions));
		const full = await visit(PAGE_RUNS, `${ATTEMPTS} quizzes finished`);
		const restore = await timeRestore(context, origin, module, questions);
		const ms = (value: number) => `${value.toFixed(1)} ms`;
		const p95 = percentile(saves, 0.95);
		// The first visit replays all 10,000 answers for the review schedule and keeps the replay;
		// later visits replay only what is new.
		const [first, ...later] = full.ready;
		const median = percentile(later, 0.5);
		const busy = (values: number[]) => ms(percentile(values, 0.5));
		const worst = (values: number[]) => ms(Math.max(...values));
		return [
			{
				measure: `save one answer (${SAVES} saves)`,
				p50: ms(percentile(saves, 0.5)),
				p95: ms(p95),
				'main-thread CPU': '',
				'longest task': '',
				budget: 'p95 < 10 ms',
				ok: p95 < 10 ? 'yes' : 'NO'
			},
			{
				measure: `/progress/ ready, nothing stored (the page alone, ${PAGE_RUNS} runs)`,
				p50: ms(percentile(empty.ready, 0.5)),
				p95: `max ${ms(Math.max(...empty.ready))}`,
				'main-thread CPU': busy(empty.busy),
				'longest task': worst(empty.longest),
				budget: '',
				ok: ''
			},
			{
				measure: `/progress/ ready, ${ANSWERS} answers + ${ATTEMPTS} attempts, first visit`,
				p50: ms(first!),
				p95: '',
				'main-thread CPU': ms(full.busy[0]!),
				'longest task': ms(full.longest[0]!),
				budget: '< 300 ms',
				ok: first! < 300 ? 'yes' : 'NO'
			},
			{
				measure: `restore the largest accepted backup (${BACKUP_LIMITS.answers} answers, ${(restore.bytes / 1024 / 1024).toFixed(1)} MB): read and written`,
				p50: ms(restore.restored),
				p95: '',
				'main-thread CPU': '',
				'longest task': ms(restore.longestRestoring),
				budget: 'no task over 200 ms',
				ok: restore.longestRestoring <= 200 ? 'yes' : 'NO'
			},
			{
				measure: '  then the page shows it',
				p50: ms(restore.shown),
				p95: '',
				'main-thread CPU': '',
				'longest task': ms(restore.longestShowing),
				budget: 'no task over 200 ms',
				ok: restore.longestShowing <= 200 ? 'yes' : 'NO'
			},
			{
				measure: `  the same, later visits (${later.length} runs)`,
				p50: ms(median),
				p95: `max ${ms(Math.max(...later))}`,
				'main-thread CPU': busy(full.busy.slice(1)),
				'longest task': worst(full.longest.slice(1)),
				budget: 'median < 300 ms',
				ok: median < 300 ? 'yes' : 'NO'
			}
		];
	} finally {
		await browser.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { moduleSlugs, readModule } = await import('../src/lib/server/content');
	const slug = moduleSlugs()[0]!;
	const ids = readModule(slug).module!.bank!.questions.map((q) => q.id);
	const port = Number(process.env.BENCH_PORT ?? 4321);
	const server = await startPreview(port);
	try {
		console.log('\nProgress store in Chromium (built site)');
		console.table(await benchProgress(port, process.env.CHROME_PATH ?? chromiumPath(), slug, ids));
	} finally {
		server.kill();
	}
}
