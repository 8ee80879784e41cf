import { describe, expect, it } from 'vitest';
import { loadModules } from '../../src/lib/server/content';
import { buildFromDocuments } from '../../src/lib/search/build';
import { readSearchData } from '../../src/lib/search/data';
import { searchDocuments } from '../../src/lib/search/documents';
import { SearchEngine } from '../../src/lib/search/query';
import { loadShards, type SearchShard } from '../../src/lib/search/shard';
import { buildShards } from '../../src/lib/search/shard-build';
import { generateModule } from '../../scripts/library/generate';
import { readModule } from '../../src/lib/server/content';
import { QUERY_TABLE, fuzzQueries } from './search-queries';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The shipped module and a few synthetic ones, as documents. */
function libraryDocs() {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-shards-'));
	const slugs: string[] = [];
	for (let n = 1; n <= 4; n++) {
		const { slug, files } = generateModule(n, 5);
		slugs.push(slug);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
	}
	const shipped = loadModules();
	process.env.LECTERN_CONTENT_DIR = join(dir, 'content');
	process.env.LECTERN_QUESTIONS_DIR = join(dir, 'questions');
	try {
		return searchDocuments([...shipped, ...slugs.map((slug) => readModule(slug).module!)]);
	} finally {
		delete process.env.LECTERN_CONTENT_DIR;
		delete process.env.LECTERN_QUESTIONS_DIR;
	}
}

const docs = libraryDocs();
const whole = new SearchEngine(
	readSearchData(JSON.parse(JSON.stringify(buildFromDocuments(docs))))
);
const { stats, shards } = JSON.parse(
	JSON.stringify((({ stats, shards }) => ({ stats, shards: [...shards] }))(buildShards(docs)))
) as { stats: Parameters<typeof loadShards>[0]; shards: [string, SearchShard][] };
const modules = shards.map(([slug]) => slug);
const engineOf = (chosen: string[]) =>
	new SearchEngine(
		loadShards(
			stats,
			shards.filter(([slug]) => chosen.includes(slug)).map(([, shard]) => shard)
		)
	);
const ranked = (engine: SearchEngine, query: string) => {
	const outcome = engine.search(query);
	return outcome.status === 'results'
		? outcome.hits.map((h) => [h.ref, Math.round(h.score * 1e6)])
		: outcome.status;
};

const queries = [
	...QUERY_TABLE.map(([query]) => query),
	...fuzzQueries(40),
	'harbour',
	'elect',
	'valley river',
	'teacher',
	'wild'
];

describe('search in shards ranks as one index over the same documents', () => {
	it('with every shard loaded: the same refs in the same order, with the same scores', () => {
		const all = engineOf(modules);
		for (const query of queries) expect(ranked(all, query), query).toEqual(ranked(whole, query));
	});

	it('with some shards loaded: the one index’s ranking of their documents', () => {
		const some = modules.filter((_, i) => i % 2 === 0);
		const part = engineOf(some);
		for (const query of queries) {
			const expected = ranked(whole, query);
			const got = ranked(part, query);
			if (typeof expected === 'string') {
				expect(got, query).toBe(expected);
				continue;
			}
			const inPart = (ref: string) => some.includes(ref.split('/')[0]!);
			// Scores differ by one factor (lunr divides by the query's length over the index's
			// words), so the order is compared; a fuzzy fallback may differ when the loaded
			// modules alone have no exact match.
			if (typeof got === 'string' || got.length === 0) continue;
			const order = (hits: (string | number)[][]) => hits.map(([ref]) => ref as string);
			const expectedOrder = order(expected).filter(inPart);
			if (expectedOrder.length)
				expect(order(got).slice(0, expectedOrder.length), query).toEqual(
					expectedOrder.slice(0, got.length)
				);
		}
	});

	it('holds every module, and never what only finds a document', () => {
		expect(modules).toHaveLength(5);
		const text = JSON.stringify(shards);
		const question = docs.find((d) => d.kind === 'question' && d.unshown)!;
		expect(text).not.toContain(question.unshown);
	});
});
