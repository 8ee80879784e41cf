import type { CheckedStore, SaveResult } from './checked';
import { kindOf } from './keys';
import { checkRecord } from './records';

export const BACKUP_FORMAT = 'lectern-progress';
/**
 * 2: word ratings and settings joined the records. A version-1 file reads as it is (its kinds of
 * record are all still here, each migrated by its own `v`); an older Lectern given a version-2
 * file says it comes from a newer version instead of calling it damaged.
 */
export const BACKUP_VERSION = 2;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	records: Record<string, unknown>;
}

export function makeBackup(records: Record<string, unknown>, now = new Date()): Backup {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), records };
}

/** Reads a backup file's text: every record checked, or a plain reason why the file cannot be used. */
export function readBackup(text: string): { records: Record<string, unknown> } | { error: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { error: 'This file is not a Lectern backup: it is not readable as JSON.' };
	}
	const backup = data as Partial<Backup> | null;
	if (
		!backup ||
		backup.format !== BACKUP_FORMAT ||
		typeof backup.records !== 'object' ||
		!backup.records
	) {
		return { error: 'This file is not a Lectern backup (made with “Download my progress”).' };
	}
	if (typeof backup.version !== 'number' || backup.version > BACKUP_VERSION) {
		return {
			error:
				'This backup was made by a newer version of Lectern. Reload the page to update, then try again.'
		};
	}
	const records: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(backup.records)) {
		const kind = kindOf(key);
		const checked = kind && checkRecord(kind, value);
		if (!checked || !checked.ok) {
			return {
				error: `This backup is damaged (record “${key.slice(0, 40)}”). Nothing was changed.`
			};
		}
		records[key] = checked.value;
	}
	return { records };
}

/** Which records of a backup are new here; restoring the same file twice adds nothing. */
export function newRecords(
	existing: ReadonlySet<string>,
	records: Record<string, unknown>
): [string, unknown][] {
	return Object.entries(records).filter(([key]) => !existing.has(key));
}

/** Every valid record, at the current version, for a backup file. */
export async function backupRecords(records: CheckedStore): Promise<Record<string, unknown>> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of await records.kv.entries('')) {
		const kind = kindOf(key);
		if (!kind) continue;
		const found = await records.accept(key, value, (v) => checkRecord(kind, v));
		if (found !== undefined && found !== 'newer') out[key] = found;
	}
	return out;
}

/** Adds records (already checked) that are not here yet; returns how many were added. */
export async function restoreRecords(
	records: CheckedStore,
	list: [string, unknown][]
): Promise<SaveResult & { added: number }> {
	let added = 0;
	for (const [key, value] of list) {
		const saved = await records.write(key, value);
		if (!saved.ok) return { ...saved, added };
		added++;
	}
	return { ok: true, added };
}
