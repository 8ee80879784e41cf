import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import {
	DEFAULT_PACING,
	SCHEMA_VERSION,
	checkSettings,
	type Answer,
	type WordRecord
} from '../../src/lib/progress/records';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import { wordStatus } from '../../src/lib/progress/words';
import { summarise } from '../../src/lib/progress/summary';
import { DEFAULT_RETENTION, reviewCards, type Review } from '../../src/lib/progress/review';
import {
	LEECH_MISSES,
	doneToday,
	forecast,
	leeches,
	withinLimits
} from '../../src/lib/progress/review-pace';

const minute = 60 * 1000;
const day = 24 * 60 * minute;
// Local noon, so "today" is the same day in any time zone the tests run in.
const start = new Date(2026, 0, 5, 12).getTime();
const review = (item: string, grade: Review['grade'], at: number): Review => ({ item, grade, at });
const M = 'm';
const rating = (term: string, knew: boolean, at: number): WordRecord => ({
	v: SCHEMA_VERSION,
	module: M,
	term,
	knew,
	at
});

describe('leeches: an item missed 4 times or more is marked hard', () => {
	it('counts misses (“Again”) only, and marks an item at the 4th', () => {
		const three = [0, 1, 2].map((i) => review('a', Rating.Again, start + i * day));
		expect(leeches(three)).toEqual(new Map());
		const four = [...three, review('a', Rating.Again, start + 3 * day)];
		expect(LEECH_MISSES).toBe(4);
		expect(leeches(four)).toEqual(new Map([['a', 4]]));
		// Right and half-right answers between the misses do not undo them, nor count.
		const mixed = [...three, review('a', Rating.Good, start), review('a', Rating.Hard, start)];
		expect(leeches(mixed).size).toBe(0);
	});

	it('a question answered less than half right 4 times is hard on /progress/', () => {
		const answers: Answer[] = [0, 1, 2, 3].map((i) => ({
			question: 'q',
			score: 0.25,
			correct: false,
			at: start + i * day
		}));
		const facts = { q: { type: 'single' as const, skills: ['recall' as const] } };
		expect(summarise(answers, [], facts, new Date(start + 4 * day)).hard).toEqual({ q: 4 });
		expect(summarise(answers.slice(1), [], facts, new Date(start + 4 * day)).hard).toEqual({});
	});

	it('a word rated “Not yet” 4 times is hard in the word review', () => {
		const ratings = [0, 1, 2, 3].map((i) => rating('isis', false, start + i * day));
		expect(wordStatus(['isis'], ratings, new Date(start + 4 * day)).hard).toEqual({ isis: 4 });
	});
});

describe('daily limits of new words and reviews', () => {
	it('counts today’s new items and today’s reviews of items first seen before today', () => {
		const reviews = [
			review('old', Rating.Good, start - 2 * day),
			review('old', Rating.Good, start),
			review('new', Rating.Again, start + minute),
			review('new', Rating.Good, start + 2 * minute),
			review('yesterday', Rating.Good, start - day)
		];
		expect(doneToday(reviews, new Date(start + 3 * minute))).toEqual({ fresh: 1, reviews: 1 });
	});

	it('offers at most what is left of each limit, and says how many wait', () => {
		const due = ['d1', 'd2', 'd3'];
		const fresh = ['n1', 'n2', 'n3'];
		expect(withinLimits(due, fresh, { reviews: 2, newWords: 5 }, { fresh: 4, reviews: 0 })).toEqual(
			{ due: ['d1', 'd2'], fresh: ['n1'], held: { due: 1, fresh: 2 } }
		);
		// A limit used up (or lowered below what was done) offers nothing, never a negative count.
		expect(withinLimits(due, fresh, { reviews: 1, newWords: 1 }, { fresh: 3, reviews: 2 })).toEqual(
			{ due: [], fresh: [], held: { due: 3, fresh: 3 } }
		);
	});

	it('the word review stops offering new words once today’s limit is studied', () => {
		const terms = ['a', 'b', 'c', 'd'];
		const today = [rating('a', true, start), rating('b', true, start + minute)];
		const status = wordStatus(terms, today, new Date(start + 2 * minute), {
			...DEFAULT_PACING,
			newWords: 3
		});
		expect(status.fresh).toEqual(['c']);
		expect(status.held).toEqual({ due: 0, fresh: 1 });
	});

	it('the question review offers at most the reviews left today', () => {
		const facts = Object.fromEntries(
			['a', 'b', 'c'].map((id) => [id, { type: 'single' as const, skills: ['recall' as const] }])
		);
		const missed = ['a', 'b', 'c'].map((question) => ({
			question,
			score: 0,
			correct: false,
			at: start - 3 * day
		}));
		const progress = summarise(missed, [], facts, new Date(start), undefined, {
			...DEFAULT_PACING,
			reviews: 2
		});
		expect(progress.due).toHaveLength(2);
		expect(progress.held).toBe(1);
	});
});

describe('the forecast of reviews due', () => {
	it('counts overdue items in today, and each later day on its own', () => {
		const cards = reviewCards([
			review('missed', Rating.Again, start - 3 * day),
			review('missed-today', Rating.Again, start),
			review('known', Rating.Good, start)
		]);
		const counts = forecast(cards, new Date(start + minute));
		expect(counts).toHaveLength(7);
		expect(counts[0]).toBe(1); // overdue since two days ago
		expect(counts[1]).toBe(1); // missed today: tomorrow
		expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
	});
});

describe('desired retention', () => {
	it('defaults to FSRS’s own default', () => {
		expect(DEFAULT_PACING.retention).toBe(DEFAULT_RETENTION);
	});

	it('a higher retention brings a known item back sooner', () => {
		const reviews = [review('x', Rating.Good, start), review('x', Rating.Good, start + 3 * day)];
		const due = (retention: number) => reviewCards(reviews, retention).get('x')!.due.getTime();
		expect(due(0.97)).toBeLessThan(due(0.9));
		expect(due(0.9)).toBeLessThan(due(0.7));
	});

	it('is kept in the settings with the daily limits; older settings read with the defaults', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveSettings({ newWords: 5, reviews: 20, retention: 0.85 });
		expect(await new ProgressStore(kv, true).settings()).toEqual({
			cardFront: 'term',
			newWords: 5,
			reviews: 20,
			retention: 0.85
		});
		expect(checkSettings({ v: 2, cardFront: 'meaning' }).ok).toBe(true);
	});

	it.each([
		['a retention of 1', { retention: 1 }],
		['a retention of 0.5', { retention: 0.5 }],
		['0 new words', { newWords: 0 }],
		['2.5 reviews', { reviews: 2.5 }],
		['reviews as text', { reviews: '20' }]
	])('refuses settings with %s', (_, extra) => {
		expect(checkSettings({ v: SCHEMA_VERSION, cardFront: 'term', ...extra }).ok).toBe(false);
	});

	it('the kept replay of a module is made again when the retention changes', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveAnswer({ module: M, question: 'q', score: 1, correct: true, at: start });
		const usual = (await store.moduleRecords(M)).cards.get('q')!.due.getTime();
		await store.saveSettings({ retention: 0.7 });
		const lower = (await store.moduleRecords(M)).cards.get('q')!.due.getTime();
		expect(lower).toBeGreaterThan(usual);
	});
});

describe('saving settings', () => {
	it('two settings changed at once are both kept (one save waits for the other)', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await Promise.all([
			store.saveSettings({ newWords: 2 }),
			store.saveSettings({ retention: 0.8 })
		]);
		expect(await new ProgressStore(kv, true).settings()).toEqual({
			cardFront: 'term',
			newWords: 2,
			retention: 0.8
		});
	});
});
