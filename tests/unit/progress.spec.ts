import { describe, expect, it } from 'vitest';
import { ProgressStore, memoryStore, type KeyValue } from '../../src/lib/progress/store';
import { SCHEMA_VERSION, linkKey } from '../../src/lib/progress/records';
import { summarise, type QuestionFacts } from '../../src/lib/progress/summary';
import { Rating } from 'ts-fsrs';
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
import { makeBackup, newRecords, readBackup } from '../../src/lib/progress/backup';

const M = 'kadhimi-us-troops-2021';
const LINK = linkKey('?seed=abc&preset=quick');
const progress = (index = 1) => ({
	module: M,
	link: LINK,
	title: 'Quick check',
	index,
	responses: { 'troop-level': { type: 'single' as const, option: 0 } },
	scores: { 'troop-level': { score: 1, correct: true, notes: [] } },
	updatedAt: 1
});

describe('the quiz in progress', () => {
	it('is saved and found again by the same link, whatever the parameter order', async () => {
		const store = new ProgressStore(memoryStore(), true);
		await store.saveProgress(progress(2));
		const found = await store.loadProgress(M, linkKey('?preset=quick&seed=abc'));
		expect(found?.index).toBe(2);
		expect(found?.responses['troop-level']).toEqual({ type: 'single', option: 0 });
	});

	it('is cleared when the quiz is finished, and the attempt is kept', async () => {
		const store = new ProgressStore(memoryStore(), true);
		await store.saveProgress(progress());
		await store.finish({
			module: M,
			link: LINK,
			title: 'Quick check',
			questions: ['troop-level'],
			scores: { 'troop-level': 1 },
			points: 1,
			possible: 1,
			finishedAt: 5
		});
		expect(await store.loadProgress(M, LINK)).toBeUndefined();
		expect((await store.attempts(M)).map((a) => a.points)).toEqual([1]);
	});
});

describe('reading what is stored, defensively', () => {
	it('sets a damaged record aside and counts it, without throwing', async () => {
		const kv = memoryStore();
		await kv.set(`quiz:${M}:${LINK}`, { v: SCHEMA_VERSION, module: M, link: LINK, index: 'two' });
		const store = new ProgressStore(kv, true);
		expect(await store.loadProgress(M, LINK)).toBeUndefined();
		expect(store.damaged).toBe(1);
		expect(await kv.get(`damaged:quiz:${M}:${LINK}`)).toMatchObject({ index: 'two' });
		expect(await kv.get(`quiz:${M}:${LINK}`)).toBeNull();
	});

	it('leaves a record from a newer Lectern untouched and refuses to overwrite it', async () => {
		const kv = memoryStore();
		const newer = { v: SCHEMA_VERSION + 1, anything: 'new' };
		await kv.set(`quiz:${M}:${LINK}`, newer);
		const store = new ProgressStore(kv, true);
		expect(await store.loadProgress(M, LINK)).toBeUndefined();
		expect(await store.saveProgress(progress())).toEqual({ ok: false, reason: 'newer' });
		expect(await kv.get(`quiz:${M}:${LINK}`)).toEqual(newer);
		expect(store.damaged).toBe(0);
	});

	it('skips damaged answers when summarising, keeping the good ones', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveAnswer({ module: M, question: 'a', score: 1, correct: true, at: 1 });
		await kv.set(`answer:${M}:broken`, 'not a record');
		await store.saveAnswer({ module: M, question: 'b', score: 0, correct: false, at: 2 });
		expect(await store.summary(M)).toMatchObject({
			a: { seen: true, missed: false },
			b: { seen: true, missed: true }
		});
		expect(store.damaged).toBe(1);
	});
});

describe('writes that fail', () => {
	function fullDisk(): KeyValue {
		const kv = memoryStore();
		return {
			...kv,
			set: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		};
	}

	it('reports a full disk and writes nothing', async () => {
		const kv = fullDisk();
		const store = new ProgressStore(kv, true);
		expect(
			await store.saveAnswer({ module: M, question: 'a', score: 1, correct: true, at: 1 })
		).toEqual({ ok: false, reason: 'full' });
		expect(await kv.keys()).toEqual([]);
	});

	it('keeps the quiz in progress when the finished attempt cannot be written', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		await store.saveProgress(progress());
		const failing = new ProgressStore(
			{ ...kv, set: async () => Promise.reject(new Error('disk error')) },
			true
		);
		const saved = await failing.finish({
			module: M,
			link: LINK,
			title: 't',
			questions: [],
			scores: {},
			points: 0,
			possible: 0,
			finishedAt: 1
		});
		expect(saved).toEqual({ ok: false, reason: 'failed' });
		expect(await store.loadProgress(M, LINK)).toBeDefined();
	});
});

describe('two tabs', () => {
	it('both save every answer: one record per answer, never a shared key', async () => {
		const kv = memoryStore();
		const tabA = new ProgressStore(kv, true);
		const tabB = new ProgressStore(kv, true);
		await Promise.all([
			...Array.from({ length: 20 }, (_, i) =>
				tabA.saveAnswer({ module: M, question: `a${i}`, score: 1, correct: true, at: i })
			),
			...Array.from({ length: 20 }, (_, i) =>
				tabB.saveAnswer({ module: M, question: `b${i}`, score: 0, correct: false, at: i })
			)
		]);
		expect(await tabA.answers(M)).toHaveLength(40);
	});
});

describe('the browser store', () => {
	it('falls back to memory, saying so, when IndexedDB is missing', async () => {
		// Node has no IndexedDB: exactly the private-browsing case.
		const { openProgress } = await import('../../src/lib/progress/browser');
		const store = await openProgress();
		expect(store.persistent).toBe(false);
		expect(
			await store.saveAnswer({ module: M, question: 'a', score: 1, correct: true, at: 1 })
		).toEqual({ ok: true });
	});
});

describe('the progress summary', () => {
	const facts: Record<string, QuestionFacts> = {
		a: { type: 'single', skills: ['recall'] },
		b: { type: 'order', skills: ['sequence', 'cause-effect', 'recall'] }
	};
	it('counts each question by its latest answer, by skill and by type, named and ordered as the question format', () => {
		const answers = [
			{ v: 1, module: M, question: 'a', score: 0, correct: false, at: 1 },
			{ v: 1, module: M, question: 'a', score: 1, correct: true, at: 3 },
			{ v: 1, module: M, question: 'b', score: 0.5, correct: false, at: 2 },
			{ v: 1, module: M, question: 'gone', score: 1, correct: true, at: 2 }
		];
		const summary = summarise(answers, [], facts);
		expect(summary).toMatchObject({ answered: 2, right: 1, missed: ['b'] });
		expect(summary.bySkill).toEqual([
			{ label: 'recall', right: 1, answered: 2 },
			{ label: 'sequence', right: 0, answered: 1 },
			{ label: 'cause and effect', right: 0, answered: 1 }
		]);
		expect(summary.byType.map((t) => t.label)).toEqual(['One answer', 'Put in order']);
	});
});

describe('backup files', () => {
	const answer = { v: 1, module: M, question: 'a', score: 1, correct: true, at: 1 };

	it('round-trips, and restoring the same file twice adds nothing', async () => {
		const source = new ProgressStore(memoryStore(), true);
		await source.saveAnswer({ module: M, question: 'a', score: 1, correct: true, at: 1 });
		const file = JSON.stringify(makeBackup(await source.allRecords()));

		const target = new ProgressStore(memoryStore(), true);
		const read = readBackup(file);
		if ('error' in read) throw new Error(read.error);
		expect((await target.addRecords(newRecords(await target.keys(), read.records))).added).toBe(1);
		expect(newRecords(await target.keys(), read.records)).toEqual([]);
		expect(await target.summary(M)).toMatchObject({ a: { seen: true, missed: false } });
	});

	it('carries word ratings and settings; a device keeps its own settings when restoring', async () => {
		const source = new ProgressStore(memoryStore(), true);
		await source.saveWord({ module: M, term: 'isis', knew: true, at: 1 });
		await source.saveSettings({ cardFront: 'meaning' });
		const read = readBackup(JSON.stringify(makeBackup(await source.allRecords())));
		if ('error' in read) throw new Error(read.error);

		const fresh = new ProgressStore(memoryStore(), true);
		await fresh.addRecords(newRecords(await fresh.keys(), read.records));
		expect((await fresh.words(M)).map((w) => w.term)).toEqual(['isis']);
		expect(await fresh.settings()).toEqual({ cardFront: 'meaning' });

		const other = new ProgressStore(memoryStore(), true);
		await other.saveSettings({ cardFront: 'term' });
		await other.addRecords(newRecords(await other.keys(), read.records));
		expect(await other.settings()).toEqual({ cardFront: 'term' });
		expect(await other.words(M)).toHaveLength(1);
	});

	it.each([
		['not JSON', 'hello', /not readable as JSON/],
		['another JSON file', '{"name":"x"}', /not a Lectern backup/],
		[
			'a newer backup',
			JSON.stringify({ format: 'lectern-progress', version: 99, records: {} }),
			/newer version/
		],
		[
			'a damaged record',
			JSON.stringify({
				format: 'lectern-progress',
				version: 1,
				records: { 'answer:x': { v: 1, module: M } }
			}),
			/damaged/
		],
		[
			'an unknown kind of record',
			JSON.stringify({
				format: 'lectern-progress',
				version: 1,
				records: { 'flashcards:x': answer }
			}),
			/damaged/
		]
	])('refuses %s with a plain message and changes nothing', (_, text, message) => {
		const read = readBackup(text);
		expect('error' in read && read.error).toMatch(message);
	});
});

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

describe('answers kept in batches, one record per tab', () => {
	const answer = (question: string, at: number) => ({
		module: M,
		question,
		score: 1,
		correct: true,
		at
	});
	const answerKeys = async (kv: KeyValue) =>
		(await kv.keys()).filter((key) => key.startsWith('answer:'));

	it('puts one tab’s answers in one record, and starts another after 100', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		for (let i = 0; i < 101; i++) await store.saveAnswer(answer(`q${i}`, i));
		const keys = await answerKeys(kv);
		expect(keys).toHaveLength(2);
		const sizes = await Promise.all(
			keys.map(async (key) => ((await kv.get(key)) as { answers: unknown[] }).answers.length)
		);
		expect(sizes.sort((a, b) => a - b)).toEqual([1, 100]);
		expect(await store.answers(M)).toHaveLength(101);
	});

	it('keeps every answer saved at once, none lost to a later rewrite', async () => {
		const store = new ProgressStore(memoryStore(), true);
		await Promise.all(Array.from({ length: 30 }, (_, i) => store.saveAnswer(answer(`q${i}`, i))));
		expect((await store.answers(M)).map((a) => a.question)).toEqual(
			Array.from({ length: 30 }, (_, i) => `q${i}`)
		);
	});

	it('saves an answer whose write failed with the next one', async () => {
		const kv = memoryStore();
		let refuse = true;
		const store = new ProgressStore(
			{
				...kv,
				set: async (key, value) => {
					if (refuse) throw new DOMException('full', 'QuotaExceededError');
					return kv.set(key, value);
				}
			},
			true
		);
		expect(await store.saveAnswer(answer('a', 1))).toEqual({ ok: false, reason: 'full' });
		refuse = false;
		expect(await store.saveAnswer(answer('b', 2))).toEqual({ ok: true });
		expect((await store.answers(M)).map((a) => a.question)).toEqual(['a', 'b']);
	});

	it('after erasing, brings back nothing that was erased', async () => {
		const store = new ProgressStore(memoryStore(), true);
		await store.saveAnswer(answer('a', 1));
		await store.erase();
		await store.saveAnswer(answer('b', 2));
		expect((await store.answers(M)).map((a) => a.question)).toEqual(['b']);
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
