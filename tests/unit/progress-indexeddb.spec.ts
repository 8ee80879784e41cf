import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';

it('keeps progress in IndexedDB through localforage, across a fresh store instance', async () => {
	const { openProgress } = await import('../../src/lib/progress/browser');
	const store = await openProgress();
	expect(store.persistent).toBe(true);
	await store.saveAnswer({ module: 'm', question: 'q1', score: 1, correct: true, at: 1 });

	const { ProgressStore } = await import('../../src/lib/progress/store');
	const { forageStore } = await import('../../src/lib/progress/browser');
	const localforage = (await import('localforage')).default;
	const again = localforage.createInstance({ name: 'lectern', storeName: 'progress' });
	const keys = await again.keys();
	expect(keys.some((key) => key.startsWith('answer:m:'))).toBe(true);
	const reread = new ProgressStore(forageStore(again), true);
	expect(await reread.summary('m')).toMatchObject({ q1: { seen: true, missed: false } });
});
