import type { CheckedStore, SaveResult } from './checked';
import { kindOf } from './keys';
import { checkRecord } from './records';

export const BACKUP_FORMAT = 'lectern-progress';
/**
 * 2: word ratings and settings joined the records; 3: guided readings in progress. An older file
 * reads as it is (its kinds of record are all still here, each migrated by its own `v`); an older
 * Lectern given a newer file says it comes from a newer version instead of calling it damaged.
 */
export const BACKUP_VERSION = 3;

/**
 * The largest backup Lectern restores: far more than a student makes (twenty answers a quiz, ten
 * quizzes every school day for five years is 200,000 answers, a file of about 20 MB), and small
 * enough to read on a phone. A larger file is refused before it is read in full.
 */
export const BACKUP_LIMITS = { bytes: 30 * 1024 * 1024, answers: 200_000 } as const;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why a file of `bytes` is too large to restore, before anything of it is read. */
export function backupSizeProblem(bytes: number): string | undefined {
	if (bytes <= BACKUP_LIMITS.bytes) return undefined;
	return `This file is ${megabytes(bytes)}: a Lectern backup is never larger than ${megabytes(BACKUP_LIMITS.bytes)}, so it is not one (or not only one). Nothing was changed.`;
}

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
	if (!Number.isInteger(backup.version) || (backup.version as number) < 1) {
		return {
			error: `This backup's version (${JSON.stringify(backup.version)?.slice(0, 20)}) is not a number Lectern writes: the file was changed or damaged. Nothing was changed.`
		};
	}
	if ((backup.version as number) > BACKUP_VERSION) {
		return {
			error:
				'This backup was made by a newer version of Lectern. Reload the page to update, then try again.'
		};
	}
	const records: Record<string, unknown> = {};
	let answers = 0;
	for (const [key, value] of Object.entries(backup.records)) {
		const kind = kindOf(key);
		const checked = kind && checkRecord(kind, value);
		if (!checked || !checked.ok) {
			return {
				error: `This backup is damaged (record “${key.slice(0, 40)}”). Nothing was changed.`
			};
		}
		if (kind === 'answer') answers += (checked.value as { answers: unknown[] }).answers.length;
		if (answers > BACKUP_LIMITS.answers) {
			return {
				error: `This backup holds more than ${BACKUP_LIMITS.answers.toLocaleString('en')} answers, more than a student gives in years: it was not made by Lectern alone. Nothing was changed.`
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

/**
 * Adds records (already checked) that are not here yet; returns how many were added.
 * `onprogress` hears how many are written so far, every hundred records.
 */
export async function restoreRecords(
	records: CheckedStore,
	list: [string, unknown][],
	onprogress?: (added: number) => void
): Promise<SaveResult & { added: number }> {
	let added = 0;
	for (const [key, value] of list) {
		const saved = await records.write(key, value);
		if (!saved.ok) return { ...saved, added };
		added++;
		if (added % 100 === 0) onprogress?.(added);
	}
	return { ok: true, added };
}
