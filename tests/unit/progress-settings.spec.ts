import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, checkSettings } from '../../src/lib/progress/records';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';

describe('the settings record', () => {
	it('gives the defaults (the word on the front of a card) when nothing is stored', async () => {
		expect(await new ProgressStore(memoryStore(), true).settings()).toEqual({ cardFront: 'term' });
	});

	it('keeps a choice, stored under one key with its version', async () => {
		const kv = memoryStore();
		const store = new ProgressStore(kv, true);
		expect(await store.saveSettings({ cardFront: 'meaning' })).toEqual({ ok: true });
		expect(await new ProgressStore(kv, true).settings()).toEqual({ cardFront: 'meaning' });
		expect(await kv.get('settings')).toEqual({ v: SCHEMA_VERSION, cardFront: 'meaning' });
	});

	it.each([
		['an unknown card front', { v: SCHEMA_VERSION, cardFront: 'picture' }],
		['no card front', { v: SCHEMA_VERSION }],
		['not an object', 'meaning'],
		['no version', { cardFront: 'meaning' }]
	])('refuses %s', (_, value) => {
		expect(checkSettings(value)).toEqual({ ok: false, newer: false });
	});

	it('sets a damaged record aside, reports it and uses the defaults', async () => {
		const kv = memoryStore();
		await kv.set('settings', { v: SCHEMA_VERSION, cardFront: 'picture' });
		const store = new ProgressStore(kv, true);
		expect(await store.settings()).toEqual({ cardFront: 'term' });
		expect(store.damaged).toBe(1);
		expect(await kv.get('damaged:settings')).toEqual({ v: SCHEMA_VERSION, cardFront: 'picture' });
	});

	it('never overwrites settings saved by a newer Lectern, and says so', async () => {
		const kv = memoryStore();
		const newer = { v: SCHEMA_VERSION + 1, cardFront: 'meaning', fontSize: 'large' };
		await kv.set('settings', newer);
		const store = new ProgressStore(kv, true);
		expect(await store.settings()).toEqual({ cardFront: 'term' });
		expect(await store.saveSettings({ cardFront: 'term' })).toEqual({ ok: false, reason: 'newer' });
		expect(await kv.get('settings')).toEqual(newer);
		expect([...store.newer]).toEqual(['settings']);
		expect(store.damaged).toBe(0);
	});
});
