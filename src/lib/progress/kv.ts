/** The little a store must do; localforage in the browser, a Map in tests and as a fallback. */
export interface KeyValue {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
	keys(): Promise<string[]>;
	/** Every record whose key starts with `prefix`, in one read. */
	entries(prefix: string): Promise<[string, unknown][]>;
	/**
	 * Reads a record and writes what `change` makes of it, in one transaction begun at once: no
	 * other write (another tab's) comes between, and the write is under way before the caller's
	 * task ends, so a page left right after is not too late. `change` returns undefined to write
	 * nothing. Where a store cannot, CheckedStore serialises with Web Locks instead.
	 */
	update?(key: string, change: (stored: unknown) => unknown): Promise<void>;
}

export function memoryStore(): KeyValue {
	const map = new Map<string, unknown>();
	return {
		get: async (key) => structuredClone(map.get(key) ?? null),
		set: async (key, value) => void map.set(key, structuredClone(value)),
		remove: async (key) => void map.delete(key),
		keys: async () => [...map.keys()],
		entries: async (prefix) =>
			[...map]
				.filter(([key]) => key.startsWith(prefix))
				.map(([key, v]) => [key, structuredClone(v)])
	};
}
