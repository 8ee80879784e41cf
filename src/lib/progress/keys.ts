/**
 * Every key Lectern stores a record under, built and read here and nowhere else. The first part
 * of a key names the kind of record (`answer:<module>:<id>`, or just `settings`); records set
 * aside as damaged keep their key behind `damaged:`, and the kept review replay lives under
 * `cache:`, which no backup carries.
 */
export const RECORD_KINDS = [
	'answer',
	'attempt',
	'quiz',
	'guided',
	'reading',
	'word',
	'settings'
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The kind of record a key holds; undefined for anything that is not a record (`cache:`, `damaged:`, `probe`). */
export function kindOf(key: string): RecordKind | undefined {
	const kind = key.split(':', 1)[0]!;
	return (RECORD_KINDS as readonly string[]).includes(kind) ? (kind as RecordKind) : undefined;
}

let counter = 0;
/** Unique enough for one device: time, a per-tab counter and a random part. */
function recordId(): string {
	const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
	return `${Date.now().toString(36)}-${(counter++).toString(36)}-${random}`;
}

/** The quiz link as a storage key: its parameters in a fixed order. */
export function linkKey(search: string): string {
	const params = new URLSearchParams(search);
	params.sort();
	return params.toString();
}

/** Answers, attempts and word ratings are append-only: each record gets a key of its own. */
export const newAnswerKey = (module: string) => `answer:${module}:${recordId()}`;
export const newAttemptKey = (module: string) => `attempt:${module}:${recordId()}`;
export const newWordKey = (module: string) => `word:${module}:${recordId()}`;

/** The first part of every key of one kind in one module, for reading them all at once. */
export const modulePrefix = (kind: 'answer' | 'attempt' | 'quiz' | 'word', module: string) =>
	`${kind}:${module}:`;

/** One quiz in progress per link (`link` as linkKey writes it). */
export const quizKey = (module: string, link: string) => `quiz:${module}:${link}`;
/** One guided reading per link (`link` as linkKey writes it; empty for the module's own). */
export const guidedKey = (module: string, link: string) => `guided:${module}:${link}`;
export const readingKey = (module: string) => `reading:${module}`;
export const SETTINGS_KEY = 'settings';

/** A throwaway write when the store opens: private modes may open the database and refuse writes. */
export const PROBE_KEY = 'probe';

/** Where a record that failed its checks is moved to, out of the way but not lost. */
export const damagedKey = (key: string) => `damaged:${key}`;
/** The review replay kept between visits (ProgressStore.moduleRecords). */
export const cardsCacheKey = (module: string) => `cache:cards:${module}`;
/** The progress page's facts of each module it showed (module-facts.ts), for offline visits. */
export const FACTS_CACHE_KEY = 'cache:facts';

/** The module a record belongs to (`answer:<module>:…`, `reading:<module>`), if any. */
export function moduleOfKey(key: string): string | undefined {
	const kind = kindOf(key);
	return kind && kind !== 'settings' ? key.split(':')[1] || undefined : undefined;
}
