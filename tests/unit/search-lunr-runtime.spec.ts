import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lunr } from '../../src/lib/search/pipeline';
import { buildSearchData } from '../../src/lib/search/build';
import { readSearchData, type SearchData } from '../../src/lib/search/data';
import { SearchEngine } from '../../src/lib/search/query';
import type { SearchOutcome } from '../../src/lib/search/results';
import { loadModules } from '../../src/lib/server/content';
import {
	LEFT_OUT,
	lunrFiles,
	lunrFragment,
	lunrModule,
	runtimeFiles
} from '../../tooling/lunr-runtime';
import { QUERY_TABLE, fuzzQueries } from './search-queries';

/**
 * The search worker's build gets lunr assembled from only the files it runs (lunr-runtime.ts).
 * Everything here compares it with the whole of lunr, which this file's own imports use.
 */
type Lunr = typeof lunr;

const dir = mkdtempSync(join(tmpdir(), 'lectern-lunr-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

/** The module the worker's build gets, loaded as an ES module (strict mode, as bundled). */
async function importLunr(files: readonly string[]): Promise<Lunr> {
	const file = join(dir, `lunr-${count++}.mjs`);
	writeFileSync(file, lunrModule(files));
	return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: Lunr }).default;
}

/** The worker's own modules (pipeline, decoder, queries), with `runtime` as their `lunr`. */
async function inWorker(runtime: Lunr, data: SearchData) {
	vi.resetModules();
	vi.doMock('lunr', () => ({ default: runtime }));
	try {
		const worker = {
			data: await import('../../src/lib/search/data'),
			query: await import('../../src/lib/search/query')
		};
		const loaded = worker.data.readSearchData(data);
		return { index: loaded.index, engine: new worker.query.SearchEngine(loaded) };
	} finally {
		vi.doUnmock('lunr');
	}
}

/** What lunr.utils.warn prints, through the console of the global object. */
function warnings(runtime: Lunr): unknown[][] {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	try {
		const pipeline = runtime.Pipeline as unknown as {
			warnIfFunctionNotRegistered(fn: unknown): void;
		};
		pipeline.warnIfFunctionNotRegistered(function unregistered() {});
		return warn.mock.calls;
	} finally {
		warn.mockRestore();
	}
}

// The site's search file, built (with the whole of lunr) and serialised as the build does.
const data = JSON.parse(JSON.stringify(buildSearchData(loadModules()))) as SearchData;
const full = readSearchData(data);
const lunrEngine = new SearchEngine(full);

const M = 'kadhimi-us-troops-2021';
const top = (outcome: SearchOutcome) =>
	outcome.status === 'results' ? outcome.hits[0]?.ref : undefined;

/** Everything the worker does, with `runtime` against the whole of lunr: how it differs, if it does. */
async function differenceFromLunr(
	runtime: Lunr,
	queries: readonly string[]
): Promise<string | undefined> {
	try {
		if (JSON.stringify(warnings(runtime)) !== JSON.stringify(warnings(lunr)))
			return 'other warnings';
		const { index, engine } = await inWorker(runtime, data);
		if (JSON.stringify(index.toJSON()) !== JSON.stringify(full.index.toJSON()))
			return 'another index';
		for (const query of queries)
			if (JSON.stringify(engine.search(query)) !== JSON.stringify(lunrEngine.search(query)))
				return `other results for ${query}`;
		return undefined;
	} catch (error) {
		return String(error);
	}
}

const tableQueries = QUERY_TABLE.map(([query]) => query);

describe("the search worker's lunr is lunr's own code", () => {
	it('takes the files from lunr’s Makefile: with its wrapper they are the published lunr.js, byte for byte', () => {
		const lunrDir = dirname(createRequire(import.meta.url).resolve('lunr/package.json'));
		const published = readFileSync(join(lunrDir, 'lunr.js'), 'utf8');
		const wrapped = [
			lunrFragment('build/wrapper_start'),
			...lunrFiles().map(lunrFragment),
			lunrFragment('build/wrapper_end')
		].join('');
		expect(wrapped).toBe(published);
	});

	it('keeps every file but the builder’s and the query-string parser’s, each whole, in lunr’s order', () => {
		const source = lunrModule();
		expect(runtimeFiles()).toEqual(lunrFiles().filter((file) => !(file in LEFT_OUT)));
		let at = 0;
		for (const file of runtimeFiles()) {
			const fragment = lunrFragment(file);
			expect(source.indexOf(fragment, at), file).toBeGreaterThanOrEqual(at);
			at = source.indexOf(fragment, at) + fragment.length;
		}
		// lunr's licence header, and every kept file's copyright notice.
		expect(source.startsWith('/**\n * lunr - http://lunrjs.com')).toBe(true);
		expect(source).toContain('@license MIT');
		expect(source).not.toContain('@YEAR');
		expect(source).not.toContain('lunr.Builder = function');
		expect(source).not.toContain('lunr.QueryParser = function');
	});
});

describe("the search worker's lunr behaves exactly as the whole of lunr", () => {
	it('loads the site’s index to the same lunr index', async () => {
		const runtime = await importLunr(runtimeFiles());
		const { index } = await inWorker(runtime, data);
		// The worker's modules really ran on the assembled lunr, not on the package.
		expect(index).toBeInstanceOf(runtime.Index);
		expect(index).not.toBeInstanceOf(lunr.Index);
		expect(index.toJSON()).toEqual(full.index.toJSON());
	});

	it('gives the same outcome (hits, order, scores, snippets, fuzzy) for the query table, every prefix of it, and fuzz strings', async () => {
		const { engine } = await inWorker(await importLunr(runtimeFiles()), data);
		const queries = [
			...tableQueries,
			...QUERY_TABLE.flatMap(([query]) =>
				Array.from({ length: query.length - 1 }, (_, n) => query.slice(0, n + 1))
			),
			...fuzzQueries(500)
		];
		let compared = 0;
		for (const query of queries) {
			const expected = lunrEngine.search(query);
			if (expected.status === 'results' && expected.hits.length) compared++;
			expect(engine.search(query), query).toEqual(expected);
		}
		expect(compared).toBeGreaterThan(100);
		// Exact words, prefixes while typing and the fuzzy fallback are all in there.
		for (const [query, expected] of QUERY_TABLE)
			expect(top(engine.search(query)), query).toBe(`${M}/${expected}`);
		const fuzzy = engine.search('kadimi');
		expect(fuzzy.status === 'results' && fuzzy.fuzzy).toBe(true);
	}, 60_000);

	it('still prints lunr’s warnings (lunr.utils.warn finds the console in module code)', async () => {
		const runtime = await importLunr(runtimeFiles());
		expect(warnings(runtime)).toHaveLength(1);
		expect(warnings(runtime)).toEqual(warnings(lunr));
	});

	it('passes these checks as a whole (the control for the test below)', async () => {
		expect(await differenceFromLunr(await importLunr(runtimeFiles()), tableQueries)).toBe(
			undefined
		);
	});

	it.each(runtimeFiles())(
		'needs %s: without it, the module or the same checks fail',
		async (file) => {
			const without = runtimeFiles().filter((f) => f !== file);
			const difference = await importLunr(without).then(
				(runtime) => differenceFromLunr(runtime, tableQueries),
				(error: unknown) => `does not load: ${String(error)}`
			);
			expect(difference).toBeTruthy();
		}
	);
});
