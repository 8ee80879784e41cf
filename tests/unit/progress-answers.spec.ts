import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore, type KeyValue } from '../../src/lib/progress/kv';

const M = 'kadhimi-us-troops-2021';

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

describe('erasing in another tab', () => {
	it('starts a new batch in every tab, so the answers it held are not written back', async () => {
		const kv = memoryStore();
		const tabA = new ProgressStore(kv, true);
		const tabB = new ProgressStore(kv, true);
		const stop = tabA.followErases();
		try {
			for (const question of ['a', 'b', 'c'])
				await tabA.saveAnswer({ module: M, question, score: 1, correct: true, at: 1 });
			await tabB.erase();
			// The other tab hears of it through a BroadcastChannel, a moment later.
			await new Promise((resolve) => setTimeout(resolve, 50));
			await tabA.saveAnswer({ module: M, question: 'd', score: 1, correct: true, at: 2 });
			expect((await tabB.answers(M)).map((a) => a.question)).toEqual(['d']);
		} finally {
			stop();
		}
	});
});
