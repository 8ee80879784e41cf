import { describe, expect, it } from 'vitest';
import { lunr } from '../../src/lib/search/pipeline';
import { buildFromDocuments, buildLunr } from '../../src/lib/search/build';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSearchData } from '../../src/lib/search/data';
import { SEARCH_FILE } from '../../src/lib/search/file';
import { docRef, searchDocuments, type SearchDoc } from '../../src/lib/search/documents';
import { SearchEngine } from '../../src/lib/search/query';
import type { SearchOutcome } from '../../src/lib/search/results';
import { loadModules } from '../../src/lib/server/content';
import { ROOT } from './helpers';
import { QUERY_TABLE, fuzzQueries } from './search-queries';

/** As the browser gets it: built, written as JSON, read back and decoded. */
const shipped = (docs: SearchDoc[]) =>
	readSearchData(JSON.parse(JSON.stringify(buildFromDocuments(docs))));

/** The same documents as lunr itself serialises and loads them (what Lectern shipped before). */
const lunrLoaded = (docs: SearchDoc[]) =>
	lunr.Index.load(JSON.parse(JSON.stringify(buildLunr(docs).index.toJSON())));

/** Same documents, same order, same scores (to rounding), same matched terms. */
function expectSameResults(actual: lunr.Index.Result[], expected: lunr.Index.Result[]) {
	expect(actual.map((r) => r.ref)).toEqual(expected.map((r) => r.ref));
	actual.forEach((r, i) => expect(Math.abs(r.score - expected[i]!.score)).toBeLessThan(1e-12));
	expect(actual.map((r) => Object.keys(r.matchData.metadata))).toEqual(
		expected.map((r) => Object.keys(r.matchData.metadata))
	);
}

const hits = (outcome: SearchOutcome) =>
	outcome.status === 'results' ? outcome.hits.map((h) => [h.ref, h.score, h.snippet]) : outcome;

// lunr query syntax: prefixes, edit distances, fields, presence and boosts.
const LUNR_QUERIES = [
	'withdr*',
	'tro*',
	'k*',
	'kadimi~1',
	'coaliton~2',
	'title:sadr',
	'text:troops unshown:troops',
	'+iraq -troops',
	'sadr^5 iraq',
	'2500'
];

describe('the compact index is the index lunr built, on the real modules', () => {
	const docs = searchDocuments(loadModules());
	const original = lunrLoaded(docs);
	const { index, docs: shown } = shipped(docs);

	it('has the same terms, postings and field vectors as lunr.Index.load(index.toJSON())', () => {
		expect(index.toJSON()).toEqual(original.toJSON());
	});

	it.each(LUNR_QUERIES)('gives the same results for the lunr query %j', (query) => {
		const expected = original.search(query);
		expect(expected.length).toBeGreaterThan(0);
		expectSameResults(index.search(query), expected);
	});

	it('gives the same results for the query table, every prefix of it, and fuzz strings', () => {
		const before = new SearchEngine({ index: original, docs: shown });
		const after = new SearchEngine({ index, docs: shown });
		const queries = [
			...QUERY_TABLE.map(([query]) => query),
			...QUERY_TABLE.flatMap(([query]) =>
				Array.from({ length: query.length - 1 }, (_, n) => query.slice(0, n + 1))
			),
			...fuzzQueries(500)
		];
		let compared = 0;
		for (const query of queries) {
			const expected = before.search(query);
			if (expected.status === 'results' && expected.hits.length) compared++;
			expect(hits(after.search(query)), query).toEqual(hits(expected));
		}
		expect(compared).toBeGreaterThan(100);
	}, 60_000);
});

const doc = (
	kind: SearchDoc['kind'],
	id: string,
	title: string,
	text: string,
	more: Partial<SearchDoc> = {}
): SearchDoc => ({ kind, module: 'harbour-2024', id, title, text, ...more });

const many = Array.from({ length: 1500 }, (_, i) =>
	doc(
		i % 3 ? 'question' : 'paragraph',
		`d-${i}`,
		`Paragraph ${i}`,
		// Long gaps between documents, and words repeated up to 40 times in one field.
		`${i % 700 === 0 ? 'rare ' : ''}${'tide '.repeat(1 + (i % 40))}word${i % 97} common`,
		i % 3 ? { title: `Question ${i}`, text: '', unshown: `explains word${i % 13}` } : {}
	)
);

describe('the compact index round-trips hand-made documents exactly', () => {
	const cases: [string, SearchDoc[], string[]][] = [
		[
			'a single document',
			[doc('term', 'alone', 'Alone', 'A lone entry in a small glossary.')],
			['alone', 'glossary', 'lon*']
		],
		[
			'empty fields and an empty document',
			[
				doc('paragraph', 'p-1', 'Paragraph 1', ''),
				doc('term', 'blank', '', '', { keywords: '' }),
				doc('question', 'q-1', 'Which port?', '', { unshown: '' }),
				doc('paragraph', 'p-2', 'Paragraph 2', 'The port is open.')
			],
			['port', 'which', 'open']
		],
		[
			'a term in every field, several times',
			[
				doc('term', 'harbour', 'Harbour', 'A harbour is a sheltered harbour.', {
					keywords: 'harbour harbours',
					unshown: 'harbour'
				}),
				doc('paragraph', 'p-1', 'Paragraph 1', 'Boats leave the harbour at dawn.'),
				doc('question', 'q-1', 'Where do the boats go?', '', { unshown: 'To the harbour.' })
			],
			['harbour', 'harb*', 'harbor~1', 'title:harbour']
		],
		[
			'unicode terms',
			[
				doc('term', 'cafe', 'Café', 'Naïve Ærø straße ﬁnance İstanbul'),
				doc('paragraph', 'p-1', 'Paragraph 1', 'Москва и 東京 🙂 a¨b “quoted” 2,500'),
				doc('term', 'zurich', 'Zürich', 'Größte Stadt; Zurich without the dots.')
			],
			['cafe', 'москва', '東京', 'zurich', 'straße', 'finance', '2500', 'istanbul']
		],
		[
			'two modules, boosted questions between paragraphs, long gaps and high counts',
			[...many, { ...doc('paragraph', 'p-1', 'Paragraph 1', 'tide rare'), module: 'second-1863' }],
			['tide', 'rare', 'word5', 'common', 'explains', 'tid*', 'word1*']
		]
	];

	it.each(cases)('%s', (_, docs, queries) => {
		const original = lunrLoaded(docs);
		const { index, docs: shown } = shipped(docs);
		expect(index.toJSON()).toEqual(original.toJSON());
		for (const query of queries) expectSameResults(index.search(query), original.search(query));
		// Every document comes back as the results page shows it, found at its own address.
		expect(Object.keys(shown)).toEqual(docs.map(docRef));
		for (const d of docs)
			expect(shown[docRef(d)]).toEqual({
				kind: d.kind,
				module: d.module,
				id: d.id,
				title: d.title,
				text: d.text
			});
	});

	it('ships the words of what only finds a document, never its text', () => {
		const file = JSON.stringify(
			buildFromDocuments([
				doc('question', 'q-1', 'Which port?', '', { unshown: 'Ships shelter in the anchorage.' }),
				doc('term', 'harbour', 'Harbour', 'A port.', { keywords: 'safe haven' })
			])
		);
		expect(file).not.toContain('shelter in the');
		expect(file).not.toContain('safe haven');
	});

	it('is written by the route of the name the pages ask for', () => {
		expect(existsSync(join(ROOT, 'src/routes', SEARCH_FILE, '+server.ts'))).toBe(true);
	});

	it('handles a site with no documents', () => {
		const { index, docs } = shipped([]);
		expect(index.search('anything')).toEqual([]);
		expect(docs).toEqual({});
	});
});
