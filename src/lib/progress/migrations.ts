/** A stored record as read from IndexedDB or a backup, before its checks. */
export type StoredRecord = Record<string, unknown> & { v: number };

/**
 * One step of the stored schema, from version n to n + 1: for each kind of record whose shape
 * changed, how to rewrite one. A kind the step does not name keeps its shape (only `v` moves on).
 */
export type Migration = Partial<Record<string, (record: StoredRecord) => Record<string, unknown>>>;

/**
 * MIGRATIONS[n - 1] takes a record from version n to n + 1; the schema version is the number of
 * steps plus one, so it cannot move on without a migration.
 *
 * None yet, on purpose: no stored shape has changed since version 1. Word ratings and the
 * settings record came later as new kinds of record under keys of their own, which an older
 * Lectern never reads, so they needed no new version (the backup file, which an older Lectern
 * does read whole, did: see BACKUP_VERSION). The first change of shape adds a step here, and
 * the records in tests/fixtures/progress/v1.json then prove that step.
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings a record of kind `kind` up to the latest version, one step at a time. Throws what a
 * step throws: the caller sets such a record aside as damaged.
 */
export function migrate(
	kind: string,
	record: StoredRecord,
	steps: readonly Migration[] = MIGRATIONS
): StoredRecord {
	let current = record;
	for (let version = record.v; version <= steps.length; version++) {
		const step = steps[version - 1]![kind];
		current = { ...(step ? step(current) : current), v: version + 1 };
	}
	return current;
}
