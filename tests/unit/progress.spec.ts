import { describe, expect, it } from 'vitest';
import { ProgressStore, memoryStore, type KeyValue } from '../../src/lib/progress/store';
import { SCHEMA_VERSION, linkKey } from '../../src/lib/progress/records';
import { summarise } from '../../src/lib/progress/summary';
import { answerReviews, dueForReview, reviewCards } from '../../src/lib/progress/review';
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
	const facts = {
		a: { type: 'single', skills: ['recall'] },
		b: { type: 'order', skills: ['sequence', 'recall'] }
	};
	it('counts each question by its latest answer, by skill and by type', () => {
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
			{ label: 'sequence', right: 0, answered: 1 }
		]);
		expect(summary.byType.map((t) => t.label)).toEqual(['order', 'single']);
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
			JSON.stringify({ format: 'lectern-progress', version: 1, records: { 'settings:x': answer } }),
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

	it('brings a missed question back soon and a known one later', () => {
		const answers = [answer('missed', false, start), answer('known', true, start)];
		// FSRS learning steps: Again returns in a minute, Good in ten.
		expect(dueForReview(answers, new Date(start + 5 * 60 * 1000))).toEqual(['missed']);
		expect(dueForReview(answers, new Date(start + 30 * day)).sort()).toEqual(['known', 'missed']);
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
