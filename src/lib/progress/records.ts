import type { Response, Score } from '../quiz/score';
import type { TryState } from '../quiz/tries';
import { QUESTION_TYPES } from '../bank/vocabulary';
import { MIGRATIONS, migrate, type Migration, type StoredRecord } from './migrations';
import type { RecordKind } from './keys';
import { isSpeechSettings, type SpeechSettings } from '../reading/speech-settings';

/**
 * What Lectern keeps on the device. Every record carries `v`, the schema version it was written
 * at: an older record is migrated as it is read, a record from a newer version of the app is
 * left untouched, and anything that fails these checks is set aside.
 */
export const SCHEMA_VERSION = MIGRATIONS.length + 1;

/** One checked answer to a question. */
export interface Answer {
	question: string;
	score: number;
	correct: boolean;
	at: number;
	/** Tries used, when more than one (a preset with `tries:`); absent in older records: one. */
	tries?: number;
	/** Hints shown before the answer was final; absent: none. */
	hints?: number;
}

/**
 * Answers given in one tab, stored together under a key of that tab's own (`answer:<module>:<id>`),
 * rewritten whole as each answer is added, up to ANSWER_BATCH answers. Two tabs never write the
 * same key, and 10,000 answers are a few hundred records to read, not 10,000. (Version 1 kept one
 * answer a record, `{ v, module, question, score, correct, at }`: the migration to version 2 reads
 * it as a batch of one.)
 */
export interface AnswerBatch {
	v: number;
	module: string;
	answers: Answer[];
}

export const ANSWER_BATCH = 100;

/** A quiz being taken, saved after every change so closing the tab loses nothing. */
export interface QuizProgress {
	v: number;
	module: string;
	/** The quiz link's query string, seed included: the same link resumes it. */
	link: string;
	title: string;
	index: number;
	responses: Record<string, Response>;
	scores: Record<string, Score>;
	/** Questions between tries or with hints shown, not final yet; absent in older records. */
	tries?: Record<string, TryState>;
	updatedAt: number;
}

/**
 * A guided reading in progress (`guided:<module>:<link>`): the same fields as a quiz in progress,
 * its questions being the checkpoints; how far the reader has come follows from which are
 * settled (src/lib/reading/guided-plan.ts), so two tabs merged by question agree on it.
 */
export type GuidedProgress = QuizProgress;

/** A finished quiz. */
export interface AttemptRecord {
	v: number;
	module: string;
	link: string;
	title: string;
	questions: string[];
	scores: Record<string, number>;
	points: number;
	possible: number;
	finishedAt: number;
	/** Tries and hints used, by question, where more than one try or any hint was (absent: none). */
	tries?: Record<string, number>;
	hints?: Record<string, number>;
	/** What a hand-in of it needs (src/lib/handin's AttemptDetail), checked where it is read. */
	handin?: unknown;
}

/** Where the reader was in an article, for "Continue reading". */
export interface ReadingRecord {
	v: number;
	module: string;
	paragraph: string;
	at: number;
}

/** One rating of a glossary term in "Review words". Append-only, one key each, like answers. */
export interface WordRecord {
	v: number;
	module: string;
	/** The glossary entry's id. */
	term: string;
	/** "I knew it" (true) or "Not yet" (false). */
	knew: boolean;
	at: number;
}

/** Which side of a word card is shown first: the word (recognise it) or the meaning (recall it). */
export const CARD_FRONTS = ['term', 'meaning'] as const;
export type CardFront = (typeof CARD_FRONTS)[number];

/**
 * Review the student can pace, as Anki's deck options: a daily limit of new words and of reviews,
 * and the desired retention FSRS schedules for. Kept in the student's settings on the device.
 */
export interface Pacing {
	/** New glossary words a day. */
	newWords: number;
	/** Reviews a day, of words and of questions (each counted on its own). */
	reviews: number;
	/** The chance of still remembering an item when it falls due (FSRS's desired retention). */
	retention: number;
}

export const DEFAULT_PACING: Pacing = {
	// Anki's default: two rounds of ten new words a day.
	newWords: 20,
	reviews: 50,
	// FSRS's own default (review.ts's DEFAULT_RETENTION, from ts-fsrs, which this file must not
	// import: the quiz player loads it). A unit test checks that the two agree.
	retention: 0.9
};

export const PACING_LIMITS = {
	newWords: { min: 1, max: 100 },
	reviews: { min: 1, max: 500 },
	retention: { min: 0.7, max: 0.97 }
} as const;

/** Whether a stored value is one the settings allow (whole counts; retention a share). */
export function isPacingValue(key: keyof Pacing, value: unknown): boolean {
	const { min, max } = PACING_LIMITS[key];
	return (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		value >= min &&
		value <= max &&
		(key === 'retention' || Number.isInteger(value))
	);
}

/**
 * The student's choices, one record under the key `settings`. The review pace (pacing.ts) came
 * after version 2 was fixed: absent, the defaults apply, and an older Lectern ignores it.
 */
export interface Settings extends Partial<Pacing> {
	v: number;
	cardFront: CardFront;
	/** The name a student hands quizzes in under (asked once, then kept). */
	name?: string;
	/** Read-aloud speed and voices (optional, as the pace: an older Lectern ignores it). */
	speech?: SpeechSettings;
}

export const DEFAULT_SETTINGS: Omit<Settings, 'v'> = { cardFront: 'term' };

/** The review pace of stored settings, the defaults filling what is not set. */
export const pacingOf = (settings: Partial<Pacing>): Pacing => ({
	newWords: settings.newWords ?? DEFAULT_PACING.newWords,
	reviews: settings.reviews ?? DEFAULT_PACING.reviews,
	retention: settings.retention ?? DEFAULT_PACING.retention
});

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function isResponse(value: unknown): value is Response {
	return isObject(value) && (QUESTION_TYPES as readonly string[]).includes(value.type as string);
}

function isScore(value: unknown): value is Score {
	return (
		isObject(value) &&
		isNumber(value.score) &&
		typeof value.correct === 'boolean' &&
		Array.isArray(value.notes)
	);
}

/** A stored TryState, every field checked (it comes back from IndexedDB or a backup). */
export function isTryState(value: unknown): value is TryState {
	return (
		isObject(value) &&
		Number.isInteger(value.used) &&
		(value.used as number) >= 0 &&
		isNumber(value.best) &&
		value.best >= 0 &&
		value.best <= 1 &&
		Number.isInteger(value.hints) &&
		(value.hints as number) >= 0 &&
		typeof value.changed === 'boolean' &&
		(value.last === undefined || isScore(value.last))
	);
}

/** `migrated`: the value was brought up from an older version, and differs from what is stored. */
export type Checked<T> = { ok: true; value: T; migrated: boolean } | { ok: false; newer: boolean };

/** A count that may be absent (fields added after a record's version was fixed). */
const optionalCount = (value: unknown) =>
	value === undefined || (Number.isInteger(value) && (value as number) >= 0);

const optionalCounts = (value: unknown) =>
	value === undefined || (isObject(value) && Object.values(value).every(optionalCount));

const isAnswer = (a: unknown) =>
	isObject(a) &&
	isString(a.question) &&
	isNumber(a.score) &&
	typeof a.correct === 'boolean' &&
	isNumber(a.at) &&
	optionalCount(a.tries) &&
	optionalCount(a.hints);

const validAnswers = (r: Record<string, unknown>) =>
	isString(r.module) &&
	Array.isArray(r.answers) &&
	r.answers.length > 0 &&
	r.answers.every(isAnswer);

const validProgress = (r: Record<string, unknown>) =>
	isString(r.module) &&
	isString(r.link) &&
	isString(r.title) &&
	isNumber(r.index) &&
	isObject(r.responses) &&
	Object.values(r.responses).every(isResponse) &&
	isObject(r.scores) &&
	Object.values(r.scores).every(isScore) &&
	(r.tries === undefined || (isObject(r.tries) && Object.values(r.tries).every(isTryState))) &&
	isNumber(r.updatedAt);

const validAttempt = (r: Record<string, unknown>) =>
	isString(r.module) &&
	isString(r.link) &&
	isString(r.title) &&
	Array.isArray(r.questions) &&
	r.questions.every(isString) &&
	isObject(r.scores) &&
	isNumber(r.points) &&
	isNumber(r.possible) &&
	isNumber(r.finishedAt) &&
	optionalCounts(r.tries) &&
	optionalCounts(r.hints);

const validReading = (r: Record<string, unknown>) =>
	isString(r.module) && isString(r.paragraph) && /^p-\d+$/.test(r.paragraph) && isNumber(r.at);

const validWord = (r: Record<string, unknown>) =>
	isString(r.module) && isString(r.term) && typeof r.knew === 'boolean' && isNumber(r.at);

const validSettings = (r: Record<string, unknown>) =>
	(CARD_FRONTS as readonly unknown[]).includes(r.cardFront) &&
	(r.name === undefined || isString(r.name)) &&
	(r.speech === undefined || isSpeechSettings(r.speech)) &&
	(['newWords', 'reviews', 'retention'] as const).every(
		(key) => r[key] === undefined || isPacingValue(key, r[key])
	);

/** Each kind of record's check (keys.ts names the kinds). */
const VALIDATORS: Record<RecordKind, (record: Record<string, unknown>) => boolean> = {
	answer: validAnswers,
	attempt: validAttempt,
	quiz: validProgress,
	guided: validProgress,
	reading: validReading,
	word: validWord,
	settings: validSettings
};

/**
 * Reads one stored record of `kind`: migrated to the current version and checked. `steps` is
 * for tests of the migration machinery; the app always uses MIGRATIONS.
 */
export function checkRecord(
	kind: RecordKind,
	value: unknown,
	steps: readonly Migration[] = MIGRATIONS
): Checked<unknown> {
	const damaged = { ok: false, newer: false } as const;
	if (!isObject(value) || !Number.isInteger(value.v) || (value.v as number) < 1) return damaged;
	if ((value.v as number) > steps.length + 1) return { ok: false, newer: true };
	let record = value as StoredRecord;
	try {
		record = migrate(kind, record, steps);
	} catch {
		return damaged;
	}
	return VALIDATORS[kind](record)
		? { ok: true, value: record, migrated: record !== value }
		: damaged;
}

export const checkAnswers = (value: unknown) =>
	checkRecord('answer', value) as Checked<AnswerBatch>;
export const checkAttempt = (value: unknown) =>
	checkRecord('attempt', value) as Checked<AttemptRecord>;
export const checkProgress = (value: unknown) =>
	checkRecord('quiz', value) as Checked<QuizProgress>;
export const checkGuided = (value: unknown) =>
	checkRecord('guided', value) as Checked<GuidedProgress>;
export const checkReading = (value: unknown) =>
	checkRecord('reading', value) as Checked<ReadingRecord>;
export const checkWord = (value: unknown) => checkRecord('word', value) as Checked<WordRecord>;
export const checkSettings = (value: unknown) =>
	checkRecord('settings', value) as Checked<Settings>;
