import localforage from 'localforage';
import { ClassStore, memoryStorage, type TeacherStorage } from './store';

/**
 * The teacher's class data: a database of its own (`lectern-teacher`), never the `lectern`
 * database that holds the teacher's own progress as a student, so erasing one leaves the other.
 */
const DATABASE = 'lectern-teacher';
const STORE = 'handins';

function forageStorage(instance: LocalForage): TeacherStorage {
	return {
		async entries() {
			const out: [string, unknown][] = [];
			await instance.iterate((value, key) => void out.push([key, value]));
			return out;
		},
		set: (key, value) => instance.setItem(key, value).then(() => undefined),
		clear: () => instance.clear()
	};
}

let opened: Promise<ClassStore> | undefined;

/** The class store; memory only (said on the page) when IndexedDB is missing or refused. */
export function openClass(): Promise<ClassStore> {
	opened ??= (async () => {
		try {
			const instance = localforage.createInstance({
				name: DATABASE,
				storeName: STORE,
				driver: localforage.INDEXEDDB
			});
			await instance.ready();
			return new ClassStore(forageStorage(instance), true);
		} catch {
			return new ClassStore(memoryStorage(), false);
		}
	})();
	return opened;
}
