import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuizRun } from '../../src/lib/components/quiz/quiz-run.svelte';
import { memoryStore, type KeyValue } from '../../src/lib/progress/kv';
import { ProgressStore } from '../../src/lib/progress/store';
import { linkKey } from '../../src/lib/progress/keys';
import { recoverUnsaved } from '../../src/lib/progress/recover-unsaved';
import { SHELF_PREFIX, type Shelf } from '../../src/lib/progress/unsaved';
import { trueFalseQuiz } from './helpers';

// The device's store as keepProgress opens it through browser.ts: the test decides when it opens.
const device = vi.hoisted(() => ({ opened: undefined as unknown }));
vi.mock('../../src/lib/progress/browser', () => ({ openProgress: () => device.opened }));
const { keepProgress } = await import('../../src/lib/progress/keep-progress');

const { bank, quiz } = trueFalseQuiz(['a', 'b', 'c']);
const url = new URL('https://example.org/m/quiz/play/?seed=s');
const link = linkKey(url.search);

/** localStorage as a Map. */
function mapShelf(): Shelf & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key)
	};
}

/** A page that can be left: its `pagehide` listeners, called by `leave`. */
let leaving: (() => void)[] = [];
const leave = () => leaving.forEach((listener) => listener());
let shelf: ReturnType<typeof mapShelf>;
beforeEach(() => {
	leaving = [];
	shelf = mapShelf();
	vi.stubGlobal('localStorage', shelf);
	vi.stubGlobal('addEventListener', (type: string, listener: () => void) => {
		if (type === 'pagehide') leaving.push(listener);
	});
});
afterEach(() => vi.unstubAllGlobals());

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
const shelved = () => [...shelf.map.keys()].filter((key) => key.startsWith(SHELF_PREFIX));

function answered(...ids: string[]) {
	const run = new QuizRun(bank, quiz);
	for (const id of ids) {
		run.respond(id, { type: 'true-false', value: true });
		run.check(id);
	}
	return run;
}

/** A memory store whose writes wait until `release` is called (a page left mid-write). */
function slowWrites(): { kv: KeyValue; release: () => void } {
	const kv = memoryStore();
	let waiting: (() => void)[] = [];
	let held = true;
	const set = kv.set.bind(kv);
	kv.set = (key, value) =>
		held
			? new Promise<void>((resolve) => waiting.push(() => set(key, value).then(resolve)))
			: set(key, value);
	return {
		kv,
		release: () => {
			held = false;
			waiting.forEach((go) => go());
			waiting = [];
		}
	};
}

/** An answer checked with the store open, and the page left before its writes are done. */
async function checkedAsThePageGoes() {
	const { kv, release } = slowWrites();
	const store = new ProgressStore(kv, true);
	device.opened = Promise.resolve(store);
	const run = new QuizRun(bank, quiz);
	await keepProgress(run, 'm', url, 'Quiz', () => {});
	run.respond('a', { type: 'true-false', value: true });
	run.check('a');
	leave();
	return { kv, release, store };
}

describe('what a page leaves unsaved as it goes', () => {
	it('answers checked before the store opened are shelved, and the next visit keeps them and the quiz', async () => {
		device.opened = new Promise(() => {}); // a slow phone: the store never opens on this page
		const run = answered('a', 'b');
		run.go(2);
		void keepProgress(run, 'm', url, 'Quiz', () => {});
		await settled();
		leave();
		expect(shelved()).toHaveLength(1);

		const store = new ProgressStore(memoryStore(), true);
		await recoverUnsaved(store, shelf);
		expect((await store.answers('m')).map((a) => a.question)).toEqual(['a', 'b']);
		const saved = await store.loadProgress('m', link);
		expect(saved?.index).toBe(2);
		expect(Object.keys(saved?.scores ?? {}).sort()).toEqual(['a', 'b']);
		expect(shelved()).toEqual([]);
	});

	it('a write not yet done when the page goes is shelved; once it is seen done, the shelf is cleared', async () => {
		const { release, store } = await checkedAsThePageGoes();
		const [key] = shelved();
		const entry = JSON.parse(shelf.getItem(key!)!);
		expect(entry.answers.map((a: { question: string }) => a.question)).toEqual(['a']);
		expect(Object.keys(entry.progress.snapshot.scores)).toEqual(['a']);

		// The page was only hidden: the writes finish, and the entry goes.
		release();
		await settled();
		expect(shelved()).toEqual([]);
		expect(await store.answers('m')).toHaveLength(1);
	});

	it('an entry written again, or by two tabs, adds nothing twice', async () => {
		const { kv, release } = await checkedAsThePageGoes();
		const entry = [...shelf.map].find(([key]) => key.startsWith(SHELF_PREFIX))!;
		// The write was cut off only in appearance: it went through as the page went.
		release();
		await settled();
		shelf.setItem(entry[0], entry[1]);

		const next = new ProgressStore(kv, true);
		await recoverUnsaved(next, shelf);
		shelf.setItem(entry[0], entry[1]);
		await recoverUnsaved(next, shelf);
		expect((await next.answers('m')).map((a) => a.question)).toEqual(['a']);
		expect(shelved()).toEqual([]);
	});

	it('a note holding only the quiz in progress (its answer was saved) is written too', async () => {
		const { kv, release, store } = await checkedAsThePageGoes();
		const entry = JSON.parse(shelf.getItem(shelved()[0]!)!);
		entry.answers = [];
		// Only the answer's write went through as the page went; the quiz's was cut off.
		release();
		await settled();
		await kv.remove(`quiz:m:${link}`);
		shelf.setItem(`${SHELF_PREFIX}only-the-quiz`, JSON.stringify(entry));

		await recoverUnsaved(new ProgressStore(kv, true), shelf);
		const saved = await store.loadProgress('m', link);
		expect(Object.keys(saved?.scores ?? {})).toEqual(['a']);
		expect(shelved()).toEqual([]);
	});

	it('a quiz finished as the page went is kept once, as a finished quiz', async () => {
		device.opened = new Promise(() => {});
		const run = answered('a', 'b', 'c');
		run.finish();
		void keepProgress(run, 'm', url, 'Quiz', () => {});
		await settled();
		leave();
		const entry = [...shelf.map].find(([key]) => key.startsWith(SHELF_PREFIX))!;

		const store = new ProgressStore(memoryStore(), true);
		await recoverUnsaved(store, shelf);
		shelf.setItem(entry[0], entry[1]);
		await recoverUnsaved(store, shelf);
		const attempts = await store.attempts('m');
		expect(attempts).toHaveLength(1);
		expect(attempts[0]).toMatchObject({ link, points: 3, possible: 3 });
		expect(await store.loadProgress('m', link)).toBeUndefined();
		expect(await store.answers('m')).toHaveLength(3);
	});

	it('with the device full, the entry stays on the shelf for the next visit', async () => {
		device.opened = new Promise(() => {});
		void keepProgress(answered('a'), 'm', url, 'Quiz', () => {});
		await settled();
		leave();
		const kv = memoryStore();
		kv.set = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
		await recoverUnsaved(new ProgressStore(kv, true), shelf);
		expect(shelved()).toHaveLength(1);

		const roomy = new ProgressStore(memoryStore(), true);
		await recoverUnsaved(roomy, shelf);
		expect(await roomy.answers('m')).toHaveLength(1);
		expect(shelved()).toEqual([]);
	});

	it('an entry that fails the record checks is never written, and is left where it is', async () => {
		shelf.setItem(`${SHELF_PREFIX}bad-json`, '{');
		const wrong = {
			kind: 'quiz',
			module: 'm',
			link,
			title: 'Quiz',
			answers: [{ question: 'a', score: 'lots', correct: true, at: 1 }]
		};
		shelf.setItem(`${SHELF_PREFIX}wrong-answer`, JSON.stringify(wrong));
		shelf.setItem(
			`${SHELF_PREFIX}wrong-kind`,
			JSON.stringify({ ...wrong, kind: 'x', answers: [] })
		);
		const store = new ProgressStore(memoryStore(), true);
		await recoverUnsaved(store, shelf);
		expect(await store.answers('m')).toEqual([]);
		expect(await store.keys()).toEqual(new Set());
		expect(shelved()).toHaveLength(3);
	});

	it('a page with nothing unsaved shelves nothing', async () => {
		const store = new ProgressStore(memoryStore(), true);
		device.opened = Promise.resolve(store);
		const run = new QuizRun(bank, quiz);
		await keepProgress(run, 'm', url, 'Quiz', () => {});
		run.respond('a', { type: 'true-false', value: true });
		run.check('a');
		await settled();
		leave();
		expect(shelved()).toEqual([]);
	});
});

describe('erasing progress', () => {
	it('clears what is on the shelf, so the next visit brings nothing back', async () => {
		device.opened = new Promise(() => {});
		void keepProgress(answered('a'), 'm', url, 'Quiz', () => {});
		await settled();
		leave();
		shelf.setItem('something-else', 'kept');
		const store = new ProgressStore(memoryStore(), true);
		await store.erase();
		expect(shelved()).toEqual([]);
		expect(shelf.getItem('something-else')).toBe('kept');
		await recoverUnsaved(store, shelf);
		expect(await store.answers('m')).toEqual([]);
	});
});
