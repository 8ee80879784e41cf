import { ClassStore, memoryStorage, type TeacherStorage } from './store';

/**
 * The teacher's class data: a database of its own (`lectern-teacher`), never the `lectern`
 * database that holds the teacher's own progress as a student, so erasing one leaves the other.
 *
 * Plain IndexedDB rather than localforage: a second importer of localforage would split it out of
 * the progress store's chunk, one more file on every page's list (the article page has no room),
 * and four calls are all this store needs.
 */
const DATABASE = 'lectern-teacher';
const STORE = 'handins';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('blocked'));
	});
}

function idbStorage(db: IDBDatabase): TeacherStorage {
	const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T) =>
		new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const result = work(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(result());
			tx.onerror = tx.onabort = () => reject(tx.error);
		});
	return {
		entries: () =>
			run('readonly', (store) => {
				const keys = store.getAllKeys();
				const values = store.getAll();
				return () =>
					keys.result.map((key, i) => [String(key), values.result[i]] as [string, unknown]);
			}),
		set: (key, value) =>
			run('readwrite', (store) => {
				store.put(value, key);
				return () => undefined;
			}),
		clear: () =>
			run('readwrite', (store) => {
				store.clear();
				return () => undefined;
			})
	};
}

let opened: Promise<ClassStore> | undefined;

/** The class store; memory only (said on the page) when IndexedDB is missing or refused. */
export function openClass(): Promise<ClassStore> {
	opened ??= open().then(
		(db) => new ClassStore(idbStorage(db), true),
		() => new ClassStore(memoryStorage(), false)
	);
	return opened;
}
