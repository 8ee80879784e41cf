import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importSummary, readHandIns } from '../../src/lib/classroom/import';
import { ClassStore, memoryStorage } from '../../src/lib/classroom/store';
import { encodeHandIn } from '../../src/lib/handin/encode';
import type { HandIn } from '../../src/lib/handin/format';

const handIn = (name: string, module = 'mod', finishedAt = 5000): HandIn => ({
	format: 1,
	module,
	version: 'v',
	link: 'seed=s',
	title: 'Quiz',
	name,
	startedAt: 1000,
	finishedAt,
	answers: [
		{ id: 'q1', hash: 'h', response: { type: 'short-answer', value: 'x' }, credit: 1, at: 3 }
	]
});
const MODULES = new Set(['mod']);

describe('reading hand-ins', () => {
	it('adds good ones, counts duplicates once and says what is wrong with the rest', () => {
		const a = encodeHandIn(handIn('Ana'));
		const result = readHandIns(
			[
				{ source: 'ana.txt', text: a },
				{ source: 'pasted text', text: `${a}\n${encodeHandIn(handIn('Ben'))}` },
				{ source: 'other.txt', text: encodeHandIn(handIn('Cy', 'elsewhere')) },
				{ source: 'cut.txt', text: a.slice(0, 80) },
				{ source: 'photo.jpg', text: 'JFIF...' },
				{ source: 'noname.txt', text: encodeHandIn(handIn('  ')) }
			],
			MODULES,
			new Set()
		);
		expect(result.added.map((r) => r.handIn.name)).toEqual(['Ana', 'Ben']);
		expect(result.duplicates).toBe(1);
		expect(result.problems.map((p) => [p.source, p.message.split(':')[0]])).toEqual([
			[
				'other.txt',
				'This hand-in is for the module “elsewhere”, which this site does not have. Open the site the student used.'
			],
			['cut.txt', 'This hand-in is incomplete'],
			['photo.jpg', 'This is not a Lectern hand-in'],
			['noname.txt', 'This hand-in has no name in it, so it was not added.']
		]);
		expect(importSummary(result)).toBe(
			'2 hand-ins added, 1 already here (counted once), 4 could not be added (see below).'
		);
	});

	it('knows what was added before', () => {
		const first = readHandIns(
			[{ source: 'a', text: encodeHandIn(handIn('Ana')) }],
			MODULES,
			new Set()
		);
		const again = readHandIns(
			[{ source: 'a', text: encodeHandIn(handIn('ANA')) }],
			MODULES,
			new Set(first.added.map((r) => r.key))
		);
		expect([again.added.length, again.duplicates]).toEqual([0, 1]);
	});
});

describe('class store', () => {
	it('keeps hand-ins, reads them back checked, and erases them', async () => {
		const storage = memoryStorage();
		const store = new ClassStore(storage, true);
		const { added } = readHandIns(
			[
				{
					source: 'x',
					text: encodeHandIn(handIn('Ana')) + encodeHandIn(handIn('Ben', 'mod', 9000))
				}
			],
			MODULES,
			new Set()
		);
		expect(await store.add(added)).toEqual({ ok: true, saved: 2 });
		await storage.set('broken', { v: 1, text: 'LECTERN-HANDIN/1 00 AAAA.' });
		const back = await store.all();
		expect(back.map((r) => r.handIn.name)).toEqual(['Ana', 'Ben']);
		expect(store.unreadable).toBe(1);
		await store.erase();
		expect(await store.all()).toEqual([]);
	});

	it('keeps what was saved before storage filled up', async () => {
		const storage = memoryStorage();
		let writes = 0;
		const full = {
			...storage,
			set: async (key: string, value: unknown) => {
				if (++writes > 1) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
				return storage.set(key, value);
			}
		};
		const store = new ClassStore(full, true);
		const { added } = readHandIns(
			[{ source: 'x', text: encodeHandIn(handIn('Ana')) + encodeHandIn(handIn('Ben')) }],
			MODULES,
			new Set()
		);
		expect(await store.add(added)).toEqual({ ok: false, saved: 1, full: true });
		expect((await store.all()).map((r) => r.handIn.name)).toEqual(['Ana']);
	});
});

describe('class store in IndexedDB', () => {
	it('keeps hand-ins in a database of its own, apart from the student progress', async () => {
		const { openClass } = await import('../../src/lib/classroom/browser');
		const store = await openClass();
		expect(store.persistent).toBe(true);
		const { added } = readHandIns(
			[{ source: 'x', text: encodeHandIn(handIn('Ana')) }],
			MODULES,
			new Set()
		);
		await store.add(added);
		expect((await store.all()).map((r) => r.handIn.name)).toEqual(['Ana']);
		const names = (await indexedDB.databases()).map((d) => d.name);
		expect(names).toContain('lectern-teacher');
		expect(names).not.toContain('lectern');
		await store.erase();
		expect(await store.all()).toEqual([]);
	});
});
