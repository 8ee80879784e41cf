/**
 * Search bench: lunr (what Lectern ships) beside MiniSearch (a dev dependency used only here),
 * on the same documents, in one run. Lectern's lunr side is measured as the app uses it:
 * SearchEngine.search runs the exact and prefix clauses, the fuzzy fallback and the snippets.
 */
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildFromDocuments } from '../src/lib/search/build';
import type { SearchDoc } from '../src/lib/search/documents';
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
	storeFields: ['kind', 'module', 'moduleTitle', 'title', 'text', 'path'],
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

const measureLunr = (docs: Record<string, SearchDoc>, runs: number) =>
	measure(
		() => JSON.stringify(buildFromDocuments(docs)),
		(json) => new SearchEngine(JSON.parse(json)),
		runs
	);

function measureMini(docs: Record<string, SearchDoc>, runs: number): Measures {
	const records = Object.entries(docs).map(([id, doc]) => ({ id, ...doc }));
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
export function syntheticDocuments(real: Record<string, SearchDoc>): Record<string, SearchDoc> {
	const random = createRandom('bench-corpus');
	const sentences = Object.values(real)
		.filter((d) => d.kind === 'paragraph')
		.flatMap((d) => d.text.split(/(?<=[.?!”])\s+/));
	const sentence = () => sentences[Math.floor(random() * sentences.length)]!;
	const docs: Record<string, SearchDoc> = {};
	for (let a = 0; a < 200; a++) {
		const module = `article-${a}`;
		for (let p = 1; p <= 8; p++) {
			docs[`${module}/p-${p}`] = {
				kind: 'paragraph',
				module,
				moduleTitle: module,
				title: `Paragraph ${p}`,
				text: shuffled([sentence(), sentence(), sentence()], random).join(' '),
				path: `/${module}/#p-${p}`
			};
		}
	}
	for (let q = 0; q < 10_000; q++) {
		const module = `article-${q % 200}`;
		docs[`${module}/question/q-${q}`] = {
			kind: 'question',
			module,
			moduleTitle: module,
			title: sentence(),
			text: '',
			unshown: sentence(),
			path: `/${module}/quiz/play/?ids=q-${q}`
		};
	}
	return docs;
}

export function compareSearch(label: string, docs: Record<string, SearchDoc>, runs: number) {
	const lunr = measureLunr(docs, runs);
	const mini = measureMini(docs, runs);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
	const row = (measure: string, key: keyof Measures, format: (v: number) => string) => ({
		corpus: label,
		measure,
		lunr: format(lunr[key]),
		MiniSearch: format(mini[key]),
		'lunr / MiniSearch': (lunr[key] / mini[key]).toFixed(2)
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
