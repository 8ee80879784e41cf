import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type WordRecord } from '../../src/lib/progress/records';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import { afterRating, roundOf, wordStatus } from '../../src/lib/progress/words';
import { whenDue } from '../../src/lib/progress/review';

const M = 'kadhimi-us-troops-2021';
const minute = 60 * 1000;
const day = 24 * 60 * minute;
const start = Date.UTC(2026, 0, 5, 9);
const terms = ['al-kadhimi', 'isis', 'pmf', 'us-led-coalition', 'najaf'];
const rating = (term: string, knew: boolean, at: number): WordRecord => ({
	v: SCHEMA_VERSION,
	module: M,
	term,
	knew,
	at
});

describe('the word review schedule (FSRS, replayed from the ratings)', () => {
	it('offers new words in glossary order when nothing was rated', () => {
		const status = wordStatus(terms, [], new Date(start));
		expect(status).toMatchObject({ studied: 0, due: [], fresh: terms });
		expect(status.nextDue).toBeUndefined();
	});

	it('brings a word not known yet back tomorrow, and a known one days later (the round itself repeats it today)', () => {
		const ratings = [rating('isis', false, start), rating('pmf', true, start)];
		const today = wordStatus(terms, ratings, new Date(start + 5 * minute));
		expect(today.due).toEqual([]);
		expect(today.studied).toBe(2);
		expect(today.fresh).toEqual(['al-kadhimi', 'us-led-coalition', 'najaf']);
		expect(wordStatus(terms, ratings, new Date(start + day)).due).toEqual(['isis']);
		expect(wordStatus(terms, ratings, new Date(start + 3 * day)).due).toEqual(['isis', 'pmf']);
	});

	it('spaces a word further each time it is known', () => {
		const dueAfter = (ratings: WordRecord[]) => {
			const status = wordStatus(terms, ratings, new Date(ratings.at(-1)!.at));
			return status.nextDue! - ratings.at(-1)!.at;
		};
		const once = [rating('isis', true, start)];
		const twice = [...once, rating('isis', true, start + day)];
		const thrice = [...twice, rating('isis', true, start + 10 * day)];
		expect(dueAfter(twice)).toBeGreaterThan(dueAfter(once));
		expect(dueAfter(thrice)).toBeGreaterThan(dueAfter(twice));
	});

	it('puts the most overdue first', () => {
		const ratings = [rating('najaf', true, start + 2 * minute), rating('pmf', true, start)];
		expect(wordStatus(terms, ratings, new Date(start + 4 * day)).due).toEqual(['pmf', 'najaf']);
	});

	it('forgets ratings of a term the glossary no longer has', () => {
		const status = wordStatus(terms, [rating('removed-term', true, start)], new Date(start + day));
		expect(status).toMatchObject({ studied: 0, due: [] });
	});

	it('says when the next word falls due when none is due now', () => {
		const status = wordStatus(['isis'], [rating('isis', true, start)], new Date(start + minute));
		expect(status.due).toEqual([]);
		expect(whenDue(status.nextDue!, start + minute)).toBe('in 3 days');
	});
});

describe('a round of cards', () => {
	it('takes the due words first, then new ones, at most ten', () => {
		const many = Array.from({ length: 30 }, (_, i) => `t${i}`);
		const status = wordStatus(many, [rating('t25', false, start)], new Date(start + day));
		const round = roundOf(status);
		expect(round).toHaveLength(10);
		expect(round).toContain('t25');
		// Mixed, not in glossary order, and the same for the same progress.
		expect(round.filter((t) => t !== 't25')).not.toEqual([
			't0',
			't1',
			't2',
			't3',
			't4',
			't5',
			't6',
			't7',
			't8'
		]);
		expect(roundOf(status)).toEqual(round);
		expect(roundOf({ ...status, due: [] })).not.toContain('t25');
	});

	it('moves a word not known yet to the end, and drops a known one', () => {
		expect(afterRating(['a', 'b', 'c'], false)).toEqual(['b', 'c', 'a']);
		expect(afterRating(['a', 'b', 'c'], true)).toEqual(['b', 'c']);
		expect(afterRating(['a'], false)).toEqual(['a']);
		expect(afterRating([], true)).toEqual([]);
	});
});

describe('ratings in the store', () => {
	it('keeps every rating, each under a key of its own, so two tabs never overwrite each other', async () => {
		const kv = memoryStore();
		const tabA = new ProgressStore(kv, true);
		const tabB = new ProgressStore(kv, true);
		await Promise.all([
			tabA.saveWord({ module: M, term: 'isis', knew: true, at: start }),
			tabB.saveWord({ module: M, term: 'isis', knew: false, at: start + 1 }),
			tabB.saveWord({ module: 'other-module', term: 'isis', knew: true, at: start })
		]);
		expect((await tabA.words(M)).map((w) => w.knew).sort()).toEqual([false, true]);
		expect((await kv.keys()).filter((k) => k.startsWith('word:'))).toHaveLength(3);
	});

	it('sets aside a damaged rating and counts the rest', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveWord({ module: M, term: 'isis', knew: true, at: start });
		await kv.set(`word:${M}:broken`, { v: SCHEMA_VERSION, module: M, term: 'pmf', knew: 'yes' });
		expect(wordStatus(terms, await store.words(M), new Date(start)).studied).toBe(1);
		expect(store.damaged).toBe(1);
		expect(await kv.get(`damaged:word:${M}:broken`)).toMatchObject({ knew: 'yes' });
	});
});
