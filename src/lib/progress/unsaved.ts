/**
 * What a page leaves unsaved, put on a shelf in `localStorage` as the page goes and written to
 * IndexedDB on the next visit (recover-unsaved.ts). IndexedDB writes are asynchronous: an answer
 * checked before the device store has opened (the first second on a slow phone), or in the very
 * instant the page is left, can be cut off with the page. A `localStorage` write is done before
 * `pagehide` returns. Kept small: the quiz player loads it with its first load.
 */
import type { Answer, AttemptRecord } from './records';
import type { RunSnapshot } from './quiz-merge';
import type { RunKind } from './store';

/** The part of `localStorage` the shelf uses (a Map stands in for it in tests). */
export type Shelf = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** What one quiz (or guided reading) has not yet seen saved. */
export interface UnsavedRun {
	kind: RunKind;
	module: string;
	link: string;
	title: string;
	/** Answers whose write has not been seen to work. */
	answers: Answer[];
	/** The quiz in progress as it is now, and what was saved of it before (for the merge). */
	progress?: { snapshot: RunSnapshot; base: RunSnapshot };
	/** A finished quiz whose write has not been seen to work. */
	finished?: Omit<AttemptRecord, 'v'>;
}

export const SHELF_PREFIX = 'lectern-unsaved:';

/** The page's `localStorage`, or none (a worker, a browser that refuses it). */
export function localShelf(): Shelf | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** Puts what is unsaved on the shelf, under this keeper's own key; false if the shelf refused. */
export function shelve(shelf: Shelf | undefined, id: string, run: UnsavedRun): boolean {
	try {
		shelf?.setItem(SHELF_PREFIX + id, JSON.stringify(run));
		return !!shelf;
	} catch {
		// Full or refused: nothing more can be done as the page goes.
		return false;
	}
}

/** Takes it off again once every write has been seen to work. */
export function unshelve(shelf: Shelf | undefined, id: string): void {
	try {
		shelf?.removeItem(SHELF_PREFIX + id);
	} catch {
		// Refused: the entry is written again next visit, which adds nothing already kept.
	}
}

/** Clears every note on the shelf (Erase my progress). */
export function clearShelf(shelf: Shelf | undefined): void {
	try {
		const keys = Array.from({ length: shelf?.length ?? 0 }, (_, i) => shelf!.key(i));
		for (const key of keys) if (key?.startsWith(SHELF_PREFIX)) shelf!.removeItem(key);
	} catch {
		// Refused: nothing was shelved there either.
	}
}

/**
 * Calls `shelveNow` when the page is hidden or left: a phone may end a hidden page without a
 * `pagehide`. Nothing where there is no window (the server, unit tests).
 */
export function whenLeaving(shelveNow: () => void): void {
	const target = globalThis as unknown as Partial<Window>;
	if (typeof target.addEventListener !== 'function') return;
	target.addEventListener('pagehide', shelveNow);
	target.addEventListener('visibilitychange', () => {
		if (target.document?.visibilityState === 'hidden') shelveNow();
	});
}

/**
 * Calls `listener` when another page puts something on the shelf: a page left for this one may
 * shelve what it left unsaved only after this one has opened the store.
 */
export function whenShelved(listener: () => void): void {
	const target = globalThis as unknown as Partial<Window>;
	if (typeof target.addEventListener !== 'function') return;
	target.addEventListener('storage', (event) => {
		if (event.key?.startsWith(SHELF_PREFIX) && event.newValue) listener();
	});
}
