/**
 * The Lighthouse part of `npm run bench` (issue 12): every student page of the built site, served
 * gzipped with its `_headers` as a static host serves it, Lighthouse 12 mobile (simulated slow
 * 4G, 4x CPU), several runs each; a table of the median and the worst run of each figure, with
 * `over` beside any past `bench/budgets.json`.
 *   LIGHTHOUSE_RUNS=5 (runs a page), LIGHTHOUSE_PAGES=article,quiz-player (default: all).
 * `npm run bench:lighthouse` builds and runs this part alone (on BENCH_PORT; BENCH_BUILD=0 to
 * measure the build that is there).
 * The results screen has no address of its own (it follows the last answer): it is measured as a
 * Lighthouse user flow, a timespan from “See results” to idle (TBT, CLS, JS fetched) and a
 * snapshot (accessibility, best practices, SEO); it has no performance score.
 * JS bytes: the page's scripts as Lighthouse saw them fetched, each built file gzipped alone (as
 * scripts/page-weight.ts counts), so the figures match the page-weight test's.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startFlow } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { serveStatic } from '../tests/e2e/static-site';
import { percentile } from './bench-search';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { firstLoadFiles, gzipped } from './page-weight';
import { moduleSlugs } from '../src/lib/server/content';

const run = promisify(execFile);

/** Each student page by name, its address (`<slug>` for the first module) and its built HTML. */
const PAGES: [name: string, path: string, html: string][] = [
	['home', '/', 'index.html'],
	['article', '/<slug>/', '<slug>/index.html'],
	['glossary', '/<slug>/glossary/', '<slug>/glossary/index.html'],
	['word-review', '/<slug>/glossary/review/', '<slug>/glossary/review/index.html'],
	['quiz-chooser', '/<slug>/quiz/', '<slug>/quiz/index.html'],
	['quiz-player', '/<slug>/quiz/play/?preset=quick&seed=bench', '<slug>/quiz/play/index.html'],
	['results', '/<slug>/quiz/play/?types=true-false&count=3&seed=bench', ''],
	['search', '/search/?q=militia', 'search/index.html'],
	['progress', '/progress/', 'progress/index.html']
];

interface Budget {
	performance?: number;
	accessibility?: number;
	bestPractices?: number;
	seo?: number;
	lcpMs?: number;
	tbtMs?: number;
	cls?: number;
	jsFirstLoad?: number;
	jsByIdle?: number;
}
type Figure = keyof Budget;
/** Scores: higher is better, a budget is a minimum. */
const SCORES: Figure[] = ['performance', 'accessibility', 'bestPractices', 'seo'];

interface Run {
	performance?: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs?: number;
	tbtMs: number;
	cls: number;
	jsFirstLoad?: number;
	jsByIdle: number;
}

interface Report {
	categories: Record<string, { score: number | null } | undefined>;
	audits: Record<
		string,
		{ numericValue?: number; details?: { items?: { url: string; resourceType?: string }[] } }
	>;
}

const score = (report: Report | undefined, id: string) => {
	const value = report?.categories[id]?.score;
	return typeof value === 'number' ? Math.round(value * 100) : undefined;
};

/** The built files of the scripts a report saw fetched (the service worker's own fetches aside). */
function scriptsFetched(report: Report, origin: string, build: string): string[] {
	const items = report.audits['network-requests']?.details?.items ?? [];
	const files = items
		.filter((item) => item.resourceType === 'Script' && item.url.startsWith(origin))
		.map((item) => join(build, new URL(item.url).pathname))
		.filter((file) => file.endsWith('.js') && existsSync(file));
	return [...new Set(files)];
}

export async function lighthouseRuns(options: {
	build: string;
	port: number;
	chrome: string;
	slug: string;
}): Promise<void> {
	const { build, port, chrome, slug } = options;
	const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
	const chosen = process.env.LIGHTHOUSE_PAGES?.split(',').map((name) => name.trim());
	const pages = PAGES.filter(([name]) => !chosen || chosen.includes(name));
	const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as {
		default: Budget;
		pages: Record<string, Budget>;
	};
	const origin = `http://localhost:${port}`;
	const server: Server = await serveStatic(build, '', port, { gzip: true });
	const dir = mkdtempSync(join(tmpdir(), 'lectern-lh-'));
	const table: Record<string, string | number>[] = [];
	try {
		for (const [name, path, html] of pages) {
			const url = origin + path.replace('<slug>', slug);
			const firstLoad = html
				? gzipped(firstLoadFiles(join(build, html.replace('<slug>', slug)), build))
				: undefined;
			const results: Run[] = [];
			for (let i = 1; i <= runs; i++) {
				process.stdout.write(`\rLighthouse: ${name}, run ${i} of ${runs}        `);
				// A run can fail on a loaded machine (Chromium has shown an interstitial for a page
				// that loads): it is said and left out, not the end of the whole bench.
				const result = await (
					name === 'results'
						? resultsFlow(url, chrome, origin, build)
						: navigation(url, chrome, join(dir, `${name}-${i}.json`), origin, build)
				).catch((error: Error) => {
					console.log(`\n${name}, run ${i}: failed (${error.message.split('\n')[0]})`);
					return undefined;
				});
				if (result) results.push({ ...result, jsFirstLoad: firstLoad });
			}
			const done = rows(name, results, { ...budgets.default, ...budgets.pages[name] });
			table.push(...done);
			// Each page as it is done too: a long run stopped half-way keeps what it measured.
			process.stdout.write('\n');
			console.table(done);
		}
	} finally {
		process.stdout.write('\n');
		rmSync(dir, { recursive: true, force: true });
		server.close();
	}
	console.log(
		`\nLighthouse 12 mobile, ${runs} runs a page, served gzipped (bench/budgets.json; “over”: past it)`
	);
	console.table(table);
}

async function navigation(
	url: string,
	chrome: string,
	output: string,
	origin: string,
	build: string
): Promise<Run> {
	await run(
		'npx',
		[
			'lighthouse',
			url,
			`--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
			'--form-factor=mobile',
			'--only-categories=performance,accessibility,best-practices,seo',
			'--output=json',
			`--output-path=${output}`,
			'--quiet'
		],
		{ env: { ...process.env, CHROME_PATH: chrome } }
	);
	const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
	return {
		performance: score(report, 'performance'),
		accessibility: score(report, 'accessibility')!,
		bestPractices: score(report, 'best-practices')!,
		seo: score(report, 'seo')!,
		lcpMs: report.audits['largest-contentful-paint']?.numericValue,
		tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
		cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
		jsByIdle: gzipped(scriptsFetched(report, origin, build))
	};
}

/** Clicks the button named `name` (its text), if there is one; says whether there was. */
const press = (page: Page, name: string) =>
	page.evaluate((name) => {
		const button = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === name
		);
		button?.click();
		return !!button;
	}, name);

/** A short true/false quiz answered, then “See results” in a timespan, then a snapshot. */
async function resultsFlow(url: string, chrome: string, origin: string, build: string) {
	const browser = await puppeteer.launch({
		executablePath: chrome,
		headless: true,
		args: CHROMIUM_ARGS
	});
	try {
		const page = await browser.newPage();
		const flow = await startFlow(page, { flags: { formFactor: 'mobile' } });
		await flow.navigate(url);
		for (let question = 0; question < 10; question++) {
			await page.waitForSelector('.choice');
			await page.$eval('.choice', (choice) => (choice as HTMLElement).click());
			await press(page, 'Check');
			if (await page.evaluate(() => document.body.innerText.includes('See results'))) break;
			await press(page, 'Next');
		}
		await flow.startTimespan({ name: 'See results' });
		await press(page, 'See results');
		await page.waitForSelector('.results, [aria-labelledby="results-heading"], h1');
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await flow.endTimespan();
		await flow.snapshot({ name: 'Results' });
		const { steps } = await flow.createFlowResult();
		const [loaded, timespan, snapshot] = steps.map((step) => step.lhr as unknown as Report);
		const fetched = new Set([
			...scriptsFetched(loaded!, origin, build),
			...scriptsFetched(timespan!, origin, build)
		]);
		return {
			accessibility: score(snapshot, 'accessibility')!,
			bestPractices: score(snapshot, 'best-practices')!,
			seo: score(snapshot, 'seo')!,
			tbtMs: timespan!.audits['total-blocking-time']?.numericValue ?? NaN,
			cls: timespan!.audits['cumulative-layout-shift']?.numericValue ?? NaN,
			jsByIdle: gzipped(fetched)
		};
	} finally {
		await browser.close();
	}
}

/** The median and the worst of each figure, marked where past its budget. */
function rows(name: string, results: Run[], budget: Budget): Record<string, string | number>[] {
	const format = (figure: Figure, value: number | undefined) => {
		if (value === undefined || Number.isNaN(value)) return '';
		const limit = budget[figure];
		const higherIsBetter = SCORES.includes(figure);
		const over =
			limit !== undefined && (higherIsBetter ? value < limit : value > limit + 1e-9) ? ' over' : '';
		const shown =
			figure === 'cls'
				? value.toFixed(3)
				: figure === 'lcpMs'
					? `${(value / 1000).toFixed(2)} s`
					: figure === 'tbtMs'
						? `${Math.round(value)} ms`
						: figure.startsWith('js')
							? `${(value / 1024).toFixed(1)} KB`
							: String(value);
		return shown + over;
	};
	const figures: Figure[] = [
		'performance',
		'accessibility',
		'bestPractices',
		'seo',
		'lcpMs',
		'tbtMs',
		'cls',
		'jsFirstLoad',
		'jsByIdle'
	];
	const pick = (worst: boolean) =>
		Object.fromEntries(
			figures.map((figure) => {
				const values = results
					.map((r) => r[figure])
					.filter((v): v is number => typeof v === 'number');
				if (!values.length) return [figure, ''];
				const higherIsBetter = SCORES.includes(figure);
				const value = worst
					? higherIsBetter
						? Math.min(...values)
						: Math.max(...values)
					: percentile(values, 0.5);
				return [figure, format(figure, value)];
			})
		);
	const perf = results.map((r) => r.performance).filter((v) => v !== undefined);
	return [
		{ page: name, of: 'median', ...pick(false), 'perf runs': perf.join(' ') },
		{ page: '', of: 'worst', ...pick(true) }
	];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const chrome = process.env.CHROME_PATH ?? chromiumPath();
	if (!chrome) throw new Error('No Chromium: set CHROME_PATH');
	// BENCH_BUILD=0: measure the build that is there.
	if (process.env.BENCH_BUILD !== '0') {
		console.log('Building…');
		await run('npx', ['vite', 'build']);
	}
	await lighthouseRuns({
		// As vite.config.ts's adapter: BUILD_DIR builds (and measures) a site elsewhere.
		build: process.env.BUILD_DIR ?? 'build',
		port: Number(process.env.BENCH_PORT ?? 4321),
		chrome,
		slug: moduleSlugs()[0]!
	});
}
