import localforage from 'localforage';
import { PROBE_KEY } from './keys';
import { memoryStore, type KeyValue } from './kv';
import { recoverUnsaved } from './recover-unsaved';
import { ProgressStore } from './store';
import { localShelf, whenShelved } from './unsaved';
import { announceChange } from './channel';

const DATABASE = 'lectern';
const STORE = 'progress';

let connection: Promise<IDBDatabase> | undefined;
/** The connection once open, so a write can begin in the caller's own task. */
let ready: IDBDatabase | undefined;

/** A connection of our own to localforage's database, for reading key ranges. */
function database(): Promise<IDBDatabase> {
	connection ??= new Promise<IDBDatabase>((resolve, reject) => {
		const open = indexedDB.open(DATABASE);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			// Never stand in the way of an upgrade (localforage, another tab): reopen next time.
			db.onversionchange = db.onclose = () => {
				db.close();
				connection = ready = undefined;
			};
			ready = db;
			resolve(db);
		};
	}).catch((error) => {
		connection = undefined;
		throw error;
	});
	return connection;
}

const failures = new WeakMap<IDBTransaction, unknown>();

/**
 * One write transaction, begun in the caller's task. Each write gets its own: a page left at
 * once keeps a short transaction begun first (an answer), where one transaction holding the
 * answer and a read-then-write of the quiz was cut off with both (the browser aborts what has
 * not finished when a page goes).
 */
function inWrite(
	db: IDBDatabase,
	request: (store: IDBObjectStore, tx: IDBTransaction) => void
): Promise<void> {
	const tx = db.transaction(STORE, 'readwrite');
	const done = new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(failures.get(tx) ?? tx.error);
	});
	request(tx.objectStore(STORE), tx);
	return done;
}

/** Reads a record and writes what `change` makes of it, in one transaction (KeyValue.update). */
function updateIn(db: IDBDatabase, key: string, change: (stored: unknown) => unknown) {
	return inWrite(db, (store, tx) => {
		const read = store.get(key);
		read.onsuccess = () => {
			try {
				const value = change(read.result ?? null);
				if (value !== undefined) store.put(value, key);
				tx.commit?.();
			} catch (error) {
				// A put refused at once (QuotaExceededError): reported as itself, not as an abort.
				failures.set(tx, error);
				tx.abort();
			}
		};
	});
}

/** Writes a record as localforage's IndexedDB driver stores it. */
const putIn = (db: IDBDatabase, key: string, value: unknown) =>
	inWrite(db, (store, tx) => {
		store.put(value, key);
		// Nothing more goes in: committing now saves the few milliseconds of waiting for the task to end.
		tx.commit?.();
	});

async function update(key: string, change: (stored: unknown) => unknown): Promise<void> {
	try {
		// Begun in this task when the connection is open; the first one waits for it.
		await (ready
			? updateIn(ready, key, change)
			: database().then((db) => updateIn(db, key, change)));
	} catch (error) {
		if ((error as Error)?.name === 'InvalidStateError') ready = connection = undefined;
		throw error;
	}
}

/** One read-only transaction on our own connection; `read` makes its requests and says what to give. */
async function inRead<T>(read: (store: IDBObjectStore) => () => T): Promise<T> {
	const db = await database();
	try {
		return await new Promise((resolve, reject) => {
			const tx = db.transaction(STORE, 'readonly');
			const result = read(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(result());
			tx.onerror = tx.onabort = () => reject(tx.error);
		});
	} catch (error) {
		// A lost connection (iOS, after the app was in the background): the retry opens a new one.
		connection = undefined;
		throw error;
	}
}

/**
 * Every record under a key prefix, in one IndexedDB transaction. localforage has no range read:
 * keys() then getItem() each is one transaction per record, and iterate() walks the whole store
 * with a cursor, both far too slow for 10,000 answers. localforage's IndexedDB driver stores keys
 * and values as they are, so what this reads is what it wrote.
 */
const rangeRead = (prefix: string) =>
	inRead((store) => {
		const range = prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined;
		const keys = store.getAllKeys(range);
		const values = store.getAll(range);
		return () => keys.result.map((key, i) => [String(key), values.result[i]] as [string, unknown]);
	});

/** Every key in one request: localforage's keys() walks a cursor, a round trip per key (35 ms for 1,000). */
const allKeys = () =>
	inRead((store) => {
		const keys = store.getAllKeys();
		return () => keys.result.map(String);
	});

/** localforage behind the small KeyValue interface, retrying once when iOS drops the connection. */
export function forageStore(instance: LocalForage): KeyValue {
	const retry = async <T>(task: () => Promise<T>): Promise<T> => {
		try {
			return await task();
		} catch (error) {
			if (!/connection|closing|InvalidState/i.test(String((error as Error)?.message ?? error)))
				throw error;
			return task();
		}
	};
	return {
		get: (key) => retry(() => instance.getItem(key)),
		// Straight to IndexedDB once the connection is open, so an answer's write begins before the
		// page can be left (localforage begins it a few promise steps later).
		set: (key, value) =>
			retry(() =>
				ready
					? putIn(ready, key, value).catch((error) => {
							if ((error as Error)?.name === 'InvalidStateError') ready = connection = undefined;
							throw error;
						})
					: instance.setItem(key, value).then(() => undefined)
			),
		remove: (key) => retry(() => instance.removeItem(key)),
		keys: () => retry(allKeys),
		entries: (prefix) => retry(() => rangeRead(prefix)),
		update: (key, change) => retry(() => update(key, change))
	};
}

/** Writes what other pages shelved, one pass at a time; open pages hear of what it added. */
let recovering: Promise<unknown> = Promise.resolve();
function recover(store: ProgressStore): Promise<unknown> {
	recovering = recovering
		.then(() => recoverUnsaved(store, localShelf()))
		.then((written) => written && announceChange())
		.catch(() => {});
	return recovering;
}

let opened: Promise<ProgressStore> | undefined;

/** The device's progress store; memory only when IndexedDB is missing or refused. */
export function openProgress(): Promise<ProgressStore> {
	opened ??= (async () => {
		try {
			const instance = localforage.createInstance({
				name: DATABASE,
				storeName: STORE,
				driver: localforage.INDEXEDDB
			});
			await instance.ready();
			await Promise.all([
				// A test write: private modes may open the database and then refuse to write.
				instance.setItem(PROBE_KEY, Date.now()),
				// Opened now, so the first update begins in its caller's task (KeyValue.update).
				database().catch(() => {})
			]);
			const store = new ProgressStore(forageStore(instance), true);
			// What pages left unsaved as they went is written first, so a quiz resumes with it, and
			// again whenever a page shelves more (the page left for this one may do so only now).
			await recover(store);
			whenShelved(() => void recover(store));
			// For as long as the tab is open: another tab may erase what this one still holds.
			store.followErases();
			return store;
		} catch {
			return new ProgressStore(memoryStore(), false);
		}
	})();
	return opened;
}
