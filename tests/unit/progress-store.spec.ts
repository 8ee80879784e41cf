import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store';
import { readAllModules } from '../../src/lib/progress/overview';
import { memoryStore, type KeyValue } from '../../src/lib/progress/kv';
import { SCHEMA_VERSION } from '../../src/lib/progress/records';
import { linkKey } from '../../src/lib/progress/keys';
import { saveProblem } from '../../src/lib/progress/save-problem';

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

	it('never removes a quiz in progress that a newer Lectern wrote, when the quiz is finished here', async () => {
		const kv = memoryStore();
		const newer = { v: 999, anything: 'new' };
		await kv.set(`quiz:${M}:${LINK}`, newer);
		const store = new ProgressStore(kv, true);
		const saved = await store.finish({
			module: M,
			link: LINK,
			title: 'Quick check',
			questions: ['troop-level'],
			scores: { 'troop-level': 1 },
			points: 1,
			possible: 1,
			finishedAt: 5
		});
		expect(saved).toEqual({ ok: true });
		expect(await kv.get(`quiz:${M}:${LINK}`)).toEqual(newer);
		expect((await store.attempts(M)).map((a) => a.points)).toEqual([1]);
	});

	it('counts every record a newer Lectern left, whatever its kind, when the progress page reads', async () => {
		const kv = memoryStore();
		const newer = { v: SCHEMA_VERSION + 1, anything: 'new' };
		for (const key of [`answer:${M}:x`, `quiz:${M}:${LINK}`, `reading:${M}`, 'settings'])
			await kv.set(key, newer);
		const store = new ProgressStore(kv, true);
		await readAllModules(store, [M]);
		expect([...store.newer].sort()).toEqual(
			[`answer:${M}:x`, `quiz:${M}:${LINK}`, `reading:${M}`, 'settings'].sort()
		);
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

describe('save-problem messages', () => {
	it('say what was not saved and what to do, for the quiz and the word review alike', () => {
		const answer = {
			what: 'this answer',
			newer: 'saved this quiz; reload the page to continue it there'
		};
		expect(saveProblem('full', answer)).toBe(
			'Your device’s storage is full, so this answer was not saved. Free some space to keep your progress.'
		);
		expect(saveProblem('newer', answer)).toBe(
			'A newer version of Lectern saved this quiz; reload the page to continue it there.'
		);
		expect(saveProblem('failed', answer)).toBe('This answer could not be saved on this device.');
		expect(saveProblem('failed', { what: 'this', newer: '' })).toBe(
			'This could not be saved on this device.'
		);
	});
});
