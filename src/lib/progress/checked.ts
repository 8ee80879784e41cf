import { damagedKey } from './keys';
import type { KeyValue } from './kv';
import { SCHEMA_VERSION, type Checked } from './records';

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'newer' | 'failed' };

type Check<T> = (value: unknown) => Checked<T>;

const failure = (error: unknown): SaveResult => ({
	ok: false,
	reason: (error as Error)?.name === 'QuotaExceededError' ? 'full' : 'failed'
});

/**
 * Every read and write of a record, checked. Reads are validated and migrated: a damaged record
 * is moved aside under `damaged:` and counted, never shown; a record written by a newer Lectern
 * is left alone and counted. A migrated record is not written back as it is read: an older
 * Lectern may still be open in another tab (a new version never takes over an open tab), and it
 * could no longer read it. Records the app rewrites anyway (a quiz in progress, the reading
 * place, settings) reach the new version on their next save; answers and ratings, which never
 * change, are migrated each time they are read.
 */
export class CheckedStore {
	damaged = 0;
	/** Keys of records from a newer Lectern, kept as they are. */
	readonly newer = new Set<string>();

	constructor(readonly kv: KeyValue) {}

	/** Writes a value as it is; a failure is reported, never thrown. */
	async write(key: string, value: unknown): Promise<SaveResult> {
		try {
			await this.kv.set(key, value);
			return { ok: true };
		} catch (error) {
			return failure(error);
		}
	}

	/** A stored value through its check: the record, 'newer', or undefined (absent or set aside). */
	async accept<T>(key: string, value: unknown, check: Check<T>): Promise<T | 'newer' | undefined> {
		if (value === null || value === undefined) return undefined;
		const checked = check(value);
		if (checked.ok) return checked.value;
		if (checked.newer) {
			this.newer.add(key);
			return 'newer';
		}
		this.damaged++;
		await this.kv.set(damagedKey(key), value).catch(() => {});
		await this.kv.remove(key).catch(() => {});
		return undefined;
	}

	async read<T>(key: string, check: Check<T>): Promise<T | 'newer' | undefined> {
		const value = await this.kv.get(key).catch(() => undefined);
		return this.accept(key, value, check);
	}

	/** A record, or undefined when there is none usable here (absent, set aside, or newer). */
	async load<T>(key: string, check: Check<T>): Promise<T | undefined> {
		const found = await this.read(key, check);
		return found === 'newer' ? undefined : found;
	}

	/** Every valid record under a key prefix; the others are set aside or counted as newer. */
	async readAll<T>(prefix: string, check: Check<T>): Promise<T[]> {
		const entries = await this.kv.entries(prefix).catch(() => [] as [string, unknown][]);
		const out: T[] = [];
		for (const [key, value] of entries) {
			const checked = check(value);
			// The common case stays synchronous: 10,000 answers are read in one pass.
			if (checked.ok) out.push(checked.value);
			else await this.accept(key, value, check);
		}
		return out;
	}

	/** Writes a new record at the current version. */
	add(key: string, value: object): Promise<SaveResult> {
		return this.write(key, { ...value, v: SCHEMA_VERSION });
	}

	/** Rewrites a record kept one to a key, unless a newer Lectern wrote it. */
	replace<T>(key: string, check: Check<T>, value: object): Promise<SaveResult> {
		return this.update(key, check, () => value);
	}

	/**
	 * Rewrites a record from what is stored, unless a newer Lectern wrote it. One tab at a time
	 * (Web Locks, where the browser has them), so that two tabs cannot both read the same record
	 * and each write back its own change without the other's.
	 */
	update<T>(
		key: string,
		check: Check<T>,
		change: (stored: T | undefined) => object
	): Promise<SaveResult> {
		const task = async (): Promise<SaveResult> => {
			const stored = await this.read(key, check);
			if (stored === 'newer') return { ok: false, reason: 'newer' };
			return this.add(key, change(stored));
		};
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		const serialised = () => (locks ? locks.request(`lectern:${key}`, task) : task());
		if (!this.kv.update) return serialised();
		// One transaction; a record to set aside (damaged) takes the slower way, which does that.
		let result: SaveResult | 'set-aside' = { ok: true };
		return this.kv
			.update(key, (value) => {
				if (value === null || value === undefined)
					return { ...change(undefined), v: SCHEMA_VERSION };
				const checked = check(value);
				if (checked.ok) return { ...change(checked.value), v: SCHEMA_VERSION };
				if (checked.newer) this.newer.add(key);
				result = checked.newer ? { ok: false, reason: 'newer' } : 'set-aside';
				return undefined;
			})
			.then(
				() => (result === 'set-aside' ? serialised() : result),
				(error) => failure(error)
			);
	}

	/** Removes a record, unless a newer Lectern wrote it: such a record is never touched. */
	async remove<T>(key: string, check: Check<T>): Promise<void> {
		if ((await this.read(key, check)) === 'newer') return;
		await this.kv.remove(key).catch(() => {});
	}

	async keys(): Promise<Set<string>> {
		return new Set(await this.kv.keys());
	}

	/** Removes every key, records or not. */
	async removeAll(): Promise<void> {
		for (const key of await this.kv.keys()) await this.kv.remove(key);
	}
}
