/**
 * Search bench: lunr serialised by its own `toJSON` (what Lectern shipped before), lunr in Lectern's
 * compact encoding (what it ships) and MiniSearch (a dev dependency used only here), on the same
 * documents, in one run. Both lunr sides are measured as the app uses them: SearchEngine.search runs
 * the exact and prefix clauses, the fuzzy fallback and the snippets, and both ship the same shown
 * documents (the toJSON side as a plain ref-keyed record, as before).
 */
import type { Browser } from '@playwright/test';
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildFromDocuments, buildLunr } from '../src/lib/search/build';
import { readSearchData } from '../src/lib/search/data';
import { docRef, type SearchDoc, type ShownDoc } from '../src/lib/search/documents';
import { lunr } from '../src/lib/search/pipeline';
import { SearchEngine } from '../src/lib/search/query';
import { createRandom, shuffled } from '../src/lib/quiz/random';

const QUERIES = [
	'withdrawal timetable',
	'sadr',
	'2,500',
	'kadimi',
	'coaliton',
	'troops',
	'placate',
	'al kadhimi',
	'election',
	'militia groups'
];

export const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
const time = (task: () => void, runs: number) =>
	Array.from({ length: runs }, () => {
		const start = performance.now();
		task();
		return performance.now() - start;
	});

const MINI_OPTIONS = {
	idField: 'id',
	fields: ['title', 'keywords', 'text', 'unshown'],
	// What the results page needs; the anchor is the tail of the id (the ref), which MiniSearch keeps.
	storeFields: ['kind', 'module', 'title', 'text'],
	searchOptions: { boost: { title: 10, keywords: 8 }, prefix: true, fuzzy: 0.2 }
};

interface Measures {
	build: number;
	raw: number;
	gzip: number;
	load: number;
	median: number;
	p95: number;
	prefixP95: number;
}

/** Build, serialise, load and query one engine the same way as the other. */
function measure(
	build: () => string,
	load: (json: string) => { search(query: string): unknown },
	runs: number
): Measures {
	let json = '';
	const builds = time(() => (json = build()), Math.max(1, Math.floor(runs / 4)));
	let engine!: { search(query: string): unknown };
	const loads = time(() => (engine = load(json)), runs);
	const full = QUERIES.flatMap((q) => time(() => engine.search(q), runs));
	const prefix = QUERIES.flatMap((q) =>
		[2, 3, 4].flatMap((n) => time(() => engine.search(q.slice(0, n)), runs))
	);
	return {
		build: percentile(builds, 0.5),
		raw: json.length,
		gzip: gzipSync(json).length,
		load: percentile(loads, 0.5),
		median: percentile(full, 0.5),
		p95: percentile(full, 0.95),
		prefixP95: percentile(prefix, 0.95)
	};
}

const shown = ({ kind, module, id, title, text }: SearchDoc): ShownDoc => ({
	kind,
	module,
	id,
	title,
	text
});

const measureToJson = (docs: SearchDoc[], runs: number) =>
	measure(
		() =>
			JSON.stringify({
				index: buildLunr(docs).index.toJSON(),
				docs: Object.fromEntries(docs.map((d) => [docRef(d), shown(d)]))
			}),
		(json) => {
			const data = JSON.parse(json);
			return new SearchEngine({ index: lunr.Index.load(data.index), docs: data.docs });
		},
		runs
	);

const measureCompact = (docs: SearchDoc[], runs: number) =>
	measure(
		() => JSON.stringify(buildFromDocuments(docs)),
		(json) => new SearchEngine(readSearchData(JSON.parse(json))),
		runs
	);

function measureMini(docs: SearchDoc[], runs: number): Measures {
	const records = docs.map((d) => ({ ...d, id: docRef(d) }));
	return measure(
		() => {
			const mini = new MiniSearch(MINI_OPTIONS);
			mini.addAll(records);
			return JSON.stringify(mini);
		},
		(json) => MiniSearch.loadJSON(json, MINI_OPTIONS),
		runs
	);
}

/** 200 articles and 10,000 questions made from the real sentences, reshuffled with a fixed seed. */
export function syntheticDocuments(real: readonly SearchDoc[]): SearchDoc[] {
	const random = createRandom('bench-corpus');
	const sentences = real
		.filter((d) => d.kind === 'paragraph')
		.flatMap((d) => d.text.split(/(?<=[.?!”])\s+/));
	const sentence = () => sentences[Math.floor(random() * sentences.length)]!;
	const docs: SearchDoc[] = [];
	for (let a = 0; a < 200; a++) {
		const module = `article-${a}`;
		for (let p = 1; p <= 8; p++) {
			docs.push({
				kind: 'paragraph',
				module,
				id: `p-${p}`,
				title: `Paragraph ${p}`,
				text: shuffled([sentence(), sentence(), sentence()], random).join(' ')
			});
		}
	}
	for (let q = 0; q < 10_000; q++) {
		docs.push({
			kind: 'question',
			module: `article-${q % 200}`,
			id: `q-${q}`,
			title: sentence(),
			text: '',
			unshown: sentence()
		});
	}
	return docs;
}

export function compareSearch(label: string, docs: SearchDoc[], runs: number) {
	const toJson = measureToJson(docs, runs);
	const compact = measureCompact(docs, runs);
	const mini = measureMini(docs, runs);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
	const row = (measure: string, key: keyof Measures, format: (v: number) => string) => ({
		corpus: label,
		measure,
		'lunr (toJSON)': format(toJson[key]),
		'lunr (compact)': format(compact[key]),
		MiniSearch: format(mini[key]),
		'compact / toJSON': (compact[key] / toJson[key]).toFixed(2),
		'compact / MiniSearch': (compact[key] / mini[key]).toFixed(2)
	});
	return [
		row('build', 'build', ms),
		row('serialised, raw', 'raw', kb),
		row('serialised, gzipped', 'gzip', kb),
		row('load', 'load', ms),
		row('query median', 'median', ms),
		row('query p95', 'p95', ms),
		row('prefix query p95', 'prefixP95', ms)
	];
}

/**
 * A page in a real browser until `ready` shows and the network is idle, with `files` served as
 * the search files when given (their size gzipped is reported): the longest main-thread task (a task over 50 ms is one the reader
 * can feel; the index is read in a worker, so this is the page's own work) and the time until then.
 * Service workers are blocked so their precaching does not share the timings.
 */
export async function browserPageLoad(
	browser: Browser,
	label: string,
	url: string,
	{ files, ready = '.results a' }: { files?: Record<string, string>; ready?: string } = {}
) {
	const longest: number[] = [];
	const shown: number[] = [];
	for (let run = 0; run < 3; run++) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		// Search files served instead of the site's: `files` by path under the site's root.
		if (files)
			await page.route('**/*.json', (route) => {
				const body = files[new URL(route.request().url()).pathname.slice(1)];
				return body === undefined
					? route.continue()
					: route.fulfill({ body, contentType: 'application/json' });
			});
		await page.addInitScript(() => {
			const tasks: number[] = [];
			(window as unknown as { longTasks: number[] }).longTasks = tasks;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(url);
		await page.locator(ready).first().waitFor({ timeout: 60_000 });
		const [tasks, now] = await page.evaluate(() => [
			(window as unknown as { longTasks: number[] }).longTasks,
			performance.now()
		]);
		await page.waitForLoadState('networkidle');
		if (ready === '.results a') {
			// The figures are worthless if the page read another index than the one meant.
			const link = await page.locator(ready).first().getAttribute('href');
			if (!!files !== link!.includes('/article-'))
				throw new Error(`${label}: the page did not search the index it was given (${link}).`);
		}
		longest.push(Math.max(0, ...(tasks as number[])));
		shown.push(now as number);
		await context.close();
	}
	const longestTask = percentile(longest, 0.5);
	return {
		page: label,
		'index file gzipped': files
			? `${(Object.values(files).reduce((total, body) => total + gzipSync(body).length, 0) / 1024).toFixed(1)} KB`
			: '',
		'longest main-thread task': longestTask ? `${longestTask.toFixed(0)} ms` : 'none over 50 ms',
		'shown after': `${percentile(shown, 0.5).toFixed(0)} ms`
	};
}
