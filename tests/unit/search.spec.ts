import { beforeAll, describe, expect, it } from 'vitest';
import { loadModules } from '../../src/lib/server/content';
import { buildSearchData } from '../../src/lib/search/build';
import { readSearchData, type SearchData } from '../../src/lib/search/data';
import { docPath, type ShownDoc } from '../../src/lib/search/documents';
import { SearchEngine, queryTerms, MAX_QUERY_LENGTH } from '../../src/lib/search/query';
import { QUERY_TABLE, fuzzQueries } from './search-queries';

const M = 'kadhimi-us-troops-2021';
let data: SearchData;
let docs: Record<string, ShownDoc>;
let engine: SearchEngine;

beforeAll(() => {
	// The same round trip as the site: built at build time, serialised, decoded into a lunr index.
	data = JSON.parse(JSON.stringify(buildSearchData(loadModules())));
	const loaded = readSearchData(data);
	docs = loaded.docs;
	engine = new SearchEngine(loaded);
});

function top(query: string): string | undefined {
	const outcome = engine.search(query);
	return outcome.status === 'results' ? outcome.hits[0]?.ref : undefined;
}

describe('real queries find the right thing first', () => {
	it.each(QUERY_TABLE)('%s → %s', (query, expected) => {
		expect(top(query)).toBe(`${M}/${expected}`);
	});

	it('finds the same paragraph for "2,500" and "2500"', () => {
		const refs = (q: string) => {
			const outcome = engine.search(q);
			return outcome.status === 'results'
				? outcome.hits.map((h) => h.ref).filter((r) => r.includes('/p-'))
				: [];
		};
		expect(refs('2,500')).toEqual(refs('2500'));
		expect(refs('2500')).toContain(`${M}/p-7`);
	});

	it('says when results come from similar words', () => {
		const outcome = engine.search('kadimi');
		expect(outcome.status === 'results' && outcome.fuzzy).toBe(true);
		const exact = engine.search('Kadhimi');
		expect(exact.status === 'results' && exact.fuzzy).toBe(false);
	});
});

describe('questions are searchable but never give away answers', () => {
	it('indexes a question by prompt and explanation only', () => {
		const questionDocs = Object.values(docs).filter((d) => d.kind === 'question');
		expect(questionDocs.length).toBeGreaterThanOrEqual(50);
		const bank = loadModules()[0]!.bank!;
		const single = bank.questions.find((q) => q.type === 'single')!;
		const doc = docs[`${M}/question/${single.id}`]!;
		expect(doc.title).toBe(single.promptText);
		// Findable by its explanation, but no snippet of it is shown, and the file does not hold it.
		const explanation = single.explanationText ?? '';
		expect(explanation).not.toBe('');
		expect(JSON.stringify(data)).not.toContain(explanation);
		expect(top(explanation.split(' ').slice(0, 6).join(' '))).toBeDefined();
		expect(doc.text).toBe('');
		const right = single.options.find((o) => o.correct)!.text;
		if (!single.promptText.includes(right))
			expect(JSON.stringify(doc.title + doc.text)).not.toContain(right);
		expect(JSON.stringify(doc)).not.toContain('"correct"');
		// The link opens a practice quiz, not an answer page.
		expect(docPath(doc)).toBe(`/${M}/quiz/play/?ids=${single.id}`);
	});
});

describe('a gap question shows its sentence, gaps empty', () => {
	it('finds "troop presence" in the sentence and shows it without the answers', () => {
		const bank = loadModules()[0]!.bank!;
		const gaps = bank.questions.find((q) => q.id === 'troops-blank');
		if (gaps?.type !== 'fill-blank') throw new Error('the seed bank changed');
		const doc = docs[`${M}/question/${gaps.id}`]!;
		expect(doc.text).toBe(
			'The American troop presence has remained at about _____ since late last year, when former president _____ ordered a reduction from _____.'
		);
		for (const answers of gaps.blanks)
			for (const answer of answers) expect(doc.title + doc.text).not.toContain(answer);
		const outcome = engine.search('troop presence reduction');
		if (outcome.status !== 'results') throw new Error(outcome.status);
		expect(outcome.hits.map((h) => h.ref)).toContain(`${M}/question/${gaps.id}`);
	});
});

describe('highlighted snippets', () => {
	it('marks the matched words in the snippet, stemmed forms included', () => {
		const outcome = engine.search('withdrawal timetable');
		if (outcome.status !== 'results') throw new Error(outcome.status);
		const paragraph = outcome.hits.find((h) => h.ref === `${M}/p-14`)!;
		const marked = paragraph.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase());
		expect(marked).toEqual(expect.arrayContaining(['timetable', 'withdrawal']));
		expect(paragraph.snippet.map((p) => p.text).join('')).toContain('timetable for withdrawal');
	});
});

describe('no query a person types breaks search', () => {
	it('shows nothing for an empty query', () => {
		expect(engine.search('')).toEqual({ status: 'empty' });
		expect(engine.search('   ')).toEqual({ status: 'empty' });
	});

	it.each(['the', 'the and of', 'is it', 'US'])('explains that %j is too common to search', (q) => {
		const outcome = engine.search(q);
		expect(outcome.status).toBe('unsearchable');
		expect(outcome.status === 'unsearchable' && outcome.message).toMatch(/too common/);
	});

	it.each(['***', '~', '-', '^', '+', ':', '"', '()', '[]'])(
		'asks for words when %j has none',
		(q) => {
			const outcome = engine.search(q);
			expect(outcome.status).toBe('unsearchable');
		}
	);

	it.each([
		'title:',
		'foo~x',
		'-foo',
		'+sadr',
		'sadr^10',
		'sa*dr',
		'*dr',
		'text:sadr',
		'"sadr',
		'sadr~2',
		'(sadr)',
		'[2,500]'
	])('treats lunr syntax in %j as plain characters', (q) => {
		expect(() => engine.search(q)).not.toThrow();
		const outcome = engine.search(q);
		// Never "every document" for a negation or an empty clause.
		if (outcome.status === 'results')
			expect(outcome.hits.length).toBeLessThan(Object.keys(docs).length / 2);
	});

	it('finds Sadr even when the query is wrapped in syntax', () => {
		expect(top('+sadr')).toBe(`${M}/term/moqtada-al-sadr`);
		expect(top('(sadr)')).toBe(`${M}/term/moqtada-al-sadr`);
	});

	it('caps the query length', () => {
		const long = 'sadr '.repeat(200);
		expect(queryTerms(long).terms.length).toBeLessThanOrEqual(8);
		expect(() => engine.search(long)).not.toThrow();
		expect(MAX_QUERY_LENGTH).toBeLessThanOrEqual(200);
	});

	it('survives 5,000 random strings of letters, digits, spaces and punctuation', () => {
		let slowest = 0;
		for (const query of fuzzQueries(5000)) {
			const start = performance.now();
			const outcome = engine.search(query);
			slowest = Math.max(slowest, performance.now() - start);
			expect(['empty', 'unsearchable', 'results']).toContain(outcome.status);
		}
		// Catches blow-ups (a leading wildcard, an unbounded fuzzy match), not speed.
		expect(slowest).toBeLessThan(500);
	}, 60_000);
});
