/** A stored record as read from IndexedDB or a backup, before its checks. */
export type StoredRecord = Record<string, unknown> & { v: number };

/**
 * One step of the stored schema, from version n to n + 1: for each kind of record whose shape
 * changed, how to rewrite one. A kind the step does not name keeps its shape (only `v` moves on).
 */
export type Migration = Partial<Record<string, (record: StoredRecord) => Record<string, unknown>>>;

/**
 * MIGRATIONS[n - 1] takes a record from version n to n + 1; the schema version is the number of
 * steps plus one, so it cannot move on without a migration. Each step has its test, on the
 * records of that version kept in tests/fixtures/progress/v<n>.json.
 */
export const MIGRATIONS: readonly Migration[] = [
	// 1 → 2: answers are stored in batches (one record per tab, not per answer), so that 10,000
	// answers read fast enough for the progress page. A version-1 answer is a batch of one.
	{
		answer: ({ module, question, score, correct, at }) => ({
			module,
			answers: [{ question, score, correct, at }]
		})
	}
];

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
