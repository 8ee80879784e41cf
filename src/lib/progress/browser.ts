import localforage from 'localforage';
import { ProgressStore, memoryStore, type KeyValue } from './store';

/** localforage behind the small KeyValue interface, retrying once when iOS drops the connection. */
function forageStore(instance: LocalForage): KeyValue {
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
		set: (key, value) => retry(() => instance.setItem(key, value).then(() => undefined)),
		remove: (key) => retry(() => instance.removeItem(key)),
		keys: () => retry(() => instance.keys())
	};
}

let opened: Promise<ProgressStore> | undefined;

/** The device's progress store; memory only when IndexedDB is missing or refused. */
export function openProgress(): Promise<ProgressStore> {
	opened ??= (async () => {
		try {
			const instance = localforage.createInstance({
				name: 'lectern',
				storeName: 'progress',
				driver: localforage.INDEXEDDB
			});
			await instance.ready();
			// A test write: private modes may open the database and then refuse to write.
			await instance.setItem('probe', Date.now());
			return new ProgressStore(forageStore(instance), true);
		} catch {
			return new ProgressStore(memoryStore(), false);
		}
	})();
	return opened;
}
