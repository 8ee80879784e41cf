import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from '../../src/lib/progress/migrations';
import { SCHEMA_VERSION, checkRecord, type AnswerBatch } from '../../src/lib/progress/records';
import { kindOf } from '../../src/lib/progress/keys';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import { makeBackup, readBackup } from '../../src/lib/progress/backup';

const M = 'kadhimi-us-troops-2021';

/** Records exactly as Lectern wrote them at schema version `version`. */
const recordsOf = (version: number): Record<string, unknown> =>
	JSON.parse(
		readFileSync(new URL(`../fixtures/progress/v${version}.json`, import.meta.url), 'utf8')
	);

/** A store holding `records` as they were written. */
async function storeWith(records: Record<string, unknown>) {
	const kv = memoryStore();
	for (const [key, value] of Object.entries(records)) await kv.set(key, value);
	return { kv, store: new ProgressStore(kv, true) };
}

describe('stored records of every version read at the current one', () => {
	// One fixture a version: a step added without records of the version it migrates from fails here.
	it.each(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1))(
		'version %i: every kind of record it wrote is read, migrated and valid',
		(version) => {
			const records = recordsOf(version);
			expect(Object.keys(records).length).toBeGreaterThan(0);
			for (const [key, value] of Object.entries(records)) {
				expect((value as { v: number }).v, key).toBe(version);
				const checked = checkRecord(kindOf(key)!, value);
				expect(checked, key).toMatchObject({ ok: true, migrated: version < SCHEMA_VERSION });
				expect((checked as { value: { v: number } }).value.v).toBe(SCHEMA_VERSION);
			}
		}
	);

	it('1 → 2: a version-1 answer becomes a batch of one answer, nothing lost', () => {
		const [key, value] = Object.entries(recordsOf(1)).find(([key]) => key.startsWith('answer:'))!;
		const checked = checkRecord(kindOf(key)!, value);
		expect(checked.ok && checked.value).toEqual({
			v: 2,
			module: M,
			answers: [{ question: 'troop-level', score: 1, correct: true, at: 1764316800000 }]
		} satisfies AnswerBatch);
	});

	it('1 → 2: other kinds keep their shape, only the version moves on', () => {
		for (const [key, value] of Object.entries(recordsOf(1))) {
			if (key.startsWith('answer:')) continue;
			const checked = checkRecord(kindOf(key)!, value);
			expect(checked.ok && checked.value, key).toEqual({ ...(value as object), v: 2 });
		}
	});

	it('the progress of a version-1 store shows every answer and attempt', async () => {
		const { store } = await storeWith(recordsOf(1));
		const { answers, attempts } = await store.moduleRecords(M);
		expect(answers.map((a) => [a.question, a.score])).toEqual([
			['troop-level', 1],
			['withdrawal-order', 0.5]
		]);
		expect(attempts.map((a) => a.points)).toEqual([1.5]);
		expect((await store.loadProgress(M, 'preset=quick&seed=x7q2'))?.index).toBe(1);
		expect((await store.loadReading(M))?.paragraph).toBe('p-12');
		expect(store.damaged).toBe(0);
	});

	it('answers, which never change, are not written back: an older Lectern in another tab can still read them', async () => {
		const v1 = recordsOf(1);
		const { kv, store } = await storeWith(v1);
		await store.answers(M);
		for (const [key, value] of Object.entries(v1))
			if (key.startsWith('answer:')) expect(await kv.get(key)).toEqual(value);
	});

	it('a record the app rewrites anyway reaches the current version on its next save', async () => {
		const { kv, store } = await storeWith(recordsOf(1));
		const key = 'quiz:kadhimi-us-troops-2021:preset=quick&seed=x7q2';
		const quiz = (await store.loadProgress(M, 'preset=quick&seed=x7q2'))!;
		expect(await store.saveProgress({ ...quiz, index: 2 })).toEqual({ ok: true });
		expect(await kv.get(key)).toMatchObject({ v: SCHEMA_VERSION, index: 2 });
	});

	it('a version-1 backup file restores, its records migrated', () => {
		const file = JSON.stringify({ ...makeBackup(recordsOf(1)), version: 1 });
		const read = readBackup(file);
		if ('error' in read) throw new Error(read.error);
		for (const value of Object.values(read.records))
			expect((value as { v: number }).v).toBe(SCHEMA_VERSION);
	});
});

describe('the migration machinery', () => {
	// Steps of a made-up history, to test how steps are applied; the app's own are in MIGRATIONS.
	const steps: Migration[] = [
		{ answer: (r) => ({ ...r, points: r.score }) },
		{ answer: ({ points, ...rest }) => ({ ...rest, score: Number(points) * 2 }) }
	];
	const v1 = { v: 1, module: M, question: 'q', score: 0.5 };

	it('applies every step from the record’s version, in order', () => {
		expect(migrate('answer', v1, steps)).toEqual({ v: 3, module: M, question: 'q', score: 1 });
		expect(migrate('answer', { ...v1, v: 2, points: 0.25 }, steps)).toMatchObject({
			v: 3,
			score: 0.5
		});
	});

	it('leaves a kind no step names as it was, but for its version', () => {
		const reading = { v: 1, module: M, paragraph: 'p-2', at: 1 };
		expect(migrate('reading', reading, steps)).toEqual({ ...reading, v: 3 });
	});

	it('returns a current record itself, so nothing is rewritten', () => {
		const current = { v: 3, module: M };
		expect(migrate('answer', current, steps)).toBe(current);
	});

	it('sets aside a record a step cannot migrate, as damaged', () => {
		const throwing: Migration[] = [
			{
				answer: () => {
					throw new Error('no');
				}
			}
		];
		expect(checkRecord('answer', v1, throwing)).toEqual({ ok: false, newer: false });
	});

	it('calls a record damaged when the migrated shape fails its checks', () => {
		expect(checkRecord('answer', { v: 1, module: M, question: 7 })).toEqual({
			ok: false,
			newer: false
		});
	});

	it('recognises a record from a newer version, and one with no usable version', () => {
		expect(checkRecord('answer', { v: SCHEMA_VERSION + 1 })).toEqual({ ok: false, newer: true });
		for (const v of [0, 1.5, '2', undefined])
			expect(checkRecord('answer', { ...v1, v })).toEqual({ ok: false, newer: false });
	});
});
