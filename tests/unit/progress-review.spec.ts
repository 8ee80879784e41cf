import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import { summarise } from '../../src/lib/progress/summary';
import {
	answerReviews,
	dueForReview,
	isReplay,
	replay,
	reviewCards,
	whenDue,
	nextDueDay,
	type Replay,
	type Review
} from '../../src/lib/progress/review';

const M = 'kadhimi-us-troops-2021';

describe('review schedule (FSRS)', () => {
	const day = 24 * 60 * 60 * 1000;
	const start = Date.UTC(2026, 0, 1);
	const answer = (question: string, correct: boolean, at: number) =>
		answerReviews([{ question, score: correct ? 1 : 0, correct, at }])[0]!;

	it('in whole days: a missed question is due tomorrow, a known one days later, nothing the same day', () => {
		const answers = [answer('missed', false, start), answer('known', true, start)];
		expect(dueForReview(answers, new Date(start + 20 * 60 * 1000))).toEqual([]);
		expect(dueForReview(answers, new Date(start + 23 * 60 * 60 * 1000))).toEqual([]);
		expect(dueForReview(answers, new Date(start + day))).toEqual(['missed']);
		expect(dueForReview(answers, new Date(start + 30 * day)).sort()).toEqual(['known', 'missed']);
	});

	it('says when the next questions fall due, and how many that day, when none is due now', () => {
		// Local times, as the page shows them: a quiz at 9:00 on 1 January.
		const nine = new Date(2026, 0, 1, 9).getTime();
		const answers = [
			answer('a', false, nine),
			answer('b', false, nine + 60_000),
			answer('c', true, nine)
		];
		const cards = reviewCards(answers);
		expect(nextDueDay(cards, new Date(nine + 3_600_000))).toEqual({
			at: nine + day,
			count: 2
		});
		expect(nextDueDay(cards, new Date(nine), new Set(['c']))?.count).toBe(1);
		expect(nextDueDay(new Map(), new Date(nine))).toBeUndefined();
		const summary = summarise(
			answers.map((r) => ({
				question: r.item,
				score: 0,
				correct: r.grade !== Rating.Again,
				at: r.at
			})),
			[],
			{
				a: { type: 'single', skills: ['recall'] },
				b: { type: 'single', skills: ['recall'] },
				c: { type: 'single', skills: ['recall'] }
			},
			new Date(nine + 3_600_000)
		);
		expect(summary.due).toEqual([]);
		expect(summary.next).toEqual({ at: nine + day, count: 2 });
	});

	it('names a day as a student would: later today, tomorrow, in 3 days', () => {
		const evening = new Date(2026, 0, 1, 22).getTime();
		expect(whenDue(new Date(2026, 0, 1, 23).getTime(), evening)).toBe('later today');
		// Two hours later, but past midnight: tomorrow.
		expect(whenDue(new Date(2026, 0, 2, 0, 30).getTime(), evening)).toBe('tomorrow');
		expect(whenDue(new Date(2026, 0, 4, 8).getTime(), evening)).toBe('in 3 days');
	});

	it('spaces a question further each time it is answered right', () => {
		const once = reviewCards([answer('q', true, start)])
			.get('q')!
			.due.getTime();
		const twice = reviewCards([answer('q', true, start), answer('q', true, once)])
			.get('q')!
			.due.getTime();
		expect(twice - once).toBeGreaterThan(once - start);
	});

	it('is the same for the same answers (no fuzz)', () => {
		const answers = [
			answer('a', true, start),
			answer('a', false, start + day),
			answer('a', true, start + 2 * day)
		];
		expect(reviewCards(answers).get('a')!.due).toEqual(
			reviewCards([...answers].reverse()).get('a')!.due
		);
	});
});

describe('the review schedule kept between visits', () => {
	const day = 24 * 60 * 60 * 1000;
	const start = Date.UTC(2026, 0, 1);
	const reviews = (count: number, from = start) =>
		answerReviews(
			Array.from({ length: count }, (_, i) => ({
				question: `q${i % 7}`,
				score: i % 3 ? 1 : 0,
				correct: i % 3 !== 0,
				at: from + i * day
			}))
		);

	it('continues a replay to the same cards as replaying everything', () => {
		const old = reviews(40);
		const all = [...old, ...reviews(10, start + 40 * day)];
		expect(replay(all, replay(old)).cards).toEqual(replay(all).cards);
	});

	it('starts over when an answer older than the kept replay appears (a restored backup)', () => {
		const old = reviews(40);
		const all: Review[] = [...old, { item: 'q3', at: start + 0.5 * day, grade: Rating.Again }];
		expect(replay(all, replay(old)).cards).toEqual(replay(all).cards);
	});

	it('starts over when a kept answer became another one at the same time (same count, same times)', () => {
		const old = reviews(40);
		for (const changed of <Review[][]>[
			old.map((r, i) => (i === 10 ? { ...r, item: 'q5' } : r)),
			old.map((r, i) => (i === 10 ? { ...r, grade: Rating.Easy } : r))
		]) {
			const fresh = replay(changed);
			expect(replay(changed, replay(old))).toEqual(fresh);
			expect(fresh.cards).not.toEqual(replay(old).cards);
		}
	});

	it('is used by the next visit, and made again when it no longer matches the answers', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveAnswer({ module: M, question: 'a', score: 1, correct: true, at: start });
		const first = (await store.moduleRecords(M)).cards.get('a')!.due;
		// Mark the kept card, as if it had been computed otherwise: a visit that trusts it shows it.
		const kept = (await kv.get(`cache:cards:${M}`)) as Replay;
		expect(isReplay(kept)).toBe(true);
		const marked = new Date(start + 365 * day);
		kept.cards.set('a', { ...kept.cards.get('a')!, due: marked });
		await kv.set(`cache:cards:${M}`, kept);
		expect((await store.moduleRecords(M)).cards.get('a')!.due).toEqual(marked);

		await store.saveAnswer({ module: M, question: 'b', score: 1, correct: true, at: start - day });
		expect((await store.moduleRecords(M)).cards.get('a')!.due).toEqual(first);
	});

	it('is never put in a backup', async () => {
		const store = new ProgressStore(memoryStore(), true);
		await store.saveAnswer({ module: M, question: 'a', score: 1, correct: true, at: start });
		await store.moduleRecords(M);
		expect(Object.keys(await store.allRecords())).toEqual([expect.stringMatching(/^answer:/)]);
	});
});
