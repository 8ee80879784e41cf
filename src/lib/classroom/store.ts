import type { Received } from '../analysis/types';
import { decodeHandIns } from '../handin/encode';

/** The little the class store needs of its storage: localforage in the browser, a Map in tests. */
export interface TeacherStorage {
	entries(): Promise<[string, unknown][]>;
	set(key: string, value: unknown): Promise<void>;
	clear(): Promise<void>;
}

export function memoryStorage(): TeacherStorage {
	const map = new Map<string, unknown>();
	return {
		entries: async () => [...map].map(([k, v]) => [k, structuredClone(v)]),
		set: async (key, value) => void map.set(key, structuredClone(value)),
		clear: async () => map.clear()
	};
}

/** One stored hand-in: its text as it came, read again (and checked again) each time. */
interface StoredHandIn {
	v: 1;
	text: string;
	addedAt: number;
}

export type SaveResult = { ok: true; saved: number } | { ok: false; saved: number; full: boolean };

/**
 * The hand-ins a teacher has added, kept in a database of their own, apart from their own
 * progress as a student. One record per hand-in, so an import that fails half-way keeps
 * everything added before it.
 */
export class ClassStore {
	/** Records that no longer read as hand-ins (storage damaged): left alone, and counted. */
	unreadable = 0;

	constructor(
		private readonly storage: TeacherStorage,
		readonly persistent: boolean
	) {}

	async all(): Promise<Received[]> {
		const out: Received[] = [];
		this.unreadable = 0;
		for (const [key, value] of await this.storage.entries()) {
			const stored = value as Partial<StoredHandIn> | null;
			const decoded = typeof stored?.text === 'string' ? decodeHandIns(stored.text)[0] : undefined;
			if (!decoded?.ok) {
				this.unreadable++;
				continue;
			}
			out.push({ key, handIn: decoded.handIn, text: decoded.text, addedAt: stored!.addedAt ?? 0 });
		}
		return out.sort((a, b) => a.addedAt - b.addedAt || a.key.localeCompare(b.key));
	}

	async add(list: readonly Received[]): Promise<SaveResult> {
		let saved = 0;
		for (const r of list) {
			try {
				await this.storage.set(r.key, {
					v: 1,
					text: r.text,
					addedAt: r.addedAt
				} satisfies StoredHandIn);
				saved++;
			} catch (error) {
				return { ok: false, saved, full: (error as Error)?.name === 'QuotaExceededError' };
			}
		}
		return { ok: true, saved };
	}

	erase(): Promise<void> {
		return this.storage.clear();
	}
}
