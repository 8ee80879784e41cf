/**
 * npm run bench: measures what the budgets in the issues talk about and prints tables.
 * Not a test: numbers move on a shared machine, so read them as medians and ratios.
 *   - first-load JavaScript per page (gzipped), from the built site
 *   - the search file: size, load and query times; lunr toJSON, compact and MiniSearch side by side
 *   - in Chromium: the longest main-thread task while the search page loads its index
 *   - validation and quiz generation on a synthetic bank of 10,000 questions
 *   - the progress store in Chromium: saving an answer, the progress page with 10,000 answers
 *     (scripts/bench-progress.ts; set BENCH_PROGRESS=0 to skip)
 *   - class results in Chromium: 500 hand-in files added at once, the time until the table shows
 *     them and the longest main-thread task (scripts/bench-class.ts; BENCH_CLASS=0 to skip)
 *   - Lighthouse (mobile) on every student page, 5 runs each, served gzipped, against
 *     bench/budgets.json (scripts/bench-lighthouse.ts: LIGHTHOUSE_RUNS, LIGHTHOUSE_PAGES), and
 *     Chromium's own installability check (set BENCH_LIGHTHOUSE=0 to skip both)
 * Chromium (CHROME_PATH or /usr/bin/chromium) runs against `vite preview` on BENCH_PORT.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { readModule, moduleSlugs } from '../src/lib/server/content';
import { parseBank } from '../src/lib/bank/parse';
import { generate } from '../src/lib/quiz/generate';
import type { Paragraph } from '../src/lib/content/types';
import { chromium } from '@playwright/test';
import { SearchEngine } from '../src/lib/search/query';
import { buildFromDocuments } from '../src/lib/search/build';
import { readSearchData, type SearchData } from '../src/lib/search/data';
import { searchDocuments } from '../src/lib/search/documents';
import { SEARCH_FILE, SHARD_FILE, WEIGHTS_FILE } from '../src/lib/search/file';
import { buildSearchData } from '../src/lib/search/build';
import { buildShards } from '../src/lib/search/shard-build';
import { browserPageLoad, compareSearch, percentile, syntheticDocuments } from './bench-search';
import { benchProgress, startPreview } from './bench-progress';
import { benchClass } from './bench-class';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { installabilityErrors } from '../tests/e2e/install';
import { FIRST_LOAD_BUDGETS, firstLoadFiles, firstLoadJs, gzipped } from './page-weight';
import { lighthouseRuns } from './bench-lighthouse';

const median = (values: number[]) => percentile(values, 0.5);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('Building…');
execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });

const slug = moduleSlugs()[0]!;
const pages = FIRST_LOAD_BUDGETS.map(
	([name, path, budget]) =>
		[name, join('build', path.replace('<slug>', slug)), budget && budget / 1024] as const
);
console.log('\nFirst-load JavaScript (gzipped)');
console.table(
	pages.map(([name, path, budget]) => {
		const size = firstLoadJs(path);
		return {
			page: name,
			js: kb(size),
			budget: budget ? `${budget.toFixed(1)} KB` : '',
			ok: budget ? (size <= budget * 1024 ? 'yes' : 'NO') : ''
		};
	})
);
// The search page's own JavaScript: what the home page does not load. lunr (only the part that
// loads and queries an index: tooling/lunr-runtime.ts), the decoder and the queries live in
// the search worker, fetched when search is first used. The 12 KB budget counts both.
const layoutFiles = firstLoadFiles('build/index.html');
const searchOwn = gzipped(
	[...firstLoadFiles('build/search/index.html')].filter((file) => !layoutFiles.has(file))
);
const workers = 'build/_app/immutable/workers';
// The search worker only (worker.ts): the backup and progress workers are not search's.
const searchWorker = gzipped(
	readdirSync(workers)
		.filter((name) => name.startsWith('worker-'))
		.map((name) => join(workers, name))
);
const searchTotal = searchOwn + searchWorker;
console.log(
	`Search page JavaScript beyond the shared layout: ${kb(searchOwn)} + search worker ${kb(searchWorker)} = ${kb(searchTotal)} (budget 12 KB: ${searchTotal <= 12 * 1024 ? 'ok' : 'OVER'})`
);

// Search: the site's whole index in one file, as the browser loads the shards of a small
// library together (src/lib/search/shard.ts ranks them exactly so). The first load runs lunr's
// and the decoder's code cold, as a page does once; the median is the steady figure.
const indexJson = Buffer.from(
	JSON.stringify(buildSearchData(moduleSlugs().map((s) => readModule(s).module!)))
);
const loadTimes: number[] = [];
let engine!: SearchEngine;
for (let run = 0; run < 21; run++) {
	const start = performance.now();
	engine = new SearchEngine(readSearchData(JSON.parse(indexJson.toString('utf8'))));
	loadTimes.push(performance.now() - start);
}
const shipped = JSON.parse(indexJson.toString('utf8')) as SearchData;
const part = (value: unknown) => kb(gzipSync(JSON.stringify(value)).length);
const queries = [
	'withdrawal timetable',
	'sadr',
	'2,500',
	'kadimi',
	'coaliton',
	'troops',
	'placate',
	'with',
	'al kadhimi',
	'polarizing'
];
const queryTimes: number[] = [];
for (let run = 0; run < 50; run++) {
	for (const query of queries) {
		// Each prefix, as while typing.
		for (let end = 1; end <= query.length; end++) {
			const start = performance.now();
			engine.search(query.slice(0, end));
			queryTimes.push(performance.now() - start);
		}
	}
}
console.log(
	`\nSearch (the site's index as one file; build/${SEARCH_FILE} and each module's ${SHARD_FILE} ship it in parts; budget 20 KB gzipped, load < 10 ms)`
);
console.table([
	{ measure: 'file size', value: kb(indexJson.length), gzipped: kb(gzipSync(indexJson).length) },
	{
		measure: 'of which the index / the shown store (each gzipped alone)',
		value: '',
		gzipped: `${part(shipped.index)} / ${part(shipped.store)}`
	},
	{
		measure: 'load (JSON.parse + decode + lunr.Index.load), median of 20',
		value: `${median(loadTimes.slice(1)).toFixed(1)} ms`,
		gzipped: ''
	},
	{ measure: 'load, first (cold)', value: `${loadTimes[0]!.toFixed(1)} ms`, gzipped: '' },
	{
		measure: `query while typing, p50 of ${queryTimes.length}`,
		value: `${percentile(queryTimes, 0.5).toFixed(2)} ms`,
		gzipped: ''
	},
	{
		measure: 'query while typing, p95',
		value: `${percentile(queryTimes, 0.95).toFixed(2)} ms`,
		gzipped: ''
	}
]);

// The shipped store lacks what is only for finding (question explanations): rebuild from the modules.
const modulesDocs = searchDocuments(moduleSlugs().map((s) => readModule(s).module!));
const synthetic = syntheticDocuments(modulesDocs);
console.log(
	'\nSearch: lunr (toJSON), lunr (compact) and MiniSearch on the same documents (the real modules; 200 articles + 10,000 questions)'
);
console.table([
	...compareSearch('real', modulesDocs, 20),
	...compareSearch('synthetic', synthetic, 3)
]);

// A synthetic bank of 10,000 questions built from the real article's sentences.
const module = readModule(slug).module!;
const paragraphs = module.article.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const lines = [
	'module: ' + slug,
	'quizzes:',
	'  - id: all',
	'    title: All',
	'    count: 20',
	'questions:'
];
for (let i = 0; i < 10_000; i++) {
	const p = paragraphs[i % paragraphs.length]!;
	const quote = p.text
		.split(/[.,“”]/)
		.find((s) => s.trim().split(' ').length > 6)!
		.trim();
	const type = ['single', 'true-false', 'short-answer', 'order'][i % 4];
	lines.push(`  - id: q-${i}`, `    type: ${type}`, `    prompt: Synthetic question ${i}?`);
	if (type === 'single')
		lines.push(
			'    options:',
			'      - text: Right',
			'        correct: true',
			'      - text: Wrong'
		);
	if (type === 'true-false') lines.push('    answer: true');
	if (type === 'short-answer') lines.push('    answers: ["2,500", "2500"]');
	if (type === 'order') lines.push('    items: [first, second, third]');
	lines.push(
		`    explanation: Because.`,
		`    evidence: ["${quote.replace(/"/g, '\\"')}"]`,
		`    difficulty: ${['easy', 'medium', 'hard'][i % 3]}`,
		`    skills: [recall]`
	);
}
const source = lines.join('\n');
const validationTimes: number[] = [];
let bank;
for (let run = 0; run < 5; run++) {
	const start = performance.now();
	bank = parseBank(source, 'synthetic.yaml', { slug, paragraphs }).bank;
	validationTimes.push(performance.now() - start);
}
if (!bank) throw new Error('synthetic bank did not validate');
const generateTimes: number[] = [];
for (let run = 0; run < 200; run++) {
	const start = performance.now();
	generate(bank, { count: 20 }, `seed-${run}`);
	generateTimes.push(performance.now() - start);
}
console.log('\nQuestion bank of 10,000 questions (median of runs)');
console.table([
	{
		task: 'validate whole file',
		median: `${median(validationTimes).toFixed(0)} ms`,
		budget: '2000 ms',
		runs: 5
	},
	{
		task: 'generate 20-question quiz',
		median: `${median(generateTimes).toFixed(2)} ms`,
		budget: '5 ms',
		runs: 200
	}
]);

// CHROME_PATH is the variable Lighthouse's launcher reads.
const chrome = process.env.CHROME_PATH ?? chromiumPath();
const lighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
const progress = process.env.BENCH_PROGRESS !== '0';
const classResults = process.env.BENCH_CLASS !== '0';
if (chrome) {
	const port = Number(process.env.BENCH_PORT ?? 4321);
	const server = await startPreview(port);
	try {
		const browser = await chromium.launch({
			executablePath: chrome,
			args: ['--headless', ...CHROMIUM_ARGS]
		});
		try {
			// The synthetic corpus as a library: its file (each article found by its first
			// paragraph) and a shard per article.
			const { stats, shards } = buildShards(synthetic);
			const firstParagraphs = synthetic.filter((d) => d.kind === 'paragraph' && d.id === 'p-1');
			const syntheticFiles: Record<string, string> = {
				[SEARCH_FILE]: JSON.stringify({
					modules: buildFromDocuments(
						firstParagraphs.map((d) => ({ ...d, kind: 'term', id: 'module', title: d.module }))
					),
					stats
				}),
				...Object.fromEntries(
					[...shards].flatMap(([slug, { df, ...postings }]) => [
						[`${slug}/${SHARD_FILE}`, JSON.stringify(postings)],
						[
							`${slug}/${WEIGHTS_FILE}`,
							JSON.stringify({ count: stats.count, totals: stats.totals, df })
						]
					])
				)
			};
			const page = `http://localhost:${port}/search/?q=troops`;
			console.log(
				'\nIn Chromium: /search/?q=troops until the first results show, beside the home page (median of 3 loads)'
			);
			console.table([
				await browserPageLoad(
					browser,
					'home (no search), for comparison',
					`http://localhost:${port}/`,
					{
						ready: 'main h1'
					}
				),
				await browserPageLoad(browser, 'search, real modules', page),
				await browserPageLoad(browser, 'search, synthetic corpus (200 articles, in shards)', page, {
					files: syntheticFiles
				})
			]);
		} finally {
			await browser.close();
		}
		if (progress) {
			const ids = module.bank!.questions.map((q) => q.id);
			console.log(
				'\nProgress store in Chromium (10,000 answers: 500 quizzes of 20, one batch each)'
			);
			console.table(await benchProgress(port, chrome, slug, ids));
		}
		if (classResults) {
			console.log('\nClass results in Chromium (/teacher/results/, hand-in files chosen at once)');
			console.table(await benchClass(port, chrome, module.bank!));
		}
		if (lighthouse) await installable(port);
	} finally {
		server.kill();
	}
	// Served by a static server of its own, gzipped as a host does (vite preview is not a host).
	if (lighthouse)
		await lighthouseRuns({
			build: 'build',
			port: Number(process.env.BENCH_PORT ?? 4321) + 1,
			chrome,
			slug
		});
}

/** Lighthouse 12 has no installable audit: Chromium's own check, as tests/e2e/install.spec.ts. */
async function installable(port: number) {
	const { errors } = await installabilityErrors(`http://localhost:${port}/`);
	console.log(
		`Installable (Chromium's own check): ${errors.length ? `NO: ${errors.join(', ')}` : 'yes'}`
	);
}
