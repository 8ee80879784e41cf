import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import {
	BACKUP_LIMITS,
	backupSizeProblem,
	makeBackup,
	newRecords,
	readBackup
} from '../../src/lib/progress/backup';

const M = 'kadhimi-us-troops-2021';

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

describe('backup limits and versions', () => {
	const batch = (n: number) => ({
		v: 2,
		module: M,
		answers: Array.from({ length: n }, (_, i) => ({
			question: `q${i % 50}`,
			score: 1,
			correct: true,
			at: i
		}))
	});
	const file = (records: Record<string, unknown>, version: unknown = 2) =>
		JSON.stringify({ ...makeBackup(records), version });

	it('a file larger than any backup is refused by its size, before it is read', () => {
		expect(backupSizeProblem(BACKUP_LIMITS.bytes)).toBeUndefined();
		expect(backupSizeProblem(BACKUP_LIMITS.bytes + 1)).toMatch(
			/never larger than 30 MB.*Nothing was changed/
		);
	});

	it('more answers than a student gives in years are refused; the limit itself is restored', () => {
		const records = (answers: number) =>
			Object.fromEntries(
				Array.from({ length: answers / 100 }, (_, i) => [`answer:${M}:b${i}`, batch(100)])
			);
		const atLimit = readBackup(file(records(BACKUP_LIMITS.answers)));
		expect('records' in atLimit && Object.keys(atLimit.records)).toHaveLength(
			BACKUP_LIMITS.answers / 100
		);
		const over = readBackup(file(records(BACKUP_LIMITS.answers + 100)));
		expect(over).toEqual({ error: expect.stringMatching(/more than 200,000 answers/) });
	});

	it('a version that is no version Lectern writes is named as such, not as a newer one', () => {
		for (const version of [-1, 0, 1.5, '2', null]) {
			const read = readBackup(file({}, version));
			expect(read, String(version)).toEqual({
				error: expect.stringMatching(/version .* is not a number Lectern writes/)
			});
		}
		expect(readBackup(file({}, 4))).toEqual({ error: expect.stringMatching(/newer version/) });
		expect(readBackup(file({}, 1))).toEqual({ records: {} });
		expect(readBackup(file({}, 2))).toEqual({ records: {} });
	});
});
